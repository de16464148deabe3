import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shape of an accident named by its
// noun, read on a real page (issue 15): coded ASSAULT at the rule-test bar before the rule;
// an attack on a vehicle stays.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no attack on the crashes of an airliner', () => {
  const crashes = typed('Orders fell sharply following two crashes of its popular jet in less than a year that killed a total of 157 people.')
  assert.ok(!crashes.includes('ASSAULT crashes'), crashes.join(', '))
})

test('should still code an attack that brought a plane down, and a crash told as a bombing', () => {
  assert.ok(typed('Rebels shot down a military plane near the border on Monday.').some((e) => e.startsWith('ASSAULT')))
  assert.ok(typed('Investigators blamed the crash on a bomb, and the president called the crash a terrorist attack.').includes('ASSAULT crash'))
})
