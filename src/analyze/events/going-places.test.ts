import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { isGoingSomewhere } from './going-places.js'
import { ruleTypes } from './test-context.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written in the shapes a retrained detector coded CONSULT on a form of "go" on
// scrapinghub pages (issue 15): voters at the polls, an official going to a lawyer.
const models = loadModels()
const going = (text: string, word: string, type: string, names: Array<[string, 'GPE' | 'ORG', string]> = []): boolean => {
  const ts = testSentence(models, text, names)
  const index = wordIndex(ts, word)
  return isGoingSomewhere(ts, { index, last: index, type })
}

test('should read going somewhere as no meeting', () => {
  assert.ok(going('Millions of Americans went to the polls on Tuesday.', 'went', 'CONSULT'))
  assert.ok(going('She was tempted to go to the police but did not.', 'go', 'CONSULT'))
  assert.ok(going('He has gone to the legal counsel with his concerns.', 'gone', 'CONSULT'))
})

test('should keep a visit named as one, and another type read on "go"', () => {
  assert.ok(!going('Workers went on strike in March.', 'went', 'PROTEST'))
  assert.ok(!going('The justice minister went to Washington on Monday to present the plan.', 'went', 'CONSULT', [['Washington', 'GPE', 'USA']]))
  const visit = ruleTypes(models, 'The foreign minister visited Moscow for talks with Lavrov.')
  assert.ok(visit.includes('CONSULT visited'), visit.join(', '))
})
