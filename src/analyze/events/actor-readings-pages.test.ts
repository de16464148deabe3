import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent, Entity } from '../../model/article.js'
import { loadModels } from '../models.js'
import { testContext, type GivenEntity } from './test-context.js'
import { findEvents } from './index.js'

// Real-page faults of actor coding and roles (issue 15), in sentences written in the same shapes:
// a sports meeting between "the U.S." and "their North American neighbours" was a CONSULT of the
// United States with itself; "a terrorist threat" in a report's subject took what the report
// reveals as its recipient; police "not willing to discredit" a threat refuse to.
const models = loadModels()

function eventsIn(text: string, names: GivenEntity[]): { events: ArticleEvent[]; entities: Entity[] } {
  const ctx = testContext(models, text, names, { wholeWords: true })
  return { events: findEvents(ctx), entities: ctx.entities }
}

test('a meeting of "they" after a region\'s people is no meeting between countries', () => {
  const text = 'The U.S. had won all previous 12 meetings with their North American neighbours, though they had not met since 1972.'
  const { events } = eventsIn(text, [
    ['U.S.', 'GPE', 'USA'],
    ['North American', 'NORP'],
  ])
  for (const e of events) {
    assert.ok(!(e.actorCountry && e.recipientCountry), `${e.type} ${e.trigger?.text}: ${e.actorCountry} -> ${e.recipientCountry}`)
    if (e.actorMention?.text === 'they') assert.equal(e.actorCountry, null, `${e.type} ${e.trigger?.text}`)
  }
})

test('"they met us" codes no United States from the pronoun', () => {
  const text = 'Chinese officials said on Friday that they met us twice in Geneva.'
  const { events } = eventsIn(text, [
    ['Chinese', 'NORP', 'CHN'],
    ['Geneva', 'GPE', 'CHE'],
  ])
  for (const e of events) assert.notEqual(e.recipientCountry, 'USA', `${e.type} ${e.trigger?.text}`)
})

test("an act named in a clause's subject takes no recipient from the rest of the clause", () => {
  const text = "A new report on last month's closure of Denver schools due to a terrorist threat reveals a confused chain of command."
  const { events, entities } = eventsIn(text, [['Denver', 'GPE', 'USA']])
  const threat = events.find((e) => e.trigger?.text === 'threat')
  if (threat) assert.equal(threat.recipient, null, `recipient ${entities.find((x) => x.id === threat.recipient)?.name}`)
  for (const e of events) assert.ok(!/chain/.test(e.recipientMention?.text ?? ''), `${e.type} ${e.trigger?.text} -> ${e.recipientMention?.text}`)
})

test('police "not willing to discredit" a threat refuse to', () => {
  const text = 'At that point, police agencies were not willing to completely discredit the threat or tell the schools what to do.'
  const { events } = eventsIn(text, [])
  const e = events.find((x) => x.type === 'REJECT')
  assert.ok(e, JSON.stringify(events.map((x) => [x.type, x.trigger?.text])))
  assert.equal(e.actorSector, 'COP')
})
