/**
 * The part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS
 * classes ("AUX/VBD", "PROPN/NNP"). Joint classes keep the two tag sets consistent and let
 * the universal tag tell what the Penn tag cannot (AUX against VERB, SCONJ against ADP).
 */
import type { WordIds } from './lexical.js'
import type { SparseModel } from './sparse-model.js'
import { MAX_TAGGER_FEATURES, taggerFeatures } from './tagger-features.js'

/** One tagger class: a universal tag with its Penn tag. */
export interface TagClass {
  readonly upos: string
  readonly xpos: string
}

/** A trained tagger: its classes and weights. */
export interface TaggerModel {
  readonly classes: readonly TagClass[]
  readonly weights: SparseModel
}

/** Scratch buffers of one tagging call, reusable across sentences. */
export interface TaggerBuffers {
  readonly keys: Int32Array
  readonly scores: Float64Array
}

/** Allocates the buffers `tagWords` needs for a model with `classes` classes. */
export function taggerBuffers(classes: number): TaggerBuffers {
  return { keys: new Int32Array(MAX_TAGGER_FEATURES), scores: new Float64Array(classes) }
}

/** Index of the highest score (the first on ties). */
export function argmax(scores: Float64Array): number {
  let best = 0
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c
  return best
}

/** Tags a sentence's words; returns one class index per word. */
export function tagWords(model: TaggerModel, words: readonly WordIds[], buffers = taggerBuffers(model.classes.length)): Int32Array {
  const out = new Int32Array(words.length)
  let prev1 = -1
  let prev2 = -1
  for (let i = 0; i < words.length; i++) {
    const n = taggerFeatures(words, i, prev1, prev2, buffers.keys)
    model.weights.score(buffers.keys, n, buffers.scores)
    const c = argmax(buffers.scores)
    out[i] = c
    prev2 = prev1
    prev1 = c
  }
  return out
}
