/**
 * Medial attributions: a cue set inside the clause it reports (", the mayor said, will ...",
 * "which the mayor says ..."). The candidates must offer the clause around the cue, and the
 * rules must read a relative's clause from its wh-word.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from '../tokens/tokenize.js'
import { indexDocument, type QuoteDoc } from './document-index.js'
import { findQuotedSpans } from './quote-marks.js'
import { contentCandidates, medialFrame, type CueSite } from './span-candidates.js'
import { knowsMedial } from './attribution-model.js'
import { FeatureTable } from '../../model/feature-hash.js'
import { analyze, loadModels } from '../index.js'
import { extract, resolveExtractOptions } from '../../extract/index.js'

function docOf(text: string): QuoteDoc {
  const { tokens, sentences } = tokenize(text)
  return indexDocument(text, tokens, sentences, findQuotedSpans(text))
}

/** The cue site of the first token reading `word` (one-word cue). */
function siteOf(doc: QuoteDoc, word: string): CueSite {
  const from = doc.lower.indexOf(word)
  assert.ok(from >= 0, `"${word}" in the text`)
  const s = doc.sentences[doc.sentenceOf[from]!]!
  return { from, to: from + 1, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }
}

/** The texts of the content candidates of the cue `word`. */
function candidateTexts(text: string, word: string): string[] {
  const doc = docOf(text)
  return contentCandidates(doc, siteOf(doc, word), null).map((c) => text.slice(doc.tokens[c.from]!.start, doc.tokens[c.to - 1]!.end))
}

test('should read a cue set off by commas inside a clause as a medial frame', () => {
  const doc = docOf('The old bridge, the mayor said on Monday, will reopen in May.')
  assert.equal(medialFrame(doc, siteOf(doc, 'said'))?.kind, 'comma')
  const as = docOf('The river, as one engineer pointed out, rarely floods in spring.')
  assert.equal(medialFrame(as, siteOf(as, 'pointed'))?.kind, 'comma')
})

test('should read a cue after a relative pronoun and its subject as a medial frame', () => {
  const doc = docOf('The council passed the plan, which the mayor says will cut traffic by a third.')
  assert.equal(medialFrame(doc, siteOf(doc, 'says'))?.kind, 'relative')
})

test('should not read a cue that opens or closes its content as medial', () => {
  for (const [text, cue] of [
    ['The mayor said the old bridge will reopen in May.', 'said'],
    ['The old bridge will reopen in May, the mayor said.', 'said'],
    ['“We will reopen the bridge in May,” said the mayor.', 'said'],
  ] as const) {
    const doc = docOf(text)
    assert.equal(medialFrame(doc, siteOf(doc, cue)), null, text)
  }
})

test('should offer the whole clause around a parenthetical cue as a content candidate', () => {
  const text = 'But the old bridge was so worn, the mayor noted, that it had to close for a year.'
  const texts = candidateTexts(text, 'noted')
  assert.ok(texts.includes('the old bridge was so worn, the mayor noted, that it had to close for a year'), JSON.stringify(texts))
})

test('should offer a relative clause from its wh-word as a content candidate', () => {
  const text = 'The council passed the plan, which the mayor says will cut traffic by a third, on Tuesday.'
  const texts = candidateTexts(text, 'says')
  assert.ok(texts.includes('which the mayor says will cut traffic by a third'), JSON.stringify(texts))
})

test('should start the content of "what X said ..." at the wh-word when the rules read it', () => {
  const models = loadModels()
  const { quoteSpans: _, ...rules } = models
  const text = 'The board rejected what the auditors said was a fair price for the land.'
  const article = extract({ input: 'test.txt', body: text, format: 'plain' }, resolveExtractOptions())
  const q = analyze(article, { models: rules, steps: ['quotes'] }).quotes.find((x) => x.cue === 'said')
  assert.ok(q, 'an attribution at "said"')
  assert.equal(q.text, 'what the auditors said was a fair price for the land')
})

test('should offer the medial candidates only to a content ranker trained with them', () => {
  assert.equal(knowsMedial({ content: new FeatureTable([['len=3', 1]]) }), false)
  assert.equal(knowsMedial({ content: new FeatureTable([['mf=none|A', 0.5]]) }), true)
  assert.equal(knowsMedial({}), false)
})
