import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { isDisagreementNoun } from './disagreement-nouns.js'
import { ruleTypes } from './test-context.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written here in the shape issue-15z's retrain R1 coded ASSAULT ("the land dispute
// could reopen old sectarian wounds"); the shipped detector does not propose the noun, so the
// rule is read on an ASSAULT detection given to it directly, as any retrain could make it.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

/** Whether the rule drops an ASSAULT detected on `word` of `text`. */
function dropped(text: string, word: string): boolean {
  const ts = testSentence(models, text)
  const index = wordIndex(ts, word)
  return isDisagreementNoun(ts, { index, last: index, type: 'ASSAULT' })
}

test('should code no attack on a dispute or a disagreement', () => {
  assert.ok(dropped('Critics fear the land dispute could reopen old sectarian wounds in the valley.', 'dispute'))
  assert.ok(dropped('The disagreement between the two ministers deepened on Monday.', 'disagreement'))
  assert.ok(dropped('A spat over fishing rights soured relations between the neighbours.', 'spat'))
})

test('should keep an attack named by another noun, and the acts of a dispute', () => {
  assert.ok(!dropped('The attack on the convoy killed three soldiers.', 'attack'))
  assert.ok(typed('Villagers clashed with police during a land dispute on Monday.').some((e) => e.startsWith('ASSAULT clashed')))
})
