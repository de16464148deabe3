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

test('should credit a speaker whose appositive stands between the name and "said" with a clause after it', () => {
  const a = analyzedForQuotes('Prosecutors opened a case against the newspaper. Can Dündar, a columnist for the paper, said the charges were false.')
  assert.equal(quoteWithCue(a, 'said').speakerName, 'Can Dündar', readable(a))
  const b = analyzedForQuotes('Jane Roe, a senior associate at the institute, said parents still want neighborhood schools.')
  assert.equal(quoteWithCue(b, 'said').speakerName, 'Jane Roe', readable(b))
  assert.equal(quoteWithCue(b, 'said').text, 'parents still want neighborhood schools', readable(b))
})

test('should keep a party and state in parentheses inside the speaker’s sentence and phrase', () => {
  const a = analyzedForQuotes('“This is a disgusting day,” said Rep. John Smith (D-N.Y.), a leading advocate for the bill. Rep. Tom Jones (R-S.C.) said the claim was false.')
  assert.equal(quoteWithCue(a, /said/).speakerName, 'John Smith', readable(a))
  const jones = a.quotes.find((q) => q.text === 'the claim was false')
  assert.equal(jones?.speakerName, 'Tom Jones', readable(a))
})

test('should not make a focusing adverb part of the speaker', () => {
  const a = analyzedForQuotes('Even China, the only ally of the North, said the test was wrong.')
  assert.ok(!/^Even\b/.test(quoteWithCue(a, 'said').speakerName ?? ''), readable(a))
})

test('should never name a clause holding another attribution’s cue as the speaker', () => {
  const a = analyzedForQuotes('Police released dramatic video showing the rescue of a girl who was taken from her mother. CBS reports the man was sentenced.')
  for (const q of a.quotes) assert.ok(!/released/.test(q.speakerName ?? ''), readable(a))
})

test('should credit "he" to the man the narration keeps as its subject, not to one named since as an object', () => {
  const a = analyzedForQuotes(
    'Prince Andrew claims that he felt bound to visit Jeffrey Epstein in New York. During the visit, he was photographed having long chats with Epstein in the park. Was this wise? He instead told the BBC: “I took the judgement call.”',
  )
  assert.match(quoteWithCue(a, 'told').speakerName ?? '', /Andrew/, readable(a))
  // The person named in the sentence right before keeps coreference's reading.
  const b = analyzedForQuotes('Mayor Bob Smith spoke first at the hearing on Monday. Police arrested John Doe on Friday. He said he was innocent.')
  assert.equal(quoteWithCue(b, 'said').speakerName, 'John Doe', readable(b))
})

test('should leave a setting set off after the name out of the source', () => {
  const a = analyzedForQuotes("O'Neill, on what was his first full day on the job, said the city was safe. Judge Ann Marsh, writing for the majority, said the law was fair.")
  const mention = (cue: RegExp, n = 0): string => {
    const q = a.quotes.filter((x) => cue.test(x.cue ?? ''))[n]!
    return a.text.slice(q.speakerMention!.start, q.speakerMention!.end)
  }
  assert.equal(mention(/^said$/), "O'Neill", readable(a))
  assert.equal(mention(/^said$/, 1), 'Judge Ann Marsh', readable(a))
})

test('should name no one for a determiner standing without its noun', () => {
  const a = analyzedForQuotes('Two old men sat by the window. He had never seen a ferry before. The other jumped in eagerly, explaining that the boat followed the tide.')
  const q = quoteWithCue(a, 'explaining')
  assert.equal(q.speakerName, null, readable(a))
})

test('should give a relative pronoun after "a friend of mine" the whole phrase, not "mine"', () => {
  const a = analyzedForQuotes('Attacks are being automated, and as one knowledgeable friend of mine, who wishes to remain anonymous, remarked, “It takes a robot to catch a robot.”')
  for (const q of a.quotes) assert.notEqual(q.speakerName, 'mine', readable(a))
  assert.equal(quoteWithCue(a, 'remarked').speakerName, 'one knowledgeable friend of mine', readable(a))
})

test('should credit "who said" to the person named before it, not to the thing the clause hangs on', () => {
  const a = analyzedForQuotes('That was a remark from sociologist and author Maria Lopez, who said “Great advances come from investments in other people’s children.”')
  assert.equal(quoteWithCue(a, 'said').speakerName, 'Maria Lopez', readable(a))
})

test('should read a name after a title abbreviation that ended a sentence as the speaker', () => {
  const a = analyzedForQuotes('“This is a waste of money,” said Del. Maria Ortega of Guam. Others disagreed.')
  const q = quoteWithCue(a, 'said')
  assert.equal(q.speakerName, 'Maria Ortega', readable(a))
  assert.equal(a.text.slice(q.speakerMention!.start, q.speakerMention!.end), 'Del. Maria Ortega')
})

test('should credit a passive cue to its "by" phrase, not to whom the words are about', () => {
  const a = analyzedForQuotes('Dr. Lee Park has been called a charlatan by fellow physicians for promoting quack cures.')
  assert.equal(quoteWithCue(a, 'has been called').speakerName, 'fellow physicians', readable(a))
  const b = analyzedForQuotes('Asked by host John Dickerson whether she would run, Ortega said no.')
  assert.equal(quoteWithCue(b, 'Asked').speakerName, 'John Dickerson', readable(b))
})

test('should credit a participle with no subject to the subject of the verb it hangs from, a broken-up name too', () => {
  // The parse reads "AT" as a preposition and "T" as a conjunct: "made" has no subject of its own.
  const a = analyzedForQuotes('Last night AT&T made its plan official by announcing that its new streaming service would be free.')
  assert.equal(quoteWithCue(a, 'announcing').speakerName, 'AT&T', readable(a))
  const b = analyzedForQuotes('Smith made the plan official on Monday by announcing that the service would be free.')
  assert.equal(quoteWithCue(b, 'announcing').speakerName, 'Smith', readable(b))
})

test('should credit a report to the outlet or firm that issued it, never to a place', () => {
  const a = analyzedForQuotes('According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the campaign on Monday.')
  assert.equal(quoteWithCue(a, /according to/i).speakerName, 'Argus Leader', readable(a))
  const b = analyzedForQuotes('Sales fell 10 percent, according to the TexAuto Facts report from InfoNation, a Houston-based provider of data.')
  assert.equal(quoteWithCue(b, /according to/i).speakerName, 'InfoNation', readable(b))
  const c = analyzedForQuotes('Prices rose again in May, according to a report from Washington.')
  assert.equal(quoteWithCue(c, /according to/i).speakerName, null, readable(c))
})
