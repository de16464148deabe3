/**
 * Trains a multinomial logistic regression (softmax) over sparse named features with AdaGrad
 * and L2, in a fixed seeded order, and writes it in the `newsgraph.linear/1` form the analysis
 * steps load. Shared by `train:tone` and `train:topics`.
 */
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Features, LinearModelFile } from '../../src/analyze/classify/linear-model.js'
import { linearModelFrom, type LinearModel } from '../../src/analyze/classify/linear-model.js'
import { seededShuffle } from '../../src/corpus/seeded-shuffle.js'

/** One training example. */
export interface Example {
  readonly features: Features
  readonly label: number
  /** Weight of the example in the loss (class balancing); default 1. */
  readonly weight?: number
}

/** Trainer settings; every default is what the shipped models used. */
export interface TrainOptions {
  readonly classes: readonly string[]
  readonly epochs?: number
  readonly learningRate?: number
  readonly l2?: number
  /** Features seen in fewer training examples are dropped. */
  readonly minCount?: number
  readonly seed?: number
}

/** Trains and returns the model in file form (not yet quantized). */
export function trainSoftmax(examples: readonly Example[], options: TrainOptions): { features: string[]; weights: Float64Array; bias: Float64Array } {
  const k = options.classes.length
  const epochs = options.epochs ?? 12
  const lr = options.learningRate ?? 0.2
  const l2 = options.l2 ?? 1e-5
  const minCount = options.minCount ?? 2
  const counts = new Map<string, number>()
  for (const ex of examples) for (const name of ex.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1)
  const names = [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([name]) => name)
    .sort()
  const index = new Map(names.map((n, i) => [n, i]))
  const w = new Float64Array(names.length * k)
  const g2 = new Float64Array(names.length * k).fill(1e-8)
  const bias = new Float64Array(k)
  const bg2 = new Float64Array(k).fill(1e-8)
  const rows = examples.map((ex) => ({ ...ex, idx: [...ex.features].filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n)!, v] as const) }))
  const seed = options.seed ?? 20
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of seededShuffle([...rows.keys()], seed * 1000 + epoch)) {
      const ex = rows[r]!
      const z = Array.from(bias)
      for (const [fi, v] of ex.idx) for (let c = 0; c < k; c++) z[c]! += w[fi * k + c]! * v
      const max = Math.max(...z)
      const e = z.map((x) => Math.exp(x - max))
      const sum = e.reduce((a, b) => a + b, 0)
      const weight = ex.weight ?? 1
      for (let c = 0; c < k; c++) {
        const grad = (e[c]! / sum - (c === ex.label ? 1 : 0)) * weight
        bg2[c]! += grad * grad
        bias[c]! -= (lr * grad) / Math.sqrt(bg2[c]!)
        for (const [fi, v] of ex.idx) {
          const at = fi * k + c
          const g = grad * v + l2 * w[at]!
          g2[at]! += g * g
          w[at]! -= (lr * g) / Math.sqrt(g2[at]!)
        }
      }
    }
  }
  return { features: names, weights: w, bias }
}

/** Quantizes a trained model to integers (dropping all-zero rows) and returns its file form. */
export function toModelFile(
  name: string,
  classes: readonly string[],
  trained: { features: string[]; weights: Float64Array; bias: Float64Array },
  meta: Record<string, unknown>,
  scale = 1e-3,
): LinearModelFile {
  const k = classes.length
  const features: string[] = []
  const weights: number[] = []
  trained.features.forEach((f, i) => {
    const row = Array.from({ length: k }, (_, c) => Math.round(trained.weights[i * k + c]! / scale))
    if (row.every((x) => x === 0)) return
    features.push(f)
    weights.push(...row)
  })
  return { format: 'newsgraph.linear/1', name, classes, scale, bias: Array.from(trained.bias, (b) => Math.round(b / scale) * scale), features, weights, meta }
}

/** Writes the model file (gzip JSON) and returns the loaded model plus its size in bytes. */
export function writeModelFile(path: string, file: LinearModelFile): { model: LinearModel; bytes: number } {
  const bytes = gzipSync(JSON.stringify(file), { level: 9 })
  writeFileSync(path, bytes)
  return { model: linearModelFrom(file), bytes: bytes.byteLength }
}

/** Macro-averaged F1 and accuracy of predicted against gold labels. */
export function classificationScores(gold: readonly number[], predicted: readonly number[], k: number): { accuracy: number; macroF1: number; perClass: number[] } {
  let correct = 0
  const perClass: number[] = []
  for (let c = 0; c < k; c++) {
    let tp = 0
    let fp = 0
    let fn = 0
    gold.forEach((g, i) => {
      const p = predicted[i]
      if (p === c && g === c) tp++
      else if (p === c) fp++
      else if (g === c) fn++
    })
    const prec = tp + fp ? tp / (tp + fp) : 0
    const rec = tp + fn ? tp / (tp + fn) : 0
    perClass.push(prec + rec ? (2 * prec * rec) / (prec + rec) : 0)
  }
  gold.forEach((g, i) => {
    if (predicted[i] === g) correct++
  })
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1: perClass.reduce((a, b) => a + b, 0) / k, perClass }
}

/** Index of the largest value. */
export function argmax(p: readonly number[]): number {
  let best = 0
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i
  return best
}

/** Settings tried by `trainBest`. */
export type GridSettings = Pick<TrainOptions, 'epochs' | 'l2' | 'learningRate'>

/**
 * Trains one model per grid point (same seed and data), scores each on held-out items with
 * `evaluate` (macro F1), prints the scores, and returns the best in file form with its settings.
 */
export function trainBest(
  name: string,
  examples: readonly Example[],
  options: { classes: readonly string[]; minCount: number; scale: number; grid: readonly GridSettings[]; evaluate: (model: LinearModel) => number },
): { file: LinearModelFile; settings: GridSettings; f1: number } {
  let best: { file: LinearModelFile; settings: GridSettings; f1: number } | null = null
  for (const settings of options.grid) {
    const file = toModelFile(name, options.classes, trainSoftmax(examples, { classes: options.classes, minCount: options.minCount, seed: 20, ...settings }), {}, options.scale)
    const f1 = options.evaluate(linearModelFrom(file))
    console.log(`held-out ${JSON.stringify(settings)}: macro-F1 ${f1.toFixed(3)}`)
    if (!best || f1 > best.f1) best = { file, settings, f1 }
  }
  if (!best) throw new Error('trainBest needs at least one grid point')
  return best
}
