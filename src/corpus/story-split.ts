/**
 * Second look at a grown story: are its articles really about one event, or two similar ones
 * that a single streaming pass glued together (two title defences by the same boxer)? Within the
 * story, features every member shares (the boxer, "heavyweight") say nothing, so the members are
 * re-weighted by document frequency inside the story; the two-way split that best separates
 * them is kept when the members of each part are much more alike than members across parts.
 */
import { dot, normalize } from './sparse-vector.js'
import { featureKind, type FeatureKind } from './story-features.js'

/** Options of the split test. */
export interface SplitOptions {
  /** Split when mean similarity across the parts is below this share of the mean within them. */
  readonly maxRatio: number
  /** Smallest part a split may create. */
  readonly minPart: number
  /** Weight of each feature kind in the story-local vectors. */
  readonly weights: Readonly<Record<FeatureKind, number>>
}

/** What the split test needs of a member: its feature counts, by feature name or hash. */
export interface SplitMember<K> {
  readonly counts: ReadonlyMap<K, number>
}

/**
 * Splits a story's members (given by their features) into two parts when they form two
 * clearly separate groups; returns the index lists of the parts, or null to keep the story whole.
 * `kindOf` tells a feature's kind (by default read from a `kind:value` name).
 */
export function splitStory<K = string>(
  members: readonly SplitMember<K>[],
  options: SplitOptions,
  kindOf: (key: K) => FeatureKind = featureKind as unknown as (key: K) => FeatureKind,
): [number[], number[]] | null {
  const n = members.length
  if (n < 2 * options.minPart) return null
  const vectors = localVectors(members, options.weights, kindOf)
  const sim = similarities(vectors)
  // Seed the two parts with the least similar pair, then move members to the closer part.
  let seedA = -1
  let seedB = -1
  let lowest = Infinity
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (vectors[i]!.size > 0 && vectors[j]!.size > 0 && sim[i]![j]! < lowest) {
        lowest = sim[i]![j]!
        seedA = i
        seedB = j
      }
  if (seedA < 0) return null
  let part = sim.map((row) => (row[seedA]! >= row[seedB]! ? 0 : 1))
  for (let round = 0; round < 10; round++) {
    const next = part.map((_, i) => (meanTo(sim, part, i, 0) >= meanTo(sim, part, i, 1) ? 0 : 1))
    if (next.every((p, i) => p === part[i])) break
    part = next
  }
  const a = part.flatMap((p, i) => (p === 0 ? [i] : []))
  const b = part.flatMap((p, i) => (p === 1 ? [i] : []))
  if (a.length < options.minPart || b.length < options.minPart) return null
  let within = 0
  let withinPairs = 0
  let across = 0
  let acrossPairs = 0
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (part[i] === part[j]) {
        within += sim[i]![j]!
        withinPairs++
      } else {
        across += sim[i]![j]!
        acrossPairs++
      }
    }
  const meanWithin = within / Math.max(1, withinPairs)
  const meanAcross = across / Math.max(1, acrossPairs)
  return meanWithin > 0 && meanAcross / meanWithin < options.maxRatio ? [a, b] : null
}

/** Vectors weighted by story-local IDF; features found in one member only or in all are dropped. */
function localVectors<K>(members: readonly SplitMember<K>[], weights: Readonly<Record<FeatureKind, number>>, kindOf: (key: K) => FeatureKind): Map<K, number>[] {
  const n = members.length
  const df = new Map<K, number>()
  for (const m of members) for (const key of m.counts.keys()) df.set(key, (df.get(key) ?? 0) + 1)
  return members.map((m) => {
    const v = new Map<K, number>()
    for (const [key, count] of m.counts) {
      const d = df.get(key) ?? 0
      const w = weights[kindOf(key)]
      if (d < 2 || d >= n || w <= 0) continue
      v.set(key, (1 + Math.log(count)) * Math.log((n + 1) / d) * w)
    }
    return normalize(v)
  })
}

/**
 * Every pair's dot product. `dot` walks the smaller vector, so the product of two vectors of
 * different sizes is the same sum both ways and is taken once; of equal sizes, the walk (and
 * the rounding) depends on the order, so both are taken, as the full matrix always did.
 */
function similarities<K>(vectors: readonly Map<K, number>[]): number[][] {
  const n = vectors.length
  const sim = vectors.map(() => new Array<number>(n).fill(0))
  for (let i = 0; i < n; i++) {
    const a = vectors[i]!
    const row = sim[i]!
    for (let j = i; j < n; j++) {
      const b = vectors[j]!
      const ab = dot(a, b)
      row[j] = ab
      sim[j]![i] = i !== j && a.size === b.size ? dot(b, a) : ab
    }
  }
  return sim
}

function meanTo(sim: readonly number[][], part: readonly number[], i: number, p: number): number {
  let sum = 0
  let count = 0
  for (let j = 0; j < part.length; j++)
    if (j !== i && part[j] === p) {
      sum += sim[i]![j]!
      count++
    }
  return count > 0 ? sum / count : 0
}
