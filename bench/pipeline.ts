/**
 * `npm run bench`: whole-pipeline throughput on real pages, and what each analysis step adds.
 * Extraction runs once per page; analysis then runs with growing step sets in the same
 * process over the same articles, so each row is comparable with the baseline above it.
 *
 *   tsx bench/pipeline.ts [HTML_DIR] [--rounds N]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createPipeline } from '../src/pipeline.js'
import { analyze, loadModels, type AnalysisStep } from '../src/analyze/index.js'
import type { Article } from '../src/model/article.js'
import { parseTokens } from '../src/analyze/syntax/parse-tokens.js'
import { tokenize } from '../src/analyze/tokens/tokenize.js'

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(import.meta.dirname, '../../shared/data/extraction/scrapinghub/html')
const roundsArg = process.argv.indexOf('--rounds')
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3

const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort().map((f) => join(dir, f))
const pages = files.map((input) => ({ input, body: new Uint8Array(readFileSync(input)) }))

const loadStart = performance.now()
const models = loadModels()
const loadMs = performance.now() - loadStart

const extractor = createPipeline({ analyze: false, models })
const t = process.cpuUsage()
const articles: Article[] = pages.map((p) => extractor.run(p))
const extractMs = (process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0)

const configs: Array<{ name: string; steps: AnalysisStep[]; syntax?: boolean }> = [
  { name: 'tokens + entities', steps: ['entities'] },
  { name: '+ dates, quantities', steps: ['entities', 'dates', 'quantities'] },
  { name: '+ quotes (attribution)', steps: ['entities', 'dates', 'quantities', 'quotes'] },
  // What ctx.syntax costs once a step reads it: every sentence tagged and parsed (the text is
  // tokenized a second time here, so the row slightly overstates it).
  ...(models.parser ? [{ name: '+ syntax (every sentence parsed)', steps: ['entities', 'dates', 'quantities', 'quotes'] as AnalysisStep[], syntax: true }] : []),
  // Events read ctx.syntax, so this row parses too: what it adds over the row above is the events step's own cost.
  { name: '+ events (all steps)', steps: ['entities', 'dates', 'quantities', 'quotes', 'events'] },
]

// CPU time of this process (not wall time): on a shared machine other processes inflate wall
// time, while one core's CPU time is what "per core" throughput means.
function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

function time(steps: AnalysisStep[], syntax = false): number {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs()
    for (const a of articles) {
      analyze(a, { models, steps })
      if (syntax && models.parser) {
        const { tokens, sentences } = tokenize(a.text)
        parseTokens(models.parser, tokens, sentences)
      }
    }
    best = Math.min(best, cpuMs() - start)
  }
  return best
}

time(configs[configs.length - 1]!.steps) // warm-up: JIT and lazy tables
console.log(`pages ${articles.length}, words ${words}, models loaded in ${loadMs.toFixed(0)} ms (wall); times below are CPU time of one core`)
console.log(`extract: ${(extractMs / articles.length).toFixed(2)} ms/page, ${((articles.length / extractMs) * 1000).toFixed(1)} pages/s`)
console.log('| analysis steps | ms/article | articles/s | added vs previous row | added vs entities |')
console.log('|---|---|---|---|---|')
let previous: number | null = null
const rowMs = new Map<string, number>()
let base: number | null = null
for (const c of configs) {
  const ms = time(c.steps, c.syntax)
  base ??= ms
  const perArticle = ms / articles.length
  const added = previous === null ? '—' : `${(((ms - previous) / previous) * 100).toFixed(1)}%`
  const vsBase = `${(((ms - base) / base) * 100).toFixed(1)}%`
  console.log(`| ${c.name} | ${perArticle.toFixed(2)} | ${((articles.length / ms) * 1000).toFixed(1)} | ${added} | ${vsBase} |`)
  previous = ms
  rowMs.set(c.name, ms)
}
const withEvents = rowMs.get('+ events (all steps)')!
const withoutEvents = rowMs.get(configs[configs.length - 2]!.name)!
console.log(`events step's own share of analysis time: ${(((withEvents - withoutEvents) / withEvents) * 100).toFixed(1)}% (parsing, shared with other steps, not counted)`)
const total = time(configs[configs.length - 1]!.steps) + extractMs
console.log(`whole pipeline (extract + all analysis): ${((articles.length / total) * 1000).toFixed(1)} articles/s on one core; peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`)
