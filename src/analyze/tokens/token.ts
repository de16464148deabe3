/** The units every analysis step counts in: tokens and sentences, with offsets into the text. */

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
