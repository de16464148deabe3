/**
 * The attribution cue lexicon: phrases that introduce speech or belief ("said", "according to",
 * "told reporters"), each with how reliably it was a cue in the training data. Learned by
 * `scripts/train-quotes.ts` into `models/quotes/cues.json`; loaded once and passed in.
 */
import { readModelJson } from './model-file.js'
import { FeatureTable } from '../../model/feature-hash.js'

/** One cue phrase with its training counts. */
export interface CueEntry {
  /** Times annotators marked the phrase as a cue. */
  readonly hits: number
  /** Times the phrase occurs in the training texts. */
  readonly total: number
}

/** A loaded lexicon: normalized phrase (see `cueKey`) to counts, and the longest phrase length. */
export interface CueLexicon {
  readonly entries: ReadonlyMap<string, CueEntry>
  readonly maxWords: number
  /** Averaged-perceptron weights of the cue classifier (see `cue-features.ts`), when trained. */
  readonly weights?: FeatureTable
  /** The classifier's weight of each word on its own (its `w=` feature), for a quick first look. */
  readonly wordWeights?: ReadonlyMap<string, number>
  /** Ranker weights of where a cue phrase ends (see `cue-end-features.ts`), when trained. */
  readonly cueEnd?: FeatureTable
}

/** The lookup key of a word sequence: lower case, one kind of apostrophe, single spaces. */
export function cueKey(words: readonly string[]): string {
  return words.map((w) => w.toLowerCase().replace(/[’‘`]/g, "'")).join(' ')
}

/** Builds a lexicon from `[phrase, hits, total]` rows and optional classifier weights. */
export function createCueLexicon(rows: Iterable<readonly [string, number, number]>, weights?: ReadonlyMap<string, number>): CueLexicon {
  const entries = new Map<string, CueEntry>()
  let maxWords = 1
  for (const [phrase, hits, total] of rows) {
    entries.set(phrase, Object.freeze({ hits, total: Math.max(total, hits) }))
    maxWords = Math.max(maxWords, phrase.split(' ').length)
  }
  if (!weights) return Object.freeze({ entries, maxWords })
  const wordWeights = new Map<string, number>()
  for (const [f, v] of weights) if (f.startsWith('w=')) wordWeights.set(f.slice(2), v)
  return Object.freeze({ entries, maxWords, weights: new FeatureTable(weights), wordWeights })
}

/** Reads `models/quotes/cues.json.gz` (as written by `scripts/train-quotes.ts`). */
export function loadCueLexicon(path: string): CueLexicon {
  const raw = readModelJson(path) as {
    cues?: Record<string, [number, number]>
    weights?: Record<string, number>
    cueEnd?: Record<string, number>
  }
  const weights = raw.weights ? new Map(Object.entries(raw.weights)) : undefined
  const lexicon = createCueLexicon(
    Object.entries(raw.cues ?? {}).map(([k, [hits, total]]) => [k, hits, total] as const),
    weights,
  )
  return Object.freeze({
    ...lexicon,
    ...(raw.cueEnd ? { cueEnd: new FeatureTable(Object.entries(raw.cueEnd)) } : {}),
  })
}

/**
 * A small built-in lexicon of unambiguous speech verbs, used when `models/quotes/cues.json.gz` is
 * not installed so the step degrades instead of going silent.
 */
export const FALLBACK_CUE_LEXICON: CueLexicon = createCueLexicon(
  [
    'said',
    'says',
    'say',
    'told',
    'tells',
    'added',
    'adding',
    'wrote',
    'writes',
    'noted',
    'noting',
    'according to',
    'explained',
    'argued',
    'insisted',
    'warned',
    'announced',
    'stated',
    'declared',
    'claimed',
    'tweeted',
    'replied',
    'acknowledged',
    'recalled',
    'remarked',
    'asserted',
    'emphasized',
    'stressed',
    'conceded',
    'reported',
    'saying',
  ].map((k) => [k, 9, 10] as const),
)
