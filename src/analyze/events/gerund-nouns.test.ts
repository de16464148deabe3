import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleEventAt } from './test-context.js'

// A gerund used as a noun ("in the police firing") is an act noun: its agent word is its doer,
// never the subject of the clause it sits in (the people who died in it).
const models = loadModels()

test('a gerund after a determiner takes its agent word as actor, not the clause subject', () => {
  const e = ruleEventAt(models, 'firing', 'Several residents of the old quarter died in the police firing.')
  assert.equal(e.actorMention?.text, 'police')
})

test('a gerund with its own object stays a clause with its own subject', () => {
  const e = ruleEventAt(models, 'firing', 'Riot police were firing tear gas at the crowd near the station.')
  assert.match(e.actorMention?.text ?? '', /police/i)
})
