/**
 * A story's centroid in one feature group, as the incremental clusterer holds it: the sum of its
 * members' unit vectors (capped to the heaviest features), the sum's squared norm, and how many
 * members have the group. The sum is private and changes only through the methods here.
 *
 * Why a class: a story's sum is probed by dozens of articles for every change to it, and an
 * open-addressing copy of it over typed arrays (linear probing) answers a probe for less than
 * `Map.get`. That copy must follow every change of the sum, or a dot product reads an old sum
 * and the stories come out wrong without a sign; every mutator here changes the copy with the
 * sum or drops it (dot products fill it again once they have probed the map about as often as
 * the sum has entries), so no caller can forget it.
 *
 * The map stays the sum itself: its order is the order `dot` walks it and the order stores
 * write it. Every product here adds the same terms in the same order as `dot` on the maps (the
 * smaller side is walked, the first on a tie), so the similarities are exactly those `dot` gives.
 */
import { addInto, dot } from '../sparse-vector.js'
import { GROUPS, type FeatureGroup, type FlatVector, type HashedVector } from '../../model/packed-features.js'
import type { CentroidRecord, StoryNode } from '../../model/story-state.js'

/** Empty slots of the table hold -1: feature hashes are 31-bit, never negative. */
const EMPTY = -1
const NO_KEYS = new Int32Array(0)
const NO_VALUES = new Float64Array(0)

/** A centroid whose sum changes only through its own methods. */
export class Centroid implements CentroidRecord {
  readonly #sum: HashedVector
  #normSq: number
  #members: number
  // The lookup table: a copy of the sum, valid while `#filled` (every mutator keeps it or clears it).
  #slots: Int32Array = NO_KEYS
  #weights: Float64Array = NO_VALUES
  #mask = 0
  #filled = false
  /** Lookups in the map since the table was last dropped (see `#useTable`). */
  #probes = 0

  private constructor(sum: HashedVector, normSq: number, members: number) {
    this.#sum = sum
    this.#normSq = normSq
    this.#members = members
  }

  /** An empty centroid. */
  static empty(): Centroid {
    return new Centroid(new Map(), 0, 0)
  }

  /**
   * The centroid of a stored record (a record that is one already is returned as it is). The
   * record's map is taken over, not copied: the record is replaced by the centroid (`ownStory`)
   * and not used again.
   */
  static of(record: CentroidRecord): Centroid {
    if (record instanceof Centroid) return record
    const sum = record.sum instanceof Map ? (record.sum as HashedVector) : new Map(record.sum)
    return new Centroid(sum, record.normSq, record.members)
  }

  /** The sum, to read (stores write it from here). */
  get sum(): ReadonlyMap<number, number> {
    return this.#sum
  }

  /** Squared norm of the sum. */
  get normSq(): number {
    return this.#normSq
  }

  /** Members that have this group. */
  get members(): number {
    return this.#members
  }

  /** Features in the sum. */
  get size(): number {
    return this.#sum.size
  }

  // ---- changes: each one drops the lookup table

  /** Adds a member's unit vector; keeps the heaviest `cap` features once the sum has grown a quarter past it. */
  add(v: HashedVector, cap = Infinity): void {
    this.#normSq += 2 * this.sumDot(v) + dot(v, v)
    this.#members++
    // A filled table with room for every new key (at most half full) is changed entry by entry;
    // otherwise it is dropped and filled again, larger, on the next dot product.
    if (this.#filled && (this.#sum.size + v.size) * 2 <= this.#slots.length) this.#addInPlace(v)
    else {
      addInto(this.#sum, v)
      this.#drop()
    }
    this.#capTo(cap)
  }

  /** `addInto(sum, v)` (the same values, the same order of new keys) with the table changed to match. */
  #addInPlace(v: HashedVector): void {
    const sum = this.#sum
    const slots = this.#slots
    const weights = this.#weights
    const mask = this.#mask
    v.forEach((value, key) => {
      const next = (sum.get(key) ?? 0) + value
      sum.set(key, next)
      let j = key & mask
      while (slots[j] !== EMPTY && slots[j] !== key) j = (j + 1) & mask
      slots[j] = key
      weights[j] = next
    })
  }

  /** Takes a member's unit vector out (features left at about zero are dropped). */
  remove(v: HashedVector): void {
    const sum = this.#sum
    for (const [key, value] of v) {
      const x = sum.get(key)
      if (x === undefined) continue
      const left = x - value
      if (Math.abs(left) < 1e-9) sum.delete(key)
      else sum.set(key, left)
    }
    this.#drop()
    this.#members--
    this.#normSq = squaredNorm(sum)
  }

  /** Adds another story's centroid (a merge), capped as `add` caps. */
  absorb(other: Centroid, cap = Infinity): void {
    addInto(this.#sum, other.#sum)
    this.#drop()
    this.#members += other.#members
    this.#normSq = squaredNorm(this.#sum)
    this.#capTo(cap)
  }

  #drop(): void {
    this.#filled = false
    this.#probes = 0
  }

  #capTo(cap: number): void {
    if (this.#sum.size <= cap * 1.25) return
    const kept = [...this.#sum].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cap)
    this.#sum.clear()
    for (const [k, v] of kept) this.#sum.set(k, v)
    this.#drop()
    this.#normSq = squaredNorm(this.#sum)
  }

  // ---- dot products, each the same sum as the `dot` call named

  /** `dot(v, sum)`, where `flat` is `v`'s flat form. */
  dotFlat(flat: FlatVector, v: HashedVector): number {
    // `dot` walks the smaller map (the first on a tie); only when that is `v` is the walk ours.
    if (v.size > this.#sum.size) return dot(v, this.#sum)
    const { keys, values } = flat
    if (!this.#useTable(keys.length)) {
      const sum = this.#sum
      let total = 0
      for (let i = 0; i < keys.length; i++) {
        const x = sum.get(keys[i]!)
        if (x !== undefined) total += values[i]! * x
      }
      return total
    }
    const slots = this.#slots
    const weights = this.#weights
    const mask = this.#mask
    let total = 0
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      for (let j = key & mask; ; j = (j + 1) & mask) {
        const at = slots[j]!
        if (at === key) {
          total += values[i]! * weights[j]!
          break
        }
        if (at === EMPTY) break
      }
    }
    return total
  }

  /** `dot(v, sum)`. */
  dot(v: HashedVector): number {
    return v.size <= this.#sum.size ? this.#walk(v) : dot(v, this.#sum)
  }

  /** `dot(sum, v)`. */
  sumDot(v: HashedVector): number {
    return this.#sum.size <= v.size ? dot(this.#sum, v) : this.#walk(v)
  }

  /** `dot(sum, other's sum)`. */
  dotCentroid(other: Centroid): number {
    return this.#sum.size <= other.#sum.size ? other.#walk(this.#sum) : this.#walk(other.#sum)
  }

  /** Adds the products of `walked`'s entries, in its own order, with the matching entries of the sum. */
  #walk(walked: ReadonlyMap<number, number>): number {
    if (!this.#useTable(walked.size)) {
      const sum = this.#sum
      let total = 0
      walked.forEach((value, key) => {
        const x = sum.get(key)
        if (x !== undefined) total += value * x
      })
      return total
    }
    const slots = this.#slots
    const weights = this.#weights
    const mask = this.#mask
    let total = 0
    walked.forEach((value, key) => {
      for (let j = key & mask; ; j = (j + 1) & mask) {
        const at = slots[j]!
        if (at === key) {
          total += value * weights[j]!
          break
        }
        if (at === EMPTY) break
      }
    })
    return total
  }

  /**
   * Whether `probes` lookups go to the table: it is filled once the lookups in the map since the
   * last change add up to the sum's size. Filling costs about as much as that many lookups, so a
   * sum probed once after a change (a story read from a store for one comparison) stays a map,
   * and one probed by many articles pays for its table at most twice over.
   */
  #useTable(probes: number): boolean {
    if (this.#filled) return true
    this.#probes += probes
    if (this.#probes < this.#sum.size) return false
    this.#fill()
    return true
  }

  /** Fills the lookup table from the sum (at most half full). */
  #fill(): void {
    let capacity = 16
    while (capacity < this.#sum.size * 2) capacity *= 2
    // Kept while it fits well: a story's sum grows and shrinks around its cap.
    if (this.#slots.length < capacity || this.#slots.length > capacity * 4) {
      this.#slots = new Int32Array(capacity)
      this.#weights = new Float64Array(capacity)
      this.#mask = capacity - 1
    }
    const slots = this.#slots
    const weights = this.#weights
    const mask = this.#mask
    slots.fill(EMPTY)
    this.#sum.forEach((value, key) => {
      let j = key & mask
      while (slots[j] !== EMPTY) j = (j + 1) & mask
      slots[j] = key
      weights[j] = value
    })
    this.#filled = true
  }
}

function squaredNorm(v: ReadonlyMap<number, number>): number {
  let s = 0
  for (const x of v.values()) s += x * x
  return s
}

/** A story whose centroids are owned `Centroid`s: what the clusterer works on. */
export interface OwnedStory extends StoryNode {
  readonly centroids: Record<FeatureGroup, Centroid>
}

/** An empty centroid per group. */
export function newCentroids(): Record<FeatureGroup, Centroid> {
  return { words: Centroid.empty(), names: Centroid.empty(), specifics: Centroid.empty() }
}

/** Makes a story's centroids owned `Centroid`s, in place (once: a story read again from memory has them already). */
export function ownStory(story: StoryNode): OwnedStory {
  const centroids = story.centroids as Record<FeatureGroup, CentroidRecord>
  for (const g of GROUPS) centroids[g] = Centroid.of(centroids[g])
  return story as OwnedStory
}
