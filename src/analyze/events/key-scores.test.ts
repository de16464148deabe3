import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { argumentCandidates } from './arguments.js'
import { PieceKeys, PieceNames } from '../../model/feature-hash.js'
import { keyScores, linearScores } from './linear-model.js'
import { roleFeatures, roleTrigger } from './roles.js'
import { mentionLookup, viewSentence } from './sentence-view.js'
import { testContext } from './test-context.js'
import { triggerCandidates, triggerFeatures, triggerSentence } from './trigger-features.js'

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
      const names = new PieceNames()
      const keys = new PieceKeys()
      triggerFeatures(ts, i, model.resources, names)
      triggerFeatures(ts, i, model.resources, keys)
      assert.equal(keys.size, names.names.length)
      for (const m of [model.detector, model.typer]) assert.deepEqual(keyScores(m, keys), linearScores(m, names.names), `${view.words[i]}`)
      const trigger = roleTrigger(view, i, 'ASSAULT', cands)
      for (const c of cands) {
        const roleNames = new PieceNames()
        const roleKeys = new PieceKeys()
        roleFeatures(trigger, c, roleNames)
        roleFeatures(trigger, c, roleKeys)
        assert.deepEqual(keyScores(model.roles, roleKeys), linearScores(model.roles, roleNames.names))
        scored++
      }
    }
  }
  assert.ok(scored > 20, `${scored} role candidates scored`)
})
