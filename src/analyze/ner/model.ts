/**
 * The linear sequence model: one weight per (feature, BILOU tag), tag-to-tag transition
 * weights, and first-order Viterbi decoding restricted to well-formed BILOU sequences.
 */
import { allowedLast, allowedTransition, TAG_COUNT } from './labels.js'
import type { NerLexicon } from './lexicon.js'

/** A trained model, ready to score. */
export interface NerModel {
  /** Feature string to row index in `weights`. */
  readonly features: ReadonlyMap<string, number>
  /** Row-major `[feature][tag]` weights. */
  readonly weights: Float32Array
  /** `[prev + 1][tag]` transition weights; row 0 is the sentence start. */
  readonly transitions: Float32Array
  /** Logistic `[slope, intercept]` turning a span's Viterbi margin into a confidence. */
  readonly calibration: readonly [number, number]
  readonly lexicon: NerLexicon
}

const NEG = -1e30

// Which transitions are well-formed BILOU (`[prev + 1][tag]`), fixed by the tag set: Viterbi
// never builds an I- without a B-, or a B- that is never closed.
const ALLOWED = Uint8Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => (allowedTransition(Math.floor(k / TAG_COUNT) - 1, k % TAG_COUNT) ? 1 : 0))

/** Best well-formed BILOU tag sequence for the emission scores of `n` tokens. */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array): Int32Array {
  const L = TAG_COUNT
  const score = new Float64Array(n * L)
  const back = new Int32Array(n * L)
  for (let t = 0; t < L; t++) score[t] = ALLOWED[t] ? transitions[t]! + emissions[t]! : NEG
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < L; t++) {
      let best = NEG * 10
      let arg = 0
      for (let p = 0; p < L; p++) {
        const k = (p + 1) * L + t
        if (!ALLOWED[k]) continue
        const s = score[(i - 1) * L + p]! + transitions[k]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[i * L + t] = best + emissions[i * L + t]!
      back[i * L + t] = arg
    }
  }
  const tags = new Int32Array(n)
  if (n === 0) return tags
  let best = NEG * 10
  for (let t = 0; t < L; t++) {
    const s = score[(n - 1) * L + t]!
    if (allowedLast(t) && s > best) {
      best = s
      tags[n - 1] = t
    }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * L + tags[i]!]!
  return tags
}
