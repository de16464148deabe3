import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleEventAt } from './test-context.js'

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
