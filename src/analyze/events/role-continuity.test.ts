import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { testContext, type GivenEntity } from './test-context.js'
import { findEvents } from './index.js'

// Roles a reader finds where the trigger's own clause is misread or silent (issue 15): a doer
// named in the sentence before, a subject the parser took for an object before its apposition,
// and a speaker who only confesses.
const models = loadModels()

function eventsIn(text: string, names: GivenEntity[] = [], minConfidence?: number): ArticleEvent[] {
  return findEvents(testContext(models, text, names, { wholeWords: true }), minConfidence === undefined ? {} : { minConfidence })
}

function triggered(events: ArticleEvent[], word: string): ArticleEvent {
  const e = events.find((x) => x.trigger?.text === word)
  assert.ok(e, `an event triggered by ${JSON.stringify(word)}: ${JSON.stringify(events.map((x) => x.trigger?.text))}`)
  return e
}

test('an embargo named with no doer is imposed by the state the sentence before names', () => {
  const text = 'Russia is extending its ban on imports of fruit from the EU until 2027. The embargo was first imposed in 2014.'
  const e = triggered(
    eventsIn(text, [
      ['Russia', 'GPE', 'RUS'],
      ['EU', 'ORG'],
    ]),
    'embargo',
  )
  assert.equal(e.type, 'SANCTION')
  assert.equal(e.actor, 'e1')
  assert.equal(e.actorCountry, 'RUS')
})

test('only a state or an organisation carries over, and only to sanctions', () => {
  // A person who speaks in the sentence before imposed nothing.
  const person = eventsIn('Dvorkovich spoke to reporters in Moscow on Monday. The embargo was first imposed in 2014.', [['Dvorkovich', 'PERSON']])
  for (const e of person) assert.notEqual(e.actor, 'e1', `${e.trigger?.text}: actor ${e.actorMention?.text}`)
  // A war is not waged by whoever the story was about a sentence earlier.
  const war = eventsIn('Brazil exported record amounts of soy last year. The war ruined farms across the valley.', [['Brazil', 'GPE', 'BRA']])
  for (const e of war) if (e.trigger?.text === 'war') assert.notEqual(e.actor, 'e1')
  // A sentence with a doer of its own, even "I", is about that doer.
  const own = eventsIn('Norway tested a new rocket on Thursday. "I voted for every sanction against Iran," the senator said.', [
    ['Norway', 'GPE', 'NOR'],
    ['Iran', 'GPE', 'IRN'],
  ])
  for (const e of own) assert.notEqual(e.actor, 'e1', `${e.trigger?.text}: actor ${e.actorMention?.text}`)
})

test('a subject set off by its apposition is the doer, not the clause it was hung from', () => {
  const text = 'I remember when Brandt, a senator from Ohio, threatened a young reporter on live television.'
  const e = triggered(eventsIn(text, [['Brandt', 'PERSON']]), 'threatened')
  assert.equal(e.type, 'THREATEN')
  assert.equal(e.actor, 'e1')
  assert.notEqual(e.actorMention?.text, 'I')
})

test('a speaker who says "I am guilty" confesses: no coercion of the speaker', () => {
  // (Even under the reporting threshold: a confession is no event at any confidence.)
  const events = eventsIn('The farmer spoke for an hour. He also said: "I am guilty. We all know I am guilty."', [], 0.05)
  for (const e of events) assert.notEqual(e.trigger?.text, 'guilty', `${e.type} of ${e.recipientMention?.text}`)
})

test('whoever is called guilty is the one judged, not the judge', () => {
  const e = triggered(eventsIn('He was guilty of copying the report, the editor wrote.'), 'guilty')
  assert.equal(e.actorMention, undefined)
  assert.equal(e.recipientMention?.text, 'He')
})
