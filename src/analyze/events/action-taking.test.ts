import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { isActionTaken } from './action-taking.js'
import { ruleTypes } from './test-context.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written in the shape a retrained detector coded THREATEN on "take action" on a
// scrapinghub page (issue 15): lawmakers acting on a school policy.
const models = loadModels()
const taken = (text: string): boolean => {
  const ts = testSentence(models, text)
  return isActionTaken(ts, { index: wordIndex(ts, 'take'), type: 'THREATEN' })
}

test('should read taking action with no threat in the sentence as no threat', () => {
  assert.ok(taken('Lawmakers said they would take action to stop the use of test scores to rate teachers.'))
  assert.ok(taken('The council will take steps to repair the bridge.'))
})

test('should keep a threat or warning of action', () => {
  assert.ok(!taken('The union warned that it would take action if the talks failed.'))
  assert.ok(!taken('Ministers vowed to take action against the smugglers.'))
  const threat = ruleTypes(models, 'The government threatened to take action against the striking miners.')
  assert.ok(threat.includes('THREATEN threatened'), threat.join(', '))
})
