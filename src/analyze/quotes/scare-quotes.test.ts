import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findQuotedSpans } from './quote-marks.js'
import { isScareQuote, onlyScareQuotes } from './scare-quotes.js'

const opening = (text: string): number => findQuotedSpans(text)[0]!.open

test('should read a quotation after a determiner as a label, unless an "as" predicate gives it', () => {
  assert.equal(isScareQuote('Inspectors visited a “model farm” on the coast.', opening('Inspectors visited a “model farm” on the coast.')), true)
  assert.equal(isScareQuote('She hailed their “historic” vote.', opening('She hailed their “historic” vote.')), true)
  const named = 'The senator described the levy as a “tax on hope”.'
  assert.equal(isScareQuote(named, opening(named)), false)
  const said = 'The coach said, “We were robbed.”'
  assert.equal(isScareQuote(said, opening(said)), false)
})

test('should tell a content that quotes only labels from one that quotes words', () => {
  const text = 'Crews repaired the “temporary” bridge and called it “a disgrace”.'
  const quoted = findQuotedSpans(text)
  assert.equal(onlyScareQuotes(text, quoted, 0, text.indexOf(' and')), true)
  assert.equal(onlyScareQuotes(text, quoted, 0, text.length), false)
  assert.equal(onlyScareQuotes('No quotation here.', [], 0, 18), false)
})
