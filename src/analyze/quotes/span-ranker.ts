/**
 * A linear ranker over candidate span ends: each candidate is described by feature names and the
 * one with the highest summed weight wins. Shared by the cue-end and content-end models and by
 * `scripts/train-quotes.ts`, which learns the weights with a ranking averaged perceptron.
 */

/** Weights of one ranker: feature name to weight. */
export type RankerWeights = ReadonlyMap<string, number>

/** Index of the best-scoring candidate (the first on ties), or -1 when there is none. */
export function bestCandidate(weights: RankerWeights, candidates: readonly (readonly string[])[]): number {
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

/** The candidate the weights score best, each read through `features`; undefined when there are none. */
export function bestOf<T>(weights: RankerWeights, candidates: readonly T[], features: (candidate: T) => readonly string[]): T | undefined {
  return candidates[bestCandidate(weights, candidates.map(features))]
}

/** One training instance: the features of every candidate and which candidate is right. */
export interface RankingExample {
  readonly candidates: readonly (readonly string[])[]
  readonly gold: number
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
      const { candidates, gold } = examples[k]!
      const guess = bestCandidate(w, candidates)
      if (guess !== gold && guess >= 0) {
        update(candidates[gold]!, 1)
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
