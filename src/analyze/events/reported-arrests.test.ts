import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleEventAt } from './test-context.js'

// A passive arrest with no agent that the police report is the police's own arrest; other
// reporters, and the police reporting other acts, stay out of the roles.
const models = loadModels()

test('police reporting a passive arrest made it', () => {
  const e = ruleEventAt(models, 'arrested', 'Four youths were arrested near the bus depot on Monday, police said.')
  assert.equal(e.actorMention?.text, 'police')
  assert.match(e.recipientMention?.text ?? '', /youths/)
})

test('officials reporting an arrest did not make it', () => {
  const e = ruleEventAt(models, 'arrested', 'Four youths were arrested near the bus depot on Monday, officials said.')
  assert.notEqual(e.actorMention?.text, 'officials')
})

test('police reporting a killing did not do it', () => {
  const e = ruleEventAt(models, 'killed', 'Four youths were killed near the bus depot on Monday, police said.')
  assert.notEqual(e.actorMention?.text, 'police')
})

test('a reporting clause hung after the arrest still reports it', () => {
  const e = ruleEventAt(models, 'arrested', 'Two men were arrested in the raid, police said.')
  assert.equal(e.actorMention?.text, 'police')
})
