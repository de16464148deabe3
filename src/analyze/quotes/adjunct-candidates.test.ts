/**
 * Content candidates from the parse around a cue: stretches that start after the cue's object or
 * adjunct and stop before its setting ("praised the deal | as ... | in a speech"), and ones that
 * take in a raising or passive cue's subject ("Jones is expected to ..."). PolNeAR marks such
 * spans; before, no candidate offered them. Sentences written here.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../index.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { findQuotedSpans } from './quote-marks.js'
import { indexDocument } from './document-index.js'
import { contentCandidates } from './span-candidates.js'

const { parser } = loadModels()

/** The texts of the content candidates of the one-word cue `word`, with and without the parse. */
function candidates(text: string, word: string): { parsed: string[]; plain: string[] } {
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const from = doc.lower.indexOf(word)
  assert.ok(from >= 0, word)
  const s = doc.sentences[doc.sentenceOf[from]!]!
  const cue = { from, to: from + 1, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }
  const texts = (syntax?: ReturnType<typeof parseTokens>): string[] => contentCandidates(doc, cue, null, syntax).map((c) => text.slice(doc.tokens[c.from]!.start, doc.tokens[c.to - 1]!.end))
  return { parsed: texts(parseTokens(parser!, tokens, sentences)), plain: texts() }
}

test('should offer a content between the cue’s object and its setting', { skip: !parser }, () => {
  const { parsed, plain } = candidates('The senator praised the deal as “a win for farmers” in a speech in Iowa.', 'praised')
  assert.ok(parsed.includes('as “a win for farmers”'), parsed.join(' | '))
  assert.ok(!plain.includes('as “a win for farmers”'))
})

test('should offer what follows a colon after the cue’s object', { skip: !parser }, () => {
  const { parsed } = candidates('She outlined her plan: a new school and a bigger library.', 'outlined')
  assert.ok(parsed.includes('a new school and a bigger library'), parsed.join(' | '))
})

test('should offer a passive or raising cue’s subject as part of its content', { skip: !parser }, () => {
  const { parsed, plain } = candidates('After a long season, Jones is expected to sign a new contract.', 'expected')
  assert.ok(parsed.includes('Jones is expected to sign a new contract'), parsed.join(' | '))
  assert.ok(!plain.includes('Jones is expected to sign a new contract'))
})
