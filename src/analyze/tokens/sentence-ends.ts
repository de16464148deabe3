/**
 * Where sentences end: after terminal punctuation (and the closing quotes or brackets that follow
 * it) when the next token can start a sentence; after an abbreviation only when the next word
 * is a typical sentence opener; never after a title or an initial.
 */
import type { Token } from './token.js'
import { isAbbreviation, isTitleOrInitial } from './abbreviations.js'

const TERMINAL = /^(?:[.!?]+|…)$/u
const CLOSERS = /^(?:["”’'»›)\]}]|'')$/u
const QUOTES = /^(?:["“”‘’'«»‹›„‚]|``|'')$/u
const OPENERS = /^(?:["“‘'«‹„‚([{]|``)/u

// Capitalized words that start sentences far more often than they end a name: after "U.S."
// or "Corp." a sentence ends only when one of these follows.
const OPENER_WORDS = new Set(
  (
    'the a an in on at he she it they we i you but and or so yet this that these those there then ' +
    'his her its their our my its if when while after before as for however meanwhile also still ' +
    'some many most no not one two three what who why how where both such during since although ' +
    'though under with without from by last earlier later now today'
  ).split(' '),
)

/** Whether the sentence ends after token `i`; in a `caseless` text a lower-case word may start a sentence. */
export function isSentenceEnd(tokens: readonly Token[], i: number, caseless = false): boolean {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (next === undefined) return true
  // Closing marks glued to the end stay with the sentence: decide at the last of them.
  if (isCloser(tokens, i + 1) && endsHere(t)) return false
  let j = i
  while (j > 0 && isCloser(tokens, j)) j--
  const mark = tokens[j]!
  if (j !== i && !TERMINAL.test(mark.text) && !isAbbreviation(mark.text)) return false
  if (TERMINAL.test(mark.text)) return !insideInitials(tokens, j) && (canStart(next) || (caseless && /^\p{Ll}/u.test(next.text)))
  if (isAbbreviation(mark.text)) {
    if (isTitleOrInitial(mark.text)) return false
    return OPENER_WORDS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text)
  }
  return false
}

// A closing mark glued to the token before it; any quote style counts when it is also followed
// by a space or punctuation, since sloppy texts close quotes with opening marks ("tanks.“").
function isCloser(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  const prev = tokens[k - 1]
  if (t === undefined || prev === undefined || prev.end !== t.start) return false
  if (CLOSERS.test(t.text)) return true
  const after = tokens[k + 1]
  return QUOTES.test(t.text) && (after === undefined || after.start > t.end || !/^[\p{L}\p{N}]/u.test(after.text))
}

// Whether a token is a terminal mark, abbreviation or closer that a sentence could end with.
function endsHere(t: Token): boolean {
  return TERMINAL.test(t.text) || isAbbreviation(t.text) || CLOSERS.test(t.text) || QUOTES.test(t.text)
}

function canStart(next: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(next.text) || OPENERS.test(next.text) || /^[-–—•*]/u.test(next.text)
}

// "(D-N.C.)", "R-S.C.": the tokenizer keeps the hyphenated "D-N" whole, so the period after it
// stands alone; glued to a word before it and to an initial after it, it is inside the abbreviation.
function insideInitials(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!
  const prev = tokens[j - 1]
  const next = tokens[j + 1]
  return t.text === '.' && prev !== undefined && next !== undefined && prev.end === t.start && next.start === t.end && /^\p{L}+(?:-\p{Lu}+)?$/u.test(prev.text) && /^\p{Lu}\.$/u.test(next.text)
}
