import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../index.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { findQuotedSpans } from './quote-marks.js'
import { indexDocument } from './document-index.js'
import { contentCandidates, tokenRange } from './span-candidates.js'

const models = loadModels()

/** The content candidates of the cue `cue` in `text`, as text. */
function candidates(text: string, cue: string): string[] {
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const syntax = models.parser ? parseTokens(models.parser, tokens, sentences) : undefined
  const at = text.indexOf(cue)
  const [from, to] = tokenRange(doc, at, at + cue.length)
  const s = sentences[0]!
  return contentCandidates(doc, { from, to, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }, null, syntax).map((c) => text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end))
}

test('should offer a content that stops before a setting of the cue and one that starts after its listener', () => {
  assert.ok(models.parser, 'the parser model ships in models/parser')
  assert.ok(candidates('The coach told reporters on Friday the team was ready, and the crowd cheered.', 'told').includes('the team was ready'))
  assert.ok(candidates('The mayor said the bridge would reopen, in an interview on local radio, with a smile.', 'said').includes('the bridge would reopen'))
})
