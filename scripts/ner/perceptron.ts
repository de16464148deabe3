/**
 * Averaged structured perceptron over BILOU tags with document-order training: each document's
 * sentences are tagged in order with the current weights, so the history feature (what was
 * predicted for the same word earlier in the document) is learnt from predictions, as at test time.
 */
import { historyFeature, recordHistory, type History } from '../../src/analyze/ner/features.js'
import { NER_TYPES, TAG_COUNT } from '../../src/analyze/ner/labels.js'
import { viterbi } from '../../src/analyze/ner/model.js'
import { tagType } from '../../src/analyze/ner/tagger.js'

/** One training sentence with its static feature ids. */
export interface TrainSentence {
  readonly words: readonly string[]
  /** Feature ids of token i: `ids[offsets[i] .. offsets[i + 1])`. */
  readonly ids: Int32Array
  readonly offsets: Int32Array
  readonly gold: Int32Array
}

/** Weights being trained plus the sums for averaging. */
export interface PerceptronState {
  readonly weights: Float32Array
  readonly totals: Float64Array
  readonly transitions: Float32Array
  readonly transitionTotals: Float64Array
  /** Number of sentences seen (the averaging clock). */
  clock: number
}

/** Fresh zero weights for `featureCount` features. */
export function createState(featureCount: number): PerceptronState {
  return {
    weights: new Float32Array(featureCount * TAG_COUNT),
    totals: new Float64Array(featureCount * TAG_COUNT),
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    transitionTotals: new Float64Array((TAG_COUNT + 1) * TAG_COUNT),
    clock: 1,
  }
}

const HISTORY_TYPES = ['O', ...NER_TYPES]

/** Runs one epoch over the documents (in the given order); returns the number of sentence errors. */
export function trainEpoch(state: PerceptronState, docs: readonly (readonly TrainSentence[])[], features: ReadonlyMap<string, number>): number {
  const { weights, totals, transitions, transitionTotals } = state
  const L = TAG_COUNT
  let errors = 0
  for (const doc of docs) {
    const history: History = new Map()
    for (const s of doc) {
      const n = s.gold.length
      const extra = new Int32Array(n).fill(-1)
      const emissions = new Float32Array(n * L)
      for (let i = 0; i < n; i++) {
        const h = historyFeature(s.words[i]!, history, HISTORY_TYPES)
        if (h !== null) extra[i] = features.get(h) ?? -1
        const base = i * L
        const end = s.offsets[i + 1]!
        for (let k = s.offsets[i]!; k <= end; k++) {
          const f = k < end ? s.ids[k]! : extra[i]!
          if (f < 0) continue
          const row = f * L
          for (let t = 0; t < L; t++) emissions[base + t]! += weights[row + t]!
        }
      }
      const pred = viterbi(emissions, n, transitions)
      let wrong = false
      const c = state.clock
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!
        const p = pred[i]!
        const gPrev = i === 0 ? 0 : s.gold[i - 1]! + 1
        const pPrev = i === 0 ? 0 : pred[i - 1]! + 1
        if (g !== p || gPrev !== pPrev) {
          wrong = true
          const tg = gPrev * L + g
          const tp = pPrev * L + p
          transitions[tg]! += 1
          transitionTotals[tg]! += c
          transitions[tp]! -= 1
          transitionTotals[tp]! -= c
        }
        if (g === p) continue
        const end = s.offsets[i + 1]!
        for (let k = s.offsets[i]!; k <= end; k++) {
          const f = k < end ? s.ids[k]! : extra[i]!
          if (f < 0) continue
          weights[f * L + g]! += 1
          totals[f * L + g]! += c
          weights[f * L + p]! -= 1
          totals[f * L + p]! -= c
        }
      }
      if (wrong) errors++
      state.clock++
      recordHistory(s.words, Array.from(pred, tagType), history, NER_TYPES.length)
    }
  }
  return errors
}

/** The averaged weights (what is shipped): w - totals / clock. */
export function averaged(state: PerceptronState): { weights: Float32Array; transitions: Float32Array } {
  const c = state.clock
  const weights = new Float32Array(state.weights.length)
  for (let k = 0; k < weights.length; k++) weights[k] = state.weights[k]! - state.totals[k]! / c
  const transitions = new Float32Array(state.transitions.length)
  for (let k = 0; k < transitions.length; k++) transitions[k] = state.transitions[k]! - state.transitionTotals[k]! / c
  return { weights, transitions }
}
