import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ParsedWord } from './model.js'
import { splitToken, tokenSyntaxOf, wordsOfTokens, type WordAnalysis } from './token-words.js'

test('should split what the treebank splits and keep hyphenated words whole', () => {
  assert.deepEqual(splitToken('cannot'), ['can', 'not'])
  assert.deepEqual(splitToken('Gonna'), ['Gon', 'na'])
  assert.deepEqual(splitToken('well-known'), ['well-known'])
  assert.deepEqual(splitToken('Jong-un'), ['Jong-un'])
  assert.deepEqual(splitToken('U.S.'), ['U.S.'])
  assert.deepEqual(splitToken("n't"), ["n't"])
})

const word = (form: string, head: number, deprel: string, upos = 'X', lemma = form): ParsedWord => ({ form, lemma, upos, xpos: upos, head, deprel })
const analysis = (parsed: readonly ParsedWord[]): WordAnalysis => ({
  heads: parsed.map((p) => p.head),
  upos: (w) => parsed[w]!.upos,
  xpos: (w) => parsed[w]!.xpos,
  lemma: (w) => parsed[w]!.lemma,
  deprel: (w) => parsed[w]!.deprel,
})

test('should give a split token the analysis of its head word and map heads back to tokens', () => {
  // "I cannot go": can -> go (aux), not -> go (advmod), I -> go (nsubj).
  const tokens = ['I', 'cannot', 'go']
  const words = wordsOfTokens(tokens)
  assert.deepEqual(words.forms, ['I', 'can', 'not', 'go'])
  const parsed = [word('I', 3, 'nsubj', 'PRON'), word('can', 3, 'aux', 'AUX'), word('not', 3, 'advmod', 'PART'), word('go', -1, 'root', 'VERB')]
  const syntax = tokenSyntaxOf(analysis(parsed), words, tokens, 10)
  assert.deepEqual(
    syntax.map((s) => [s.upos, s.head, s.deprel, s.lemma]),
    [
      ['PRON', 12, 'nsubj', 'I'],
      ['AUX', 12, 'aux', 'cannot'],
      ['VERB', -1, 'root', 'go'],
    ],
  )
})

test('should never leave a loop when merged words were not connected', () => {
  // Token 0 = words 0-1, token 1 = words 2-3; word 0 -> word 2, word 3 -> word 1: tokens 0 <-> 1.
  const tokens = ['a-b', 'c-d']
  const words = { forms: ['a', 'b', 'c', 'd'], tokenOf: Int32Array.from([0, 0, 1, 1]), firstWord: Int32Array.from([0, 2]), wordCount: Int32Array.from([2, 2]) }
  const parsed = [word('a', 2, 'nmod'), word('b', -1, 'root'), word('c', 1, 'obj'), word('d', 1, 'obj')]
  const syntax = tokenSyntaxOf(analysis(parsed), words, tokens, 0)
  const roots = syntax.filter((s) => s.head === -1)
  assert.ok(roots.length >= 1)
  for (let t = 0; t < syntax.length; t++) {
    let a = t
    for (let steps = 0; steps < 5 && a >= 0; steps++) a = syntax[a]!.head
    assert.equal(a, -1)
  }
})
