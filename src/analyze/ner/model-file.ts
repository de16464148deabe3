/**
 * The shipped weight file `models/ner/weights.bin.gz`: a JSON header, the feature strings, then
 * for each feature its non-zero weights as (tag, int16) pairs. Small weights are pruned and the
 * rest quantized to 16 bits, which keeps the file a few megabytes with no measurable loss.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { TAG_COUNT, TAGS } from './labels.js'

/** Raw arrays of a trained model. */
export interface ModelArrays {
  readonly featureNames: readonly string[]
  readonly weights: Float32Array
  readonly transitions: Float32Array
  /** Logistic `[slope, intercept]` turning a span's Viterbi margin into a confidence. */
  readonly calibration?: readonly [number, number]
}

interface Header {
  readonly format: 'newsgraph.ner/1'
  readonly tags: readonly string[]
  readonly features: number
  readonly scale: number
  readonly transitions: readonly number[]
  readonly calibration?: readonly [number, number]
}

/** Encodes a model, dropping weights under `minWeight` in absolute value and features left empty. */
export function encodeModel(model: ModelArrays, minWeight: number): Buffer {
  let maxAbs = 0
  for (const w of model.weights) if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w)
  const scale = maxAbs / 32767 || 1
  const names: string[] = []
  const entries: number[] = []
  for (let f = 0; f < model.featureNames.length; f++) {
    const kept: number[] = []
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = model.weights[f * TAG_COUNT + t]!
      if (Math.abs(w) >= minWeight) kept.push(t, Math.round(w / scale))
    }
    if (kept.length === 0) continue
    names.push(model.featureNames[f]!)
    entries.push(kept.length / 2, ...kept)
  }
  const header: Header = {
    format: 'newsgraph.ner/1',
    tags: TAGS,
    features: names.length,
    scale,
    transitions: [...model.transitions],
    ...(model.calibration ? { calibration: model.calibration } : {}),
  }
  const headerBytes = Buffer.from(JSON.stringify(header))
  const nameBytes = Buffer.from(names.join('\n'))
  // Per feature: count (u8), then count x (tag u8, weight i16 little-endian).
  const body = Buffer.alloc(entries.length * 2)
  let o = 0
  for (let k = 0; k < entries.length;) {
    const count = entries[k++]!
    body.writeUInt8(count, o++)
    for (let j = 0; j < count; j++) {
      body.writeUInt8(entries[k++]!, o++)
      body.writeInt16LE(entries[k++]!, o)
      o += 2
    }
  }
  const lengths = Buffer.alloc(8)
  lengths.writeUInt32LE(headerBytes.length, 0)
  lengths.writeUInt32LE(nameBytes.length, 4)
  return gzipSync(Buffer.concat([lengths, headerBytes, nameBytes, body.subarray(0, o)]), { level: 9 })
}

/** Decoded weights: feature index, dense weights and transitions. */
export interface DecodedModel {
  readonly features: Map<string, number>
  readonly weights: Float32Array
  readonly transitions: Float32Array
  readonly calibration: readonly [number, number]
}

// Used when a weight file carries no calibration: fitted once on CoNLL dev for the first models.
const DEFAULT_CALIBRATION: readonly [number, number] = [0.055, 3]

/** Decodes a weight file written by `encodeModel`; throws on a file of another format. */
export function decodeModel(gz: Buffer): DecodedModel {
  const buf = gunzipSync(gz)
  const headerLength = buf.readUInt32LE(0)
  const namesLength = buf.readUInt32LE(4)
  const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as Header
  if (header.format !== 'newsgraph.ner/1' || header.tags.join() !== TAGS.join()) throw new Error('unsupported NER weight file')
  const names = buf.toString('utf8', 8 + headerLength, 8 + headerLength + namesLength).split('\n')
  const features = new Map<string, number>()
  for (let f = 0; f < names.length; f++) features.set(names[f]!, f)
  const weights = new Float32Array(header.features * TAG_COUNT)
  let o = 8 + headerLength + namesLength
  for (let f = 0; f < header.features; f++) {
    const count = buf[o++]!
    for (let j = 0; j < count; j++) {
      const t = buf[o]!
      weights[f * TAG_COUNT + t] = buf.readInt16LE(o + 1) * header.scale
      o += 3
    }
  }
  return { features, weights, transitions: Float32Array.from(header.transitions), calibration: header.calibration ?? DEFAULT_CALIBRATION }
}
