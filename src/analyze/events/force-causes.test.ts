import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { findEvents } from './index.js'
import { ruleCheck, testContext } from './test-context.js'

// The shipped detector and parser, no entities: deaths and damage a hazard or an accident caused,
// written in the shapes of disaster reports (issue 15: a non-political happening is no event unless a
// political actor acts), beside attacks of the same shapes that must stay attacks.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

function assaults(text: string, options = {}): string[] {
  const events: ArticleEvent[] = findEvents(testContext(models, text, []), options)
  return events.filter((e) => e.type === 'ASSAULT').map((e) => `${e.trigger?.text} in ${text}`)
}

test('should code no attack from a death whose by-phrase is a hazard', () => {
  assert.deepEqual(assaults('Four fishermen were killed by a storm off the northern coast.', RULE_CHECK), [])
  assert.deepEqual(assaults('Three skiers were killed by an avalanche above the resort on Friday.', RULE_CHECK), [])
})

test('should code no attack from deaths an accident clause explains', () => {
  assert.deepEqual(assaults('Eleven pilgrims were killed when their bus plunged into a gorge on Sunday.', RULE_CHECK), [])
  assert.deepEqual(assaults('Seven miners were killed when the tunnel collapsed on Monday.', RULE_CHECK), [])
  assert.deepEqual(assaults('A fuel truck overturned on the motorway and exploded.', RULE_CHECK), [])
})

test('should keep deaths that an attacker or a bomb caused as attacks', () => {
  const attacks = [
    'Five villagers were killed by gunmen who stormed the village at dawn.',
    'Three guards were killed when insurgents attacked the base.',
    'Two soldiers were killed when a roadside bomb exploded under their truck.',
    'Rebels derailed the train and attacked the passengers.',
  ]
  assert.deepEqual(
    attacks.filter((text) => assaults(text).length === 0),
    [],
  )
})

test('should code no attack from a fire that destroyed homes with no one named', () => {
  assert.deepEqual(assaults('The fire destroyed dozens of homes and forced thousands of residents to evacuate.', RULE_CHECK), [])
})

test('should keep a fire that someone in the sentence set as an attack', () => {
  assert.ok(assaults('Rebels set fire to the town hall, and the fire destroyed the archives.').length > 0)
  assert.ok(assaults("Fire from the rebels' positions killed two soldiers.").length > 0)
})
