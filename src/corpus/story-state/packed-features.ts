/**
 * An article's clustering features as the story state keeps them: feature names hashed to 32-bit
 * integers, with their kind, count and TF-IDF weight (unit length within each feature group), in
 * typed arrays that encode to a few bytes per feature. Weights are rounded to 32-bit floats when
 * they are made, so a member read back from a store is the same member that was kept in memory.
 */
import { hash32 } from '../shingles.js'
import { featureGroup, featureKind, type StoryFeatures } from '../story-features.js'
import { KINDS, GROUPS, type FeatureKind, type HashedGroupVectors, type PackedFeatures } from '../../model/packed-features.js'

export { KINDS, GROUPS, encodePacked, decodePacked, type HashedVector, type HashedGroupVectors, type PackedFeatures } from '../../model/packed-features.js'

/**
 * Hash of a feature name (`kind:value`), 31 bits: V8 keeps such numbers as small integers, and
 * maps keyed by them look up several times faster than by larger numbers or strings.
 */
export function hashFeature(key: string): number {
  return hash32(key) >>> 1
}

/** Feature counts of an article, hashed, with kinds; features whose hashes collide are counted together. */
export function hashedCounts(features: StoryFeatures): Map<number, { kind: number; count: number }> {
  const out = new Map<number, { kind: number; count: number }>()
  for (const [key, count] of features.counts) {
    const h = hashFeature(key)
    const known = out.get(h)
    if (known) known.count += count
    else out.set(h, { kind: KINDS.indexOf(featureKind(key)), count })
  }
  return out
}

/**
 * Packs hashed counts with their weights: log term frequency times IDF times the kind's weight,
 * normalized per group. `idf` gives the IDF of a hashed feature.
 */
export function packFeatures(counts: ReadonlyMap<number, { kind: number; count: number }>, idf: (hash: number) => number, kindWeights: Readonly<Record<string, number>>): PackedFeatures {
  const n = counts.size
  const hashes = new Uint32Array(n)
  const kinds = new Uint8Array(n)
  const countArr = new Uint16Array(n)
  const raw = new Float64Array(n)
  const norms = new Float64Array(GROUPS.length)
  // Sorted by hash, so the packed form (and every sum built from it) does not depend on map order.
  const sorted = [...counts.keys()].sort((a, b) => a - b)
  sorted.forEach((h, i) => {
    const { kind, count } = counts.get(h)!
    hashes[i] = h
    kinds[i] = kind
    countArr[i] = Math.min(count, 0xffff)
    const w = (kindWeights[KINDS[kind]!] ?? 0) * (1 + Math.log(count)) * idf(h)
    raw[i] = w
    norms[groupIndex(kind)]! += w * w
  })
  const weights = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    const norm = Math.sqrt(norms[groupIndex(kinds[i]!)]!)
    weights[i] = norm > 0 ? raw[i]! / norm : 0
  }
  return { hashes, kinds, counts: countArr, weights }
}

const GROUP_OF_KIND: readonly number[] = KINDS.map((k) => GROUPS.indexOf(featureGroup(k)))

/** Index into `GROUPS` of a kind index. */
export function groupIndex(kind: number): number {
  return GROUP_OF_KIND[kind]!
}

/** The article's unit group vectors. */
export function groupVectorsOf(p: PackedFeatures): HashedGroupVectors {
  const out: HashedGroupVectors = { words: new Map(), names: new Map(), specifics: new Map() }
  for (let i = 0; i < p.hashes.length; i++) {
    const w = p.weights[i]!
    if (w !== 0) out[GROUPS[groupIndex(p.kinds[i]!)]!].set(p.hashes[i]!, w)
  }
  return out
}

/** Counts of the article's features by hash (what `splitStory` weighs inside a story). */
export function countsOf(p: PackedFeatures): Map<number, number> {
  const out = new Map<number, number>()
  for (let i = 0; i < p.hashes.length; i++) out.set(p.hashes[i]!, p.counts[i]!)
  return out
}

/** Kind of each hashed feature of the article. */
export function kindsOf(p: PackedFeatures, into: Map<number, FeatureKind> = new Map()): Map<number, FeatureKind> {
  for (let i = 0; i < p.hashes.length; i++) into.set(p.hashes[i]!, KINDS[p.kinds[i]!]!)
  return into
}
