import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { isDiseaseNoun } from './disease-nouns.js'
import { ruleTypes } from './test-context.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written here in the shape issue-15z's retrain R1 coded ASSAULT ("an outbreak of
// bubonic plague killed two herders"); the shipped detector does not propose the noun, so the
// rule is read on an ASSAULT detection given to it directly, as any retrain could make it.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

/** Whether the rule drops an ASSAULT detected on `word` of `text`. */
function dropped(text: string, word: string): boolean {
  const ts = testSentence(models, text)
  const index = wordIndex(ts, word)
  return isDiseaseNoun(ts, { index, last: index, type: 'ASSAULT' })
}

test('should code no attack on an illness', () => {
  assert.ok(dropped('An outbreak of bubonic plague killed two herders in the province last year.', 'plague'))
  assert.ok(dropped('The cholera epidemic has killed 300 people since March.', 'epidemic'))
})

test('should keep an attack named by another noun, and a killing in an attack', () => {
  assert.ok(!dropped('The attack on the convoy killed three soldiers.', 'attack'))
  assert.ok(typed('Gunmen killed two aid workers who were fighting the cholera epidemic.').some((e) => e.startsWith('ASSAULT killed')))
})
