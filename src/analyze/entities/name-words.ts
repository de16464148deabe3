/**
 * Word-level tests the entity step applies to tokens: capitalization, possessives, discourse
 * words, calendar words and where sentences start.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import { CALENDAR_ABBREVIATIONS, CALENDAR_WORDS, NON_NAME_WORDS } from './cue-words.js'

/** A possessive token split off a name ("’s", "'"). */
export const POSSESSIVE = /^['’](?:s|S)?$/u
/** A possessive still glued to a word ("Kim’s"). */
export const TRAILING_POSSESSIVE = /['’][sS]?$/u
const CAPITALIZED = /^\p{Lu}/u
// Marks that may open a sentence before its first word.
const OPENERS = /^["“‘'([«—–-]$/u

/** Lower-cased token text without a glued-on possessive or abbreviation period ("Mr." -> "mr"). */
export function bareWord(token: string): string {
  return token.replace(TRAILING_POSSESSIVE, '').replace(/\.$/, '').toLowerCase()
}

/** Whether the token is a discourse or function word ("However", "In"), not an initial ("A."). */
export function isNonNameWord(token: string): boolean {
  return !token.endsWith('.') && NON_NAME_WORDS.has(bareWord(token))
}

/** Whether the token is a capitalized word (not punctuation, not a number). */
export function isCapitalizedWord(token: string): boolean {
  return CAPITALIZED.test(token) && /\p{L}/u.test(token)
}

/** Index of the first word token of each sentence (after opening quotes and brackets). */
export function sentenceStarts(tokens: readonly Token[], sentences: readonly Sentence[]): Set<number> {
  const starts = new Set<number>()
  for (const s of sentences) {
    let i = s.tokenStart
    while (i < s.tokenEnd && OPENERS.test(tokens[i]!.text)) i++
    starts.add(i)
  }
  return starts
}

/** Capitalized words that also occur capitalized away from a sentence start: real names. */
export function midSentenceCapitals(tokens: readonly Token[], starts: ReadonlySet<number>): Set<string> {
  const seen = new Set<string>()
  tokens.forEach((t, i) => {
    if (!starts.has(i) && isCapitalizedWord(t.text)) seen.add(bareWord(t.text))
  })
  return seen
}

/** Whether token `k` is a month or weekday name (an abbreviation only before a number). */
export function isCalendarAt(tokens: readonly Token[], k: number): boolean {
  const w = bareWord(tokens[k]!.text).replace(/\.$/, '')
  if (CALENDAR_WORDS.has(w)) return true
  return CALENDAR_ABBREVIATIONS.has(w) && /^\p{N}/u.test(tokens[k + 1]?.text ?? '')
}
