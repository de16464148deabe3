import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addToDuplicateIndex, classifyDuplicate, createDuplicateIndex, findDuplicate } from './dedup.js'
import type { CorpusDoc } from './corpus-doc.js'

const WIRE =
  'Police in Woodburn said a bomb exploded on Friday at a bank branch, killing two officers and critically injuring the police chief. ' +
  'Investigators from the state bomb squad were called to the scene shortly after five in the afternoon. ' +
  'The bank had received a threatening phone call earlier in the day, a spokesman for the department told reporters. ' +
  'Nobody has claimed responsibility and the motive remains unclear, officials said late on Friday night.'

const doc = (input: string, text: string, extra: Partial<CorpusDoc> = {}): CorpusDoc => ({ input, text, ...extra })

test('should label a republished wire story a copy, at the strongest level that applies', () => {
  assert.equal(classifyDuplicate(doc('a', WIRE, { url: 'https://x.org/a?utm_source=rss' }), doc('b', 'other', { url: 'https://www.x.org/a' })), 'same-url')
  assert.equal(classifyDuplicate(doc('a', WIRE), doc('b', WIRE.toUpperCase().replace(/,/g, ''))), 'same-text')
  assert.equal(classifyDuplicate(doc('a', WIRE), doc('b', WIRE.replace('two officers', 'two policemen'))), 'near-duplicate')
  const trimmed = WIRE.split('. ').slice(0, 2).join('. ')
  assert.equal(classifyDuplicate(doc('a', WIRE), doc('b', `${trimmed}. More on this story as it develops.`)), 'syndicated')
})

test('should label a reworded report that lifts one long passage a rewrite, and unrelated texts nothing', () => {
  const rewrite =
    'A blast at a Woodburn bank left two officers dead on Friday. ' +
    'The bank had received a threatening phone call earlier in the day, a spokesman for the department told reporters. ' +
    'Local residents described hearing a loud bang across the town centre, and schools nearby were closed for the afternoon while roads stayed shut.'
  assert.equal(classifyDuplicate(doc('a', WIRE), doc('b', rewrite)), 'rewrite')
  assert.equal(classifyDuplicate(doc('a', WIRE), doc('b', 'Microsoft released an emergency patch for Internet Explorer on Wednesday to fix a flaw.')), null)
})

test('should find the original of an arriving copy without being told where to look', () => {
  const index = createDuplicateIndex()
  addToDuplicateIndex(index, doc('unrelated', 'Microsoft released an emergency patch for Internet Explorer on Wednesday to fix a flaw that attackers used.'))
  addToDuplicateIndex(index, doc('original', WIRE))
  const excerpt = doc('excerpt', WIRE.split('. ')[1]!)
  const match = findDuplicate(index, excerpt)
  assert.equal(match?.of, 'original')
  assert.equal(match?.level, 'syndicated')
  assert.equal(findDuplicate(index, doc('new', 'An entirely different report about a football match in Madrid on Sunday evening.')), null)
})
