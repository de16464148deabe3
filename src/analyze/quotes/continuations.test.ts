/**
 * Attributions that continue or repeat another (issue 14, real pages): a highlights box above the
 * story that repeats its quotations, "“...,” she added" and "In a statement, it said" after a named
 * speaker's attribution, and adverbs kept at the head of a cue ("often said").
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed, quoteWithCue } from '../../testing/analyzed-text.js'
import type { Entity, Quote } from '../../model/article.js'
import { withoutRepeats } from './repeated-quotes.js'
import { withCarriedSpeakers } from './carried-speaker.js'

const readable = (quotes: readonly Quote[]): string => JSON.stringify(quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.text}`))

test('should list a quotation a highlights box repeats once, with its longer reading', () => {
  const text = [
    'Key Highlights',
    '',
    '"We will not raise taxes on working families this year," Governor Tom Hadley said',
    '',
    'The state budget passed on Tuesday after weeks of talks.',
    '"We will not raise taxes on working families this year. The budget is balanced," Governor Tom Hadley said on Tuesday.',
  ].join('\n')
  const a = analyzed(text)
  const taxes = a.quotes.filter((q) => q.text.startsWith('We will not raise taxes'))
  assert.equal(taxes.length, 1, readable(a.quotes))
  assert.match(taxes[0]!.text, /The budget is balanced/)
  assert.equal(taxes[0]!.speakerName, 'Tom Hadley')
})

/** A quote of `text[start, end)` credited to `speakerName` through cue "said" at `cue`. */
function quote(text: string, start: number, end: number, cue: number, speakerName: string | null, source?: [number, number], speaker: string | null = null): Quote {
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: 'direct',
    class: 'speech',
    speaker,
    speakerName,
    speakerMention: source ? { start: source[0], end: source[1] } : null,
    cue: text.slice(cue, cue + 4),
    cueSpan: { start: cue, end: cue + 4 },
    confidence: 1,
  }
}

test('should keep two readings of one speaker at different places unless one repeats the other’s words', () => {
  const text = 'AAAA We will build the new bridge soon. BBBB We will build the new bridge soon and fast. CCCC Taxes will not rise at all.'
  const box = quote(text, 5, 38, 0, 'Tom Hadley')
  const story = quote(text, 44, 82, 0, 'Tom Hadley')
  const other = quote(text, 89, 115, 0, 'Tom Hadley')
  assert.deepEqual(withoutRepeats([box, story, other]), [story, other], 'the box’s shorter reading goes')
  const elsewhere = quote(text, 44, 82, 0, 'Ana Ruiz')
  assert.equal(withoutRepeats([box, elsewhere]).length, 2, 'another speaker’s words are not a repeat')
})

test('should list a quotation once when a sourceless cue after its speaker takes it again', () => {
  const text = 'as Ushakov teased, “There will be another meeting,” giving no details.'
  const named = quote(text, 20, 49, 11, 'Ushakov', [3, 10])
  const twin = quote(text, 52, 61, 52, null)
  assert.deepEqual(withoutRepeats([named, { ...twin, start: 20, end: 49, text: named.text }]), [named], 'the sourceless participle goes')
  // A sourceless cue after an unquoted content shared with a named one is left: PolNeAR gives such contents two cues.
  const told = { ...named, kind: 'indirect' as const }
  assert.equal(withoutRepeats([told, { ...twin, kind: 'indirect' as const, start: 20, end: 49, text: named.text }]).length, 2)
})

/** An entity named at the given spans. */
function entity(id: string, name: string, type: Entity['type'], mentions: Array<[number, number]>): Entity {
  return { id, name, type, aliases: [], mentions: mentions.map(([start, end]) => ({ start, end })) }
}

test('should credit an unresolved "he" or "it" to the speaker of the attribution right before it', () => {
  const text = 'Geng said: “Trade will grow.” “Our sides talk often,” he added.'
  const geng = entity('e1', 'Geng Shuang', 'PERSON', [[0, 4]])
  const said = quote(text, 11, 28, 5, 'Geng Shuang', [0, 4], 'e1')
  const added = { ...quote(text, 31, 51, 57, null, [54, 56]), cue: 'added', cueSpan: { start: 57, end: 62 } }
  const [, carried] = withCarriedSpeakers([said, added], [geng], text)
  assert.equal(carried!.speaker, 'e1')
  assert.equal(carried!.speakerName, 'Geng Shuang')
  // A woman's given name is no "he"; another person named in between makes "he" anyone's.
  const ruth = entity('e1', 'Ruth Okafor', 'PERSON', [[0, 4]])
  const genders = new Map([['ruth', 'f' as const]])
  assert.equal(withCarriedSpeakers([said, added], [ruth], text, genders)[1]!.speaker, null)
  // A name in the quoted words is the speaker's, not the narration's: it does not block.
  const quotedName = entity('e2', 'Li Wei', 'PERSON', [[31, 34]])
  assert.equal(withCarriedSpeakers([said, added], [geng, quotedName], text)[1]!.speaker, 'e1')
  const narrated = 'Geng said: “Trade will grow.” Li Wei nodded. “Our sides talk often,” he added.'
  const saidFirst = quote(narrated, 11, 29, 5, 'Geng Shuang', [0, 4], 'e1')
  const addedAfter = { ...quote(narrated, 46, 66, 72, null, [69, 71]), cue: 'added', cueSpan: { start: 72, end: 77 } }
  const between = entity('e2', 'Li Wei', 'PERSON', [[30, 36]])
  assert.equal(withCarriedSpeakers([saidFirst, addedAfter], [geng, between], narrated)[1]!.speaker, null)
})

test('should credit "it said" to the organization whose attribution it continues, not to a news agency after a content', () => {
  const a = analyzed('Kestrel Aviation confirmed that it had bid for the airport contract. In a statement released on Friday, it said it had offered a lower price than its rivals.')
  assert.equal(quoteWithCue(a, 'said').speakerName, 'Kestrel Aviation')
  const b = analyzed('The company fired its chief executive last week, Reuters reported. It said the board would name a successor soon.')
  assert.equal(quoteWithCue(b, 'said').speakerName, null, readable(b.quotes))
})

test('should keep an adverb annotators keep with its cue verb', () => {
  const a = analyzed('Senator Maria Lopez often said the bridge plan was a waste of money.')
  assert.equal(quoteWithCue(a, /said/).cue, 'often said')
  assert.equal(quoteWithCue(a, /said/).speakerName, 'Maria Lopez')
})

test('should not list an act of no attribution class that the cue classifier is unsure of', () => {
  for (const text of [
    'The U.S. Federal Reserve raised interest rates on Wednesday, its first increase in a year.',
    'The city council raised parking fees on Tuesday, its second increase this year.',
  ]) {
    const a = analyzed(text)
    assert.ok(!a.quotes.some((q) => q.cue === 'raised'), `${text}: ${readable(a.quotes)}`)
  }
  // A verb of saying is listed however unsure the classifier is: "present" is one.
  const b = analyzed('Clinton will outline a plan for new jobs. She’ll present her proposals in a speech Friday in Port St. Lucie, Florida.')
  assert.equal(quoteWithCue(b, /present/).class, 'speech')
})
