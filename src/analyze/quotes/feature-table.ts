/**
 * Feature weights of the attribution models keyed by a 64-bit hash of the feature's name, and the
 * two ways the feature code hands its features over: `FeatureList` writes the names (training),
 * `FeatureScorer` sums their weights without building a string (the quotes step). Scoring was the
 * step's main cost when every feature was a new string looked up in a `Map` (issue 13: +59% cue
 * lookups, +116% content lookups with the parse).
 *
 * The hash of a name is computed piece by piece over its UTF-16 code units, so a feature written
 * as a template (`sink.add\`p1w=${p1}|${w}\``) hashes exactly as its whole name does when the model
 * file is read: no name is ever parsed back into parts. Two lanes of a polynomial hash modulo 2^32
 * (different odd multipliers) give 64 bits: names of the model that share a key are refused at
 * load, and an unseen name takes another name's weight with odds of about 1 in 10^13 per lookup at
 * the models' 250k names, so the scores are those of the string lookups.
 */
import { fmix32 } from '../../model/hashing.js'

const B1 = 0x01000193
const B2 = 0x5bd1e995

/** A value a feature template interpolates; written as a template literal would write it. */
export type Piece = string | number | boolean

/** Weights looked up by feature name: a `FeatureTable`, or a `Map` while training. */
export interface FeatureWeights {
  get(name: string): number | undefined
}

/** Where feature code writes its features: a tag for templates, `sink.add\`name=${value}\``. */
export interface FeatureSink {
  /** Adds one feature whose name is the template filled in (at most five values). */
  add(strings: TemplateStringsArray, a?: Piece, b?: Piece, c?: Piece, d?: Piece, e?: Piece): void
}

/** Writes features as their names (what training and the string tests read). */
export class FeatureList implements FeatureSink {
  readonly names: string[] = []

  /** Adds the filled-in template as a name. */
  add(strings: TemplateStringsArray, ...values: Piece[]): void {
    let name = strings[0]!
    for (let k = 0; k < values.length; k++) name += `${values[k]!}${strings[k + 1]!}`
    this.names.push(name)
  }
}

/** Feature weights under 64-bit hashed names, in an open-addressing table. */
export class FeatureTable {
  readonly size: number
  private readonly mask: number
  // One 16-byte slot per entry, both key lanes and the weight side by side, so a probe touches
  // one cache line (the tables are megabytes, and a miss per lookup was the scorer's main cost).
  private readonly keys: Int32Array
  // NaN marks an empty slot (no weight is NaN).
  private readonly values: Float64Array

  /** Builds the table; throws when two names share a 64-bit key (the model cannot be read exactly). */
  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries]
    let slots = 16
    // Load factor at most 2/3: short probe runs in a table a quarter smaller than at 1/2.
    while (slots < list.length * 1.5) slots *= 2
    this.mask = slots - 1
    const buffer = new ArrayBuffer(slots * 16)
    this.keys = new Int32Array(buffer)
    this.values = new Float64Array(buffer).fill(NaN)
    const names = new Map<number, string>()
    const lanes = new Lanes()
    for (const [name, weight] of list) {
      lanes.h1 = 0
      lanes.h2 = 0
      lanes.text(name)
      if (Number.isNaN(weight)) throw new Error(`feature "${name}" has no numeric weight`)
      let at = this.slot(lanes.h1, lanes.h2)
      while (!Number.isNaN(this.values[2 * at + 1]!)) {
        if (this.keys[4 * at] === lanes.h1 && this.keys[4 * at + 1] === lanes.h2) throw new Error(`feature names "${names.get(at)}" and "${name}" share a hash key`)
        at = (at + 1) & this.mask
      }
      this.keys[4 * at] = lanes.h1
      this.keys[4 * at + 1] = lanes.h2
      this.values[2 * at + 1] = weight
      names.set(at, name)
    }
    this.size = list.length
  }

  /** Weight under a hashed name, 0 when absent. */
  weightOf(h1: number, h2: number): number {
    let at = this.slot(h1, h2)
    for (;;) {
      const v = this.values[2 * at + 1]!
      if (Number.isNaN(v)) return 0
      if (this.keys[4 * at] === h1 && this.keys[4 * at + 1] === h2) return v
      at = (at + 1) & this.mask
    }
  }

  /** Weight of a feature name, or undefined when the model has none. */
  get(name: string): number | undefined {
    const lanes = new Lanes()
    lanes.text(name)
    let at = this.slot(lanes.h1, lanes.h2)
    for (;;) {
      const v = this.values[2 * at + 1]!
      if (Number.isNaN(v)) return undefined
      if (this.keys[4 * at] === lanes.h1 && this.keys[4 * at + 1] === lanes.h2) return v
      at = (at + 1) & this.mask
    }
  }

  /** Whether the model has a weight for the feature name. */
  has(name: string): boolean {
    return this.get(name) !== undefined
  }

  // The polynomial lanes mix their low bits poorly: the slot comes from both, avalanched.
  private slot(h1: number, h2: number): number {
    return fmix32(h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask
  }
}

/** The two hash lanes of a name being read. */
class Lanes {
  h1 = 0
  h2 = 0

  /** Appends the code units of a string. */
  text(s: string): void {
    let h1 = this.h1
    let h2 = this.h2
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      h1 = (Math.imul(h1, B1) + c) | 0
      h2 = (Math.imul(h2, B2) + c) | 0
    }
    this.h1 = h1
    this.h2 = h2
  }

  /** Appends a value as a template literal writes it. */
  piece(v: Piece): void {
    this.text(typeof v === 'string' ? v : String(v))
  }
}

/** Sums the weights of the features written to it; `total` is read and `reset` between candidates. */
export class FeatureScorer implements FeatureSink {
  total = 0
  private readonly lanes = new Lanes()

  constructor(private readonly table: FeatureTable) {}

  /** Starts a new sum. */
  reset(): this {
    this.total = 0
    return this
  }

  /** Adds the weight of the filled-in template (values passed one by one, so no array is made). */
  add(strings: TemplateStringsArray, a?: Piece, b?: Piece, c?: Piece, d?: Piece, e?: Piece): void {
    const lanes = this.lanes
    lanes.h1 = 0
    lanes.h2 = 0
    lanes.text(strings[0]!)
    const n = strings.length - 1
    if (n > 0) {
      lanes.piece(a!)
      lanes.text(strings[1]!)
      if (n > 1) {
        lanes.piece(b!)
        lanes.text(strings[2]!)
        if (n > 2) {
          lanes.piece(c!)
          lanes.text(strings[3]!)
          if (n > 3) {
            lanes.piece(d!)
            lanes.text(strings[4]!)
            if (n > 4) {
              lanes.piece(e!)
              lanes.text(strings[5]!)
            }
          }
        }
      }
    }
    this.total += this.table.weightOf(lanes.h1, lanes.h2)
  }
}

/** Feature names of what `write` writes (the string form training reads). */
export function featureNames(write: (sink: FeatureSink) => void): string[] {
  const list = new FeatureList()
  write(list)
  return list.names
}
