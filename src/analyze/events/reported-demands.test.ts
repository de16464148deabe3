import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent, Entity } from '../../model/article.js'
import { loadModels } from '../models.js'
import { testContext, type GivenEntity } from './test-context.js'
import { findEvents } from './index.js'

// Demands and orders laid on another party (issue 15, PLOVER roles): the speaker of "X said Y must
// do Z" demands it of Y; whoever orders Y to do Z coerces Y; an act an "as" phrase names ("held
// them as hostages") is the holder's. Entities are given by hand so these pin the event step.
const models = loadModels()

function eventsIn(text: string, names: GivenEntity[]): { events: ArticleEvent[]; entities: Entity[] } {
  const ctx = testContext(models, text, names, { wholeWords: true })
  return { events: findEvents(ctx), entities: ctx.entities }
}

function nameOf(entities: readonly Entity[], id: string | null | undefined): string | undefined {
  return entities.find((e) => e.id === id)?.name
}

test('the speaker of "Y must do Z" demands it of Y', () => {
  const text = 'Germany said on Monday that Iran must release the detained journalists.'
  const { events, entities } = eventsIn(text, [
    ['Germany', 'GPE', 'DEU'],
    ['Iran', 'GPE', 'IRN'],
  ])
  const e = events.find((x) => x.type === 'REQUEST')
  assert.ok(e, `a REQUEST in ${JSON.stringify(text)}: ${JSON.stringify(events.map((x) => [x.type, x.trigger?.text]))}`)
  assert.equal(nameOf(entities, e.actor), 'Germany')
  assert.equal(nameOf(entities, e.recipient), 'Iran')
})

test('a speaker who says it must act itself makes no demand of another', () => {
  const text = 'Germany said on Monday that it must release the detained journalists.'
  const { events, entities } = eventsIn(text, [['Germany', 'GPE', 'DEU']])
  for (const e of events) assert.notEqual(nameOf(entities, e.recipient), 'Germany', `${e.type} ${e.trigger?.text}`)
})

test('a duty put in what another says is a demand, whatever it demands', () => {
  const text = 'France announced that Mali must hold elections before July.'
  const { events, entities } = eventsIn(text, [
    ['France', 'GPE', 'FRA'],
    ['Mali', 'GPE', 'MLI'],
  ])
  assert.deepEqual(
    events.map((e) => [e.type, nameOf(entities, e.actor), nameOf(entities, e.recipient)]),
    [['REQUEST', 'France', 'Mali']],
  )
  // An inference about what happened lays no duty on anyone.
  const inferred = eventsIn('Police said the gunmen must have attacked the convoy at night.', []).events
  assert.ok(!inferred.some((e) => e.type === 'REQUEST'), JSON.stringify(inferred.map((e) => [e.type, e.trigger?.text])))
})

test('whoever orders a party to act coerces that party', () => {
  const text = 'The junta ordered La Voz to suspend publication.'
  const { events, entities } = eventsIn(text, [['La Voz', 'ORG']])
  const e = events.find((x) => x.type === 'COERCE' || x.type === 'REQUEST')
  assert.ok(e, `an order in ${JSON.stringify(text)}: ${JSON.stringify(events.map((x) => [x.type, x.trigger?.text]))}`)
  assert.equal(e.actorMention?.text, 'The junta')
  assert.equal(nameOf(entities, e.recipient), 'La Voz')
})

test('an act named by an "as" phrase is done by the verb\'s subject', () => {
  const text = 'The army has been holding thousands of villagers as human shields near the front.'
  const { events } = eventsIn(text, [])
  const e = events.find((x) => x.type === 'COERCE')
  assert.ok(e, JSON.stringify(events.map((x) => [x.type, x.trigger?.text])))
  assert.equal(e.actorMention?.text, 'The army')
})
