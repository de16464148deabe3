import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { ruleCheck, ruleEventAt, ruleEvents, testContext, type GivenEntity } from './test-context.js'
import { findEvents } from './index.js'

// Roles of conjoined participants and of the words before an event noun (issue 15, RAMS roles):
// sentences written in the shapes of the RAMS news; entities given by hand.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

const eventsIn = (text: string, names: GivenEntity[] = []): ArticleEvent[] => ruleEvents(models, text, names)

const eventAt = (trigger: string, text: string, names: GivenEntity[] = []): ArticleEvent => ruleEventAt(models, trigger, text, names)

test('conjoined subjects of a passive both undergo it, and the act charged names no accuser', () => {
  const names: GivenEntity[] = [
    ['Russia', 'GPE', 'RUS'],
    ['Syrian', 'NORP', 'SYR'],
    ['Aleppo', 'GPE', 'SYR'],
  ]
  const accused = eventAt('accused', 'Russia and the Syrian government have been accused of bombing hospitals in Aleppo.', names)
  assert.equal(accused.recipient, 'e1')
  // Neither the second accused nor the place of the bombing is the accuser.
  assert.ok(accused.actor == null && accused.actorMention == null, `no accuser: ${JSON.stringify(accused.actorMention)}`)
  // One accused alone: the place of the act charged is no accuser either.
  const alone = eventAt('accused', 'Russia has been accused of bombing hospitals in Aleppo.', names)
  assert.equal(alone.recipient, 'e1')
  assert.notEqual(alone.actor, 'e3')
  // Whoever else the sentence names may still have done it ("Police issued warrants ... have been detained").
  const detained = eventAt('detained', 'Police issued 17 arrest warrants after the bombing, but only Bilal and Mieraili have been detained.', [
    ['Bilal', 'PERSON'],
    ['Mieraili', 'PERSON'],
  ])
  assert.equal(detained.recipient, 'e1')
  assert.notEqual(detained.actor, 'e2')
})

test('a name or an agent word before an event noun is its doer', () => {
  // Possessor and nationality, as before.
  assert.match(eventAt('attack', "The rebels' attack on the town killed 20 people.").actorMention?.text ?? '', /rebels/)
  assert.equal(eventAt('airstrikes', 'Israeli airstrikes killed 20 people in Gaza.', [['Israeli', 'NORP', 'ISR']]).actor, 'e1')
  // An agent word the parser reads as an adjective.
  assert.match(eventAt('attack', 'A militant attack killed five soldiers in the town.').actorMention?.text ?? '', /militant/)
  assert.match(eventAt('bombings', 'Jihadist bombings killed five soldiers in the town.').actorMention?.text ?? '', /Jihadist/)
  // Of an alliance it names the kind, not a party.
  const alliance = eventsIn('NATO is a military alliance designed to deter Russian aggression.').find((e) => e.trigger?.text === 'alliance')
  if (alliance) assert.doesNotMatch(alliance.actorMention?.text ?? '', /military/)
  // A town before an attack's compound is where it struck, not who struck.
  const pub = eventsIn('He described it as a carbon copy of the Birmingham pub bombings in 1974.', [['Birmingham', 'GPE', 'GBR']]).find((e) => e.trigger?.text === 'bombings')
  if (pub) assert.notEqual(pub.actor, 'e1')
  // But a modifier of an arrest or a charge names who undergoes it, never a doer.
  const charges = eventsIn('The mayor faces criminal charges after the audit.').find((e) => e.trigger?.text === 'charges')
  if (charges) assert.doesNotMatch(charges.actorMention?.text ?? '', /criminal/i)
})

test('the phrase after "the attack by" and a "-led" word name the doer, whatever the parse', () => {
  // Parsed with "by Houthi rebels" as the subject of "killed".
  assert.equal(eventAt('attack', 'The attack by Houthi rebels killed 30 soldiers.', [['Houthi', 'ORG']]).actor, 'e1')
  // (The name inside the hyphenated word, as the recogniser finds it.)
  const led = findEvents(testContext(models, 'Saudi-led airstrikes killed 30 civilians in Yemen on Tuesday.', [['Saudi', 'NORP', 'SAU']]), RULE_CHECK)
  assert.equal(led.find((e) => e.trigger?.text === 'airstrikes')?.actor, 'e1')
  // A word that holds no name names no one: "state-backed hacking".
  const state = eventsIn('Prosecutors charged three men over state-backed hacking of the utility.').find((e) => e.trigger?.text === 'hacking')
  if (state) assert.doesNotMatch(state.actorMention?.text ?? '', /state-backed/)
})
