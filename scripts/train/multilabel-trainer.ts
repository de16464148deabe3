/**
 * Trains a multinomial logistic regression over hashed feature buckets with AdaGrad and L2 on
 * partially labelled examples: the softmax of an example runs over the topics its source labels
 * only, against a soft target (its topic, with a little mass on the topics it leaves open, or
 * the open topics alone, as "health or environment"). Then sets an F1-best threshold per topic on
 * held-out examples. Produces the
 * `newsgraph.topics/1` file that src/analyze/topics/model.ts loads.
 */
import { seededShuffle } from '../../src/corpus/seeded-shuffle.js'
import type { TopicModelFile } from '../../src/analyze/topics/index.js'
import type { EncodedExample } from './topic-sets.js'

/** Trainer settings. */
export interface MultiLabelOptions {
  readonly classes: readonly string[]
  readonly bits: number
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  /** Buckets present in fewer training examples keep no weight. */
  readonly minCount: number
  /** Loss weight of each example by source (full articles are fewer than headlines). */
  readonly sourceWeight: Readonly<Record<string, number>>
  readonly seed: number
}

/** Share of an item's target mass given to the topics it leaves open. */
const OPEN_MASS = 0.2

/** Raw weights of a trained model. */
export interface RawModel {
  readonly k: number
  readonly weights: Float32Array
  readonly bias: Float64Array
}

/** The sparse dot product every score is: bias + (sum of bucket weights) / sqrt(buckets). */
export function rawScores(model: RawModel, buckets: Int32Array): Float64Array {
  const { k, weights, bias } = model
  const z = new Float64Array(k)
  for (const b of buckets) for (let c = 0; c < k; c++) z[c]! += weights[b * k + c]!
  const v = 1 / Math.sqrt(Math.max(buckets.length, 1))
  for (let c = 0; c < k; c++) z[c] = bias[c]! + v * z[c]!
  return z
}

/** Trains the raw weights. */
export function trainMultiLabel(examples: readonly EncodedExample[], o: MultiLabelOptions): RawModel {
  const k = o.classes.length
  const size = 2 ** o.bits
  const df = new Int32Array(size)
  for (const ex of examples) for (const b of ex.buckets) df[b]!++
  const weights = new Float32Array(size * k)
  const g2 = new Float32Array(size * k).fill(1e-6)
  const bias = new Float64Array(k)
  const bg2 = new Float64Array(k).fill(1e-6)
  const kept = examples.map((ex) => ex.buckets.filter((b) => df[b]! >= o.minCount))
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of seededShuffle([...examples.keys()], o.seed * 1000 + epoch)) {
      const ex = examples[i]!
      const buckets = kept[i]!
      const v = 1 / Math.sqrt(Math.max(ex.buckets.length, 1))
      // Scaled by all of the example's buckets, as at run time (dropped ones weigh zero there).
      const z = Float64Array.from(bias)
      for (const b of buckets) for (let c = 0; c < k; c++) z[c]! += v * weights[b * k + c]!
      const w = o.sourceWeight[ex.source] ?? 1
      // Softmax over the topics the source labels, against soft targets: most of the mass on the
      // item's own topic, a little on the topics it leaves open. (A loss on the target set as a
      // whole let a frequent open topic swallow a rarer labelled one: health items went to lifestyle.)
      let max = -Infinity
      let positives = 0
      let open = 0
      for (let c = 0; c < k; c++) {
        const t = ex.targets[c]!
        if (t >= 0) max = Math.max(max, z[c]!)
        if (t === 1) positives++
        else if (t === 2) open++
      }
      if (positives + open === 0) continue
      const openMass = positives === 0 ? 1 : open === 0 ? 0 : OPEN_MASS
      let all = 0
      const e = new Float64Array(k)
      for (let c = 0; c < k; c++) {
        if (ex.targets[c]! < 0) continue
        e[c] = Math.exp(z[c]! - max)
        all += e[c]!
      }
      for (let c = 0; c < k; c++) {
        const t = ex.targets[c]!
        if (t < 0) continue
        const q = t === 1 ? (1 - openMass) / positives : t === 2 ? openMass / open : 0
        const grad = (e[c]! / all - q) * w
        bg2[c]! += grad * grad
        bias[c]! -= (o.learningRate * grad) / Math.sqrt(bg2[c]!)
        for (const b of buckets) {
          const at = b * k + c
          const g = grad * v + o.l2 * weights[at]!
          g2[at]! += g * g
          weights[at]! -= (o.learningRate * g) / Math.sqrt(g2[at]!)
        }
      }
    }
  }
  return { k, weights, bias }
}

/** The probability threshold (from 0.05 to 0.9) with the best F1 on `probabilities` against `targets`. */
export function bestThreshold(probabilities: readonly number[], targets: readonly number[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 }
  for (let t = 0.05; t <= 0.9001; t += 0.025) {
    let tp = 0
    let fp = 0
    let fn = 0
    probabilities.forEach((p, i) => {
      if (p >= t && targets[i] === 1) tp++
      else if (p >= t) fp++
      else if (targets[i] === 1) fn++
    })
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0
    if (f1 > best.f1) best = { threshold: Math.round(t * 1000) / 1000, f1 }
  }
  return best
}

function softmax(z: Float64Array): Float64Array {
  const max = Math.max(...z)
  const e = z.map((x) => Math.exp(x - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((x) => x / sum)
}

/** Sets thresholds on `held` and quantizes into the file form. */
export function toTopicModelFile(model: RawModel, held: readonly EncodedExample[], o: MultiLabelOptions, leadChars: number, scale: number, meta: Record<string, unknown>): TopicModelFile {
  const { k } = model
  const probabilities = held.map((ex) => softmax(rawScores(model, ex.buckets)))
  const thresholds: number[] = []
  for (let c = 0; c < k; c++) {
    const p: number[] = []
    const t: number[] = []
    held.forEach((ex, i) => {
      const target = ex.targets[c]!
      if (target !== 0 && target !== 1) return
      p.push(probabilities[i]![c]!)
      t.push(target)
    })
    thresholds.push(bestThreshold(p, t).threshold)
  }
  const buckets: number[] = []
  const weights: number[] = []
  let last = 0
  const size = 2 ** o.bits
  for (let b = 0; b < size; b++) {
    const row = Array.from({ length: k }, (_, c) => Math.round(model.weights[b * k + c]! / scale))
    if (row.every((x) => x === 0)) continue
    buckets.push(b - last)
    last = b
    weights.push(...row)
  }
  return { format: 'newsgraph.topics/1', classes: o.classes, bits: o.bits, scale, bias: Array.from(model.bias, round), buckets, weights, thresholds, leadChars, meta }
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4
