/**
 * The speaker is never part of what they said: a content the ranker reads from inside the chosen
 * source across the cue ("Trump has admitted using the tax code") gives way to the next best.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from '../tokens/tokenize.js'
import { indexDocument } from './document-index.js'
import { findQuotedSpans } from './quote-marks.js'
import { refineAttributions, type SpanModel } from './attribution-model.js'
import { FeatureTable } from '../../model/feature-hash.js'
import type { Attribution } from './rules/types.js'

/** The content and source the rankers read for the attribution `cue` / `source` / `content` (first occurrences in `text`). */
function read(text: string, cue: string, source: string, content: string, model: SpanModel): { content: string; source: string | null } {
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const span = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })
  const a: Attribution = { cue: span(cue), source: span(source), content: span(content), direct: false, confidence: 0.9 }
  const [out] = refineAttributions(doc, [a], model)
  return { content: text.slice(out!.content.start, out!.content.end), source: out!.source ? text.slice(out!.source.start, out!.source.end) : null }
}

// A content ranker that prefers the stretch around the cue, then the rules' reading; a source ranker that keeps the rules' speaker.
const model: SpanModel = {
  content: new FeatureTable([
    ['t=around', 5],
    ['t=rule', 2],
  ]),
  source: new FeatureTable([['t=rule', 5]]),
}

test('should not read the speaker and the cue as part of the content', () => {
  const text = 'Trump has admitted using the tax code to his advantage.'
  assert.deepEqual(read(text, 'admitted', 'Trump', 'using the tax code to his advantage', model), { content: 'using the tax code to his advantage', source: 'Trump' })
})

test('should keep a content that runs across a cue set inside it', () => {
  // The clause starts before the speaker: the cue is medial, and the whole clause was said.
  const text = 'The old bridge, the mayor said on Monday, will reopen in May.'
  assert.deepEqual(read(text, 'said', 'the mayor', 'will reopen in May', model), { content: 'The old bridge, the mayor said on Monday, will reopen in May', source: 'the mayor' })
})
