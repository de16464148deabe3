/**
 * A multinomial logistic-regression model over sparse named features, as the tone and topic
 * steps use it. Written here rather than taken from a library: the models are a few thousand
 * weights each, need no numeric library, and must load synchronously inside `loadModels`.
 * The file form stores weights as integers with one scale factor (gzip-compressed JSON).
 */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** Sparse feature vector: feature name to value. */
export type Features = Map<string, number>

/** The on-disk form (`*.json.gz`). */
export interface LinearModelFile {
  readonly format: 'newsgraph.linear/1'
  readonly name: string
  readonly classes: readonly string[]
  /** Multiply every stored integer by this to get the weight. */
  readonly scale: number
  readonly bias: readonly number[]
  /** Feature names, in the order of `weights` rows. */
  readonly features: readonly string[]
  /** One row of `classes.length` integers per feature, flattened. */
  readonly weights: readonly number[]
  /** Training facts for the model card (data, figures, seed). */
  readonly meta?: Record<string, unknown>
}

/** A loaded model. */
export interface LinearModel {
  readonly name: string
  readonly classes: readonly string[]
  /** Class probabilities (softmax), in `classes` order. */
  predict(features: Features): number[]
  /**
   * Adds the features' share of the class scores to `into` (no bias): the model is linear, so
   * features shared by several predictions (a sentence read about several targets) are scored once.
   */
  addScores(features: Features, into: number[]): number[]
  /** Adds one feature's share (`value` times its weights) to `into`. */
  addScore(name: string, value: number, into: number[]): void
  /** The bias, as starting scores. */
  bias(): number[]
}

/** Builds a model from its file form. */
export function linearModelFrom(file: LinearModelFile): LinearModel {
  const k = file.classes.length
  const rows = new Map<string, Float64Array>()
  file.features.forEach((name, i) => {
    const row = new Float64Array(k)
    for (let c = 0; c < k; c++) row[c] = (file.weights[i * k + c] ?? 0) * file.scale
    rows.set(name, row)
  })
  const bias = Float64Array.from(file.bias)
  const addScores = (features: Features, into: number[]): number[] => {
    for (const [name, value] of features) {
      const row = rows.get(name)
      if (!row) continue
      for (let c = 0; c < k; c++) into[c]! += row[c]! * value
    }
    return into
  }
  return {
    name: file.name,
    classes: file.classes,
    predict: (features) => softmax(addScores(features, Array.from(bias))),
    addScores,
    addScore(name, value, into) {
      const row = rows.get(name)
      if (row) for (let c = 0; c < k; c++) into[c]! += row[c]! * value
    },
    bias: () => Array.from(bias),
  }
}

/** Softmax of raw class scores. */
export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

/** Loads `path` (gzip JSON), or returns undefined when the file is absent. */
export function loadLinearModel(path: string): LinearModel | undefined {
  if (!existsSync(path)) return undefined
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as LinearModelFile
  if (file.format !== 'newsgraph.linear/1') throw new Error(`${path}: not a newsgraph linear model (format ${String(file.format)})`)
  return linearModelFrom(file)
}
