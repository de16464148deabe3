/**
 * Willingness, aim and effort ("were not willing to", "aims for", "always strives to") report an
 * intention, not words: a retrained cue model read them as attributions on real pages. Sentences
 * written here.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../index.js'
import { analyzedForQuotes } from '../../testing/analyzed-text.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { findQuotedSpans } from './quote-marks.js'
import { indexDocument } from './document-index.js'
import { endeavourFrame } from './cue-features.js'

const { parser } = loadModels()

/** `endeavourFrame` of the first token spelled `word` in `text`. */
function endeavour(text: string, word: string): boolean {
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const i = tokens.findIndex((t) => t.text === word)
  assert.ok(i >= 0, word)
  return endeavourFrame(doc, parseTokens(parser!, tokens, sentences), i)
}

test('should read willingness, aims and efforts without a clause of their own as intentions', { skip: !parser }, () => {
  assert.equal(endeavour('The two unions were not willing to return to the table.', 'willing'), true)
  assert.equal(endeavour('The coach always strives to give young players a chance.', 'strives'), true)
  assert.equal(endeavour('Under its new owner, the brewery now aims for a wider market.', 'aims'), true)
  // Speech verbs and a quotation after the word are no intention.
  assert.equal(endeavour('The mayor said that the bridge would reopen in May.', 'said'), false)
  assert.equal(endeavour('She tried, “Please let us in,” but nobody answered.', 'tried'), false)
})

test('should list no quote for what people are willing, aim or strive to do', () => {
  for (const text of [
    'The two unions were not willing to return to the table before the holidays.',
    'Under its new owner, the brewery now aims for a wider market in the north.',
    'The coach always strives to give young players a chance, and the club tries to keep its prices low.',
  ]) {
    const a = analyzedForQuotes(text)
    assert.deepEqual(
      a.quotes.map((q) => q.cue),
      [],
      text,
    )
  }
  // What somebody says stays an attribution.
  const said = analyzedForQuotes('The mayor said that the bridge would reopen in May.')
  assert.deepEqual(
    said.quotes.map((q) => [q.speakerName, q.cue]),
    [['The mayor', 'said']],
  )
})
