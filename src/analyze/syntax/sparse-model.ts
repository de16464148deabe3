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
  // Scoring reads memory at random, so each lookup should cost one cache miss: an open-addressing
  // table of 16-byte slots (key, the first two entries, where the others are), entries packed as
  // (16-bit weight << 8 | class). Most features have one or two entries, so most lookups end in
  // their slot.
  private readonly slots: Int32Array
  private readonly mask: number
  private readonly packed: Int32Array
  // Models of at most four classes (the parser's transitions, scored twice per word) keep all
  // their weights in the slot instead, in 12-byte slots (key, two 16-bit weights per int): no
  // second memory read, and a quarter less memory than 16-byte slots.
  private readonly dense4: boolean

  private constructor(classes: number, keys: Int32Array, start: Int32Array, cls: Uint8Array, q: Int16Array, scale: number) {
    this.classes = classes
    this.features = keys.length
    this.keys = keys
    this.start = start
    this.cls = cls
    this.q = q
    this.scale = scale
    if (q.length >= 1 << 23) throw new Error('`SparseModel` holds at most 8 million weights')
    let cap = 16
    while (cap * 0.6 < keys.length) cap *= 2
    this.dense4 = classes <= 4
    const width = this.dense4 ? 3 : 4
    this.slots = new Int32Array(cap * width)
    this.mask = cap - 1
    const order = insertionOrder(start, q)
    if (!this.dense4) {
      // Entries past a row's first two go to `packed` in insertion order, not key order: the rows
      // looked up most (placed first) keep theirs together at its start, where they stay cached
      // (most tagger and labeler lookups read there: frequent features speak for many classes).
      let more = 0
      for (let r = 0; r < keys.length; r++) more += Math.max(0, start[r + 1]! - start[r]! - 2)
      this.packed = new Int32Array(more)
      let at = 0
      for (const r of order) {
        const from = start[r]!
        const count = start[r + 1]! - from
        const key = keys[r]!
        let i = (key ^ (key >>> 15)) & this.mask
        while (this.slots[4 * i] !== 0) i = (i + 1) & this.mask
        // A packed 0 is class 0 with weight 0: adding it changes nothing, so unused places hold 0.
        this.slots[4 * i] = key
        this.slots[4 * i + 1] = (q[from]! << 8) | cls[from]!
        this.slots[4 * i + 2] = count > 1 ? (q[from + 1]! << 8) | cls[from + 1]! : 0
        this.slots[4 * i + 3] = count > 2 ? (at << 8) | (count - 2) : 0
        for (let j = from + 2; j < from + count; j++) this.packed[at++] = (q[j]! << 8) | cls[j]!
      }
      return
    }
    this.packed = new Int32Array(0)
    // Each row's slot contents are made in row order (sequential reads), then placed in the
    // table in insertion order: one read of a row's 3 ints per placement, not of four arrays.
    const made = new Int32Array(keys.length * 3)
    for (let r = 0; r < keys.length; r++) {
      made[3 * r] = keys[r]!
      // Class c's weight goes to the high (even c) or low (odd c) half of int 1 + (c >> 1).
      for (let j = start[r]!; j < start[r + 1]!; j++) {
        const c = cls[j]!
        made[3 * r + 1 + (c >> 1)]! |= c & 1 ? q[j]! & 0xffff : q[j]! << 16
      }
    }
    for (const r of order) {
      const key = made[3 * r]!
      let i = (key ^ (key >>> 15)) & this.mask
      while (this.slots[3 * i] !== 0) i = (i + 1) & this.mask
      for (let k = 0; k < 3; k++) this.slots[3 * i + k] = made[3 * r + k]!
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

  /** The float32 every quantized weight is multiplied by (what one unit of `addQuantized`'s sums is worth). */
  get weightScale(): number {
    return this.scale
  }

  /** Sets `scores[c]` to the model's score of class `c` for the features `keys[0..n)`. */
  score(keys: Int32Array, n: number, scores: Float64Array): void {
    const acc = new Int32Array(this.classes)
    this.addQuantized(keys, 0, n, acc)
    for (let c = 0; c < scores.length; c++) scores[c] = c < this.classes ? acc[c]! * this.scale : 0
  }

  /**
   * Adds the quantized weights of the features `keys[from..to)` to `acc[c]` (the score of class
   * `c` divided by the model's scale). Every weight is a 16-bit integer times one float32 scale,
   * so a double sum of a few hundred of them is exact in any order: ranking classes by these
   * integer sums picks exactly what ranking the float scores picks, ties included, and sums of
   * feature groups can be kept and reused.
   */
  addQuantized(keys: Int32Array, from: number, to: number, acc: Int32Array): void {
    const slots = this.slots
    // Most of scoring's time is waiting for memory: each feature's slot is a cache miss. Read
    // every feature's home slot first, in a loop without data-dependent branches, so the
    // processor has all those misses in flight at once; the probing below then reads cached
    // lines. (All home slots empty: no feature is in the model.)
    const mask = this.mask
    let touched = 0
    if (this.dense4) {
      for (let f = from; f < to; f++) {
        const key = keys[f]!
        touched |= slots[((key ^ (key >>> 15)) & mask) * 3]!
      }
      if (touched === 0) return
      let s0 = 0
      let s1 = 0
      let s2 = 0
      let s3 = 0
      for (let f = from; f < to; f++) {
        const i = this.slotOf3(keys[f]!)
        if (i < 0) continue
        const a = slots[i + 1]!
        const b = slots[i + 2]!
        s0 += a >> 16
        s1 += (a << 16) >> 16
        s2 += b >> 16
        s3 += (b << 16) >> 16
      }
      acc[0]! += s0
      if (acc.length > 1) acc[1]! += s1
      if (acc.length > 2) acc[2]! += s2
      if (acc.length > 3) acc[3]! += s3
      return
    }
    for (let f = from; f < to; f++) {
      const key = keys[f]!
      touched |= slots[((key ^ (key >>> 15)) & mask) << 2]!
    }
    if (touched === 0) return
    const packed = this.packed
    for (let f = from; f < to; f++) {
      const i = this.slotOf(keys[f]!)
      if (i < 0) continue
      const e0 = slots[i + 1]!
      acc[e0 & 255]! += e0 >> 8
      const e1 = slots[i + 2]!
      acc[e1 & 255]! += e1 >> 8
      const more = slots[i + 3]!
      if (more === 0) continue
      const end = (more >>> 8) + (more & 255)
      for (let j = more >>> 8; j < end; j++) {
        const e = packed[j]!
        acc[e & 255]! += e >> 8
      }
    }
  }

  /** Index in `slots` of the slot holding `key`, or -1 when the model lacks it. */
  private slotOf(key: number): number {
    const slots = this.slots
    const probeMask = (this.mask << 2) | 3
    let i = ((key ^ (key >>> 15)) & this.mask) << 2
    for (;;) {
      const k = slots[i]!
      if (k === key) return i
      if (k === 0) return -1
      i = (i + 4) & probeMask
    }
  }

  /** As `slotOf`, for the 12-byte slots of a model of at most four classes. */
  private slotOf3(key: number): number {
    const slots = this.slots
    const mask = this.mask
    let i = (key ^ (key >>> 15)) & mask
    for (;;) {
      const k = slots[i * 3]!
      if (k === key) return i * 3
      if (k === 0) return -1
      i = (i + 1) & mask
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

/**
 * The order in which rows go into the hash table: a row placed earlier sits at or nearer its home
 * slot, so fewer probes find it. Features seen often in training keep more (and larger) weights
 * after pruning, so rows with more entries come first, then those with the larger sum of weights,
 * then key order: frequent features mostly end in their home slot (about a tenth less parse time
 * on news pages than key order; the weights and what a lookup finds are the same in any order).
 */
function insertionOrder(start: Int32Array, q: Int16Array): Int32Array {
  const rows = start.length - 1
  // A 28-bit rank per row, the best 0: entries (at most 15 counted) above the sum of |weights|
  // (under 2^24: at most 256 entries of 2^15). Two stable counting passes of 14 bits sort the rows
  // by rank, rows of one rank in key order: linear time (a native sort of the 538k transition
  // rows took 0.2-0.3 s of the load).
  const rank = new Int32Array(rows)
  for (let r = 0; r < rows; r++) {
    let sum = 0
    for (let j = start[r]!; j < start[r + 1]!; j++) sum += Math.abs(q[j]!)
    rank[r] = (1 << 28) - 1 - ((Math.min(start[r + 1]! - start[r]!, 15) << 24) | Math.min(sum, (1 << 24) - 1))
  }
  let order = new Int32Array(rows)
  for (let r = 0; r < rows; r++) order[r] = r
  let next = new Int32Array(rows)
  for (const shift of [0, 14]) {
    const first = new Int32Array((1 << 14) + 1)
    for (let r = 0; r < rows; r++) first[((rank[r]! >>> shift) & 0x3fff) + 1]!++
    for (let d = 0; d < 1 << 14; d++) first[d + 1]! += first[d]!
    for (let i = 0; i < rows; i++) {
      const r = order[i]!
      next[first[(rank[r]! >>> shift) & 0x3fff]!++] = r
    }
    const done = next
    next = order
    order = done
  }
  return order
}
