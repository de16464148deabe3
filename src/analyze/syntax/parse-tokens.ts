/**
 * Parses an article's sentences as the project tokenized them and returns the syntax of every
 * token (`ctx.syntax`): each sentence's tokens become treebank words, are tagged, lemmatized and
 * parsed, and the result is mapped back to the tokens.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { SyntaxParser } from './model.js'
import { tokenSyntaxOf, wordsOfTokens } from './token-words.js'
import type { TokenSyntax } from './types.js'

/** Options of `parseTokens`. */
export interface ParseTokensOptions {
  /**
   * Longest run of tokens parsed as one tree (default 300). A longer "sentence" (a table or list
   * the sentence splitter could not cut) is parsed in pieces of this size, each its own tree, so
   * one huge sentence cannot make parsing slow or memory-hungry.
   */
  readonly maxSentenceTokens?: number
}

/** The syntax of every token, parallel to `tokens`. */
export function parseTokens(parser: SyntaxParser, tokens: readonly Token[], sentences: readonly Sentence[], options: ParseTokensOptions = {}): TokenSyntax[] {
  const limit = Math.max(1, options.maxSentenceTokens ?? 300)
  const out: TokenSyntax[] = new Array<TokenSyntax>(tokens.length)
  // The pieces parsed as one tree each, as token ranges; parsed together (see `parseAll`).
  const pieces: Array<[start: number, end: number]> = []
  const addChunks = (start: number, end: number): void => {
    for (let from = start; from < end; from += limit) pieces.push([from, Math.min(end, from + limit)])
  }
  let covered = 0
  for (const s of sentences) {
    // Tokens outside every sentence (none with the project's splitter) still get a record.
    if (s.tokenStart > covered) addChunks(covered, s.tokenStart)
    addChunks(Math.max(covered, s.tokenStart), s.tokenEnd)
    covered = Math.max(covered, s.tokenEnd)
  }
  addChunks(covered, tokens.length)
  const texts = pieces.map(([start, end]) => tokens.slice(start, end).map((t) => t.text))
  const words = texts.map((t) => wordsOfTokens(t))
  const parsed = parser.analyzeAll(words.map((w) => w.forms))
  pieces.forEach(([start], p) => {
    const syntax = tokenSyntaxOf(parsed[p]!, words[p]!, texts[p]!, start)
    for (let i = 0; i < syntax.length; i++) out[start + i] = syntax[i]!
  })
  return out
}
