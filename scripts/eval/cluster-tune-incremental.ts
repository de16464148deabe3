/**
 * Option search for the incremental clusterer (`cluster --incremental`, the path a store runs):
 * each setting is streamed over ECB+ in seeded arrival orders and scored on topics 1-17 (fit)
 * and 18-35 (checked, not fitted on), with pairwise F1 as score-clusters.mjs computes it, and on
 * the short-text look-alikes (lower-cased, undated ECB+ headlines and feed items: B-cubed F1).
 * Settings are given as JSON on the command line (one object or a list); without one, the
 * short-text options are searched around the defaults.
 *
 *   tsx scripts/eval/cluster-tune-incremental.ts ['[{"shortThreshold":0.12}]'] [--seeds=1,2,3]
 */
import { storiesInArrivalOrder } from '../../src/corpus/stories-in-arrival-order.js'
import { seededShuffle } from '../../src/corpus/seeded-shuffle.js'
import type { IncrementalOptions } from '../../src/corpus/story-state/incremental-clusterer.js'
import { headlineSet } from './headline-set.js'
import { readEcbPlusGold, type GoldDoc } from './ecbplus-gold.js'

const all: GoldDoc[] = readEcbPlusGold()

/** Pairwise and B-cubed F1 of predicted labels against gold, as score-clusters.mjs computes them. */
export function scores(docs: readonly GoldDoc[], pred: ReadonlyMap<string, string>): { pairwise: number; bcubed: number } {
  const count = (key: (d: GoldDoc) => string): Map<string, number> => {
    const m = new Map<string, number>()
    for (const d of docs) m.set(key(d), (m.get(key(d)) ?? 0) + 1)
    return m
  }
  const joint = count((d) => `${d.cluster}\u0000${pred.get(d.input)}`)
  const predSize = count((d) => pred.get(d.input)!)
  const goldSize = count((d) => d.cluster)
  const pairs = (m: Map<string, number>): number => [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0)
  const tp = pairs(joint)
  const p = pairs(predSize)
  const r = pairs(goldSize)
  const P = p ? tp / p : 1
  const R = r ? tp / r : 1
  let bp = 0
  let br = 0
  for (const d of docs) {
    const both = joint.get(`${d.cluster}\u0000${pred.get(d.input)}`)!
    bp += both / predSize.get(pred.get(d.input)!)!
    br += both / goldSize.get(d.cluster)!
  }
  bp /= docs.length
  br /= docs.length
  return { pairwise: P + R ? (2 * P * R) / (P + R) : 0, bcubed: bp + br ? (2 * bp * br) / (bp + br) : 0 }
}

const seeds = (process.argv.find((a) => a.startsWith('--seeds='))?.slice(8) ?? '1,2,3').split(',').map(Number)
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

async function evaluate(options: Partial<IncrementalOptions>): Promise<Record<string, number>> {
  const out: Record<string, number[]> = { fit: [], check: [], all: [], headline: [], feed: [] }
  const sets = { headline: headlineSet('headline'), feed: headlineSet('feed') }
  for (const seed of seeds) {
    const order = seededShuffle(all, seed)
    const { rows } = await storiesInArrivalOrder(order, { cluster: options })
    const pred = new Map(rows.map((r) => [r.input, r.story]))
    out['all']!.push(scores(all, pred).pairwise)
    out['fit']!.push(
      scores(
        all.filter((d) => d.topic <= 17),
        pred,
      ).pairwise,
    )
    out['check']!.push(
      scores(
        all.filter((d) => d.topic > 17),
        pred,
      ).pairwise,
    )
    for (const kind of ['headline', 'feed'] as const) {
      const set = sets[kind]
      const short = await storiesInArrivalOrder(seededShuffle(set, seed), { cluster: options })
      out[kind]!.push(scores(set, new Map(short.rows.map((r) => [r.input, r.story]))).bcubed)
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, mean(v)]))
}

const grid: Partial<IncrementalOptions>[] = []
const arg = process.argv.slice(2).find((a) => !a.startsWith('--'))
if (arg) grid.push(...([] as Partial<IncrementalOptions>[]).concat(JSON.parse(arg) as Partial<IncrementalOptions>))
else for (const shortThreshold of [0.12, 0.15, 0.18]) for (const shortWords of [12, 20, 30]) grid.push({ shortThreshold, shortWords })
for (const o of grid) {
  const r = await evaluate(o)
  console.log(
    `ECB+ 1-17 ${r['fit']!.toFixed(3)} 18-35 ${r['check']!.toFixed(3)} all ${r['all']!.toFixed(3)}; headlines B3 ${r['headline']!.toFixed(3)} feed B3 ${r['feed']!.toFixed(3)}  ${JSON.stringify(o)}`,
  )
}
