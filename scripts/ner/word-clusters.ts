/**
 * Word clusters from unlabeled text, standing in for Brown clusters: each frequent word is
 * described by the words seen just left and right of it (log counts over the most frequent
 * context words, randomly projected to a dense vector), words are grouped by spherical k-means,
 * and the cluster centroids are grouped again into coarser levels. Each word also gets a code
 * for how often its lower-case form is written in lower case mid-sentence (is "May" a month or
 * a name, is "Bush" a plant or a person).
 */
import { seededRandom } from '../../src/corpus/seeded-shuffle.js'

/** Options of `buildClusters`. */
export interface ClusterOptions {
  readonly minCount: number
  readonly contextWords: number
  readonly dims: number
  /** Cluster counts, coarse to fine; the finest is computed from words, the others from centroids. */
  readonly levels: readonly number[]
  readonly iterations: number
  /** Independent clusterings (own projection and starting centres); each adds its own codes. */
  readonly clusterings: number
  readonly seed: number
}

// Spherical k-means over unit rows; initial centres are rows picked by the seeded generator.
function kmeans(vectors: Float32Array, rows: number, dims: number, k: number, iterations: number, random: () => number): { assign: Int32Array; centres: Float32Array } {
  const centres = new Float32Array(k * dims)
  const picked = new Set<number>()
  for (let c = 0; c < k; c++) {
    let r = Math.floor(random() * rows)
    while (picked.has(r)) r = (r + 1) % rows
    picked.add(r)
    centres.set(vectors.subarray(r * dims, (r + 1) * dims), c * dims)
  }
  const assign = new Int32Array(rows)
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < rows; r++) {
      let best = -Infinity
      let arg = 0
      const o = r * dims
      for (let c = 0; c < k; c++) {
        const co = c * dims
        let dot = 0
        for (let d = 0; d < dims; d++) dot += vectors[o + d]! * centres[co + d]!
        if (dot > best) {
          best = dot
          arg = c
        }
      }
      assign[r] = arg
    }
    centres.fill(0)
    for (let r = 0; r < rows; r++) {
      const co = assign[r]! * dims
      for (let d = 0; d < dims; d++) centres[co + d]! += vectors[r * dims + d]!
    }
    for (let c = 0; c < k; c++) normalize(centres, c * dims, dims)
  }
  return { assign, centres }
}

function normalize(v: Float32Array, offset: number, dims: number): void {
  let sum = 0
  for (let d = 0; d < dims; d++) sum += v[offset + d]! ** 2
  const norm = Math.sqrt(sum) || 1
  for (let d = 0; d < dims; d++) v[offset + d]! /= norm
}

/** Cluster lines `word<TAB>code...` for the words of the given sentences. */
export function buildClusters(sentences: readonly (readonly string[])[], options: ClusterOptions): string[] {
  const random = seededRandom(options.seed)
  const counts = new Map<string, number>()
  // Mid-sentence occurrences by exact form, for the lower-case ratio code.
  const midCounts = new Map<string, number>()
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!
      counts.set(w, (counts.get(w) ?? 0) + 1)
      if (i > 0) midCounts.set(w, (midCounts.get(w) ?? 0) + 1)
    }
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const vocab = byFrequency.filter(([, n]) => n >= options.minCount).map(([w]) => w)
  const index = new Map(vocab.map((w, i) => [w, i]))
  const contextIndex = new Map<string, number>()
  for (const [w] of byFrequency) {
    const lw = w.toLowerCase()
    if (!contextIndex.has(lw)) contextIndex.set(lw, contextIndex.size)
    if (contextIndex.size >= options.contextWords) break
  }
  const other = options.contextWords
  const width = 2 * (options.contextWords + 1)
  // Sparse context counts per vocabulary word.
  const ctx = vocab.map(() => new Map<number, number>())
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = index.get(s[i]!)
      if (v === undefined) continue
      const m = ctx[v]!
      const left = i > 0 ? (contextIndex.get(s[i - 1]!.toLowerCase()) ?? other) : other
      const right = i + 1 < s.length ? (contextIndex.get(s[i + 1]!.toLowerCase()) ?? other) : other
      m.set(left, (m.get(left) ?? 0) + 1)
      const r = options.contextWords + 1 + right
      m.set(r, (m.get(r) ?? 0) + 1)
    }
  }
  const dims = options.dims
  const levels = [...options.levels]
  const finest = levels[levels.length - 1]!
  // One clustering is one random draw: several, each a feature of its own, damp the luck of it.
  const codes: string[][] = vocab.map(() => [])
  for (let run = 0; run < options.clusterings; run++) {
    const name = String.fromCharCode(107 + run)
    const projection = new Float32Array(width * dims)
    for (let k = 0; k < projection.length; k++) projection[k] = random() < 0.5 ? -1 : 1
    const vectors = new Float32Array(vocab.length * dims)
    ctx.forEach((m, v) => {
      const o = v * dims
      for (const [c, n] of m) {
        const weight = Math.log1p(n)
        const po = c * dims
        for (let d = 0; d < dims; d++) vectors[o + d]! += weight * projection[po + d]!
      }
      normalize(vectors, o, dims)
    })
    const fine = kmeans(vectors, vocab.length, dims, Math.min(finest, vocab.length), options.iterations, random)
    // Coarser levels cluster the fine centroids, so the codes nest like Brown-cluster prefixes.
    const coarse = levels.slice(0, -1).map((k) => kmeans(fine.centres, finest, dims, k, options.iterations, random).assign)
    vocab.forEach((_, v) => {
      const f = fine.assign[v]!
      coarse.forEach((a, l) => codes[v]!.push(`${name}${levels[l]}:${a[f]}`))
      codes[v]!.push(`${name}${finest}:${f}`)
    })
  }
  const lines: string[] = []
  vocab.forEach((w, v) => {
    const wordCodes = codes[v]!
    const lw = w.toLowerCase()
    if (lw !== w) {
      // Share of mid-sentence uses written in lower case, in fifths.
      const lower = midCounts.get(lw) ?? 0
      const cap = midCounts.get(w) ?? 0
      if (lower + cap > 0) wordCodes.push(`lc:${Math.round((4 * lower) / (lower + cap))}`)
    }
    lines.push(`${w}\t${wordCodes.join('\t')}`)
  })
  return lines
}
