/**
 * Sparse vectors keyed by feature name, the representation behind TF-IDF similarity of
 * documents and story centroids.
 */

/** A sparse vector: feature name to weight; absent features are zero. */
export type SparseVector = Map<string, number>

/** Dot product, iterating over the smaller vector (keys of any type: names or hashes). */
export function dot<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  const small = a.size <= b.size ? a : b
  const large = small === a ? b : a
  let sum = 0
  // forEach, not for-of over entries: no [key, value] array per entry, which the clusterer's
  // millions of comparisons turned into most of its garbage.
  small.forEach((value, key) => {
    const other = large.get(key)
    if (other !== undefined) sum += value * other
  })
  return sum
}

/** Euclidean length. */
export function norm<K>(a: ReadonlyMap<K, number>): number {
  let sum = 0
  for (const value of a.values()) sum += value * value
  return Math.sqrt(sum)
}

/** Cosine similarity; 0 when either vector is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const na = norm(a)
  const nb = norm(b)
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb)
}

/** Scales a vector to unit length in place and returns it (an empty vector stays empty). */
export function normalize<V extends Map<unknown, number>>(a: V): V {
  const n = norm(a)
  if (n > 0) for (const [key, value] of a) a.set(key, value / n)
  return a
}

/** Adds `factor * b` into `a` in place. */
export function addInto<K>(a: Map<K, number>, b: ReadonlyMap<K, number>, factor = 1): void {
  b.forEach((value, key) => a.set(key, (a.get(key) ?? 0) + factor * value))
}
