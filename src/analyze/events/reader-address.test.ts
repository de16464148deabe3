import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes read on lifestyle pages
// (issue 15): what "you", the reader, might do, and an imperative of advice, report no event.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no visit or demand the page asks of its reader', () => {
  assert.deepEqual(typed('Ask the staff at the hotels you visit about their recycling.'), [])
  assert.deepEqual(typed('Demand a refund whenever the train is late.'), [])
})

test('should still code a named leader’s visit', () => {
  assert.ok(typed('Netanyahu visited the settlement on Tuesday.').includes('CONSULT visited'))
})
