import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { argumentCandidates } from './arguments.js'
import { FeatureKeys, FeatureNames, keyTable, nameKey, rowOfKey } from './feature-keys.js'
import { keyScores, linearScores } from './linear-model.js'
import { roleFeatures, roleTrigger } from './roles.js'
import { mentionLookup, viewSentence } from './sentence-view.js'
import { testContext } from './test-context.js'
import { triggerCandidates, triggerFeatures, triggerSentence } from './trigger-features.js'

test('a key built from pieces is the key of the joined name', () => {
  const keys = new FeatureKeys()
  keys.add('l|n1=', 'attack', '|', 'on')
  keys.add('rank=', 'L', '2')
  keys.add('bias')
  keys.add('h=', 'café', '|L', '', '')
  assert.deepEqual(keys.keys, [...nameKey('l|n1=attack|on'), ...nameKey('rank=L2'), ...nameKey('bias'), ...nameKey('h=café|L')])
  // Where the pieces split the name does not matter; what the name says does.
  keys.clear()
  keys.add('l|n1=a', 'ttack|o', 'n')
  keys.add('l|n1=attack|no')
  assert.deepEqual(keys.keys.slice(0, 3), nameKey('l|n1=attack|on'))
  assert.notDeepEqual(keys.keys.slice(3), nameKey('l|n1=attack|on'))
  assert.equal(keys.size, 2)
})

test('a key table finds each name its row, nothing for other names, and refuses a shared key', () => {
  const names = ['bias', 'w=strike', 'l|n1=strike|on', 'pol=true']
  const table = keyTable(names)
  names.forEach((name, row) => assert.equal(rowOfKey(table, ...nameKey(name)), row))
  assert.equal(rowOfKey(table, ...nameKey('pol=false')), -1)
  assert.equal(rowOfKey(table, ...nameKey('w=strikes')), -1)
  assert.throws(() => keyTable(['w=strike', 'bias', 'w=strike']), /share a hash key/)
})

// The shipped models, scored both ways on sentences written here: by name, as training sees the
// features, and by key, as the events step scores them. The sums must agree to the last bit, or
// the step's confidences and roles would drift from the model's.
const models = loadModels()

test('trigger and role features score the same by key as by name', () => {
  const model = models.events
  assert.ok(model?.roles, 'models/events has a detector and a role model')
  const text =
    'Israeli warplanes struck a refugee camp in Gaza on Tuesday, the ministry said. Protesters who had gathered outside the embassy were arrested by police. The union threatened to strike unless the government agreed to talks with Hamas.'
  const ctx = testContext(models, text, [
    ['Gaza', 'GPE', 'PSE'],
    ['Hamas', 'ORG', 'PSE'],
  ])
  const lookup = mentionLookup(ctx.entities)
  let scored = 0
  for (const sentence of ctx.sentences) {
    const view = viewSentence(ctx, sentence, lookup, model.resources)
    const ts = triggerSentence(view, ctx.tokens, model.resources.agents)
    const cands = argumentCandidates(view, model.actors)
    for (const i of triggerCandidates(ts, model.resources)) {
      const names = new FeatureNames()
      const keys = new FeatureKeys()
      triggerFeatures(ts, i, model.resources, names)
      triggerFeatures(ts, i, model.resources, keys)
      assert.equal(keys.size, names.names.length)
      for (const m of [model.detector, model.typer]) assert.deepEqual(keyScores(m, keys), linearScores(m, names.names), `${view.words[i]}`)
      const trigger = roleTrigger(view, i, 'ASSAULT', cands)
      for (const c of cands) {
        const roleNames = new FeatureNames()
        const roleKeys = new FeatureKeys()
        roleFeatures(trigger, c, roleNames)
        roleFeatures(trigger, c, roleKeys)
        assert.deepEqual(keyScores(model.roles, roleKeys), linearScores(model.roles, roleNames.names))
        scored++
      }
    }
  }
  assert.ok(scored > 20, `${scored} role candidates scored`)
})
