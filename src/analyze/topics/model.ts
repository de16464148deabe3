/**
 * The topic model: a multinomial logistic regression over hashed feature buckets whose
 * probability for each topic is compared with that topic's own threshold (set on held-out data),
 * so an article may get several topics or none. A softmax rather than one model per topic: its
 * probabilities are relative, so they do not all sink on a long article full of words the
 * (mostly headline-length) training items never had. Written here rather than taken from
 * a library: it is a sparse dot product and a sigmoid per topic, and must load synchronously
 * inside `loadModels`. The file stores integer weights with one scale (gzip-compressed JSON).
 */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** The on-disk form (`topics.json.gz`). */
export interface TopicModelFile {
  readonly format: 'newsgraph.topics/1'
  /** IPTC Media Topic codes, in weight-column order. */
  readonly classes: readonly string[]
  /** Feature buckets: 2^bits. */
  readonly bits: number
  /** Multiply every stored weight by this. */
  readonly scale: number
  readonly bias: readonly number[]
  /** Buckets that carry weights, ascending, each stored as the gap from the previous one. */
  readonly buckets: readonly number[]
  /** One row of `classes.length` integers per bucket, flattened. */
  readonly weights: readonly number[]
  /** Probability from which a topic is assigned, per topic. */
  readonly thresholds: readonly number[]
  /** Characters of body text the model was tuned to read. */
  readonly leadChars: number
  /**
   * The best topic is also kept when its probability reaches this share of its threshold
   * (probabilities run lower on full articles than on the headlines most training items are);
   * below it, in every topic, the article gets no topic. Chosen on article-length dev items.
   */
  readonly bestShare?: number
  /** Training facts for the model card (data, figures, seed). */
  readonly meta?: Record<string, unknown>
}

/** A loaded topic model. */
export interface TopicModel {
  readonly classes: readonly string[]
  /** Bucket mask for `topicBuckets`. */
  readonly mask: number
  readonly thresholds: readonly number[]
  readonly leadChars: number
  readonly bestShare: number
  /** Probability of every topic, in `classes` order, for distinct sorted buckets. */
  probabilities(buckets: Int32Array): Float64Array
}

/** Builds a model from its file form. */
export function topicModelFrom(file: TopicModelFile): TopicModel {
  const k = file.classes.length
  const size = 2 ** file.bits
  const row = new Int32Array(size).fill(-1)
  const weights = new Float32Array(file.buckets.length * k)
  let bucket = 0
  file.buckets.forEach((gap, r) => {
    bucket += gap
    row[bucket] = r
    for (let c = 0; c < k; c++) weights[r * k + c] = (file.weights[r * k + c] ?? 0) * file.scale
  })
  return {
    classes: file.classes,
    mask: size - 1,
    thresholds: file.thresholds,
    leadChars: file.leadChars,
    bestShare: file.bestShare ?? 1,
    probabilities(buckets) {
      const z = new Float64Array(k)
      for (const b of buckets) {
        const r = row[b]!
        if (r < 0) continue
        const at = r * k
        for (let c = 0; c < k; c++) z[c]! += weights[at + c]!
      }
      const v = 1 / Math.sqrt(Math.max(buckets.length, 1))
      let max = -Infinity
      for (let c = 0; c < k; c++) max = Math.max(max, (z[c] = file.bias[c]! + v * z[c]!))
      let sum = 0
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max)
      for (let c = 0; c < k; c++) z[c]! /= sum
      return z
    },
  }
}

/**
 * Indices of the topics a model assigns for probabilities `p`, most probable first: each topic at
 * or above its threshold (plus `shift`), and the most probable one also when it reaches
 * `bestShare` of its threshold.
 */
export function assignTopics(model: Pick<TopicModel, 'thresholds' | 'bestShare'>, p: Float64Array, shift = 0, bestShare = model.bestShare): number[] {
  const order = [...p.keys()].sort((a, b) => p[b]! - p[a]!)
  return order.filter((i, rank) => {
    const threshold = model.thresholds[i]! + shift
    return p[i]! >= threshold || (rank === 0 && p[i]! >= bestShare * threshold)
  })
}

/** Loads `path` (gzip JSON), or returns undefined when the file is absent. */
export function loadTopicModel(path: string): TopicModel | undefined {
  if (!existsSync(path)) return undefined
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TopicModelFile
  if (file.format !== 'newsgraph.topics/1') throw new Error(`${path}: not a newsgraph topic model (format ${String(file.format)})`)
  return topicModelFrom(file)
}
