/**
 * The stored form of an article's clustering features (issue 17's story state): hashed feature
 * ids with their kind, count and weight in typed arrays, and the byte codec stores use. It lives
 * in model/ because both the clusterer (corpus) and the stores (store) read and write it.
 */

/**
 * Feature kinds; each becomes a key prefix (`w:arrest`, `e:lohan`) with its own weight: content
 * words, names, years, other numbers, months, title words, word pairs and character n-grams.
 */
export type FeatureKind = 'w' | 'e' | 'y' | 'n' | 'm' | 't' | 'b' | 'c'

/** Feature groups compared separately: wording, names, and event specifics (years, numbers, months). */
export type FeatureGroup = 'words' | 'names' | 'specifics'

/** Feature kinds in a fixed order: a kind is stored as its index here. */
export const KINDS: readonly FeatureKind[] = ['w', 'e', 'y', 'n', 'm', 't', 'b', 'c']

/** Groups compared separately, in the order centroids are stored. */
export const GROUPS: readonly FeatureGroup[] = ['words', 'names', 'specifics']

/** A vector over hashed features. */
export type HashedVector = Map<number, number>

/** One vector per feature group, over hashed features. */
export type HashedGroupVectors = Record<FeatureGroup, HashedVector>

/** A group vector as parallel arrays in the vector's own order, with its dot product with itself. */
export interface FlatVector {
  readonly keys: Int32Array
  readonly values: Float64Array
  readonly selfDot: number
}

/** One flat vector per feature group. */
export type FlatGroupVectors = Record<FeatureGroup, FlatVector>

/** Hashed features of one article. */
export interface PackedFeatures {
  readonly hashes: Uint32Array
  /** Index into `KINDS`. */
  readonly kinds: Uint8Array
  readonly counts: Uint16Array
  /** TF-IDF weight, unit length within the feature's group; 0 for kinds weighted 0. */
  readonly weights: Float32Array
}

/** Bytes of a packed article: count, then hashes, weights, counts and kinds. */
export function encodePacked(p: PackedFeatures): Buffer {
  const n = p.hashes.length
  const buf = Buffer.alloc(4 + n * 11)
  buf.writeUInt32LE(n, 0)
  let o = 4
  for (let i = 0; i < n; i++, o += 4) buf.writeUInt32LE(p.hashes[i]!, o)
  for (let i = 0; i < n; i++, o += 4) buf.writeFloatLE(p.weights[i]!, o)
  for (let i = 0; i < n; i++, o += 2) buf.writeUInt16LE(p.counts[i]!, o)
  for (let i = 0; i < n; i++, o += 1) buf.writeUInt8(p.kinds[i]!, o)
  return buf
}

/** Reads `encodePacked` bytes back. */
export function decodePacked(buf: Uint8Array): PackedFeatures {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
  const n = b.readUInt32LE(0)
  const hashes = new Uint32Array(n)
  const weights = new Float32Array(n)
  const counts = new Uint16Array(n)
  const kinds = new Uint8Array(n)
  let o = 4
  for (let i = 0; i < n; i++, o += 4) hashes[i] = b.readUInt32LE(o)
  for (let i = 0; i < n; i++, o += 4) weights[i] = b.readFloatLE(o)
  for (let i = 0; i < n; i++, o += 2) counts[i] = b.readUInt16LE(o)
  for (let i = 0; i < n; i++, o += 1) kinds[i] = b.readUInt8(o)
  return { hashes, kinds, counts, weights }
}
