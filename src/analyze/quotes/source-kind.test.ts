/**
 * Only someone speaks, writes or thinks: attributions whose source is a thing (a record, a song
 * title, a tool, a show the recognizer took for a person) are evidence, and a person's state
 * "showing" something is not speech. Each case is a sentence written here in the shape of a
 * misreading on a real page (a music review, a household-tips page, a news story on an outbreak).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed, quoteWithCue } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'
import { attributionClass } from './attribution-class.js'
import { isAgentNoun } from './agent-nouns.js'
import { assertEach } from '../../testing/assert-each.js'

const readable = (a: Article): string => JSON.stringify(a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.class} | ${q.text}`))
const SPOKEN = new Set(['speech', 'writing', 'thought'])

test('should tell people and bodies of people from things by the head noun', () => {
  assertEach(isAgentNoun, [
    ['officials', true],
    ['spokesman', true],
    ['congresswomen', true],
    ['strategist', true],
    ['voters', true],
    ['campaign', true],
    ['ministry', true],
    ['detector', false],
    ['meter', false],
    ['thermometer', false],
    ['barometers', false],
    ['effort', false],
    ['record', false],
    ['album', false],
  ])
})

test('should make what a thing is credited with evidence, and leave someone speaking as speech', () => {
  const cls = (sourceIsThing: boolean, cue = 'suggests') => attributionClass({ cueWords: [cue], sourceWords: ['it'], sourceIsAgent: !sourceIsThing, sourceIsThing })
  assert.equal(cls(true), 'evidence')
  assert.equal(cls(true, 'said'), 'evidence')
  assert.equal(cls(true, 'thinks'), 'evidence')
  assert.equal(cls(false, 'said'), 'speech')
  assert.equal(cls(false, 'thinks'), 'thought')
})

test('should not read a record, a song title or a tool as someone speaking or thinking', () => {
  const cases = [
    'Their newest, a self-titled record, finds the duo back in a rented studio with only two synthesizers.',
    'With a choir of whispers under the beat, “Harbor Lights” suggests a slower take on the sound of their first singles.',
    'A cheap moisture meter would have revealed the location of that leak behind the wall.',
    'Their latest, a self-titled effort, finds the pair back in a rented studio with two synthesizers.',
  ]
  for (const text of cases) {
    const a = analyzed(text)
    for (const q of a.quotes) assert.ok(!SPOKEN.has(q.class ?? 'speech'), `${text}: ${readable(a)}`)
  }
})

test('should not credit a title the text quotes as the person a pronoun stands for', () => {
  const a = analyzed('Excited that the appraisers from “Antique Hunters” were coming to his town, a man brought in a violin he had found in a shed. He thought it was worth a little something.')
  const thought = a.quotes.find((q) => q.cue === 'thought')
  assert.ok(thought, readable(a))
  assert.equal(thought.speakerName, null, 'the title is nobody')
  assert.equal(thought.class, 'thought', 'a man still thinks')
})

test('should read people showing no signs as evidence, and people saying that something holds as speech', () => {
  const a = analyzed('The health agency said in a statement that a driver had fallen ill. The other 14 passengers have shown no signs of the illness.')
  for (const q of a.quotes) if (/no signs/.test(q.text)) assert.equal(q.class, 'evidence', readable(a))
  assert.ok(
    a.quotes.some((q) => q.class === 'writing' && /a driver had fallen ill/.test(q.text)),
    readable(a),
  )
  const b = analyzed('Officials said the road would reopen on Monday. The spokesman told reporters that crews were working through the night.')
  assert.deepEqual(
    b.quotes.map((q) => q.class),
    ['speech', 'speech'],
    readable(b),
  )
})

test('should find the head of a source phrase in the parse, past its modifiers and places', () => {
  const cases = [
    'Two people briefed on the negotiations said the minister has decided to resign.',
    'Health officials in the northern province of Kirovia have confirmed that a second patient is ill.',
    '“We met at a diner,” the actress says.',
  ]
  for (const text of cases) {
    const a = analyzed(text)
    assert.ok(a.quotes.length > 0, text)
    for (const q of a.quotes) assert.equal(q.class, 'speech', `${text}: ${readable(a)}`)
  }
})

test('should read a band or a record that shows something as evidence, whatever the entity step typed it', () => {
  const a = analyzed('In a sense, that is fine; Harbor Lights wear this sound well. But Harbor Lights shows they might have escaped their old sound only to settle into a new rut.')
  const shows = a.quotes.find((q) => q.cue === 'shows')
  assert.ok(shows, readable(a))
  assert.equal(shows.class, 'evidence', readable(a))
  // Verbs that people do say things with keep their class.
  assert.equal(attributionClass({ cueWords: ['revealed'], sourceWords: ['she'], sourceIsAgent: true }), 'speech')
  assert.equal(attributionClass({ cueWords: ['proved'], sourceWords: ['he'], sourceIsAgent: true }), 'evidence')
})

test('should name no speaker when the source is a thing, and keep its phrase as the source span', () => {
  const cases: Array<[string, RegExp]> = [
    ['The thermometer in the hall shows that the room is getting colder.', /^shows/],
    ['Their newest, a self-titled record, finds the duo back in a rented studio with only two synthesizers.', /^finds/],
    ['A cheap moisture meter would have revealed the location of that leak behind the wall.', /revealed/],
  ]
  for (const [text, cue] of cases) {
    const a = analyzed(text)
    const q = quoteWithCue(a, cue)
    assert.equal(q.speakerName, null, `${text}: ${readable(a)}`)
    assert.equal(q.speaker, null, text)
    assert.ok(q.speakerMention, `${text}: the thing stays the source span`)
  }
  // Someone named as the source keeps their name.
  assert.equal(quoteWithCue(analyzed('The city engineer said that the river was rising fast.'), /^said/).speakerName, 'The city engineer')
})

test('should not read a place or a person boasting what it has as an attribution, and keep boasting of or that', () => {
  const had = [
    'At the height of the Cold War, New York boasted tens of thousands of fallout shelters in its basements.',
    'The small harbor town boasts the highest share of fishing jobs in the country.',
  ]
  for (const text of had) {
    const a = analyzed(text)
    assert.ok(!a.quotes.some((q) => /boast/.test(q.cue ?? '')), `${text}: ${readable(a)}`)
  }
  const said = ['The mayor boasted that the city had built more shelters than any other.', 'The senator boasted of his record on veterans at a rally on Friday.']
  for (const text of said) quoteWithCue(analyzed(text), /boast/)
})

test('should read officials revealing a clause without "that" as speech, and revealing a plan as evidence', () => {
  const a = analyzed('Health officials have revealed people as young as teenagers have been admitted to intensive care.')
  const revealed = a.quotes.find((q) => /teenagers/.test(q.text))
  assert.ok(revealed, readable(a))
  assert.equal(revealed.class, 'speech', readable(a))
  const b = analyzed('The mayor revealed plans for a new stadium near the river.')
  for (const q of b.quotes) assert.notEqual(q.class, 'speech', readable(b))
})
