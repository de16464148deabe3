/**
 * Threshold and weight search for the story clusterer with cross-validation over ECB+ topics:
 * fit on one half of the topics, report the other half, so the shipped defaults are not fitted
 * to what they are judged on.
 *
 *   tsx scripts/eval/cluster-tune.ts
 */
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../../src/corpus/one-shot-clusterer.js'
import { storiesOfBatch } from '../../src/corpus/stories-of-batch.js'
import { readEcbPlusGold, type GoldDoc } from './ecbplus-gold.js'

const all: GoldDoc[] = readEcbPlusGold()

/** Pairwise F1 of predicted labels against gold, as score-clusters.mjs computes it. */
function pairwiseF1(docs: readonly GoldDoc[], pred: Map<string, string>): number {
  const count = (key: (d: GoldDoc) => string): Map<string, number> => {
    const m = new Map<string, number>()
    for (const d of docs) m.set(key(d), (m.get(key(d)) ?? 0) + 1)
    return m
  }
  const pairs = (m: Map<string, number>): number => [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0)
  const tp = pairs(count((d) => `${d.cluster}\u0000${pred.get(d.input)}`))
  const p = pairs(count((d) => pred.get(d.input)!))
  const r = pairs(count((d) => d.cluster))
  const P = p ? tp / p : 1
  const R = r ? tp / r : 1
  return P + R ? (2 * P * R) / (P + R) : 0
}

/** Clusters one half exactly as the command would (copies first, seeded order, refine pass). */
function run(docs: readonly GoldDoc[], options: Partial<ClusterOptions>, seed: number): number {
  const { rows } = storiesOfBatch(docs, { seed, cluster: options })
  return pairwiseF1(docs, new Map(rows.map((r) => [r.input, r.story])))
}

const SEEDS = [1, 2, 3]
const mean = (docs: readonly GoldDoc[], o: Partial<ClusterOptions>): number => SEEDS.reduce((s, seed) => s + run(docs, o, seed), 0) / SEEDS.length

const A = all.filter((d) => d.topic <= 17)
const B = all.filter((d) => d.topic > 17)
const grid: Partial<ClusterOptions>[] = []
const arg = process.argv[2]
if (arg) grid.push(...([] as Partial<ClusterOptions>[]).concat(JSON.parse(arg) as Partial<ClusterOptions>))
else
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4])
    for (const mergeThreshold of [0.4, 0.5, 0.6, 2]) for (const e of [1, 1.5, 2.5]) grid.push({ threshold, mergeThreshold, weights: { ...DEFAULT_CLUSTER_OPTIONS.weights, e } })
const results = grid.map((o) => ({ o, a: mean(A, o), b: mean(B, o) }))
results.sort((x, y) => y.a - x.a)
for (const r of results.slice(0, 15)) console.log(`A ${r.a.toFixed(3)} B ${r.b.toFixed(3)} ${JSON.stringify(r.o)}`)
const bestB = [...results].sort((x, y) => y.b - x.b)[0]!
console.log(`best on B: B ${bestB.b.toFixed(3)} A ${bestB.a.toFixed(3)} ${JSON.stringify(bestB.o)}`)
