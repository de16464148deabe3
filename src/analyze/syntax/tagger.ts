/**
 * The part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS
 * classes ("AUX/VBD", "PROPN/NNP"). Joint classes keep the two tag sets consistent and let
 * the universal tag tell what the Penn tag cannot (AUX against VERB, SCONJ against ADP).
 */
import type { WordIds } from './lexical.js'
import type { SparseModel } from './sparse-model.js'
import { ambiguityClasses, type TagDictionary } from './tag-dictionary.js'
import { contextFeatures, lookaheadFeatures, MAX_TAGGER_FEATURES, wordFeatures } from './tagger-features.js'

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
  /**
   * Quantized class scores of each word's own features (`wordFeatures`), by word: news repeats
   * its words, so about a third of the tagger's lookups happen once per word form, not per token.
   * Keyed by the `WordIds` object, which `WordIdCache` keeps one of per form.
   */
  readonly wordScores: Map<WordIds, Int32Array>
  /** The same for the second pass's weights. */
  readonly secondWordScores: Map<WordIds, Int32Array>
}

/** Most words whose scores `TaggerBuffers` keeps (about 200 bytes each); cleared when full. */
const WORD_SCORES_LIMIT = 50_000

/** Allocates the buffers `tagWords` needs for a model with `classes` classes. */
export function taggerBuffers(classes: number): TaggerBuffers {
  return { keys: new Int32Array(MAX_TAGGER_FEATURES), acc: new Int32Array(classes), wordScores: new Map(), secondWordScores: new Map() }
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
  wordScores: Map<WordIds, Int32Array>,
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
    acc.set(ownScores(weights, wordScores, classes, words[i]!, amb ? amb[i]! : null, keys))
    let n = contextFeatures(words, i, prev1, prev2, keys, 0, amb)
    if (first) n = lookaheadFeatures(words, i, first, prev1, keys, n)
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

/** The quantized scores of a word's own features, computed once per word. */
function ownScores(weights: SparseModel, cache: Map<WordIds, Int32Array>, classes: number, w: WordIds, a0: number | null, keys: Int32Array): Int32Array {
  let scores = cache.get(w)
  if (scores === undefined) {
    if (cache.size >= WORD_SCORES_LIMIT) cache.clear()
    scores = new Int32Array(classes)
    weights.addQuantized(keys, 0, wordFeatures(w, a0, keys, 0), scores)
    cache.set(w, scores)
  }
  return scores
}
