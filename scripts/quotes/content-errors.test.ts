import { test } from 'node:test'
import assert from 'node:assert/strict'
import { contentShape } from './content-errors.js'

/** Character span of `part` in `text`. */
const at = (text: string, part: string): [number, number] => {
  const s = text.indexOf(part)
  assert.ok(s >= 0, part)
  return [s, s + part.length]
}

test('should name how a content misses its gold span at each edge', () => {
  const text = 'The mayor said that the bridge will reopen, a promise she made before. It did not.'
  const gold = at(text, 'the bridge will reopen')
  // Our span takes the trailing appositive: it ends late at a comma.
  assert.equal(contentShape(text, ...at(text, 'the bridge will reopen, a promise she made before'), ...gold), 'end-late(comma)')
  // Our span starts at "that" and runs into the next sentence.
  assert.equal(contentShape(text, ...at(text, 'that the bridge will reopen, a promise she made before. It did not'), ...gold), 'start-early(that)+end-late(sentence)')
  assert.equal(contentShape(text, ...at(text, 'bridge will'), ...gold), 'start-late+end-early')
  assert.equal(contentShape(text, ...at(text, 'It did not'), ...gold), 'disjoint')
})
