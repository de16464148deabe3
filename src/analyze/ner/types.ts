/**
 * The contract between the named-entity tagger (a trained sequence model over tokens) and the
 * entity step that builds typed, coreferent entities from its spans.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'

/** CoNLL-2003 coarse labels the sequence model predicts. */
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC'

/** One named-entity span predicted by the tagger. */
export interface NerSpan {
  /** Character offsets into the text. */
  readonly start: number
  readonly end: number
  /** Token range `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly label: NerLabel
  /** Model confidence in [0, 1] (a margin-based score is fine). */
  readonly score: number
}

/** A loaded tagger: tags every sentence of a tokenized text. */
export interface NerTagger {
  /** Tags the tokens of each sentence and returns the spans in text order. */
  tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[]
}
