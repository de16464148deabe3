/**
 * Multinomial logistic regression over sparse binary features, trained with AdaGrad and L2 decay
 * on seeded shuffles, with partial labels and multiple-instance groups:
 *
 * - an instance names the set of labels it may have (the gold type; NONE or ASSAULT when the
 *   annotation leaves it open); the loss is -log of that set's probability, so an open instance
 *   teaches only what it excludes;
 * - a group says that at least one of its members has one of the target labels (a sentence
 *   labelled "police arrested someone" without saying which word); each epoch the member the
 *   model currently finds likeliest takes the target, the others may also be NONE.
 *
 * Written here because no maintained npm package trains a sparse softmax with partial labels.
 */
import { seededRandom } from '../../src/corpus/seeded-shuffle.js'

/** One training example: feature ids, the allowed labels as a bit mask, and its weight. */
export interface Instance {
  readonly feats: Int32Array
  allowed: number
  readonly weight: number
}

/** At least one member (instance index) has a label in `target`. */
export interface Group {
  readonly members: readonly number[]
  readonly target: number
}

/** Training settings. */
export interface TrainOptions {
  readonly labels: number
  readonly features: number
  readonly epochs: number
  readonly seed: number
  /** AdaGrad base rate. */
  readonly rate: number
  /** L2 strength, applied to the rows an update touches. */
  readonly l2: number
  /**
   * Prior means of the weights (`[feature][label]`), where the model should start from and shrink
   * towards instead of zero: what a lexicon says a word means, until the data says otherwise.
   */
  readonly prior?: Float32Array
}

/** Trains and returns row-major `[feature][label]` weights. */
export function trainSoftmax(instances: Instance[], groups: readonly Group[], opts: TrainOptions): Float32Array {
  const L = opts.labels
  const prior = opts.prior
  const w = prior ? Float32Array.from(prior) : new Float32Array(opts.features * L)
  const g2 = new Float32Array(opts.features * L).fill(1e-6)
  const random = seededRandom(opts.seed)
  const p = new Float64Array(L)
  const grouped = new Set<number>()
  for (const g of groups) for (const m of g.members) grouped.add(m)
  const order = instances.map((_, i) => i)
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // Multiple-instance step: the likeliest member of each group carries its target.
    for (const g of groups) {
      let best = g.members[0]!
      let bestP = -1
      for (const m of g.members) {
        probabilities(w, instances[m]!.feats, L, p)
        let s = 0
        for (let k = 0; k < L; k++) if (g.target & (1 << k)) s += p[k]!
        if (s > bestP) {
          bestP = s
          best = m
        }
      }
      for (const m of g.members) instances[m]!.allowed = m === best ? g.target : g.target | 1
    }
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const idx of order) {
      const inst = instances[idx]!
      if (inst.allowed === 0) continue
      probabilities(w, inst.feats, L, p)
      let inSet = 0
      for (let k = 0; k < L; k++) if (inst.allowed & (1 << k)) inSet += p[k]!
      if (inSet <= 0) inSet = 1e-12
      for (const f of inst.feats) {
        const base = f * L
        for (let k = 0; k < L; k++) {
          const q = inst.allowed & (1 << k) ? p[k]! / inSet : 0
          const grad = inst.weight * (p[k]! - q) + opts.l2 * (w[base + k]! - (prior ? prior[base + k]! : 0))
          if (grad === 0) continue
          g2[base + k]! += grad * grad
          w[base + k]! -= (opts.rate * grad) / Math.sqrt(g2[base + k]!)
        }
      }
    }
  }
  return w
}

/** Softmax probabilities of one instance under weights `w`, written into `out`. */
export function probabilities(w: Float32Array, feats: Int32Array, L: number, out: Float64Array): Float64Array {
  out.fill(0)
  for (const f of feats) {
    const base = f * L
    for (let k = 0; k < L; k++) out[k]! += w[base + k]!
  }
  let max = -Infinity
  for (let k = 0; k < L; k++) if (out[k]! > max) max = out[k]!
  let sum = 0
  for (let k = 0; k < L; k++) {
    out[k] = Math.exp(out[k]! - max)
    sum += out[k]!
  }
  for (let k = 0; k < L; k++) out[k]! /= sum
  return out
}
