/**
 * A linear ranker over candidate span ends: each candidate is described by feature names and the
 * one with the highest summed weight wins. Shared by the cue-end and content-end models and by
 * `scripts/train-quotes.ts`, which learns the weights with a ranking averaged perceptron.
 */
import { FeatureScorer, type FeatureSink, type FeatureTable, type FeatureWeights } from '../../model/feature-hash.js'

/** Weights of one ranker as the quotes step reads them: hashed feature names to weights. */
export type RankerWeights = FeatureTable

/** Index of the best-scoring candidate (the first on ties), or -1 when there is none; features as names. */
export function bestCandidate(weights: FeatureWeights, candidates: readonly (readonly string[])[]): number {
  let best = -1
  let bestScore = -Infinity
  for (const [n, features] of candidates.entries()) {
    let score = 0
    for (const f of features) score += weights.get(f) ?? 0
    if (score > bestScore) {
      best = n
      bestScore = score
    }
  }
  return best
}

/** The candidate the weights score best (the first on ties), each written to a scorer by `write`; undefined when there are none. */
export function bestOf<T>(weights: RankerWeights, candidates: readonly T[], write: (sink: FeatureSink, candidate: T) => void): T | undefined {
  const scorer = new FeatureScorer(weights)
  let best: T | undefined
  let bestScore = -Infinity
  for (const c of candidates) {
    write(scorer.reset(), c)
    if (scorer.total > bestScore) {
      best = c
      bestScore = scorer.total
    }
  }
  return best
}

/** One training instance: the features of every candidate and which candidate is right. */
export interface RankingExample {
  readonly candidates: readonly (readonly string[])[]
  readonly gold: number
  /**
   * Every candidate that is as right as `gold` (`gold` among them): two stretches that differ
   * only by a quotation mark or a final stop read as the same span, and training must not push
   * one of them down for the other.
   */
  readonly golds?: readonly number[]
}

/**
 * Trains a ranking averaged perceptron: examples are visited in a fixed pseudo-random order
 * (seeded) so the same data always gives the same weights. Weights under `prune` are dropped.
 */
export function trainRanker(examples: readonly RankingExample[], epochs: number, seed: number, prune = 0.05): Record<string, number> {
  const w = new Map<string, number>()
  const u = new Map<string, number>()
  let c = 1
  let state = seed
  const rand = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const update = (features: readonly string[], y: number): void => {
    for (const f of features) {
      w.set(f, (w.get(f) ?? 0) + y)
      u.set(f, (u.get(f) ?? 0) + c * y)
    }
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = examples.map((_, i) => i)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const k of order) {
      const { candidates, gold, golds } = examples[k]!
      const guess = bestCandidate(w, candidates)
      const right = golds && golds.length > 1 ? golds : null
      if (guess >= 0 && (right ? !right.includes(guess) : guess !== gold)) {
        // Towards the right candidate the weights like best (the latent perceptron's update).
        const target = right
          ? right[
              bestCandidate(
                w,
                right.map((i) => candidates[i]!),
              )
            ]!
          : gold
        update(candidates[target]!, 1)
        update(candidates[guess]!, -1)
      }
      c++
    }
  }
  const out: Record<string, number> = {}
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const avg = Math.round((v - (u.get(f) ?? 0) / c) * 100) / 100
    if (Math.abs(avg) >= prune) out[f] = avg
  }
  return out
}
