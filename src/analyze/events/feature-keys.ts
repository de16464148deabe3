/**
 * Feature names without building strings. The event models name their features by strings
 * ("l|n1=attack|on"); concatenating and hashing one such string per feature in V8 was most of the
 * events step's cost. Feature code instead hands the pieces of a name to a `FeatureSink`: the
 * training script's sink joins them into the string (the model files keep string names), while
 * scoring's `FeatureKeys` streams their characters into two 32-bit polynomial hashes and the
 * name's length. A polynomial hash of a concatenation is the hash of its pieces fed in order, so
 * a key is exactly the key of the joined name: the model's string names are hashed once at load
 * (`KeyTable`), and two model names with the same key are refused there, so scores stay those of
 * the string lookup (a feature outside the model matching a model key by chance needs 64 bits
 * and the length to agree).
 */

/** Receives a feature name as up to five pieces, to be read as their concatenation. */
export interface FeatureSink {
  /** Adds the feature named `a + b + c + d + e` (missing pieces are empty). */
  add(a: string, b?: string, c?: string, d?: string, e?: string): void
}

/** A sink that joins the pieces into names, as training and the model files need them. */
export class FeatureNames implements FeatureSink {
  readonly names: string[] = []

  /** Adds the joined name. */
  add(a: string, b = '', c = '', d = '', e = ''): void {
    this.names.push(a + b + c + d + e)
  }
}

// Two odd multipliers: each hash is a polynomial in the string's code units modulo 2^32.
const B1 = 0x01000193
const B2 = 0x5bd1e995
const SEED1 = 0x2d358dcc
const SEED2 = 0x0b4f5a6d

function poly(h: number, s: string, b: number): number {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, b) + s.charCodeAt(i)) | 0
  return h
}

/** The key of a whole name: its two hashes and its length, as `FeatureKeys` computes them piecewise. */
export function nameKey(name: string): [number, number, number] {
  return [poly(SEED1, name, B1), poly(SEED2, name, B2), name.length]
}

/** A sink that keeps each feature's key (two hashes and a length), in the order they were added. */
export class FeatureKeys implements FeatureSink {
  /** `[h1, h2, length]` of each feature in turn. A plain array: one scorer is made per sentence, and typed buffers cost more to allocate than they save. */
  readonly keys: number[] = []

  /** Number of features added. */
  get size(): number {
    return this.keys.length / 3
  }

  /** Forgets the features. */
  clear(): void {
    this.keys.length = 0
  }

  /** Adds the key of the joined name. */
  add(a: string, b?: string, c?: string, d?: string, e?: string): void {
    let h1 = poly(SEED1, a, B1)
    let h2 = poly(SEED2, a, B2)
    let len = a.length
    if (b !== undefined) {
      h1 = poly(h1, b, B1)
      h2 = poly(h2, b, B2)
      len += b.length
      if (c !== undefined) {
        h1 = poly(h1, c, B1)
        h2 = poly(h2, c, B2)
        len += c.length
        if (d !== undefined) {
          h1 = poly(h1, d, B1)
          h2 = poly(h2, d, B2)
          len += d.length
          if (e !== undefined) {
            h1 = poly(h1, e, B1)
            h2 = poly(h2, e, B2)
            len += e.length
          }
        }
      }
    }
    this.keys.push(h1, h2, len)
  }
}

/** Rows of a model's features by key: open addressing over typed arrays. */
export interface KeyTable {
  readonly mask: number
  readonly h1: Int32Array
  readonly h2: Int32Array
  readonly len: Int32Array
  /** Row + 1 of each slot; 0 marks an empty slot. */
  readonly row: Int32Array
}

function slotOf(h1: number, h2: number, mask: number): number {
  // The low bits of a polynomial hash modulo 2^32 depend on few input bits: mix before masking.
  let x = h1 ^ Math.imul(h2, 0x9e3779b1)
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  return x & mask
}

/** Indexes feature names (row `r` is `names[r]`); throws when two of them share a key. */
export function keyTable(names: readonly string[]): KeyTable {
  let size = 16
  while (size < names.length * 2) size *= 2
  const mask = size - 1
  const table = { mask, h1: new Int32Array(size), h2: new Int32Array(size), len: new Int32Array(size), row: new Int32Array(size) }
  names.forEach((name, r) => {
    const [h1, h2, len] = nameKey(name)
    let s = slotOf(h1, h2, mask)
    while (table.row[s] !== 0) {
      if (table.h1[s] === h1 && table.h2[s] === h2 && table.len[s] === len) {
        throw new Error(`feature names \`${names[table.row[s]! - 1]}\` and \`${name}\` share a hash key`)
      }
      s = (s + 1) & mask
    }
    table.h1[s] = h1
    table.h2[s] = h2
    table.len[s] = len
    table.row[s] = r + 1
  })
  return table
}

/** The row of the feature with this key, or -1 when the model does not know it. */
export function rowOfKey(table: KeyTable, h1: number, h2: number, len: number): number {
  const { mask } = table
  for (let s = slotOf(h1, h2, mask); ; s = (s + 1) & mask) {
    const r = table.row[s]!
    if (r === 0) return -1
    if (table.h1[s] === h1 && table.h2[s] === h2 && table.len[s] === len) return r - 1
  }
}
