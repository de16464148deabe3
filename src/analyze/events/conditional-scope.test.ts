import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleEventAt } from './test-context.js'
import { isInsideCondition } from './conditional-scope.js'
import type { LocalSyntax } from './sentence-view.js'

// The shipped detector and parser, on sentences written in the shapes of acts inside a condition
// (issue 15): an act the condition is about is put as a condition, not done; the doer a condition
// takes as given, a known act named with "the", and an act a condition would stop are real.
const models = loadModels()
const modality = (trigger: string, text: string): string => ruleEventAt(models, trigger, text).modality

test('should flag an act that is what a condition is about as hypothetical', () => {
  assert.equal(modality('attack', 'If an attack on a tanker is confirmed, the navy will escort every ship through the strait.'), 'hypothetical')
})

test('should keep as asserted the acts a condition or an open question takes as given or would stop', () => {
  assert.equal(modality('arrests', 'Officials wondered if the arrests of the two journalists would calm the protests.'), 'asserted')
  assert.equal(modality('bombing', 'The agency has not determined whether the stabbing was related to the bombing in the capital.'), 'asserted')
  assert.equal(modality('attacks', 'The army will leave the city if the militia stops attacks on the airport.'), 'asserted')
})

// A parse written out by hand: the parser's reading of such sentences varies with the words
// ("withheld" is sometimes read as an auxiliary), and the rule reads only the tree.
function parsed(rows: ReadonlyArray<[word: string, upos: string, head: number, deprel: string]>): {
  words: string[]
  syntax: LocalSyntax[]
  kids: number[][]
} {
  const words = rows.map((r) => r[0])
  const syntax = rows.map(([word, upos, head, deprel]) => ({ upos, xpos: '', lemma: word.toLowerCase(), head, deprel }))
  const kids = rows.map((_, i) => rows.flatMap((r, k) => (r[2] === i ? [k] : [])))
  return { words, syntax, kids }
}

test('should not doubt the act noun an open question names, but doubt the one a condition names', () => {
  const question = parsed([
    ['Lawmakers', 'NOUN', 1, 'nsubj'],
    ['want', 'VERB', -1, 'root'],
    ['to', 'PART', 3, 'mark'],
    ['establish', 'VERB', 1, 'xcomp'],
    ['whether', 'SCONJ', 7, 'mark'],
    ['the', 'DET', 6, 'det'],
    ['governor', 'NOUN', 7, 'nsubj'],
    ['withheld', 'VERB', 3, 'ccomp'],
    ['federal', 'ADJ', 9, 'amod'],
    ['aid', 'NOUN', 7, 'obj'],
    ['.', 'PUNCT', 1, 'punct'],
  ])
  assert.equal(isInsideCondition(question.words, question.syntax, question.kids, 9), false)
  const condition = parsed([
    ['The', 'DET', 1, 'det'],
    ['army', 'NOUN', 3, 'nsubj'],
    ['will', 'AUX', 3, 'aux'],
    ['withdraw', 'VERB', -1, 'root'],
    ['if', 'SCONJ', 7, 'mark'],
    ['the', 'DET', 6, 'det'],
    ['rebels', 'NOUN', 7, 'nsubj'],
    ['accept', 'VERB', 3, 'advcl'],
    ['talks', 'NOUN', 7, 'obj'],
    ['.', 'PUNCT', 3, 'punct'],
  ])
  assert.equal(isInsideCondition(condition.words, condition.syntax, condition.kids, 8), true)
  assert.equal(isInsideCondition(condition.words, condition.syntax, condition.kids, 1), false)
})
