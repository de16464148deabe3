import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of acts only guessed at,
// read on real pages and on WikiEvents dev (issue 15): each guessed act was coded at the rule-test bar's
// low bar before the rule; acts reported as done beside them, or whose doer alone is guessed, stay.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no seizure or attack that observers only suggest may follow', () => {
  const seizure = typed('Some analysts suggest that the crisis will deepen, prompting the army to seize power.')
  assert.ok(!seizure.some((e) => e.startsWith('COERCE')), seizure.join(', '))
  const attack = typed('Diplomats speculate that the militia could attack the airport again.')
  assert.ok(!attack.some((e) => e.startsWith('ASSAULT')), attack.join(', '))
})

test('should code no murder that a theory or a family only suggests', () => {
  const theory = typed('For weeks his death was clouded by rumours suggesting he had been murdered in his cell.')
  assert.ok(!theory.includes('ASSAULT murdered'), theory.join(', '))
  const family = typed('Although relatives of the banker suggested the financier may have been murdered, the warden told senators there was no sign of it.')
  assert.ok(!family.includes('ASSAULT murdered'), family.join(', '))
})

test('should code no attack that officials only believe could come', () => {
  const drones = typed('Intelligence agencies believe commercially available drones could in future be used by terrorists to carry explosives in European cities.')
  assert.ok(!drones.some((e) => e.startsWith('ASSAULT')), drones.join(', '))
  const pipeline = typed('Officials think the militants could attack the pipeline in the coming weeks.')
  assert.ok(!pipeline.some((e) => e.startsWith('ASSAULT')), pipeline.join(', '))
})

test('should keep an attack whose doer alone is guessed, and an attack reported as done', () => {
  assert.ok(typed('Police believe the rebels may have planted the bomb that killed four soldiers.').includes('ASSAULT killed'))
  assert.ok(typed('Witnesses suggested that the gunmen attacked the convoy at dawn.').includes('ASSAULT attacked'))
  assert.ok(typed('Analysts fear the army will shell the city again after it attacked the port on Monday.').includes('ASSAULT attacked'))
})
