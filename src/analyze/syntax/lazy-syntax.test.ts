import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { tokenize } from '../tokens/tokenize.js'
import { loadSyntaxModel, SyntaxParser, type TaggedSentence } from './model.js'
import { lazySyntax } from './lazy-syntax.js'
import { parseTokens } from './parse-tokens.js'
import { children, subtreeSpan } from './relations.js'
import type { Syntax } from './types.js'

// The shipped model (CI must have it): the lazy records must be the eager parse's, value for value.
const model = loadSyntaxModel(join(import.meta.dirname, '../../../models/parser'))

const TEXT = [
  'Honeymooners from Argentina checked out around March 11.',
  'Thomas was found fatally wounded, police said.',
  '“I’m super excited,” says Maura McLaughlin, who cannot wait.',
  'Lead attorney Eric Lewis called Egypt’s actions “outrageous” and U.S. officials didn’t comment.',
].join(' ')

/** A parser counting the sentences it parses. */
function countingParser(): { parser: SyntaxParser; parsed: () => number } {
  assert.ok(model, 'the parser model (models/parser/syntax.bin.gz) must load')
  const parser = new SyntaxParser(model)
  let parsed = 0
  const parse = parser.parseTaggedSentence.bind(parser)
  parser.parseTaggedSentence = (t: TaggedSentence) => {
    parsed++
    return parse(t)
  }
  return { parser, parsed: () => parsed }
}

const fields = (syntax: Syntax, order: readonly number[]): string[] => order.map((i) => JSON.stringify([syntax[i]!.upos, syntax[i]!.xpos, syntax[i]!.lemma, syntax[i]!.head, syntax[i]!.deprel]))

test('should give every token the tags, lemma, head and relation of the eager parse, whatever the reading order', () => {
  const { tokens, sentences } = tokenize(TEXT)
  const { parser } = countingParser()
  const eager = parseTokens(parser, tokens, sentences)
  const order = tokens.map((_, i) => i)
  // Tags of the last tokens first, then heads from the end: every path through the lazy records.
  const reversed = [...order].reverse()
  const lazy = lazySyntax(parser, tokens, sentences)
  for (const i of reversed) assert.equal(lazy[i]!.upos, eager[i]!.upos)
  assert.deepEqual(fields(lazy, reversed), fields(eager, reversed))
  for (const i of order) assert.deepEqual(children(lazy, i), children(eager, i), `children of ${tokens[i]!.text}`)
  for (const i of order) assert.deepEqual(subtreeSpan(lazy, i), subtreeSpan(eager, i))
  // Pieces cut inside long sentences are trees of their own in both.
  const cut = lazySyntax(parser, tokens, sentences, { maxSentenceTokens: 7 })
  assert.deepEqual(fields(cut, order), fields(parseTokens(parser, tokens, sentences, { maxSentenceTokens: 7 }), order))
})

test('should parse only the sentences whose heads or relations are read', () => {
  const { tokens, sentences } = tokenize(TEXT)
  const { parser, parsed } = countingParser()
  const lazy = lazySyntax(parser, tokens, sentences)
  // Tags and lemmas of every token need no parse (no token of the first two sentences is split).
  for (let i = 0; i < sentences[1]!.tokenEnd; i++) assert.ok(lazy[i]!.lemma.length > 0)
  assert.equal(parsed(), 0)
  const second = sentences[1]!.tokenStart
  assert.ok(lazy[second]!.deprel.length > 0)
  assert.equal(parsed(), 1)
  // "cannot" is two parser words: its tags come from the parse of its sentence.
  const cannot = tokens.findIndex((t) => t.text === 'cannot')
  assert.equal(lazy[cannot]!.upos, 'AUX')
  assert.equal(parsed(), 2)
})
