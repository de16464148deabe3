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
import { tagDocument } from '../src/analyze/ner/tagger.js'

const { values, positionals } = parseArgs({ options: { models: { type: 'string' } }, allowPositionals: true })
const shared = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const input = positionals[0] ?? join(shared, 'data/nlp/conll2003/valid.txt')
const dir = resolve(values.models ?? join(import.meta.dirname, '../models/ner'))

const loadStart = performance.now()
const model = loadNerModel(dir)
const loadMs = performance.now() - loadStart
if (!model) {
  console.error(`bench:ner: no model in ${dir}`)
  process.exit(1)
}
const docs = parseConll(readFileSync(input, 'utf8')).map((d) => d.sentences.map((s) => s.words))
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0)
const pass = (): number => {
  const t = performance.now()
  for (const doc of docs) tagDocument(model, doc)
  return (performance.now() - t) / 1000
}
pass()
const runs = [pass(), pass(), pass()].sort((a, b) => a - b)
const seconds = runs[1]!
const bytes = Object.values(NER_FILES).reduce((n, f) => {
  try {
    return n + statSync(join(dir, f)).size
  } catch {
    return n
  }
}, 0)
console.log(`model load ${loadMs.toFixed(0)} ms; ${(bytes / 1e6).toFixed(1)} MB on disk (${Object.values(NER_FILES).join(', ')})`)
console.log(`bench:ner: ${Math.round(tokens / seconds)} tokens/s (${tokens} tokens in ${seconds.toFixed(2)} s, median of 3)`)
