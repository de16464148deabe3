import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ParsedWord } from './model.js'
import { splitToken, tokenSyntaxOf, wordsOfTokens } from './token-words.js'

test('should split hyphenated words as the treebank does, keeping prefixed ones whole', () => {
  assert.deepEqual(splitToken('well-known'), ['well', '-', 'known'])
  assert.deepEqual(splitToken('Jong-un'), ['Jong', '-', 'un'])
  assert.deepEqual(splitToken('3-1'), ['3', '-', '1'])
  assert.deepEqual(splitToken('e-mail'), ['e-mail'])
  assert.deepEqual(splitToken('non-profit'), ['non-profit'])
  assert.deepEqual(splitToken('ex-vice-president'), ['ex-vice', '-', 'president'])
  assert.deepEqual(splitToken('1996-08-22'), ['1996-08-22'])
  assert.deepEqual(splitToken('bbc.co.uk'), ['bbc.co.uk'])
  assert.deepEqual(splitToken('U.S.'), ['U.S.'])
  assert.deepEqual(splitToken('cannot'), ['can', 'not'])
  assert.deepEqual(splitToken('-'), ['-'])
})

const word = (form: string, head: number, deprel: string, upos = 'X', lemma = form): ParsedWord => ({ form, lemma, upos, xpos: upos, head, deprel })

test('should give a split token the analysis of its head word and map heads back to tokens', () => {
  // "a well-known author": well -> known (advmod), - -> known (punct), known -> author (amod).
  const tokens = ['a', 'well-known', 'author']
  const words = wordsOfTokens(tokens)
  assert.deepEqual(words.forms, ['a', 'well', '-', 'known', 'author'])
  const parsed = [
    word('a', 4, 'det', 'DET'),
    word('well', 3, 'advmod', 'ADV'),
    word('-', 3, 'punct', 'PUNCT'),
    word('known', 4, 'amod', 'ADJ'),
    word('author', -1, 'root', 'NOUN'),
  ]
  const syntax = tokenSyntaxOf(parsed, words, tokens, 10)
  assert.deepEqual(
    syntax.map((s) => [s.upos, s.head, s.deprel, s.lemma]),
    [['DET', 12, 'det', 'a'], ['ADJ', 12, 'amod', 'well-known'], ['NOUN', -1, 'root', 'author']],
  )
})

test('should never leave a loop when merged words were not connected', () => {
  // Token 0 = words 0-1, token 1 = words 2-3; word 0 -> word 2, word 3 -> word 1: tokens 0 <-> 1.
  const tokens = ['a-b', 'c-d']
  const words = { forms: ['a', 'b', 'c', 'd'], tokenOf: Int32Array.from([0, 0, 1, 1]), firstWord: Int32Array.from([0, 2]), wordCount: Int32Array.from([2, 2]) }
  const parsed = [word('a', 2, 'nmod'), word('b', -1, 'root'), word('c', 1, 'obj'), word('d', 1, 'obj')]
  const syntax = tokenSyntaxOf(parsed, words, tokens, 0)
  const roots = syntax.filter((s) => s.head === -1)
  assert.ok(roots.length >= 1)
  for (let t = 0; t < syntax.length; t++) {
    let a = t
    for (let steps = 0; steps < 5 && a >= 0; steps++) a = syntax[a]!.head
    assert.equal(a, -1)
  }
})
