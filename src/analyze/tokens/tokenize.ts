/**
 * Tokens and sentences of an article's text, computed once and shared by every analysis step.
 * Offsets are UTF-16 indices into `text`.
 */

/** One token: a word, number or punctuation mark, with its place in the text. */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** One sentence: a character range and the token range `[tokenStart, tokenEnd)` inside it. */
export interface Sentence {
  readonly start: number
  readonly end: number
  readonly tokenStart: number
  readonly tokenEnd: number
}

/** Tokens and sentences of a text. */
export interface Tokenized {
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
}

// Words keep inner hyphens and apostrophes ("Jong-un", "O'Brien"), numbers keep separators
// ("1,200.50"); everything else that is not a space is its own token.
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu

/** Splits text into tokens and sentences (placeholder splitter: terminal punctuation + capital). */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  const sentences: Sentence[] = []
  let first = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    const paragraphBreak = next !== undefined && /\n\s*\n/.test(text.slice(t.end, next.start))
    const terminal = /^[.!?]$/.test(t.text) && (next === undefined || /^[\p{Lu}"“‘(\p{N}]/u.test(next.text))
    if (next === undefined || paragraphBreak || terminal) {
      sentences.push({ start: tokens[first]!.start, end: t.end, tokenStart: first, tokenEnd: i + 1 })
      first = i + 1
    }
  }
  return { tokens, sentences }
}
