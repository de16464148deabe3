/**
 * Tokens and sentences of an article's text, computed once and shared by every analysis step.
 * Offsets are UTF-16 indices into `text`. Tokenization follows the conventions of the English
 * news treebanks the tagger was trained on (possessive "'s" split off, punctuation separate),
 * while keeping news-specific units whole: abbreviations, initials, hyphenated names, numbers,
 * URLs and e-mail addresses.
 */
import { ownsPeriod } from './abbreviations.js'
import { isSentenceEnd } from './sentence-ends.js'
import { lineBreakEnds } from './line-breaks.js'

// The two types live in their own module so the sentence splitter can use them without
// importing the tokenizer that calls it; every other step keeps importing them from here.
import type { Token, Sentence } from './token.js'
export type { Token, Sentence } from './token.js'

/** Tokens and sentences of a text. */
export interface Tokenized {
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
}

// Alternatives are tried in order at each position, so the longer, more specific units come
// first: a URL must win over the word "https", initials over a word plus a period.
const TOKEN = new RegExp(
  [
    // URLs, with or without a scheme; trailing sentence punctuation is trimmed afterwards.
    String.raw`(?:https?|ftp)://[^\s<>"“”«»]+|www\.[^\s<>"“”«»]+`,
    // E-mail addresses.
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // Bare domain names ("example.com", "bbc.co.uk").
    String.raw`(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|gov|edu|int|mil|info|io|co|uk|de|fr|ru|kr|jp|cn|in|au|ca|eu|news|tv)(?![\p{L}\p{N}])`,
    // Initials and dotted abbreviations: "U.S.", "J.R.R.", "a.m.", "U.K.-based" stays "U.K." + rest.
    String.raw`(?:\p{L}\.){2,}`,
    // Words: letters with inner hyphens or apostrophes ("Jong-un", "O'Brien", "rock'n'roll").
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*`,
    // Numbers with thousands and decimal separators, times, fractions, dates, scores and ordinals
    // ("1,200.50", "8:30", "1996-08-22", "3-1", "21st"), as the newswire treebanks keep them.
    String.raw`\p{N}+(?:[.,:/\-]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}])|\p{N}[\p{L}\p{N}]*`,
    // Runs that read as one mark: ellipses, doubled dashes, TeX-style quotes.
    "\\.{2,}|…|-{2,}|``|''",
    String.raw`\S`,
  ].join('|'),
  'gu',
)

// Clitics split off a word: possessive "'s" and the contractions the treebanks separate.
const CLITIC = /^(.+?)(['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)|n['’]t|N['’]T)$/u

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * The wire dateline that opens the text ("WASHINGTON (AP) — "), as extraction found it: it ends
   * a sentence of its own, so the first sentence parses as the prose it is. Default: none.
   */
  readonly dateline?: { readonly start: number; readonly end: number } | null
}

/** Splits text into tokens and sentences. */
export function tokenize(text: string, options: TokenizeOptions = {}): Tokenized {
  const tokens = splitTokens(text)
  return { tokens, sentences: splitSentences(text, tokens, options) }
}

/** Splits text into tokens only. */
export function splitTokens(text: string): Token[] {
  const tokens: Token[] = []
  const push = (start: number, end: number): void => {
    tokens.push({ text: text.slice(start, end), start, end })
  }
  const re = new RegExp(TOKEN.source, TOKEN.flags)
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index
    const word = m[0]
    const first = word.charCodeAt(0)
    if (/^(?:(?:https?|ftp):\/\/|www\.)/i.test(word)) {
      // Sentence punctuation and closing brackets after a URL are not part of it.
      const trimmed = word.replace(/[.,;:!?)\]'’]+$/u, '')
      push(start, start + trimmed.length)
      for (let i = trimmed.length; i < word.length; i++) push(start + i, start + i + 1)
      continue
    }
    if (first >= 48 && first <= 57) {
      push(start, start + word.length)
      continue
    }
    // Possessives and contractions split off as the treebanks do: "Russia’s" -> "Russia" "’s".
    const clitic = CLITIC.exec(word)
    if (clitic && clitic[1] && /\p{L}$/u.test(clitic[1])) {
      push(start, start + clitic[1].length)
      push(start + clitic[1].length, start + word.length)
      continue
    }
    // A word that owns the period after it: "Mr.", "Jan.", "Corp.", and a capital initial "J.".
    const after = start + word.length
    if (text[after] === '.' && text[after + 1] !== '.' && /^\p{L}+$/u.test(word)) {
      if (ownsPeriod(word) || /^\p{Lu}$/u.test(word)) {
        push(start, after + 1)
        re.lastIndex = after + 1
        continue
      }
    }
    push(start, after)
  }
  return tokens
}

/** Groups tokens into sentences; a blank line always ends one, a line of its own (heading, label, list item) too. */
export function splitSentences(text: string, tokens: readonly Token[], options: TokenizeOptions = {}): Sentence[] {
  const sentences: Sentence[] = []
  const lineEnds = lineBreakEnds(text, tokens)
  const dateline = options.dateline?.end ?? -1
  // Wires that lower-case everything ("police fired. one person was injured") start sentences in
  // lower case; in them a full stop before a lower-case word ends a sentence too.
  const caseless = isCaseless(text)
  let first = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    const datelineEnd = t.end <= dateline && next !== undefined && next.start >= dateline
    const ends = lineEnds[i] !== 0 || datelineEnd || (isSentenceEnd(tokens, i, caseless) && !isEnumerator(text, tokens, i))
    if (next === undefined || ends) {
      sentences.push({ start: tokens[first]!.start, end: t.end, tokenStart: first, tokenEnd: i + 1 })
      first = i + 1
    }
  }
  return sentences
}

// The period of a number that opens a line ("1. First reading") numbers a list item; it ends nothing.
function isEnumerator(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  const number = tokens[i - 1]
  if (t.text !== '.' || number === undefined || number.end !== t.start || !/^\p{N}{1,2}$/u.test(number.text)) return false
  const before = tokens[i - 2]
  return before === undefined || text.slice(before.end, number.start).includes('\n')
}

// Fewer than one capital in a hundred letters: a text written without case.
function isCaseless(text: string): boolean {
  let letters = 0
  let upper = 0
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++
    if (/\p{Lu}/u.test(m[0])) upper++
  }
  return letters >= 40 && upper * 100 < letters
}
