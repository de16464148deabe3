import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { ruleEventAt, ruleEvents, type GivenEntity } from './test-context.js'

// Who a sentence credits with an act it does not make the act's subject: those who take part in it,
// those it is blamed on, those a call asks to do it, those an act comes from ("came under attack
// from"). Sentences written in the shapes of the MUC-4 and RAMS news; entities given by hand.
const models = loadModels()

const eventsIn = (text: string, names: GivenEntity[] = []): ArticleEvent[] => ruleEvents(models, text, names)

const eventAt = (trigger: string, text: string, names: GivenEntity[] = []): ArticleEvent => ruleEventAt(models, trigger, text, names)

test('whoever takes part in an act named by a noun did it', () => {
  assert.equal(eventAt('coup', 'Two generals implicated in the coup attempt have been arrested.').actorMention?.text, 'Two generals')
  assert.match(eventAt('bombing', 'Dozens of officers were involved in the bombing of the courthouse.').actorMention?.text ?? '', /officers/)
  assert.match(eventAt('assassination', 'Foreign mercenaries participated in the assassination of the senator.').actorMention?.text ?? '', /mercenaries/)
  // Denied or negated, the part names nobody.
  const denied = eventAt('bombing', 'The police were not involved in the bombing of the courthouse.')
  assert.notEqual(denied.actorMention?.text, 'The police')
  const reports = eventAt('attack', "The commandos denied reports that they participated in an attack on the minister's home.")
  assert.equal(reports.actorMention, undefined)
  // A "who" hung from the noun before the person still names the person.
  const who = eventAt('assassination', 'A judge ordered the release of Captain Alvaro Sanabria, who is implicated in the assassination of the archbishop.', [['Alvaro Sanabria', 'PERSON']])
  assert.equal(who.actor, 'e1')
})

test('an act blamed on or attributed to someone is theirs, and the blamed are the blame’s recipient', () => {
  const names: GivenEntity[] = [['Taliban', 'ORG']]
  const blamed = eventsIn('The bombing was blamed on Taliban fighters.', names)
  assert.equal(blamed.find((e) => e.trigger?.text === 'bombing')?.actorMention?.text, 'Taliban fighters')
  const blame = blamed.find((e) => e.type === 'ACCUSE')
  if (blame) assert.equal(blame.recipientMention?.text, 'Taliban fighters')
  assert.equal(eventAt('bombing', 'Officials blamed the bombing on Taliban fighters.', names).actorMention?.text, 'Taliban fighters')
  assert.equal(eventAt('ambush', 'The ambush was the work of Taliban fighters.', names).actorMention?.text, 'Taliban fighters')
  // A cause blamed is no doer.
  const cause = eventAt('massacre', 'The lobby blamed the massacre on political correctness.')
  assert.notEqual(cause.actorMention?.text, 'political correctness')
})

test('whoever a call or an appeal is made on does what it asks', () => {
  const convene = eventAt('convene', 'The report calls on the WHO to convene an independent panel.', [['WHO', 'ORG']])
  assert.equal(convene.actor, 'e1')
  // Read as a noun with a participle after it, "The council called on" is still the council's call.
  const call = eventsIn('The council called on both parties to negotiate a ceasefire.').find((e) => e.type === 'REQUEST')
  assert.ok(call, 'the call is coded')
  assert.equal(call.actorMention?.text, 'The council')
  assert.equal(call.recipientMention?.text, 'both parties')
})

test('what comes under attack undergoes it, from whoever it comes from', () => {
  const e = eventAt('attack', 'The convoy came under attack from Taliban fighters near Kandahar.', [['Taliban', 'ORG']])
  assert.equal(e.actorMention?.text, 'Taliban fighters')
  assert.equal(e.recipientMention?.text, 'The convoy')
  // The act's own phrase still names who did it.
  const russian = eventAt('attack', 'The alliance would defend nations that come under Russian attack.', [['Russian', 'NORP', 'RUS']])
  assert.equal(russian.actor, 'e1')
  assert.equal(russian.recipientMention?.text, 'nations')
})

test('an act that is the means of answering or fighting is done by whoever answers', () => {
  const e = eventAt('airstrikes', 'Israel responded with airstrikes on Gaza.', [
    ['Israel', 'GPE', 'ISR'],
    ['Gaza', 'GPE', 'PSE'],
  ])
  assert.equal(e.actor, 'e1')
  assert.equal(e.recipient, 'e2')
})

test('an act that supports a side does not strike it', () => {
  const e = eventAt('airstrikes', 'Kurdish fighters, supported by U.S. airstrikes, captured the town.', [
    ['Kurdish', 'NORP'],
    ['U.S.', 'GPE', 'USA'],
  ])
  assert.notEqual(e.recipientMention?.text, 'Kurdish fighters')
})

test('the apposition of an actor is not the recipient', () => {
  const e = eventAt('murders', 'The two murders were attributed to the Medellin cartel, one of the largest trafficking organizations in the world.', [['Medellin', 'GPE', 'COL']])
  assert.match(e.actorMention?.text ?? '', /cartel/)
  assert.ok(!/organizations/.test(e.recipientMention?.text ?? ''), `recipient ${e.recipientMention?.text}`)
})
