/**
 * Real-page attribution faults (The Verge on zero rating, Quartz on Nigeria's economy, the Los
 * Angeles Times on a school shutdown, The Atlantic on a push alert), each from sentences written
 * here in the same shape: a slogan read as a quote, a writer's argument credited to the company
 * it discusses, a plan's target read as the plan's words, a time read as what was suspected, and
 * a speaker and cue left inside the words of a medial quotation.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed, quoteWithCue } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

/** Each quote as "speaker name | cue | content". */
const readable = (a: Article): string[] => a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.text}`)

test('should not read a quoted slogan that is the subject of its verb as a quote', () => {
  const a = analyzed('‘Winning Every Day’ sounds like a promise now. Acme said the plan worked.')
  assert.deepEqual(readable(a), ['Acme | said | the plan worked'])
})

test('should keep a wish supposed in a condition out of the quotes, and the writer’s argument after it', () => {
  const a = analyzed('So, for example, if Globex wants to compete fairly with Initech, it would need to pay Acme to exempt its traffic from data caps.')
  const q = quoteWithCue(a, 'wants')
  assert.equal(q.class, 'other', JSON.stringify(readable(a)))
  assert.equal(q.text, 'to compete fairly with Initech')
  assert.ok(!a.quotes.some((x) => x.text.includes('would need to pay')), JSON.stringify(readable(a)))
  const b = analyzed('Globex said it wants to keep the plant open.')
  assert.equal(quoteWithCue(b, 'said').class, 'speech')
})

test('should not read a participle modifying a noun after an adverb as a cue, nor its words before as a speaker', () => {
  const a = analyzed('I want to start with one of the world’s most heralded inventions. The curator said it still works.')
  assert.ok(!a.quotes.some((q) => q.cue === 'heralded'), JSON.stringify(readable(a)))
  assert.equal(quoteWithCue(a, 'said').speakerName, 'The curator')
})

test('should keep a refusal to speak out of the quotes, as an act of the one who refused', () => {
  const a = analyzed('Principal Maria Ortega declined to be interviewed about the incident after it occurred. A district spokesman said she was traveling.')
  const q = quoteWithCue(a, /^declined/)
  assert.equal(q.class, 'other', JSON.stringify(readable(a)))
  assert.equal(quoteWithCue(a, 'said').class, 'speech')
})

test('should not read a plan’s projected figure as the plan’s words', () => {
  const a = analyzed('The economy fell short of the plan’s projected growth rate of 4.5% in 2019. Unemployment is nearly double the plan’s projected 12% target. The ministry said it would try again.')
  assert.deepEqual(
    a.quotes.map((q) => `${q.cue} | ${q.text}`),
    ['said | it would try again'],
  )
})

test('should not read a time as what was suspected, nor credit it to the subject of another clause', () => {
  const a = analyzed('District officials made a cautious decision regarding the threat, which turned out to be a hoax, as was suspected very early on.')
  assert.ok(!a.quotes.some((q) => /very early on/.test(q.text)), JSON.stringify(readable(a)))
})

test('should leave a medial speaker and cue out of the words a quote shows, keeping the whole span', () => {
  const text = 'Since the suspect was caught a few hours after the alert went out, Donald said, the “proof is in the pudding.”'
  const q = quoteWithCue(analyzed(text), 'said')
  assert.equal(q.speakerName, 'Donald')
  assert.equal(q.text, 'Since the suspect was caught a few hours after the alert went out, the “proof is in the pudding.”')
  assert.equal(text.slice(q.start, q.end).includes('Donald said'), true, 'the span still runs from the first word to the last')
  const direct = quoteWithCue(analyzed('“We are fine,” said Mary Smith, the mayor. “The city is safe.”'), 'said')
  assert.equal(direct.text, 'We are fine … The city is safe.')
  const tail = quoteWithCue(analyzed('“We will not leave,” Lynn said on Tuesday, via the Daily Star. “The talks are over.”'), 'said')
  assert.equal(tail.text, 'We will not leave … The talks are over.')
  const apart = quoteWithCue(analyzed('“We will not leave,” Lynn said. Nobody believed him. “The talks are over.”'), 'said')
  assert.ok(!apart.text.includes('The talks are over'), apart.text)
})

test('should not read an order of goods as speech, and keep an order of an act', () => {
  const a = analyzed('To confirm the link, Howitt ordered another set of similarly pathogen-free mice from a different facility.')
  assert.deepEqual(readable(a), [])
  const b = analyzed('Attorney General Maria Ortega ordered multiple investigations into the death.')
  assert.equal(quoteWithCue(b, 'ordered').speakerName, 'Maria Ortega', JSON.stringify(readable(b)))
})

test('should not read an editor’s correction label as someone’s words', () => {
  const a = analyzed('The caption was wrong. Correction added Nov. 18, 2019: The caption below the photograph originally made an unconfirmed statement.')
  assert.ok(!a.quotes.some((q) => q.speakerName === 'Correction'), JSON.stringify(readable(a)))
})
