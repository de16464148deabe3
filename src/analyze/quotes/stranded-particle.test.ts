import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes } from '../../testing/analyzed-text.js'

test('should read no attribution in a phrasal verb whose particle the content would hold', () => {
  for (const text of ['At first I initially wrote it off as a fad.', 'Most pundits wrote him off as a fringe candidate last spring.', 'The union finally backed down after a week of talks.']) {
    const a = analyzedForQuotes(text)
    assert.deepEqual(
      a.quotes.map((q) => `${q.cue} | ${q.text}`),
      [],
      text,
    )
  }
})

test('should keep a report whose particle belongs to the cue or whose content only follows it', () => {
  const a = analyzedForQuotes('The auditor pointed out that the bridge fund was empty.')
  assert.ok(
    a.quotes.some((q) => /bridge fund was empty/.test(q.text)),
    JSON.stringify(a.quotes.map((q) => [q.cue, q.text])),
  )
  const b = analyzedForQuotes('Officials played down the report, saying the leak was minor.')
  assert.ok(
    b.quotes.some((q) => /leak was minor/.test(q.text)),
    JSON.stringify(b.quotes.map((q) => [q.cue, q.text])),
  )
})
