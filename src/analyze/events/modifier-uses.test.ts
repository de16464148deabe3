import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { findEvents } from './index.js'
import { ruleCheck, testContext } from './test-context.js'

// The shipped detector and parser, no entities: sentences written in the shapes of false events
// read on WikiEvents, IndiaPoliceEvents and real pages (issue 15): a trigger noun that only
// modifies another noun, and a lower-case month before its day.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

const events = (text: string): ArticleEvent[] => findEvents(testContext(models, text, []), RULE_CHECK)

/** The events coded on the bracketed word of each sentence, named by sentence so a failure lists them all. */
function codedOn(cases: readonly string[]): string[] {
  return cases.flatMap((marked) => {
    const text = marked.replace(/[[\]]/g, '')
    const trigger = /\[([^\]]+)\]/.exec(marked)![1]!
    return events(text).flatMap((e) => (e.trigger?.text.toLowerCase() === trigger.toLowerCase() ? [`${e.type} on "${trigger}" in ${text}`] : []))
  })
}

test('should code no event from a trigger noun that only modifies another noun', () => {
  assert.deepEqual(
    codedOn([
      'The [debate] moderator asked the candidates about the economy.',
      'The army bought twelve [attack] helicopters from the United States.',
      'Federal prosecutors are seeking a [death] sentence.',
      'Fears pervade the North Dakota [protest] site.',
    ]),
    [],
  )
})

test('should read lower-case "ram" as the name and "train" as the vehicle, not as acts', () => {
  assert.deepEqual(
    codedOn([
      'the vhp wants the [ram] temple built at ayodhya.',
      'police arrested 20 [ram] sevaks at the station.',
      'a group of [ram] sevaks returning from ayodhya was attacked at godhra.',
      'under all odd circumstances the trained [ram] sevaks would reach ayodhya on their own.',
      'the shop sign said: jai shri [ram].',
      'they were about to board the marudhar express [train] when the police intercepted them.',
    ]),
    [],
  )
  // The arrest and the attack in the same sentences are still reported.
  assert.ok(events('police arrested 20 ram sevaks at the station.').some((e) => e.type === 'COERCE' && e.trigger?.text === 'arrested'))
  assert.ok(events('a group of ram sevaks returning from ayodhya was attacked at godhra.').some((e) => e.type === 'ASSAULT' && e.trigger?.text === 'attacked'))
})

test('should keep the act that a modifier noun names as undertaken, or stands beside', () => {
  assert.ok(events('A driver was shot in an incident that police believe to be a botched robbery attempt.').some((e) => e.trigger?.text === 'robbery'))
  assert.ok(events('This attack marked the start of a renewed bombing campaign in England.').some((e) => e.type === 'ASSAULT' && e.trigger?.text === 'bombing'))
  const coded = events('Police arrested the suspect after a bomb attack on the market.')
  assert.ok(coded.some((e) => e.type === 'ASSAULT' && e.trigger?.text === 'attack'))
  assert.ok(!coded.some((e) => e.trigger?.text === 'bomb'))
  // A multi-word trigger that takes in its head is one phrase.
  assert.ok(events('Israeli jets carried out an air strike on the camp.').some((e) => e.type === 'ASSAULT'))
})

test('should code no event from a lower-case month before its day', () => {
  assert.deepEqual(codedOn(['the vhp will perform the ceremony on [march] 15 in ayodhya.', 'the government gave permission for the [march] 15 programme.']), [])
})
