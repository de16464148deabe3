/**
 * Member vectors as parallel arrays, for the dot products of the incremental clusterer (most of
 * its time). A loop over two typed arrays with one map lookup per entry does less per entry than
 * `Map.forEach` with its callback, and the self dot product is taken once per member rather than
 * per comparison. Every product here adds the same terms in the same order as `dot` on the maps,
 * so the similarities, and the stories, are exactly those `dot` gives.
 */
import { dot } from '../sparse-vector.js'
import { GROUPS, type FlatGroupVectors, type FlatVector, type HashedGroupVectors, type HashedVector } from '../../model/packed-features.js'

/** The flat form of one vector, in its own iteration order. */
export function flatOf(v: HashedVector): FlatVector {
  const keys = new Int32Array(v.size)
  const values = new Float64Array(v.size)
  let i = 0
  v.forEach((value, key) => {
    keys[i] = key
    values[i++] = value
  })
  return { keys, values, selfDot: dot(v, v) }
}

/** The flat form of each group vector. */
export function flatVectorsOf(v: HashedGroupVectors): FlatGroupVectors {
  const out = {} as Record<string, FlatVector>
  for (const g of GROUPS) out[g] = flatOf(v[g])
  return out as FlatGroupVectors
}

/**
 * A centroid sum as an open-addressing table (linear probing over typed arrays): one probe costs
 * less than `Map.get`, and a story's sum is probed by dozens of articles for every change to it.
 * The map stays the sum itself; this is a read-only copy made on first use after a change.
 */
interface SumTable {
  keys: Int32Array
  values: Float64Array
  mask: number
  /** The map changed since the table was filled (see `sumChanged`). */
  stale: boolean
}

/** Tables by the centroid sum they copy; weak, so a sum that is dropped takes its table along. */
const tables = new WeakMap<HashedVector, SumTable>()

/** Marks a centroid sum as changed: its lookup table is refilled before its next use. */
export function sumChanged(sum: HashedVector): void {
  const t = tables.get(sum)
  if (t) t.stale = true
}

/** Empty slots hold -1: feature hashes are 31-bit, never negative. */
const EMPTY = -1

function tableOf(sum: HashedVector): SumTable {
  let t = tables.get(sum)
  if (t && !t.stale) return t
  let capacity = 16
  while (capacity < sum.size * 2) capacity *= 2
  if (!t || t.keys.length < capacity || t.keys.length > capacity * 4) {
    t = { keys: new Int32Array(capacity), values: new Float64Array(capacity), mask: capacity - 1, stale: false }
    tables.set(sum, t)
  }
  const { keys, values, mask } = t
  keys.fill(EMPTY)
  sum.forEach((value, key) => {
    let j = key & mask
    while (keys[j] !== EMPTY) j = (j + 1) & mask
    keys[j] = key
    values[j] = value
  })
  t.stale = false
  return t
}

/**
 * `dot(own, other)`, where `flat` is `own`'s flat form and `other` a centroid sum whose every
 * change was reported to `sumChanged`: the same sum, term for term.
 */
export function dotFlat(flat: FlatVector, own: HashedVector, other: HashedVector): number {
  // `dot` walks the smaller map (the first on a tie); only when that is `own` is the walk ours.
  if (own.size > other.size) return dot(own, other)
  const { keys, values } = flat
  const table = tableOf(other)
  const slots = table.keys
  const weights = table.values
  const mask = table.mask
  let sum = 0
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    for (let j = key & mask; ; j = (j + 1) & mask) {
      const at = slots[j]!
      if (at === key) {
        sum += values[i]! * weights[j]!
        break
      }
      if (at === EMPTY) break
    }
  }
  return sum
}

/** Adds the products of `walked`'s entries, in its own order, with the matching entries of a centroid sum's table. */
function dotWalk(walked: HashedVector, sum: HashedVector): number {
  const table = tableOf(sum)
  const slots = table.keys
  const weights = table.values
  const mask = table.mask
  let total = 0
  walked.forEach((value, key) => {
    for (let j = key & mask; ; j = (j + 1) & mask) {
      const at = slots[j]!
      if (at === key) {
        total += value * weights[j]!
        break
      }
      if (at === EMPTY) break
    }
  })
  return total
}

/** `dot(sum, v)` where `sum` is a centroid sum whose changes go to `sumChanged`: the same sum, term for term. */
export function dotSumVector(sum: HashedVector, v: HashedVector): number {
  // `dot` walks its first argument when it is no larger than the second.
  return sum.size <= v.size ? dot(sum, v) : dotWalk(v, sum)
}

/** `dot(a, b)` of two centroid sums whose changes go to `sumChanged`: the same sum, term for term. */
export function dotSums(a: HashedVector, b: HashedVector): number {
  return a.size <= b.size ? dotWalk(a, b) : dotWalk(b, a)
}
