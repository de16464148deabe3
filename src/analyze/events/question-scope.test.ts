import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleEventAt } from './test-context.js'

// The shipped detector and parser, on sentences written with a question in them (issue 15): what
// the question asks is hypothetical, what the sentence states before the question opens is not.
const models = loadModels()
const modality = (trigger: string, text: string): string => ruleEventAt(models, trigger, text).modality

test('should keep a debate stated before the question it left open as asserted', () => {
  assert.equal(modality('debate', 'The debate failed to settle the question that has haunted the race: who can voters trust?'), 'asserted')
})

test('should flag what a question asks as hypothetical, and not what is said after it', () => {
  assert.equal(modality('meet', 'Will the two leaders meet in Geneva next week?'), 'hypothetical')
  const text = '"Did the army shell the village?" the reporter asked after the soldiers had withdrawn.'
  assert.equal(modality('shell', text), 'hypothetical')
  assert.equal(modality('withdrawn', text), 'asserted')
})
