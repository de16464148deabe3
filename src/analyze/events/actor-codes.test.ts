import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from '../../model/article.js'
import { loadModels } from '../models.js'
import { tokenize } from '../tokens/tokenize.js'
import { actorContext, codeActor } from './actor-codes.js'

// The shipped actor dictionary, which lists "Falcon" as another name of an Iranian armed group
// (issue 15: a rocket of that name was coded IRNREB on a real page).
const models = loadModels()
const index = models.events?.actors
const gazetteer = models.gazetteer

function entity(name: string, type: Entity['type'], country?: string): Entity {
  return { id: name, name, type, aliases: [], mentions: [{ start: 0, end: name.length }], ...(country ? { country } : {}) }
}

test('should not code a lone common name as an armed group the article gives no sign of', { skip: !index }, () => {
  const rocket = entity('Falcon', 'PRODUCT')
  const ctx = actorContext(index!, '2016-12-13', [rocket, entity('Florida', 'GPE', 'USA')], undefined, gazetteer)
  assert.equal(codeActor(['Falcon'], rocket, ctx).code, null)
  assert.equal(codeActor(['Falcon'], undefined, ctx).code, null)
})

test('should not code a name with a model number as a group, whatever the recogniser took it for', { skip: !index }, () => {
  const text = 'The Falcon 9 lifted off from Florida.'
  const rocket = entity('Falcon', 'ORG')
  const ctx = actorContext(index!, '2016-12-13', [{ ...rocket, mentions: [{ start: 4, end: 10 }] }], tokenize(text).tokens, gazetteer)
  assert.equal(codeActor(['Falcon'], rocket, ctx).code, null)
})

test('should code that name as the group where the article names its country', { skip: !index }, () => {
  const ctx = actorContext(index!, '2016-12-13', [entity('Iran', 'GPE', 'IRN')], undefined, gazetteer)
  assert.equal(codeActor(['Falcon'], undefined, ctx).code, 'IRNREB')
})

test('should code police in a town the dictionary gives one country by where the article placed the town', { skip: !index }, () => {
  const linked = { ...entity('Birmingham', 'GPE', 'USA'), linkConfidence: 0.99 }
  const ctx = actorContext(index!, '2016-11-22', [linked, { ...entity('Alabama', 'GPE', 'USA'), linkConfidence: 1 }], undefined, gazetteer)
  assert.equal(codeActor(['police', 'in', 'Birmingham', ',', 'Alabama'], undefined, ctx).code, 'USACOP')
  // A link against the country the story is mostly about does not move the dictionary's country.
  const england = { ...entity('England', 'GPE', 'GBR'), mentions: [0, 1, 2].map((k) => ({ start: k * 10, end: k * 10 + 7 })) }
  const british = actorContext(index!, '2016-11-22', [linked, england], undefined, gazetteer)
  assert.equal(codeActor(['police', 'in', 'Birmingham'], undefined, british).code, 'GBRCOP')
  // Unlinked, the town keeps the dictionary's country.
  const bare = actorContext(index!, '2016-11-22', [entity('Birmingham', 'GPE', 'GBR')], undefined, gazetteer)
  assert.equal(codeActor(['police', 'in', 'Birmingham'], undefined, bare).code, 'GBRCOP')
})

test('should code an office the article gives "of police" as that country\'s police, not its government', { skip: !index }, () => {
  const text = 'The inspector general of police in Nairobi said on Monday that the deputy commissioner of police had been suspended.'
  const kenya = [entity('Nairobi', 'GPE', 'KEN')]
  const ctx = actorContext(index!, '2021-03-01', kenya, tokenize(text).tokens, gazetteer)
  assert.equal(codeActor(['The', 'inspector', 'general'], undefined, ctx).code, 'KENCOP')
  assert.equal(codeActor(['the', 'deputy', 'commissioner'], undefined, ctx).code, 'KENCOP')
  assert.equal(codeActor(["Kenya's", 'inspector', 'general'], undefined, ctx).code, 'KENCOP')
  // "general" alone is no police office, and another office word is not made police.
  assert.notEqual(codeActor(['the', 'general'], undefined, ctx).sector, 'COP')
  assert.notEqual(codeActor(['the', 'election', 'commissioner'], undefined, ctx).sector, 'COP')
  // Where the article never says "of police", the inspector general stays an official.
  const plain = 'The inspector general of the ministry in Nairobi said on Monday that the audit was done.'
  const other = actorContext(index!, '2021-03-01', kenya, tokenize(plain).tokens, gazetteer)
  assert.notEqual(codeActor(['The', 'inspector', 'general'], undefined, other).sector, 'COP')
})
