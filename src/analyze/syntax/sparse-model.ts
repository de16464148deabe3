/**
 * The runtime form of a trained linear model: for each kept feature, its non-zero class weights
 * in compressed-row arrays. Scoring touches only the weights a feature has, which is faster than
 * dense rows when most features speak for a few classes, and a fraction of their memory. Weights
 * are quantized to 16 bits when frozen, so what is evaluated is exactly what is shipped.
 */
import type { FeatureTable } from './feature-table.js'

/** A frozen multi-class linear model over hashed features. */
export class SparseModel {
  /** Number of classes. */
  readonly classes: number
  /** Number of kept features. */
  readonly features: number
  private readonly keys: Int32Array
  private readonly start: Int32Array
  private readonly cls: Uint8Array
  private readonly q: Int16Array
  private readonly scale: number
  // Scoring reads memory at random, so the layout keeps each lookup to two cache misses: an
  // open-addressing table of (key, first entry << 8 | entries - 1) pairs, and the entries
  // themselves packed as (16-bit weight << 8 | class).
  private readonly slots: Int32Array
  private readonly mask: number
  private readonly packed: Int32Array

  private constructor(classes: number, keys: Int32Array, start: Int32Array, cls: Uint8Array, q: Int16Array, scale: number) {
    this.classes = classes
    this.features = keys.length
    this.keys = keys
    this.start = start
    this.cls = cls
    this.q = q
    this.scale = scale
    if (q.length >= 1 << 23) throw new Error('`SparseModel` holds at most 8 million weights')
    this.packed = new Int32Array(q.length)
    for (let i = 0; i < q.length; i++) this.packed[i] = (q[i]! << 8) | cls[i]!
    let cap = 16
    while (cap < keys.length * 2) cap *= 2
    this.slots = new Int32Array(cap * 2)
    this.mask = cap - 1
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!
      let i = (key ^ (key >>> 15)) & this.mask
      while (this.slots[2 * i] !== 0) i = (i + 1) & this.mask
      this.slots[2 * i] = key
      this.slots[2 * i + 1] = (start[r]! << 8) | (start[r + 1]! - start[r]! - 1)
    }
  }

  /** Builds a model from dense rows (`rows x classes`), keeping weights with `|w| >= minWeight`. */
  static fromDense(table: FeatureTable, weights: Float32Array, classes: number, minWeight: number): SparseModel {
    if (classes > 256) throw new Error('`SparseModel` holds at most 256 classes')
    let maxAbs = 0
    for (const w of weights) if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w)
    const scale = Math.fround(maxAbs / 32767) || 1
    const threshold = Math.max(minWeight, scale / 2)
    // Rows in key order, so the result does not depend on the training table's slot layout.
    const pairs = [...table.entries()].sort((a, b) => a[0] - b[0])
    const keys: number[] = []
    const start: number[] = [0]
    const cls: number[] = []
    const q: number[] = []
    for (const [key, row] of pairs) {
      const before = cls.length
      for (let c = 0; c < classes; c++) {
        const w = weights[row * classes + c]!
        if (Math.abs(w) < threshold) continue
        const v = Math.round(w / scale)
        if (v === 0) continue
        cls.push(c)
        q.push(v)
      }
      if (cls.length === before) continue
      keys.push(key)
      start.push(cls.length)
    }
    return new SparseModel(classes, Int32Array.from(keys), Int32Array.from(start), Uint8Array.from(cls), Int16Array.from(q), scale)
  }

  /** Sets `scores[c]` to the model's score of class `c` for the features `keys[0..n)`. */
  score(keys: Int32Array, n: number, scores: Float64Array): void {
    scores.fill(0)
    const slots = this.slots
    const mask = this.mask
    const packed = this.packed
    const scale = this.scale
    for (let f = 0; f < n; f++) {
      const key = keys[f]!
      let i = (key ^ (key >>> 15)) & mask
      let k = slots[2 * i]!
      while (k !== key && k !== 0) {
        i = (i + 1) & mask
        k = slots[2 * i]!
      }
      if (k === 0) continue
      const info = slots[2 * i + 1]!
      const from = info >>> 8
      const end = from + (info & 255) + 1
      for (let j = from; j < end; j++) {
        const e = packed[j]!
        scores[e & 255]! += (e >> 8) * scale
      }
    }
  }

  /** A copy keeping only the weights with `|w| >= minWeight` (and the features left with one). */
  pruned(minWeight: number): SparseModel {
    const keys: number[] = []
    const start: number[] = [0]
    const cls: number[] = []
    const q: number[] = []
    for (let r = 0; r < this.features; r++) {
      const before = cls.length
      for (let j = this.start[r]!; j < this.start[r + 1]!; j++) {
        if (Math.abs(this.q[j]! * this.scale) < minWeight) continue
        cls.push(this.cls[j]!)
        q.push(this.q[j]!)
      }
      if (cls.length === before) continue
      keys.push(this.keys[r]!)
      start.push(cls.length)
    }
    return new SparseModel(this.classes, Int32Array.from(keys), Int32Array.from(start), Uint8Array.from(cls), Int16Array.from(q), this.scale)
  }

  /** Serializes the model: header, delta-coded keys, row lengths, classes and 16-bit weights. */
  toBytes(): Buffer {
    const header = Buffer.alloc(16)
    header.writeUInt32LE(this.classes, 0)
    header.writeUInt32LE(this.features, 4)
    header.writeUInt32LE(this.q.length, 8)
    header.writeFloatLE(this.scale, 12)
    // Keys are sorted, so their gaps are small numbers: LEB128 varints halve their size.
    const varints: number[] = []
    let last = -2147483649
    for (const k of this.keys) {
      let d = k - last
      last = k
      while (d >= 128) {
        varints.push((d % 128) | 128)
        d = Math.floor(d / 128)
      }
      varints.push(d)
    }
    const keyBytes = Buffer.from(varints)
    const lengths = new Uint8Array(this.features)
    for (let r = 0; r < this.features; r++) lengths[r] = this.start[r + 1]! - this.start[r]! - 1
    const keyLength = Buffer.alloc(4)
    keyLength.writeUInt32LE(keyBytes.length, 0)
    const q = Buffer.from(this.q.buffer, this.q.byteOffset, this.q.byteLength)
    return Buffer.concat([header, keyLength, keyBytes, Buffer.from(lengths), Buffer.from(this.cls), q])
  }

  /** Reads a model written by `toBytes`. */
  static fromBytes(buf: Buffer): SparseModel {
    const classes = buf.readUInt32LE(0)
    const features = buf.readUInt32LE(4)
    const entries = buf.readUInt32LE(8)
    const scale = buf.readFloatLE(12)
    const keyLength = buf.readUInt32LE(16)
    let o = 20
    const keys = new Int32Array(features)
    let last = -2147483649
    for (let r = 0; r < features; r++) {
      let d = 0
      let mul = 1
      for (;;) {
        const b = buf[o++]!
        d += (b & 127) * mul
        if (b < 128) break
        mul *= 128
      }
      last += d
      keys[r] = last
    }
    if (o !== 20 + keyLength) throw new Error('corrupt model: key section length')
    const start = new Int32Array(features + 1)
    for (let r = 0; r < features; r++) start[r + 1] = start[r]! + buf[o++]! + 1
    if (start[features] !== entries) throw new Error('corrupt model: entry count')
    const cls = Uint8Array.from(buf.subarray(o, o + entries))
    o += entries
    // Copied out to an aligned buffer (the section may sit at an odd offset); little-endian hosts only.
    const q = new Int16Array(entries)
    new Uint8Array(q.buffer).set(buf.subarray(o, o + 2 * entries))
    return new SparseModel(classes, keys, start, cls, q, scale)
  }
}
