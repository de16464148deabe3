/**
 * Quotation runs that go on after the cue's sentence: "Yet the plan is a “bold step,” Cole said.
 * “That is what people want.”" is one content from the sentence start, as PolNeAR marks it. The
 * candidates must offer such runs from the sentence start, within the paragraph, and a ranker
 * trained before them must not be offered them.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from '../tokens/tokenize.js'
import { indexDocument, type QuoteDoc } from './document-index.js'
import { findQuotedSpans } from './quote-marks.js'
import { contentCandidates, type CueSite } from './span-candidates.js'
import { knowsRunStarts } from './attribution-model.js'
import { FeatureTable } from '../../model/feature-hash.js'
import { analyzedForQuotes, quoteWithCue } from '../../testing/analyzed-text.js'

function docOf(text: string): QuoteDoc {
  const { tokens, sentences } = tokenize(text)
  return indexDocument(text, tokens, sentences, findQuotedSpans(text))
}

/** The texts of the content candidates of the one-word cue `word`, with or without the runs. */
function candidateTexts(text: string, word: string, runs = true): string[] {
  const doc = docOf(text)
  const from = doc.lower.indexOf(word)
  const s = doc.sentences[doc.sentenceOf[from]!]!
  const cue: CueSite = { from, to: from + 1, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }
  return contentCandidates(doc, cue, null, undefined, true, true, runs).map((c) => text.slice(doc.tokens[c.from]!.start, doc.tokens[c.to - 1]!.end))
}

test('should offer a quotation run that starts with words before the first quotation', () => {
  const text = 'Yet the plan is also a “bold step,” Cole said. “That is exactly what people want right now. They are tired of waiting.”\n\nOthers disagreed.'
  const all = candidateTexts(text, 'said')
  assert.ok(all.includes('Yet the plan is also a “bold step,” Cole said. “That is exactly what people want right now'), JSON.stringify(all))
  assert.ok(all.includes('Yet the plan is also a “bold step,” Cole said. “That is exactly what people want right now. They are tired of waiting.”'), JSON.stringify(all))
  // Never past the paragraph.
  assert.ok(!all.some((c) => c.includes('Others')), JSON.stringify(all))
})

test('should offer no run when the next sentence does not open in a quotation', () => {
  const text = 'Yet the plan is also a “bold step,” Cole said. Others disagreed with him.'
  assert.ok(!candidateTexts(text, 'said').some((c) => c.includes('Others')))
})

test('should offer the runs only to a ranker trained with them', () => {
  const text = 'Yet the plan is also a “bold step,” Cole said. “That is exactly what people want right now.”'
  assert.ok(!candidateTexts(text, 'said', false).some((c) => c.startsWith('Yet') && c.includes('That')))
  assert.equal(knowsRunStarts({ content: new FeatureTable([['len=3', 1]]) }), false)
  assert.equal(knowsRunStarts({ content: new FeatureTable([['t=run-s', 0.5]]) }), true)
  assert.equal(knowsRunStarts({}), false)
})

test('should read words, a quotation and the quotation that goes on in the next sentence as one content', () => {
  const a = analyzedForQuotes('Yet the senator is also a “change agent,” Cole said. “That is exactly what voters want right now. They are tired of waiting.”\n\nThe campaign did not comment.')
  const q = quoteWithCue(a, 'said')
  // The quote list shows the run without the attribution inside it.
  assert.match(q.text, /^Yet the senator is also a “change agent\b.*\bThat is exactly what voters want right now\. They are tired of waiting\.”?$/, JSON.stringify(a.quotes.map((x) => x.text)))
  assert.doesNotMatch(q.text, /Cole said|campaign/)
  assert.equal(q.speakerName, 'Cole')
})
