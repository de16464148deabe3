/**
 * An open-addressing hash table from 32-bit feature keys to dense row numbers, in typed arrays.
 * A JavaScript Map of millions of numeric keys costs several times the memory and is slower to
 * probe; rows are numbered in insertion order, so a seeded training run numbers them the same way
 * every time.
 */

/** Feature key to row number; 0 is reserved as the empty-slot marker (keys are never 0). */
export class FeatureTable {
  private keys: Int32Array
  private rows: Int32Array
  private mask: number
  /** Number of keys held (rows are numbered 0..size-1). */
  size = 0

  /** Creates a table sized for about `expected` keys. */
  constructor(expected = 1024) {
    let cap = 16
    while (cap < expected * 2) cap *= 2
    this.keys = new Int32Array(cap)
    this.rows = new Int32Array(cap)
    this.mask = cap - 1
  }

  /** Row of `key`, or -1 when absent. */
  get(key: number): number {
    const keys = this.keys
    let i = (key ^ (key >>> 15)) & this.mask
    for (;;) {
      const k = keys[i]!
      if (k === key) return this.rows[i]!
      if (k === 0) return -1
      i = (i + 1) & this.mask
    }
  }

  /** Row of `key`, adding it as the next row when absent. */
  add(key: number): number {
    let i = (key ^ (key >>> 15)) & this.mask
    for (;;) {
      const k = this.keys[i]!
      if (k === key) return this.rows[i]!
      if (k === 0) break
      i = (i + 1) & this.mask
    }
    this.keys[i] = key
    this.rows[i] = this.size
    this.size++
    if (this.size * 2 > this.mask) this.grow()
    return this.size - 1
  }

  /** Every key with its row, in slot order. */
  *entries(): Generator<[key: number, row: number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) yield [this.keys[i]!, this.rows[i]!]
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldRows = this.rows
    this.keys = new Int32Array(oldKeys.length * 2)
    this.rows = new Int32Array(oldKeys.length * 2)
    this.mask = this.keys.length - 1
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j]!
      if (key === 0) continue
      let i = (key ^ (key >>> 15)) & this.mask
      while (this.keys[i] !== 0) i = (i + 1) & this.mask
      this.keys[i] = key
      this.rows[i] = oldRows[j]!
    }
  }
}
