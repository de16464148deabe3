import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from '../../model/article.js'
import { loadModels } from '../models.js'
import { actorContext, codeActor } from './actor-codes.js'
import { isCommonWord, isRegionWord, residenceCountry } from './actor-readings.js'

const models = loadModels()
const index = models.events?.actors
const gazetteer = models.gazetteer

function entity(name: string, type: Entity['type'], country?: string, mentions = 1): Entity {
  return { id: name, name, type, aliases: [], mentions: Array.from({ length: mentions }, (_, k) => ({ start: k * 20, end: k * 20 + name.length })), ...(country ? { country } : {}) }
}

test('should read a short name written in lower case as the common word', () => {
  assert.equal(isCommonWord('us'), true)
  assert.equal(isCommonWord('US'), false)
  assert.equal(isCommonWord('U.S.'), false)
  assert.equal(isCommonWord('ours'), false)
})

test('should not code the pronoun "us" as the United States ("they met us")', { skip: !index }, () => {
  const ctx = actorContext(index!, '2019-11-22', [entity('China', 'GPE', 'CHN'), entity('United States', 'GPE', 'USA')], undefined, gazetteer)
  assert.equal(codeActor(['us'], undefined, ctx).country, null)
  // The abbreviation keeps its country.
  assert.equal(codeActor(['US'], undefined, ctx).country, 'USA')
})

test("should not code a region's people as the country of the nationality word inside it", { skip: !index }, () => {
  assert.equal(isRegionWord(['North', 'American', 'neighbours'], 1), true)
  assert.equal(isRegionWord(['American', 'neighbours'], 0), false)
  const ctx = actorContext(index!, '2019-11-22', [entity('United States', 'GPE', 'USA'), entity('Canada', 'GPE', 'CAN')], undefined, gazetteer)
  // The Davis Cup page: "their North American neighbours, though they had not met since 1965"
  // was a CONSULT of the United States with itself.
  const region = entity('North American', 'NORP')
  assert.equal(codeActor(['their', 'North', 'American', 'neighbours'], region, ctx).country, null)
  assert.equal(codeActor(['Latin', 'American', 'diplomats'], entity('Latin American', 'NORP'), ctx).country, null)
  // A country's own two-word nationality is still that country.
  assert.equal(codeActor(['South', 'African', 'police'], entity('South African', 'NORP', 'ZAF'), ctx).code, 'ZAFCOP')
  assert.equal(codeActor(['American', 'officials'], entity('American', 'NORP', 'USA'), ctx).code, 'USAGOV')
})

test('should give a group the country its name holds where only the actor dictionary knows the word', { skip: !index }, () => {
  // "Bosnian Serbs said their forces had completed their withdrawal": the recogniser read the
  // group as a product of no country; BOSNIAN is Bosnia's in Phoenix.
  const group = entity('Bosnian Serbs', 'PRODUCT')
  const ctx = actorContext(index!, '1994-04-26', [group], undefined, gazetteer)
  assert.equal(codeActor(['their', 'forces'], group, ctx).code, 'BIHMIL')
})

test('should code an ethnic group by the country it lives in, as CAMEO does', { skip: !index }, () => {
  // "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia ... Belgrade radio said."
  const albanians = entity('Albanians', 'NORP', 'ALB')
  const serbia = actorContext(index!, '1994-04-26', [albanians, entity('Serbia', 'GPE', 'SRB'), entity('Belgrade', 'GPE', 'SRB')], undefined, gazetteer)
  assert.deepEqual(codeActor(['ethnic', 'Albanians'], albanians, serbia), { country: 'SRB', sector: 'CVL', code: 'SRBCVL' })
  // Without "ethnic" the nationality is the country's own ("Albanians" visiting Serbia).
  assert.equal(codeActor(['Albanians'], albanians, serbia).country, 'ALB')
  // No other country clearly leads: the nationality stays.
  const two = actorContext(index!, '1994-04-26', [albanians, entity('Serbia', 'GPE', 'SRB'), entity('Greece', 'GPE', 'GRC')], undefined, gazetteer)
  assert.equal(codeActor(['ethnic', 'Albanians'], albanians, two).country, 'ALB')
  // "near Macedonia's border with Bulgaria, Macedonian officials said": Macedonia leads.
  const counts = new Map([
    ['ALB', 1],
    ['MKD', 2],
    ['BGR', 1],
  ])
  assert.equal(residenceCountry(['ethnic', 'albanians'], 'ALB', counts), 'MKD')
  assert.equal(residenceCountry(['ethnic', 'albanians'], null, counts), null)
})

test('should take no sector code for a country from a name the dictionary codes by sector alone', { skip: !index }, () => {
  // "McClatchy said its finances were so impaired": Phoenix codes the newspaper MED, a sector.
  const paper = entity('McClatchy', 'ORG')
  const ctx = actorContext(index!, '2019-11-22', [paper], undefined, gazetteer)
  assert.equal(codeActor(['its', 'finances'], paper, ctx).country, null)
})

test("should not read a person's surname as the agent word it spells", { skip: !index }, () => {
  // "King and Weeks were abducted by gunmen": Kevin King is a professor, not a monarch.
  const king = { ...entity('Kevin King', 'PERSON', undefined), aliases: ['King'] }
  const ctx = actorContext(index!, '2019-11-19', [king], undefined, gazetteer)
  assert.equal(codeActor(['King'], king, ctx).sector, null)
  // A title before the name stays one.
  const abdullah = entity('Abdullah', 'PERSON')
  assert.equal(codeActor(['King', 'Abdullah'], abdullah, actorContext(index!, '2019-11-19', [abdullah], undefined, gazetteer)).sector, 'GOV')
})
