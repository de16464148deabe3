/**
 * `npm run bench:parser`: how long the syntax model takes to load, how many tokens per CPU-second
 * one core tags, lemmatizes and parses (the words of UD EWT dev, after a warm-up pass), and the
 * process's peak memory.
 *
 *   npm run bench:parser -- [CONLLU_FILE] [--models DIR]
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_MODELS_DIR } from '../src/analyze/models.js'
import { readConllu } from '../src/analyze/syntax/conllu.js'
import { loadSyntaxModel, SyntaxParser } from '../src/analyze/syntax/model.js'

const { values, positionals } = parseArgs({ options: { models: { type: 'string' } }, allowPositionals: true })
const shared = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const input = positionals[0] ?? join(shared, 'data/nlp/ud-ewt/en_ewt-ud-dev.conllu')
const dir = join(resolve(values.models ?? DEFAULT_MODELS_DIR), 'parser')

const cpuNow = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
const rssBefore = process.memoryUsage().rss
const loadWall = performance.now()
const loadCpu = cpuNow()
const model = loadSyntaxModel(dir)
const loadMs = performance.now() - loadWall
const loadCpuMs = (cpuNow() - loadCpu) * 1000
if (!model) {
  console.error(`bench:parser: no model in ${dir}`)
  process.exit(1)
}
const parser = new SyntaxParser(model)
const sentences = readConllu(readFileSync(input, 'utf8')).sentences.map((s) => s.words.map((w) => w.form))
const tokens = sentences.reduce((n, s) => n + s.length, 0)

const pass = (): { wall: number; cpu: number } => {
  const cpu = cpuNow()
  const wall = performance.now()
  for (const s of sentences) parser.parse(s)
  return { wall: (performance.now() - wall) / 1000, cpu: cpuNow() - cpu }
}
pass()
const runs = [pass(), pass(), pass()]
const median = (xs: number[]): number => xs.sort((a, b) => a - b)[1]!
const cpuSeconds = median(runs.map((r) => r.cpu))
const wallSeconds = median(runs.map((r) => r.wall))
const peak = process.resourceUsage().maxRSS / 1024
console.log(`model load ${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU; ${(model.bytes / 1e6).toFixed(2)} MB on disk; model in memory ~${((process.memoryUsage().rss - rssBefore) / 1048576).toFixed(0)} MiB`)
console.log(`wall clock: ${Math.round(tokens / wallSeconds)} tokens/s (${tokens} tokens, median of 3)`)
console.log(`peak RSS ${peak.toFixed(0)} MiB`)
console.log(`bench:parser: ${Math.round(tokens / cpuSeconds)} tokens/s per CPU core (tag + lemmatize + parse; ${cpuSeconds.toFixed(2)} CPU s, median of 3); load ${loadMs.toFixed(0)} ms`)
