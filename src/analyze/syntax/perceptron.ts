/**
 * A multi-class averaged perceptron over hashed features, for training. Weights are dense rows of
 * one float per class, added only for features an update touches (Collins 2002 averaging with the
 * "w - u/c" form, so no per-weight timestamps). `freeze` prunes and turns it into a `SparseModel`.
 */
import { FeatureTable } from './feature-table.js'
import { SparseModel } from './sparse-model.js'

/** A trainable averaged perceptron with `classes` outputs. */
export class Perceptron {
  readonly classes: number
  readonly table = new FeatureTable(1 << 16)
  private w = new Float32Array(0)
  private u = new Float64Array(0)
  /** Instances seen so far (the averaging clock). */
  private clock = 1

  /** Creates an untrained model with `classes` outputs. */
  constructor(classes: number) {
    this.classes = classes
  }

  /** Adds the current weights of the features `keys[0..n)` to `scores` (length `classes`). */
  score(keys: Int32Array, n: number, scores: Float64Array): void {
    const C = this.classes
    scores.fill(0)
    for (let f = 0; f < n; f++) {
      const row = this.table.get(keys[f]!)
      if (row < 0) continue
      const base = row * C
      for (let c = 0; c < C; c++) scores[c]! += this.w[base + c]!
    }
  }

  /** Moves the weights of the features towards `good` and away from `bad` by `step`. */
  update(keys: Int32Array, n: number, good: number, bad: number, step = 1): void {
    if (good === bad) return
    const C = this.classes
    const t = this.clock
    for (let f = 0; f < n; f++) {
      const row = this.table.add(keys[f]!)
      if ((row + 1) * C > this.w.length) this.grow()
      const base = row * C
      this.w[base + good]! += step
      this.u[base + good]! += step * t
      this.w[base + bad]! -= step
      this.u[base + bad]! -= step * t
    }
  }

  /** Advances the averaging clock by one instance. */
  tick(): void {
    this.clock++
  }

  /** Averaged weights, pruned to `|w| >= minWeight`, as a compact runtime model. */
  freeze(minWeight: number): SparseModel {
    const C = this.classes
    const c = this.clock
    const avg = new Float32Array(this.table.size * C)
    for (let i = 0; i < avg.length; i++) avg[i] = this.w[i]! - this.u[i]! / c
    return SparseModel.fromDense(this.table, avg, C, minWeight)
  }

  private grow(): void {
    const size = Math.max(1 << 16, this.table.size * 2) * this.classes
    const w = new Float32Array(size)
    w.set(this.w)
    const u = new Float64Array(size)
    u.set(this.u)
    this.w = w
    this.u = u
  }
}
