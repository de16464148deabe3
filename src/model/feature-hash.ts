/**
 * Feature names without building strings, shared by the quotes and events steps. Their models
 * name features by strings ("p1w=he|said", "l|n1=attack|on"); building and looking up one such
 * string per feature was most of both steps' cost (issue 13). Feature code instead hands over a
 * name in pieces: training's sinks join them into the string (the model files keep string names),
 * while scoring's sinks stream the pieces' UTF-16 code units into `FeatureHash`, two polynomial
 * hash lanes modulo 2^32 with different odd multipliers. A polynomial hash of a concatenation is
 * the hash of its pieces fed in order, so a key is exactly the key of the joined name: the model's
 * names are hashed once at load (`FeatureTable`), two model names with the same 64-bit key are
 * refused there, and an unseen name takes a model name's value with odds of about 1 in 10^13 per
 * lookup at 250k names, so scores stay those of the string lookups.
 *
 * Two front-ends write into the one hash: `PieceSink` (`add('l|n1=', word, '|', prep)`, the events
 * step) and the template tag `FeatureSink` (`sink.add\`p1w=${p1}|${w}\``, the quotes step). Both
 * stay because each fits its call sites: the events features are all strings and join a few
 * computed pieces (passing them as arguments skips the template's strings array and the `String`
 * of each value), while the quotes features interleave fixed text with numbers and truth values,
 * which a template writes as a template literal would. Rewriting either set of call sites would
 * buy nothing and risk a name drifting from the one its model was trained on; both are thin
 * layers over `FeatureHash` and `FeatureTable`, so there is one hash and one table to get right.
 */
import { fmix32 } from './hashing.js'

// Two odd multipliers, and seeds so that leading NUL code units still count.
const B1 = 0x01000193
const B2 = 0x5bd1e995
const SEED1 = 0x2d358dcc
const SEED2 = 0x0b4f5a6d

/** A value a feature name interpolates; written as a template literal would write it. */
export type Piece = string | number | boolean

/** The two hash lanes of a feature name being read piece by piece. */
export class FeatureHash {
  h1 = SEED1
  h2 = SEED2

  /** Starts a new name. */
  start(): void {
    this.h1 = SEED1
    this.h2 = SEED2
  }

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

/** The key `[h1, h2]` of a whole name, as the sinks compute it piecewise. */
export function featureKey(name: string): [number, number] {
  const hash = new FeatureHash()
  hash.text(name)
  return [hash.h1, hash.h2]
}

/**
 * Numbers under 64-bit hashed feature names, in an open-addressing table: a feature's weight (the
 * quotes models) or the row of its weights (the events models, one weight per label).
 */
export class FeatureTable {
  readonly size: number
  private readonly mask: number
  // One 16-byte slot per entry, both key lanes and the value side by side, so a probe touches
  // one cache line (the tables are megabytes, and a miss per lookup was the scorers' main cost).
  private readonly keys: Int32Array
  // NaN marks an empty slot (no value is NaN).
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
    for (const [name, value] of list) {
      const [h1, h2] = featureKey(name)
      if (Number.isNaN(value)) throw new Error(`feature "${name}" has no numeric value`)
      let at = this.slot(h1, h2)
      while (!Number.isNaN(this.values[2 * at + 1]!)) {
        if (this.keys[4 * at] === h1 && this.keys[4 * at + 1] === h2) throw new Error(`feature names "${names.get(at)}" and "${name}" share a hash key`)
        at = (at + 1) & this.mask
      }
      this.keys[4 * at] = h1
      this.keys[4 * at + 1] = h2
      this.values[2 * at + 1] = value
      names.set(at, name)
    }
    this.size = list.length
  }

  /** The value under a hashed name, `absent` when the table has none. */
  valueOf(h1: number, h2: number, absent: number): number {
    let at = this.slot(h1, h2)
    for (;;) {
      const v = this.values[2 * at + 1]!
      if (Number.isNaN(v)) return absent
      if (this.keys[4 * at] === h1 && this.keys[4 * at + 1] === h2) return v
      at = (at + 1) & this.mask
    }
  }

  /** The value of a feature name, or undefined when the table has none. */
  get(name: string): number | undefined {
    const [h1, h2] = featureKey(name)
    const v = this.valueOf(h1, h2, NaN)
    return Number.isNaN(v) ? undefined : v
  }

  /** Whether the table has a value for the feature name. */
  has(name: string): boolean {
    return this.get(name) !== undefined
  }

  // The polynomial lanes mix their low bits poorly: the slot comes from both, avalanched.
  private slot(h1: number, h2: number): number {
    return fmix32(h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask
  }
}

/** Values looked up by feature name: a `FeatureTable`, or a `Map` while training. */
export interface FeatureWeights {
  get(name: string): number | undefined
}

// ---- Pieces front-end (the events step) ----

/** Receives a feature name as up to five string pieces, to be read as their concatenation. */
export interface PieceSink {
  /** Adds the feature named `a + b + c + d + e` (missing pieces are empty). */
  add(a: string, b?: string, c?: string, d?: string, e?: string): void
}

/** A piece sink that joins the pieces into names, as training and the model files need them. */
export class PieceNames implements PieceSink {
  readonly names: string[] = []

  /** Adds the joined name. */
  add(a: string, b = '', c = '', d = '', e = ''): void {
    this.names.push(a + b + c + d + e)
  }
}

/** A piece sink that keeps each feature's key, in the order they were added. */
export class PieceKeys implements PieceSink {
  /** `[h1, h2]` of each feature in turn. A plain array: one is made per sentence, and typed buffers cost more to allocate than they save. */
  readonly keys: number[] = []
  private readonly hash = new FeatureHash()

  /** Number of features added. */
  get size(): number {
    return this.keys.length / 2
  }

  /** Forgets the features. */
  clear(): void {
    this.keys.length = 0
  }

  /** Adds the key of the joined name. */
  add(a: string, b?: string, c?: string, d?: string, e?: string): void {
    const hash = this.hash
    hash.start()
    hash.text(a)
    if (b !== undefined) {
      hash.text(b)
      if (c !== undefined) {
        hash.text(c)
        if (d !== undefined) {
          hash.text(d)
          if (e !== undefined) hash.text(e)
        }
      }
    }
    this.keys.push(hash.h1, hash.h2)
  }
}

// ---- Template front-end (the quotes step) ----

/** Where feature code writes its features as templates: `sink.add\`name=${value}\``. */
export interface FeatureSink {
  /** Adds one feature whose name is the template filled in (at most five values). */
  add(strings: TemplateStringsArray, a?: Piece, b?: Piece, c?: Piece, d?: Piece, e?: Piece): void
}

/** Writes template features as their names (what training and the string tests read). */
export class FeatureList implements FeatureSink {
  readonly names: string[] = []

  /** Adds the filled-in template as a name. */
  add(strings: TemplateStringsArray, ...values: Piece[]): void {
    let name = strings[0]!
    for (let k = 0; k < values.length; k++) name += `${values[k]!}${strings[k + 1]!}`
    this.names.push(name)
  }
}

/** Sums the weights of the template features written to it; `total` is read and `reset` between candidates. */
export class FeatureScorer implements FeatureSink {
  total = 0
  private readonly hash = new FeatureHash()

  constructor(private readonly table: FeatureTable) {}

  /** Starts a new sum. */
  reset(): this {
    this.total = 0
    return this
  }

  /** Adds the weight of the filled-in template (values passed one by one, so no array is made). */
  add(strings: TemplateStringsArray, a?: Piece, b?: Piece, c?: Piece, d?: Piece, e?: Piece): void {
    const hash = this.hash
    hash.start()
    hash.text(strings[0]!)
    const n = strings.length - 1
    if (n > 0) {
      hash.piece(a!)
      hash.text(strings[1]!)
    }
    if (n > 1) {
      hash.piece(b!)
      hash.text(strings[2]!)
    }
    if (n > 2) {
      hash.piece(c!)
      hash.text(strings[3]!)
    }
    if (n > 3) {
      hash.piece(d!)
      hash.text(strings[4]!)
    }
    if (n > 4) {
      hash.piece(e!)
      hash.text(strings[5]!)
    }
    this.total += this.table.valueOf(hash.h1, hash.h2, 0)
  }
}

/** Feature names of what `write` writes (the string form training reads). */
export function featureNames(write: (sink: FeatureSink) => void): string[] {
  const list = new FeatureList()
  write(list)
  return list.names
}
