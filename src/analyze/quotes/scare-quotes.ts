/**
 * Scare quotes: a quotation that opens after a determiner ("toured a “major tank factory”",
 * "pushed the “gun violence” narrative") is part of a noun phrase, someone's label the writer
 * keeps at a distance, not words the clause's subject says. Only in a naming predicate ("referred
 * to the US as the “Great Satan”") is the label the subject's.
 */
import type { QuotedSpan } from './quote-marks.js'

/** Determiners and possessives that make the quotation after them part of a noun phrase. */
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|some|another)$/i

/** The word that ends right before `at` (spaces skipped), lower-cased, and where it starts. */
function wordBefore(text: string, at: number): { word: string; start: number } | null {
  const m = /([\p{L}’']+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at))
  return m ? { word: m[1]!.toLowerCase(), start: at - m[0].length } : null
}

/** Whether the quotation opening at `open` is a scare quote: led by a determiner that no "as" predicate introduces. */
export function isScareQuote(text: string, open: number): boolean {
  const det = wordBefore(text, open)
  if (!det || !DETERMINER.test(det.word)) return false
  return wordBefore(text, det.start)?.word !== 'as'
}

/**
 * Whether every quotation inside `start`..`end` is a scare quote (false when none is): such a
 * content quotes no words of its source, so the quotation is no evidence that the cue is speech.
 */
export function onlyScareQuotes(text: string, quoted: readonly QuotedSpan[], start: number, end: number): boolean {
  const inside = quoted.filter((q) => q.open >= start - 1 && q.open < end)
  return inside.length > 0 && inside.every((q) => isScareQuote(text, q.open))
}
