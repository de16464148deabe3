import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of false events read on
// real pages (issue 15): grievances called wounds, festival bangs, threats that are assessments,
// technologies deployed, adjectives, press releases, a company defending its own program, a
// seizure of property typed as an attack. Each false shape is coded without its rule at the rule-test bar's
// low bar, so the rule is what removes it; the real acts beside them stay.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no attack for old wounds or festival bangs', () => {
  assert.deepEqual(typed('Critics fear the land dispute could reopen old sectarian wounds in the valley.'), [])
  assert.deepEqual(typed('Bangs and explosions rattled the town throughout the festival.'), [])
  assert.ok(typed('A bomb explosion rattled the town during the festival, killing four.').includes('ASSAULT explosion'))
})

test('should code no threat for a threat something poses or is painted as', () => {
  assert.deepEqual(typed('Regulators say the app poses a threat to the privacy of its users.'), [])
  assert.deepEqual(typed('The officials painted the peaceful marchers as violent threats to public order.'), [])
})

test('should code no mobilisation for technologies deployed, and keep troops deployed', () => {
  assert.deepEqual(typed('Pollution falls as cleaner technologies are deployed in the region.'), [])
  assert.ok(typed('The government deployed troops and armored vehicles to the border.').includes('MOBILIZE deployed'))
})

test('should read demanding, charged and corrupt before a noun as adjectives', () => {
  assert.deepEqual(typed('She said nurses do physically demanding jobs for low pay.'), [])
  assert.deepEqual(typed('The sheriff used emotionally charged language to describe the marchers.'), [])
  assert.deepEqual(typed('Corrupt politicians squandered the aid money.'), [])
  assert.ok(typed('Police charged the protest leaders with rioting.').includes('ACCUSE charged'))
})

test('should code no release for a press release, and keep hostages released', () => {
  assert.deepEqual(typed('The campaign issued four press releases attacking the senator.'), ['ASSAULT attacking'])
  assert.ok(typed('Police released the hostages after the siege ended.').includes('RETREAT released'))
})

test('should code no support for a company defending its own program', () => {
  assert.deepEqual(typed('The company struggled to defend this program against criticism from regulators.'), [])
  assert.ok(typed('The minister defended the army against accusations of torture.').includes('SUPPORT defended'))
})

test('should code a confiscation as coercion, not an attack', () => {
  assert.deepEqual(typed('Al Qaeda has confiscated the weapons of the villagers.'), ['COERCE confiscated'])
})
