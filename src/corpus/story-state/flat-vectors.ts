/**
 * Member vectors as parallel arrays, for the dot products of the incremental clusterer (most of
 * its time): a loop over typed arrays does less per entry than `Map.forEach` with its callback
 * (`Centroid.dotFlat` walks them), and the self dot product is taken once per member rather
 * than per comparison.
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
