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
import { actFrame, endeavourFrame } from './cue-features.js'

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

/** `actFrame` of the first token spelled `word` in `text`. */
function act(text: string, word: string): string | null {
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const i = tokens.findIndex((t) => t.text === word)
  assert.ok(i >= 0, word)
  return actFrame(doc, parseTokens(parser!, tokens, sentences), i)
}

// The trainer learns acts its data rarely marks as no cue start (`TrainOptions.actNegatives`):
// a verb with an object alone, or nothing at all, reports no words.
test('should read a verb with an object and no clause or quotation as an act, and a report as none', { skip: !parser }, () => {
  assert.equal(act('The builder signed a new contract with the county last week.', 'signed'), 'obj')
  assert.equal(act('The senator never mentioned the farm bill during the visit.', 'mentioned'), 'obj')
  // A clause or a quotation of its own, or a quotation it hangs from, makes it a report.
  assert.equal(act('The senator mentioned that the farm bill had stalled.', 'mentioned'), null)
  assert.equal(act('“The bill has stalled,” the senator said on Tuesday.', 'said'), null)
  assert.equal(act('The coach decided to rest the two goalkeepers.', 'decided'), null)
  // Not a verb.
  assert.equal(act('The senator was a long-time friend of the farmers.', 'friend'), null)
})
