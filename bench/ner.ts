/**
 * `npm run bench:ner`: how long the NER model takes to load and how many tokens per second the
 * tagger handles on one core (features, scoring and decoding; tokenization excluded), measured on
 * a CoNLL file after one warm-up pass.
 *
 *   npm run bench:ner -- [CONLL_FILE] [--models DIR]
 */
import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseConll } from '../src/analyze/ner/conll.js'
import { loadNerModel, NER_FILES } from '../src/analyze/ner/load.js'
import { tagDocument, type WordIdCache } from '../src/analyze/ner/tagger.js'

const { values, positionals } = parseArgs({ options: { models: { type: 'string' } }, allowPositionals: true })
const shared = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const input = positionals[0] ?? join(shared, 'data/nlp/conll2003/valid.txt')
const dir = resolve(values.models ?? join(import.meta.dirname, '../models/ner'))

const loadStart = performance.now()
const loadCpu = process.cpuUsage()
const model = loadNerModel(dir)
const loadMs = performance.now() - loadStart
const loadCpuUsed = process.cpuUsage(loadCpu)
const loadCpuMs = (loadCpuUsed.user + loadCpuUsed.system) / 1000
if (!model) {
  console.error(`bench:ner: no model in ${dir}`)
  process.exit(1)
}
const docs = parseConll(readFileSync(input, 'utf8')).map((d) => d.sentences.map((s) => s.words))
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0)
// Wall time and process CPU time of one pass: on a shared machine the wall clock also counts time
// spent waiting for a core, so tokens per CPU-second is the one-core figure.
const pass = (): { wall: number; cpu: number } => {
  // One word-id memo per pass, as one tagger keeps across the documents it tags.
  const cache: WordIdCache = new Map()
  const cpu = process.cpuUsage()
  const t = performance.now()
  for (const doc of docs) tagDocument(model, doc, cache)
  const used = process.cpuUsage(cpu)
  return { wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 }
}
pass()
const runs = [pass(), pass(), pass()]
const median = (xs: number[]): number => xs.sort((a, b) => a - b)[1]!
const seconds = median(runs.map((r) => r.wall))
const cpuSeconds = median(runs.map((r) => r.cpu))
const bytes = Object.values(NER_FILES).reduce((n, f) => {
  try {
    return n + statSync(join(dir, f)).size
  } catch {
    return n
  }
}, 0)
console.log(`model load ${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU; ${(bytes / 1e6).toFixed(1)} MB on disk (${Object.values(NER_FILES).join(', ')})`)
console.log(`wall clock: ${Math.round(tokens / seconds)} tokens/s (${tokens} tokens in ${seconds.toFixed(2)} s, median of 3)`)
console.log(`bench:ner: ${Math.round(tokens / cpuSeconds)} tokens/s per CPU core (${cpuSeconds.toFixed(2)} CPU s, median of 3); load ${loadMs.toFixed(0)} ms`)
