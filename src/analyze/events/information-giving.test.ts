import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { isInformationGiven } from './information-giving.js'
import { ruleTypes } from './test-context.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written in the shapes a retrained detector coded AID on scrapinghub pages (issue 15):
// insight, documentation and a medical record "provided".
const models = loadModels()
const given = (text: string, word: string): boolean => {
  const ts = testSentence(models, text)
  return isInformationGiven(ts, { index: wordIndex(ts, word), type: 'AID' })
}

test('should read giving information or a record as no aid', () => {
  assert.ok(given('The filings do not provide any insight into her business dealings.', 'provide'))
  assert.ok(given('As you know from the documentation I have provided, he was not a topic of our talks.', 'provided'))
  assert.ok(given('The agency must start giving the public some answers.', 'giving'))
  assert.ok(given('A series of emails Smith provided to the committee showed the plan.', 'provided'))
})

test('should keep aid, money and goods given', () => {
  assert.ok(!given('The United States provided military aid to Ukraine.', 'provided'))
  assert.ok(!given('The charity gave food and blankets to the refugees.', 'gave'))
  const aid = ruleTypes(models, 'The United States provided military aid to Ukraine in March.')
  assert.ok(aid.includes('AID provided'), aid.join(', '))
})
