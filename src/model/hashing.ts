/**
 * The integer mixing shared by the feature tables of the classifiers and the parser and by the
 * near-duplicate signatures: MurmurHash3's 32-bit finalizer. Written here rather than taken from
 * a library because callers mix plain integers in hot loops, where a library hashing strings or
 * buffers would allocate; it lives in `model/` because analysis and corpus code both use it.
 */

/** MurmurHash3's 32-bit finalizer (fmix32): spreads every input bit over the output, as an unsigned 32-bit integer. */
export function fmix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
