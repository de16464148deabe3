/** The records the attribution rules find and pass between their steps. */
import type { QuoteDoc as Doc } from '../document-index.js'

/** A character range. */
export interface CharSpan {
  readonly start: number
  readonly end: number
}

/** One attribution found by the rules. */
export interface Attribution {
  readonly cue: CharSpan
  readonly source: CharSpan | null
  readonly content: CharSpan
  /** The content is a quotation inside quote marks. */
  readonly direct: boolean
  /** How reliably the cue phrase marks an attribution (training precision). */
  readonly confidence: number
}

/** Settings of the rules; defaults were tuned on the PolNeAR dev split. */
export interface RuleOptions {
  /** Least training precision (cue hits / occurrences) for a phrase to count as a cue. */
  readonly minPrecision: number
  /** Least number of training hits for a phrase to count as a cue. */
  readonly minHits: number
  /** Least classifier score for a token to start a cue (when the lexicon carries weights). */
  readonly minScore: number
  /** Extra score a word without its own classifier weight must reach. */
  readonly unknownPenalty: number
  /** Words whose own weight is below this are not scored (speed). */
  readonly skipBelow: number
  /** Words whose own and immediate-context weights sum below this are not scored (speed). */
  readonly quickBelow: number
  /** Whether words the classifier never saw are scored at all. */
  readonly scoreUnknown: boolean
  /**
   * Least classifier score by the hand class of the word's lemma (`lemmaClass`: speech, writing,
   * thought, agreement, evidence, legal; other for a lemma no list holds), in place of `minScore`
   * for a parsed word. A class bar under `minScore` holds only for a lower-case verb that is no
   * act of blame or received criticism (`rules/cue-matching.ts`). Unset by default: chosen out
   * of fold (MODEL_CARD, sessions 20-21) it gains held-out cue, but raising it drops cues the
   * tests keep ("drew criticism from", "She'll present") and lowering it adds acts on news pages
   * ("found inspiration", "agree to our terms", "passes defended").
   */
  readonly classMinScore?: Readonly<Record<string, number>>
}

/** Defaults of `RuleOptions`. */
export const DEFAULT_RULE_OPTIONS: RuleOptions = Object.freeze({ minPrecision: 0.25, minHits: 2, minScore: -2, unknownPenalty: 8, skipBelow: -3, quickBelow: -6, scoreUnknown: true })

/**
 * A cue-end decision the rules reach, reported to `findAttributions`' observer so that
 * `scripts/train-quotes.ts` learns the cue-end model on the states it will meet in use.
 */
export interface BoundarySite {
  readonly doc: Doc
  /** The cue's main word (after its auxiliaries). */
  readonly anchor: number
  /** The cue may not reach this token (the source, the content or the sentence end). */
  readonly limit: number
  /** Length of the rules' cue from the anchor. */
  readonly lexWords: number
  readonly sentenceEnd: number
}

/** A cue phrase: tokens `[from, to)`, its lexicon key and how reliable it is. */
export interface CueMatch {
  readonly from: number
  readonly to: number
  readonly key: string
  readonly precision: number
}

/** An attribution a rule family found, before the cue is trimmed and a confidence given. */
export type Found = Omit<Attribution, 'cue' | 'confidence'>
