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
  const fill = (start: number, end: number): void => {
    const texts: string[] = []
    for (let t = start; t < end; t++) texts.push(tokens[t]!.text)
    const words = wordsOfTokens(texts)
    const parsed = parser.parse(words.forms)
    const syntax = tokenSyntaxOf(parsed, words, texts, start)
    for (let i = 0; i < syntax.length; i++) out[start + i] = syntax[i]!
  }
  const fillChunks = (start: number, end: number): void => {
    for (let from = start; from < end; from += limit) fill(from, Math.min(end, from + limit))
  }
  let covered = 0
  for (const s of sentences) {
    // Tokens outside every sentence (none with the project's splitter) still get a record.
    if (s.tokenStart > covered) fillChunks(covered, s.tokenStart)
    fillChunks(Math.max(covered, s.tokenStart), s.tokenEnd)
    covered = Math.max(covered, s.tokenEnd)
  }
  fillChunks(covered, tokens.length)
  return out
}
