import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written about the plots of films and novels
// (issue 15): each act of the plot was coded at the rule-test bar before the rule; footage of real
// acts and a crime scene stay.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no torture or execution told in the plot of a film or a novel', () => {
  const scene = typed('In the final scene from Spartacus, the rebel leader is whipped and tortured before a Roman crowd.')
  assert.ok(!scene.some((e) => e.startsWith('ASSAULT')), scene.join(', '))
  const film = typed('In the film, a retired hitman kills the gangsters who stole his dog.')
  assert.ok(!film.some((e) => e.startsWith('ASSAULT')), film.join(', '))
})

test('should keep real acts a documentary shows and acts at the scene of a crime', () => {
  assert.ok(typed('In the documentary, soldiers are seen beating protesters in Cairo.').includes('ASSAULT beating'))
  const scene = typed('Police arrested two men at the scene of the shooting.')
  assert.ok(scene.includes('COERCE arrested') && scene.includes('ASSAULT shooting'), scene.join(', '))
})
