import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { tokenize } from '../tokens/tokenize.js'
import type { AnalysisContext } from '../context.js'
import { findEvents } from './index.js'
import { countryPairs } from './country-pairs.js'

// Entities are given by hand so these tests pin the event logic, not the entity model.
function context(text: string, names: Array<[string, Entity['type'], string?]>, referenceDate = '2025-05-08'): AnalysisContext {
  const entities: Entity[] = names.map(([name, type, country], i) => {
    const mentions: Entity['mentions'] = []
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length })
    return { id: `e${i + 1}`, name, type, aliases: [], mentions, ...(country ? { country } : {}) }
  })
  const { tokens, sentences } = tokenize(text)
  return {
    article: newArticle({ input: 'test', text }),
    text,
    tokens,
    sentences,
    referenceDate,
    models: { loaded: [] },
    entities,
    dates: [],
    quantities: [],
    quotes: [],
    scratch: new Map(),
  }
}

test('should code a negated future visit as a negated CONSULT by its actor', () => {
  const ctx = context('North Korean leader Kim Jong-un will not attend the parade in Moscow.', [
    ['North Korean', 'NORP', 'PRK'],
    ['Kim Jong-un', 'PERSON'],
    ['Moscow', 'GPE', 'RUS'],
  ])
  const [event] = findEvents(ctx)
  assert.ok(event)
  assert.equal(event.type, 'CONSULT')
  assert.equal(event.negated, true)
  assert.equal(event.modality, 'future')
  assert.equal(event.actor, 'e2')
  assert.equal(event.actorCountry, 'PRK', 'a leader carries the country of the nationality before his name')
  assert.equal(event.actorSector, 'government')
  assert.equal(event.location, 'e3')
})

test('should code an attack with actor, recipient and evidence inside the sentence', () => {
  const text = 'Talks went on. Israeli tanks shelled positions near Jericho on Monday. Nothing else happened.'
  const ctx = context(text, [
    ['Israeli', 'NORP', 'ISR'],
    ['Jericho', 'GPE', 'PSE'],
  ])
  const events = findEvents(ctx).filter((e) => e.type === 'ASSAULT')
  assert.equal(events.length, 1)
  const e = events[0]!
  assert.equal(e.actor, 'e1')
  assert.equal(e.actorSector, 'military')
  const sentence = ctx.sentences[1]!
  assert.ok(e.evidence.start >= sentence.start && e.evidence.end <= sentence.end)
  assert.equal(text.slice(e.trigger!.start, e.trigger!.end), 'shelled')
})

test('should absorb the complement of a control verb into one event', () => {
  const ctx = context('Russia threatened to stop negotiations with the United States.', [
    ['Russia', 'GPE', 'RUS'],
    ['United States', 'GPE', 'USA'],
  ])
  const events = findEvents(ctx)
  assert.deepEqual(events.map((e) => e.type), ['THREATEN'])
  assert.equal(events[0]!.recipient, 'e2')
})

test('should not treat a plain statement as an event', () => {
  const ctx = context('The minister said the weather was fine.', [])
  assert.deepEqual(findEvents(ctx), [])
})

test('should aggregate events into an ordered country pair with a conflict score', () => {
  const ctx = context('Iran attacked Iraq. Iran later praised Iraq.', [
    ['Iran', 'GPE', 'IRN'],
    ['Iraq', 'GPE', 'IRQ'],
  ])
  const pairs = countryPairs(findEvents(ctx).map((event) => ({ event })))
  assert.equal(pairs.length, 1)
  const [pair] = pairs
  assert.equal(pair!.pair, 'IRN>IRQ')
  assert.equal(pair!.events, 2)
  assert.deepEqual(pair!.byType, { ASSAULT: 1, SUPPORT: 1 })
  assert.equal(pair!.evidence.length, 2)
  assert.ok(pair!.score < 0, 'an attack outweighs praise')
})

test('should code two joined subjects as actor and counterpart', () => {
  const ctx = context('Chile and Argentina agreed on Tuesday to build glacier stations along the Andes.', [
    ['Chile', 'GPE', 'CHL'],
    ['Argentina', 'GPE', 'ARG'],
    ['Andes', 'LOC'],
  ])
  const event = findEvents(ctx).find((e) => e.type === 'AGREE')
  assert.ok(event)
  assert.equal(event.actor, 'e1')
  assert.equal(event.recipient, 'e2')
  assert.equal(event.actorCountry, 'CHL')
  assert.equal(event.recipientCountry, 'ARG')
})
