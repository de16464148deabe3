import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bilouFromSpans, iob2FromSpans, spansFromTags, TAGS } from './labels.js'

test('should read the same spans from IOB1, IOB2 and BILOU tags', () => {
  const expected = [
    { start: 0, end: 2, label: 'PER' },
    { start: 2, end: 3, label: 'PER' },
    { start: 4, end: 5, label: 'LOC' },
  ]
  assert.deepEqual(spansFromTags(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']), expected)
  assert.deepEqual(spansFromTags(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']), expected)
  assert.deepEqual(spansFromTags(['B-PER', 'L-PER', 'U-PER', 'O', 'U-LOC']), expected)
})

test('should write spans back as BILOU and IOB2 tags', () => {
  const spans = [
    { start: 0, end: 3, label: 'ORG' as const },
    { start: 4, end: 5, label: 'MISC' as const },
  ]
  assert.deepEqual(
    bilouFromSpans(spans, 5).map((t) => TAGS[t]),
    ['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-MISC'],
  )
  assert.deepEqual(iob2FromSpans(spans, 5), ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-MISC'])
})
