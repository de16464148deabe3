/**
 * A multiclass linear model over string features — the event detector and the role chooser are
 * both one — and its file: a gzip of a JSON header (labels, scale, the model's metadata), the
 * feature names, and per feature its non-zero weights as (label, int16) pairs. Weights under a
 * threshold are pruned and the rest quantized, which keeps the file small with no measurable loss.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { FeatureTable, type PieceKeys } from '../../model/feature-hash.js'

/** A trained linear model: a weight row per feature, one column per label. */
export interface LinearModel {
  readonly labels: readonly string[]
  readonly rows: ReadonlyMap<string, number>
  /** Row-major `[row][label]`. */
  readonly weights: Float32Array
  /** The row of each feature by hashed name, for `keyScores` (built when a model file is read). */
  readonly keys?: FeatureTable
}

/** Scores of every label for a bag of features (unknown features count for nothing). */
export function linearScores(model: LinearModel, features: readonly string[], out = new Float64Array(model.labels.length)): Float64Array {
  const L = model.labels.length
  out.fill(0)
  for (const f of features) {
    const row = model.rows.get(f)
    if (row === undefined) continue
    const base = row * L
    for (let k = 0; k < L; k++) out[k]! += model.weights[base + k]!
  }
  return out
}

/**
 * Scores of every label for features given by key (`PieceKeys`): the same sums as `linearScores`
 * over the joined names, added in the same order. The model must have been read from a file.
 */
export function keyScores(model: LinearModel, features: PieceKeys, out = new Float64Array(model.labels.length)): Float64Array {
  const table = model.keys
  if (!table) throw new Error('the model has no key table (read it with decodeLinearModel)')
  const L = model.labels.length
  out.fill(0)
  const keys = features.keys
  for (let f = 0; f < keys.length; f += 2) {
    const row = table.valueOf(keys[f]!, keys[f + 1]!, -1)
    if (row < 0) continue
    const base = row * L
    for (let k = 0; k < L; k++) out[k]! += model.weights[base + k]!
  }
  return out
}

/** Turns scores into probabilities in place (softmax) and returns them. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity
  for (const s of scores) if (s > max) max = s
  let sum = 0
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp(scores[k]! - max)
    sum += scores[k]!
  }
  for (let k = 0; k < scores.length; k++) scores[k]! /= sum
  return scores
}

interface Header {
  readonly format: string
  readonly labels: readonly string[]
  readonly features: number
  readonly scale: number
  readonly meta: unknown
}

/** Encodes a model and its metadata, dropping weights under `minWeight` in absolute value. */
export function encodeLinearModel(format: string, model: LinearModel, meta: unknown, minWeight: number): Buffer {
  const L = model.labels.length
  if (L > 255) throw new RangeError('at most 255 labels')
  let maxAbs = 0
  for (const w of model.weights) if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w)
  const scale = maxAbs / 32767 || 1
  const names: string[] = []
  const parts: Buffer[] = []
  // Rows in name order, so the same model always gives the same bytes.
  for (const [name, row] of [...model.rows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const kept: Array<[number, number]> = []
    for (let k = 0; k < L; k++) {
      const w = model.weights[row * L + k]!
      if (Math.abs(w) >= minWeight) kept.push([k, Math.round(w / scale)])
    }
    if (kept.length === 0) continue
    names.push(name)
    const b = Buffer.alloc(1 + kept.length * 3)
    b.writeUInt8(kept.length, 0)
    kept.forEach(([k, q], j) => {
      b.writeUInt8(k, 1 + j * 3)
      b.writeInt16LE(q, 2 + j * 3)
    })
    parts.push(b)
  }
  const header: Header = { format, labels: model.labels, features: names.length, scale, meta }
  const headerBytes = Buffer.from(JSON.stringify(header))
  const nameBytes = Buffer.from(names.join('\n'))
  const lengths = Buffer.alloc(8)
  lengths.writeUInt32LE(headerBytes.length, 0)
  lengths.writeUInt32LE(nameBytes.length, 4)
  return gzipSync(Buffer.concat([lengths, headerBytes, nameBytes, ...parts]), { level: 9 })
}

/** Decodes a file written by `encodeLinearModel`; throws when its format name differs. */
export function decodeLinearModel<M>(gz: Buffer, format: string): { model: LinearModel; meta: M } {
  const buf = gunzipSync(gz)
  const headerLength = buf.readUInt32LE(0)
  const namesLength = buf.readUInt32LE(4)
  const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as Header
  if (header.format !== format) throw new Error(`expected a \`${format}\` model file, found \`${header.format}\``)
  const names = header.features ? buf.toString('utf8', 8 + headerLength, 8 + headerLength + namesLength).split('\n') : []
  const L = header.labels.length
  const rows = new Map<string, number>()
  const weights = new Float32Array(names.length * L)
  let o = 8 + headerLength + namesLength
  for (let f = 0; f < names.length; f++) {
    rows.set(names[f]!, f)
    const count = buf[o++]!
    for (let j = 0; j < count; j++) {
      weights[f * L + buf[o]!] = buf.readInt16LE(o + 1) * header.scale
      o += 3
    }
  }
  return { model: { labels: header.labels, rows, weights, keys: new FeatureTable(names.map((name, row) => [name, row] as const)) }, meta: header.meta as M }
}
