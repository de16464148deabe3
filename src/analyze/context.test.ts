import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sentenceAt } from './context.js'
import { tokenize } from './tokens/tokenize.js'

const TEXT = 'The mayor spoke first.  Then the council voted 7-2 on the budget! Was it enough? "No," said a resident.\n\nMarkets rallied.'

test('sentenceAt finds the sentence a character is in, as a scan of every sentence does', () => {
  const { sentences } = tokenize(TEXT)
  assert.ok(sentences.length >= 4)
  // Every offset, the spaces between sentences and both ends included.
  for (let at = -1; at <= TEXT.length + 1; at++) {
    assert.equal(
      sentenceAt(sentences, at),
      sentences.find((s) => s.start <= at && at < s.end),
      `offset ${at}`,
    )
  }
  assert.equal(TEXT.slice(sentenceAt(sentences, TEXT.indexOf('council'))!.start, sentenceAt(sentences, TEXT.indexOf('council'))!.end), 'Then the council voted 7-2 on the budget!')
})

test('sentenceAt answers nothing between sentences and for no sentences', () => {
  const gap = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
  ]
  assert.equal(sentenceAt(gap, 11), undefined)
  assert.equal(sentenceAt(gap, 10), undefined)
  assert.equal(sentenceAt(gap, 12), gap[1])
  assert.equal(sentenceAt([], 0), undefined)
})
