import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleEventAt } from './test-context.js'

// The shipped detector and parser, on sentences written in the shape of a penalty someone faces
// (issue 15): "faces ... years in jail" is what a court may impose; a sentence passed is real.
const models = loadModels()
const modality = (trigger: string, text: string): string => ruleEventAt(models, trigger, text).modality

test('should flag a jailing someone only faces as hypothetical', () => {
  assert.equal(modality('jail', 'The activist now faces a sentence of up to 15 years in jail.'), 'hypothetical')
  assert.equal(modality('sentence', 'The activist now faces a sentence of up to 15 years in jail.'), 'hypothetical')
})

test('should keep a jail sentence a court passed as asserted', () => {
  assert.equal(modality('jail', 'The court sentenced him to 15 years in jail.'), 'asserted')
})
