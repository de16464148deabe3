/**
 * "As the verdict was read, Roof stood still, reported Alexandra Olgin of South Carolina Public
 * Radio.": a reporting verb after a comma, followed by a name, is inverted: the name is who
 * reports, the clause before the comma what is reported. The span rankers, which mostly see the
 * subject before its verb, sometimes take a name inside the reported clause as the source, or
 * the name after the cue as the content.
 */
import type { QuoteDoc } from './document-index.js'
import type { CharSpan } from './rules/types.js'
import type { CueSite } from './span-candidates.js'
import { INVERTING } from './rules/words.js'

/** Most tokens of the name after the cue, up to the comma or full stop that ends it. */
const MAX_NAME = 10
// Words of a name or a title that follows it ("Alexandra Olgin of South Carolina Public Radio").
const NAME_LINK = /^(?:of|the|for|at|de|del|von|van|al|bin|and|&|'s|’s|-)$/
// Pronouns and words that open a clause or a sentence, never an inverted subject.
const NOT_NAME =
  /^(?:I|He|She|It|We|They|You|This|That|These|Those|The|A|An|But|And|Or|In|On|At|As|If|When|While|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/
// What may follow the name: the sentence end, an appositive or relative clause, a channel or a time.
const AFTER_NAME = /^(?:[.,;:!?)—–]|in|on|at|during|via|last|this|yesterday|today|earlier|later)$/

const LISTENING = /^(?:told|asked)$/

/** The inverted reading of a cue, or null when the cue is no inverted reporting verb before a name. */
export function invertedReporter(doc: QuoteDoc, cue: CueSite): { source: CharSpan; content: CharSpan } | null {
  // "..., Smith, 45, told Reuters": after "told" and "asked" a name is the listener.
  if (cue.to - cue.from !== 1 || !INVERTING.has(doc.lower[cue.from]!) || LISTENING.test(doc.lower[cue.from]!)) return null
  const comma = cue.from - 1
  // A comma ends the reported clause, which is plain text (a quotation is the rules' and the rankers' own case).
  if (comma <= cue.sentenceStart || doc.tokens[comma]!.text !== ',' || doc.closes.has(comma - 1) || doc.quoteOf[comma - 1]) return null
  let t = cue.to
  if (t >= cue.sentenceEnd || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[t]!.text) || NOT_NAME.test(doc.tokens[t]!.text) || doc.opens.has(t)) return null
  let last = t
  while (t < cue.sentenceEnd && t - cue.to < MAX_NAME) {
    const w = doc.tokens[t]!.text
    if (/^\p{Lu}/u.test(w)) last = t
    else if (!NAME_LINK.test(w)) break
    t++
  }
  const next = last + 1
  if (next < cue.sentenceEnd && !AFTER_NAME.test(doc.lower[next]!)) return null
  // The reported clause: from the sentence start (after a quotation that may close the last one) to the comma.
  let from = cue.sentenceStart
  while (from < comma && /^[“”"‘’'«»]$/.test(doc.tokens[from]!.text)) from++
  if (comma - from < 3) return null
  return {
    source: { start: doc.tokens[cue.to]!.start, end: doc.tokens[last]!.end },
    content: { start: doc.tokens[from]!.start, end: doc.tokens[comma - 1]!.end },
  }
}

/** Most tokens of a source between a reported clause and "told" (a name and its appositive). */
const MAX_TELLER = 20

/**
 * "The incident shows how ..., Jim Cantrell, a founder of the company, told NBC News.": after
 * "told" stands the listener, never the speaker. When the source read is after the cue and the
 * content ends before it, the speaker is the phrase between the content and the cue, or, when the
 * content runs up to the cue, the content itself (a name set off by a comma), and the content
 * then the clause before that comma. Null when that reading does not apply.
 */
export function tellerBeforeTold(doc: QuoteDoc, cue: CueSite, content: CharSpan, source: CharSpan | null): { source: CharSpan; content: CharSpan } | null {
  if (!source || doc.lower[cue.from] !== 'told' || cue.to - cue.from !== 1) return null
  const cueStart = doc.tokens[cue.from]!.start
  if (source.start < doc.tokens[cue.from]!.end || content.end > cueStart) return null
  let t = cue.from - 1
  while (t >= cue.sentenceStart && cue.from - t <= MAX_TELLER && doc.tokens[t]!.end > content.end) t--
  if (t < cue.sentenceStart || doc.tokens[t]!.end > content.end) return null
  let from = t + 1
  while (from < cue.from && /^[,”"’]$/.test(doc.tokens[from]!.text)) from++
  let to = cue.from
  while (to > from && doc.tokens[to - 1]!.text === ',') to--
  if (to > from) {
    if (!/^\p{Lu}/u.test(doc.tokens[from]!.text) && !/^(?:a|an|the)$/i.test(doc.tokens[from]!.text)) return null
    return { source: { start: doc.tokens[from]!.start, end: doc.tokens[to - 1]!.end }, content }
  }
  // The content is the teller: a name after a comma, the clause before it what was told.
  let start = cue.sentenceStart
  while (start < cue.from && doc.tokens[start]!.end <= content.start) start++
  let comma = start - 1
  if (doc.tokens[comma]?.text !== ',' || doc.quoteOf[start]) return null
  if (!/^\p{Lu}/u.test(doc.tokens[start]!.text)) {
    // "..., Jim Cantrell, chief executive of Vector, told": the content read is the appositive; the name before it heads.
    let n = comma - 1
    while (n > cue.sentenceStart && /^\p{Lu}/u.test(doc.tokens[n]!.text)) n--
    if (n === comma - 1 || doc.tokens[n]!.text !== ',') return null
    start = n + 1
    comma = n
  }
  if (comma - cue.sentenceStart < 3) return null
  if (start !== tokenAt(doc, content.start)) content = { start: doc.tokens[start]!.start, end: content.end }
  return { source: content, content: { start: doc.tokens[cue.sentenceStart]!.start, end: doc.tokens[comma - 1]!.end } }
}

/** The first token that ends after `at`. */
function tokenAt(doc: QuoteDoc, at: number): number {
  let t = 0
  while (t < doc.tokens.length && doc.tokens[t]!.end <= at) t++
  return t
}

/** Most lower-case title words before an inverted speaker's name ("wrote sociologist", "said city engineer"). */
const MAX_TITLE_WORDS = 3

/**
 * The speaker named right after an inverting cue: up to a few title words, then a name in capitals
 * ("wrote sociologist Matthew Desmond in his book ..."), or null when no name follows.
 */
export function nameAfterCue(doc: QuoteDoc, cue: CueSite): CharSpan | null {
  if (!INVERTING.has(doc.lower[cue.to - 1]!)) return null
  let t = cue.to
  while (t < cue.sentenceEnd && t - cue.to < MAX_TITLE_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.tokens[t]!.text) && !NAME_LINK.test(doc.tokens[t]!.text)) t++
  if (t >= cue.sentenceEnd || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[t]!.text) || NOT_NAME.test(doc.tokens[t]!.text)) return null
  let last = t
  while (last + 1 < cue.sentenceEnd && last - t < MAX_NAME && /^\p{Lu}/u.test(doc.tokens[last + 1]!.text)) last++
  return { start: doc.tokens[cue.to]!.start, end: doc.tokens[last]!.end }
}
