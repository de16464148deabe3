/** Token and character spans the attribution rules build: words by index, content spans, clause ends. */
import type { QuoteDoc as Doc } from '../document-index.js'
import type { QuotedSpan } from '../quote-marks.js'
import { isAdverb } from '../word-classes.js'
import type { CharSpan } from './types.js'
import { DISCOURSE_OPENER, PUNCT } from './words.js'

/** The content of the quotation a quoted span belongs to, over every paragraph it runs through. */
export const quotation = (doc: Doc, q: QuotedSpan): CharSpan => doc.quotationOf.get(q) ?? { start: q.start, end: q.end }
export const word = (doc: Doc, i: number): string => doc.tokens[i]?.text ?? ''
export const lower = (doc: Doc, i: number): string => word(doc, i).toLowerCase()
export const span = (doc: Doc, from: number, to: number): CharSpan | null => (to > from ? { start: doc.tokens[from]!.start, end: doc.tokens[to - 1]!.end } : null)

/** Tokens `[from, to)` of a sentence without its final punctuation. */
export function contentSpan(doc: Doc, from: number, to: number, sentenceStart = false): CharSpan | null {
  while (to > from && PUNCT.test(word(doc, to - 1)) && !doc.closes.has(to - 1)) to--
  while (from < to && (word(doc, from) === ',' || word(doc, from) === ':')) from++
  // "But the goal is ...": a sentence-opening conjunction is not part of what was said.
  if (sentenceStart) {
    // A dateline is the writer's: "WASHINGTON ― Donald Trump's ...", "SEOUL (AP) — ...".
    let t = from
    while (t < to && t - from < 6 && (/^\p{Lu}[\p{Lu}.'’-]+$/u.test(word(doc, t)) || /^[(),]$|^AP$/.test(word(doc, t)))) t++
    if (t > from && t < to - 1 && /^(?:―|—|–|-|--)$/.test(word(doc, t))) from = t + 1
    while (from < to - 1 && /^(?:and|but|so|yet|or)$/i.test(word(doc, from))) from++
    // "However, ...", "Details aside, ...", "As for complexity, ...": the writer's link, not the speaker's.
    for (let c = from + 1; c < to - 1 && c - from <= 4; c++) {
      if (word(doc, c) !== ',') continue
      if (DISCOURSE_OPENER.test(doc.lower.slice(from, c).join(' '))) from = c + 1
      break
    }
  }
  return span(doc, from, to)
}

/**
 * Where reported content ends inside its sentence: before "; ...", a dash aside, or a comma that
 * starts a new clause of the writer's own (", but ...", ", which ...", ", using ...").
 */
export function clauseEnd(doc: Doc, from: number, end: number): number {
  for (let t = from + 2; t < end - 1; t++) {
    // `is “true,” but in the course of ...`: the comma sits inside the quotation.
    if (doc.closes.has(t) && word(doc, t - 1) === ',' && /^(?:but|which|while)$/i.test(word(doc, t + 1))) return t + 1
    if (doc.quoteOf[t] || doc.opens.has(t) || doc.closes.has(t)) continue
    const w = word(doc, t)
    if (w === ';' || w === '--' || w === '—' || w === '―') return t
    if (w === ',' && /^(?:but|which|who|using|amounting|whereas|although|though|prompting|leaving|making|forcing|meaning)$/i.test(word(doc, t + 1))) return t
  }
  return end
}

/** Skips adverbs and auxiliaries left of index `i`; returns the first index that is not one. */
export function skipAdverbsLeft(doc: Doc, i: number, floor: number): number {
  while (i >= floor && isAdverb(word(doc, i))) i--
  return i
}
