import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalizeLemma } from './lemma.js'

const BASES = new Set(['decline', 'topple', 'shell', 'seize', 'storm', 'aid'])
const known = (b: string): boolean => BASES.has(b)

test('should mend a stem the parser left for a regular -ed or -ing form', () => {
  assert.deepEqual(
    [normalizeLemma('declin', 'declined', known), normalizeLemma('toppl', 'Toppling', known), normalizeLemma('shel', 'shelled', known), normalizeLemma('seiz', 'seizing', known)],
    ['decline', 'topple', 'shell', 'seize'],
  )
})

test('should keep a lemma that is known, unrelated to the word, or of no regular form', () => {
  // A known lemma, an irregular one the parser got right, a word that is its own lemma, an unknown stem with no known base,
  // a plural noun ("aides" are no "aid").
  assert.deepEqual(
    [
      normalizeLemma('storm', 'stormed', known),
      normalizeLemma('find', 'found', known),
      normalizeLemma('building', 'building', known),
      normalizeLemma('glimmer', 'glimmered', known),
      normalizeLemma('aide', 'aides', known),
    ],
    ['storm', 'find', 'building', 'glimmer', 'aide'],
  )
})
