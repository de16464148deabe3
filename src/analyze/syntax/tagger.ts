/**
 * The part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS
 * classes ("AUX/VBD", "PROPN/NNP"). Joint classes keep the two tag sets consistent and let
 * the universal tag tell what the Penn tag cannot (AUX against VERB, SCONJ against ADP).
 */
import type { WordIds } from './lexical.js'
import type { SparseModel } from './sparse-model.js'
import { ambiguityClasses, type TagDictionary } from './tag-dictionary.js'
import {
  contextFeatures,
  innerWordFeatures,
  lookaheadFeatures,
  lookaheadTagFeatures,
  lookaheadWordFeatures,
  MAX_TAGGER_FEATURES,
  nextWordFeatures,
  pairFeatures,
  previousTagFeatures,
  previousWordFeatures,
  secondNextWordFeatures,
  SENTENCE_END,
  wordFeatures,
} from './tagger-features.js'

/** One tagger class: a universal tag with its Penn tag. */
export interface TagClass {
  readonly upos: string
  readonly xpos: string
}

/** A trained tagger: its classes and weights. */
export interface TaggerModel {
  readonly classes: readonly TagClass[]
  readonly weights: SparseModel
  /** Ambiguity classes of frequent words; absent in models trained without them. */
  readonly dictionary?: TagDictionary | undefined
  /**
   * Weights of a second left-to-right pass that also reads the first pass's tags of the next two
   * words (`lookaheadFeatures`); absent in models trained without it, which tag in one pass.
   */
  readonly second?: SparseModel | undefined
  /**
   * Classes of frequent words that took one class in training (form id -> class, see
   * `shortcuts.ts`): such a word takes its class without being scored.
   */
  readonly fixed?: ReadonlyMap<number, number> | undefined
}

/** Scratch buffers of one tagging call, reusable across sentences of one model (they keep its scores). */
export interface TaggerBuffers {
  readonly keys: Int32Array
  /** Quantized class scores of the word being tagged. */
  readonly acc: Int32Array
  /** Quantized scores kept per word form for the first pass's weights (see `WordScores`). */
  readonly wordScores: WordScores
  /** The same for the second pass's weights. */
  readonly secondWordScores: WordScores
  /** The kept rows of the words of the sentence being tagged, by position. */
  readonly rows: Int32Array[]
}

/** Options of `taggerBuffers`. */
export interface TaggerBufferOptions {
  /**
   * Most word forms whose scores each pass keeps (4 rows of class scores, about 1.6 kB per form
   * with 102 classes); cleared when full. 0 keeps none: every feature is looked up every time
   * (the same tags, slower).
   */
  readonly cachedWords?: number | undefined
}

/** Default of `TaggerBufferOptions.cachedWords`: news repeats its words, and most tokens are of the few thousand commonest. */
export const DEFAULT_CACHED_WORDS = 16_384

/** Allocates the buffers `tagWords` needs for a model with `classes` classes. */
export function taggerBuffers(classes: number, options: TaggerBufferOptions = {}): TaggerBuffers {
  const limit = options.cachedWords ?? DEFAULT_CACHED_WORDS
  return { keys: new Int32Array(MAX_TAGGER_FEATURES), acc: new Int32Array(classes), wordScores: new WordScores(classes, limit), secondWordScores: new WordScores(classes, limit), rows: [] }
}

// Rows of a word's kept scores: its own features at a position after the first, and its features
// as the word before, after and second after another.
const OWN = 0
const AS_PREVIOUS = 1
const AS_NEXT = 2
const AS_SECOND_NEXT = 3

/**
 * Quantized class scores of the tagger features that read one word alone (`wordFeatures`,
 * `innerWordFeatures`, and the word as a neighbour: `previousWordFeatures`, `nextWordFeatures`,
 * `secondNextWordFeatures`), kept per word form for one pass's weights. They are 31 of a token's
 * 48 lookups (with a tag dictionary), the same wherever the word occurs: a kept word costs four
 * row additions instead. Keyed by the `WordIds` object, which `WordIdCache` keeps one of per form.
 * The scores of the tags to the left (and in the second pass the first pass's tags) are kept too.
 */
export class WordScores {
  /** Most forms kept (0: none). */
  readonly limit: number
  private readonly classes: number
  private readonly rows = new Map<WordIds, Int32Array>()
  // Scores of the sentence-end marker as the words after (rows AS_NEXT and AS_SECOND_NEXT; the
  // first word is scored without kept rows, so the start marker needs none).
  private edges: Int32Array | null = null
  // Scores of the two tags to the left, by (prev1 + 1, prev2 + 1): at most (classes + 1)^2 rows,
  // of which a text uses a few hundred.
  private tagRows: Array<Int32Array | null> = []
  // Scores of the first pass's three tags (second pass only), by the three tags.
  private readonly lookaheadRows = new Map<number, Int32Array>()
  private weights: SparseModel | null = null

  /** Creates an empty store for `classes` classes holding at most `limit` forms. */
  constructor(classes: number, limit: number) {
    this.classes = classes
    this.limit = limit
  }

  /**
   * Readies the store for `weights`: a store kept for other weights (a caller passing one model's
   * buffers to another) starts afresh.
   */
  use(weights: SparseModel): void {
    if (weights === this.weights) return
    this.weights = weights
    this.rows.clear()
    this.edges = null
    // Filled with null up front, so the array stays flat (not a dictionary) however few rows it holds.
    this.tagRows = new Array<Int32Array | null>((this.classes + 1) * (this.classes + 1)).fill(null)
    this.lookaheadRows.clear()
  }

  /** The four score rows of word `w` (ambiguity class `a`, null without a dictionary), computed on first use. */
  of(weights: SparseModel, w: WordIds, a: number | null, keys: Int32Array): Int32Array {
    let rows = this.rows.get(w)
    if (rows === undefined) {
      if (this.rows.size >= this.limit) this.rows.clear()
      const c = this.classes
      rows = new Int32Array(4 * c)
      weights.addQuantized(keys, 0, innerWordFeatures(w, keys, wordFeatures(w, a, keys, 0)), rows.subarray(OWN * c, OWN * c + c))
      weights.addQuantized(keys, 0, previousWordFeatures(w, keys, 0), rows.subarray(AS_PREVIOUS * c, AS_PREVIOUS * c + c))
      weights.addQuantized(keys, 0, nextWordFeatures(w, a, keys, 0), rows.subarray(AS_NEXT * c, AS_NEXT * c + c))
      weights.addQuantized(keys, 0, secondNextWordFeatures(w, a, keys, 0), rows.subarray(AS_SECOND_NEXT * c, AS_SECOND_NEXT * c + c))
      this.rows.set(w, rows)
    }
    return rows
  }

  /** The scores of the features reading the two tags to the left alone (`previousTagFeatures`; -1 before the sentence). */
  previousTags(weights: SparseModel, prev1: number, prev2: number, keys: Int32Array): Int32Array {
    const at = (prev1 + 1) * (this.classes + 1) + prev2 + 1
    let row = this.tagRows[at]!
    if (row === null) {
      row = new Int32Array(this.classes)
      weights.addQuantized(keys, 0, previousTagFeatures(prev1, prev2, keys, 0), row)
      this.tagRows[at] = row
    }
    return row
  }

  /** The scores of the features reading the first pass's three tags alone (`lookaheadTagFeatures`). */
  lookahead(weights: SparseModel, t0: number, t1: number, t2: number, keys: Int32Array): Int32Array {
    // Tags past the sentence are the end marker, -3: shifted by 3 to index from 0.
    const side = this.classes + 3
    const at = (t0 * side + t1 + 3) * side + t2 + 3
    let row = this.lookaheadRows.get(at)
    if (row === undefined) {
      if (this.lookaheadRows.size >= this.limit) this.lookaheadRows.clear()
      row = new Int32Array(this.classes)
      weights.addQuantized(keys, 0, lookaheadTagFeatures(t0, t1, t2, keys, 0), row)
      this.lookaheadRows.set(at, row)
    }
    return row
  }

  /** The score rows of the sentence-end marker as the word after and the second after. */
  edge(weights: SparseModel, withDictionary: boolean, keys: Int32Array): Int32Array {
    if (this.edges === null) {
      const c = this.classes
      const a = withDictionary ? SENTENCE_END : null
      const rows = new Int32Array(4 * c)
      weights.addQuantized(keys, 0, nextWordFeatures(null, a, keys, 0), rows.subarray(AS_NEXT * c, AS_NEXT * c + c))
      weights.addQuantized(keys, 0, secondNextWordFeatures(null, a, keys, 0), rows.subarray(AS_SECOND_NEXT * c, AS_SECOND_NEXT * c + c))
      this.edges = rows
    }
    return this.edges
  }
}

/** Index of the highest score (the first on ties). */
export function argmax(scores: Float64Array | Int32Array): number {
  let best = 0
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c
  return best
}

/**
 * The tagger's runner-up per word: the second-best class and how far below the best it scored
 * (in the weights' own units; +Infinity for a word taken by a shortcut, never scored).
 */
export interface RunnerUp {
  readonly alt: Int32Array
  readonly margin: Float64Array
}

/** Tags a sentence's words; returns one class index per word. With `runnerUp`, fills it too (one pass only). */
export function tagWords(model: TaggerModel, words: readonly WordIds[], buffers = taggerBuffers(model.classes.length), runnerUp?: RunnerUp): Int32Array {
  const amb = model.dictionary ? ambiguityClasses(model.dictionary, words) : null
  const first = tagPass(model.weights, buffers.wordScores, model.classes.length, words, amb, null, buffers, model.fixed, model.second ? undefined : runnerUp)
  return model.second ? tagPass(model.second, buffers.secondWordScores, model.classes.length, words, amb, first, buffers, undefined, runnerUp) : first
}

/**
 * One greedy left-to-right pass of `weights` over the words; with `first` (the first pass's
 * tags), the lookahead features are read too.
 */
export function tagPass(
  weights: SparseModel,
  wordScores: WordScores,
  classes: number,
  words: readonly WordIds[],
  amb: Int32Array | null,
  first: Int32Array | null,
  buffers: TaggerBuffers,
  fixed?: ReadonlyMap<number, number>,
  runnerUp?: RunnerUp,
): Int32Array {
  const out = new Int32Array(words.length)
  let prev1 = -1
  let prev2 = -1
  const { keys, acc } = buffers
  const kept = wordScores.limit > 0
  if (kept) wordScores.use(weights)
  const edge = kept ? wordScores.edge(weights, amb !== null, keys) : null
  // Each word's rows, found once per sentence (every word is read as itself and up to three neighbours).
  const rows = buffers.rows
  rows.length = 0
  if (kept) for (let j = 0; j < words.length; j++) rows.push(wordScores.of(weights, words[j]!, amb ? amb[j]! : null, keys))
  for (let i = 0; i < words.length; i++) {
    const f = fixed?.get(words[i]!.form)
    if (f !== undefined) {
      out[i] = f
      if (runnerUp) {
        runnerUp.alt[i] = f
        runnerUp.margin[i] = Infinity
      }
      prev2 = prev1
      prev1 = f
      continue
    }
    let n: number
    if (edge !== null && i > 0) {
      // The kept rows of the word, the one before and the two after, summed in one loop; the
      // features reading tags or word pairs are looked up.
      const own = rows[i]!
      const before = rows[i - 1]!
      const next = i + 1 < words.length ? rows[i + 1]! : edge
      const next2 = i + 2 < words.length ? rows[i + 2]! : edge
      const p = AS_PREVIOUS * classes
      const x = AS_NEXT * classes
      const x2 = AS_SECOND_NEXT * classes
      const tags = wordScores.previousTags(weights, prev1, prev2, keys)
      if (first) {
        const t0 = first[i]!
        const t1 = i + 1 < words.length ? first[i + 1]! : SENTENCE_END
        const t2 = i + 2 < words.length ? first[i + 2]! : SENTENCE_END
        const ahead = wordScores.lookahead(weights, t0, t1, t2, keys)
        for (let c = 0; c < classes; c++) acc[c] = own[c]! + before[p + c]! + next[x + c]! + next2[x2 + c]! + tags[c]! + ahead[c]!
        n = lookaheadWordFeatures(words, i, t0, t1, t2, prev1, keys, pairFeatures(words, i, prev1, keys, 0, amb))
      } else {
        for (let c = 0; c < classes; c++) acc[c] = own[c]! + before[p + c]! + next[x + c]! + next2[x2 + c]! + tags[c]!
        n = pairFeatures(words, i, prev1, keys, 0, amb)
      }
    } else {
      // The sentence's first word (its position features differ), or nothing kept: every feature.
      acc.fill(0)
      n = contextFeatures(words, i, prev1, prev2, keys, wordFeatures(words[i]!, amb ? amb[i]! : null, keys, 0), amb)
      if (first) n = lookaheadFeatures(words, i, first, prev1, keys, n)
    }
    weights.addQuantized(keys, 0, n, acc)
    const c = argmax(acc)
    out[i] = c
    if (runnerUp) {
      let second = c === 0 ? 1 : 0
      for (let k = 0; k < classes; k++) if (k !== c && acc[k]! > acc[second]!) second = k
      runnerUp.alt[i] = second
      runnerUp.margin[i] = (acc[c]! - acc[second]!) * weights.weightScale
    }
    prev2 = prev1
    prev1 = c
  }
  return out
}
