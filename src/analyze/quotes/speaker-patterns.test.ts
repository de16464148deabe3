/**
 * Speakers as a quote list shows them (issue 14): a person or organization, never a cut name, a
 * possessive, a preposition's fragment or a lone adverb; none when the text names no one.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes, quoteWithCue } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

const readable = (a: Article): string => JSON.stringify(a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.class} | ${q.text}`))

test('should name a speaker whose given name is a modal in full', () => {
  const a = analyzedForQuotes('Will Ferrell said the sequel was finished. "We had a blast," Ferrell told reporters.')
  for (const q of a.quotes) assert.equal(q.speakerName, 'Will Ferrell', readable(a))
  const b = analyzedForQuotes("Can Dündar, the paper's former editor, said the charges were false.")
  assert.equal(quoteWithCue(b, 'said').speakerName, 'Can Dündar', readable(b))
})

test('should never cut a company name at "&" or a hyphen', () => {
  const a = analyzedForQuotes('Rates rose again. AT&T said it would add the fee next year.')
  assert.equal(quoteWithCue(a, 'said').speakerName, 'AT&T', readable(a))
  const b = analyzedForQuotes('Customers have complained for years, and AT&T wants to end unlimited plans.')
  assert.equal(quoteWithCue(b, 'wants').speakerName, 'AT&T', readable(b))
})

test('should credit a possessive source to its possessor', () => {
  const a = analyzedForQuotes("Exports fell short of the IMF's projected growth rate of 3% in 2021.")
  for (const q of a.quotes) assert.ok(!/['’]s$/.test(q.speakerName ?? ''), readable(a))
})

test('should give a relative pronoun the whole noun phrase, not the preposition before it', () => {
  const a = analyzedForQuotes('When the paper covered the plans critically, we heard from lots of readers who defended the plans because they saved them money.')
  assert.equal(quoteWithCue(a, 'defended').speakerName, 'lots of readers', readable(a))
})

test('should not read reporting to a place or a post as speech', () => {
  const a = analyzedForQuotes('The alarm went off at noon. Nurses reported to their stations. The hospital stayed open.')
  assert.equal(
    a.quotes.find((q) => q.cue === 'reported'),
    undefined,
    readable(a),
  )
  const b = analyzedForQuotes('Nurses reported to the board that the alarm had failed.')
  assert.equal(quoteWithCue(b, /^reported/).speakerName, 'Nurses', readable(b))
})

test('should not credit the subject of "was said to" with saying it', () => {
  const a = analyzedForQuotes('Foxconn and Pegatron are said to be among the suppliers of the screens for the smaller phone.')
  assert.equal(quoteWithCue(a, 'are said').speakerName, null, readable(a))
})

test('should give no name to a lone adverb or a preposition with a demonstrative', () => {
  const a = analyzedForQuotes('Last spring, the mill cut 40 jobs. Earlier this year, the mill reportedly closed a line (the firm would not give a number but called it "minor").')
  for (const q of a.quotes) assert.notEqual(q.speakerName, 'Earlier', readable(a))
  const b = analyzedForQuotes('Among those who believe that the rules are too strict, the mayor is the loudest.')
  for (const q of b.quotes) assert.ok(!/^Among\b/.test(q.speakerName ?? ''), readable(b))
})

test('should credit a document to the person or organization that made it', () => {
  const a = analyzedForQuotes('Home prices rose 4% in May, according to data from the Federal Reserve.')
  assert.equal(quoteWithCue(a, /according to/i).speakerName, 'Federal Reserve', readable(a))
  const b = analyzedForQuotes('According to a 2020 study by Maria Gonzalez of Stanford University, most users never change the setting.')
  assert.equal(quoteWithCue(b, /according to/i).speakerName, 'Maria Gonzalez', readable(b))
})

test('should credit no one with a possessor that made no document', () => {
  const a = analyzedForQuotes("The platform's flexibility shows its strength here, allowing the maker to stretch the car.")
  for (const q of a.quotes) assert.equal(q.speakerName, null, readable(a))
})

test('should not make an organization speak for a thing its name qualifies', () => {
  // Widening the cut name "Wars sets" to "LEGO Star Wars sets" must not make the sets a speaker.
  const a = analyzedForQuotes('The castle measures 20 inches long and is the first in an Expert class of LEGO Harry Potter sets called the "Collector Series". It costs $300.')
  for (const q of a.quotes) assert.ok(q.speakerName === null && q.class !== 'speech', readable(a))
})

test('should class a name given to something as an act, not speech', () => {
  const a = analyzedForQuotes('The station has six holding rooms. The rooms are often called iceboxes.')
  for (const q of a.quotes.filter((x) => /called/.test(x.cue ?? ''))) assert.equal(q.class, 'other', readable(a))
})
