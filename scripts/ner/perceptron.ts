/**
 * Averaged structured perceptron over BILOU tags with document-order training: each document's
 * sentences are tagged in order with the current weights, so the document features (what was
 * predicted for the same word elsewhere in the document) are learnt from predictions, as at test time.
 */
import { aggregateFeatures, historyFeature, recordHistory, type History } from '../../src/analyze/ner/features.js'
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
  /** 1 where the token's case says little (sentence start, capitals). */
  readonly exposed: Uint8Array
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

// Static emission scores of a sentence under the current weights.
function staticEmissions(s: TrainSentence, weights: Float32Array): Float32Array {
  const L = TAG_COUNT
  const n = s.gold.length
  const emissions = new Float32Array(n * L)
  for (let i = 0; i < n; i++) {
    const base = i * L
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const row = s.ids[k]! * L
      for (let t = 0; t < L; t++) emissions[base + t]! += weights[row + t]!
    }
  }
  return emissions
}

function featureIds(names: readonly string[], features: ReadonlyMap<string, number>): number[] {
  const out: number[] = []
  for (const name of names) {
    const id = features.get(name)
    if (id !== undefined) out.push(id)
  }
  return out
}

/** First-pass types (0 = none, 1.. = entity type + 1) of a document's sentences: tagged in order with the history feature only. */
export function firstPassTypes(doc: readonly TrainSentence[], weights: Float32Array, transitions: Float32Array, features: ReadonlyMap<string, number>): Int32Array[] {
  const L = TAG_COUNT
  const history: History = new Map()
  return doc.map((s) => {
    const emissions = staticEmissions(s, weights)
    for (let i = 0; i < s.gold.length; i++) {
      const h = historyFeature(s.words[i]!, history, HISTORY_TYPES)
      const id = h === null ? undefined : features.get(h)
      if (id !== undefined) for (let t = 0; t < L; t++) emissions[i * L + t]! += weights[id * L + t]!
    }
    const types = Int32Array.from(viterbi(emissions, s.gold.length, transitions), tagType)
    recordHistory(s.words, types, history, NER_TYPES.length)
    return types
  })
}

/**
 * Runs one epoch over the documents (in the given order); returns the number of sentence errors.
 * With `firstPass` (per document, per sentence: the types a model that never saw the document
 * predicted, from jackknifed training), the document-wide features are learnt from those; without
 * it, only the history feature is used.
 */
export function trainEpoch(
  state: PerceptronState,
  docs: readonly (readonly TrainSentence[])[],
  features: ReadonlyMap<string, number>,
  firstPass?: ReadonlyMap<readonly TrainSentence[], readonly Int32Array[]>,
): number {
  const { weights, totals, transitions, transitionTotals } = state
  const L = TAG_COUNT
  let errors = 0
  for (const doc of docs) {
    const first = firstPass?.get(doc)
    const aggregate: History = new Map()
    if (first) doc.forEach((s, k) => recordHistory(s.words, first[k]!, aggregate, NER_TYPES.length))
    const history: History = new Map()
    doc.forEach((s, k) => {
      const n = s.gold.length
      const emissions = staticEmissions(s, weights)
      const extra: number[][] = []
      for (let i = 0; i < n; i++) {
        const names = first ? aggregateFeatures(s.words[i]!, first[k]![i]!, s.exposed[i] === 1, aggregate, HISTORY_TYPES) : []
        const h = historyFeature(s.words[i]!, history, HISTORY_TYPES)
        if (h !== null) names.push(h)
        const row = featureIds(names, features)
        extra.push(row)
        for (const f of row) for (let t = 0; t < L; t++) emissions[i * L + t]! += weights[f * L + t]!
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
        const update = (f: number): void => {
          weights[f * L + g]! += 1
          totals[f * L + g]! += c
          weights[f * L + p]! -= 1
          totals[f * L + p]! -= c
        }
        for (let k2 = s.offsets[i]!; k2 < s.offsets[i + 1]!; k2++) update(s.ids[k2]!)
        for (const f of extra[i]!) update(f)
      }
      if (wrong) errors++
      state.clock++
      recordHistory(s.words, Array.from(pred, tagType), history, NER_TYPES.length)
    })
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
