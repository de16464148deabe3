import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { isGrammarPhrase } from './grammar-phrases.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written in the shapes a retrained detector coded on scrapinghub pages (issue 15):
// "in order to" as REQUEST, the future "going to" as CONSULT.
const models = loadModels()
const grammar = (text: string, word: string): boolean => {
  const ts = testSentence(models, text)
  return isGrammarPhrase(ts, { index: wordIndex(ts, word) })
}

test('should read the order of "in order to" as no act', () => {
  assert.ok(grammar('Iran pressured the United States to leave the base in order to open a supply route.', 'order'))
  assert.ok(grammar('He visited the island in order that the talks could go on.', 'order'))
})

test('should keep an order given', () => {
  assert.ok(!grammar('The general gave the order to shell the town.', 'order'))
  assert.ok(!grammar('The court issued an order to release the prisoners.', 'order'))
})

test('should read the future "going to" as no act, and keep going somewhere', () => {
  assert.ok(grammar('So he is going to do the investigation?', 'going'))
  assert.ok(grammar('The minister said she was going to resign.', 'going'))
  assert.ok(!grammar('The minister is going to Moscow next week.', 'going'))
})
