import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of acts told as a habit in a
// present relative clause, read on real pages and on WikiEvents dev (issue 15): each was coded at
// the rule-test bar before the rule; acts done at a time, and stances that hold now, stay.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no killing a relative clause tells as a habit', () => {
  const kill = typed('The report condemned the impunity enjoyed by soldiers who kill demonstrators.')
  assert.ok(!kill.includes('ASSAULT kill'), kill.join(', '))
})

test('should code no meeting a relative clause tells as a habit', () => {
  const consults = typed('Harris, who consults with several ministries, said the cabinet will decide next week.')
  assert.ok(!consults.some((e) => e.startsWith('CONSULT')), consults.join(', '))
})

test('should keep an act done at a time in a relative clause, and a stance that holds now', () => {
  assert.ok(typed('Police who attacked students on Monday were suspended.').includes('ASSAULT attacked'))
  assert.ok(typed('Russia, which denies any role, vetoed the resolution.').includes('REJECT vetoed'))
})
