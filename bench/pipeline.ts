/**
 * `npm run bench`: whole-pipeline throughput on real pages, and what each analysis step adds.
 * Extraction runs once per page; analysis then runs with growing step sets in the same
 * process over the same articles, so each row is comparable with the baseline above it.
 *
 *   tsx bench/pipeline.ts [HTML_DIR] [--rounds N] [--only syntax]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createPipeline } from '../src/pipeline.js'
import { analyze, loadModels, type AnalysisStep, type Models } from '../src/analyze/index.js'
import { loadKnowledgeBase } from '../src/analyze/kb/knowledge-base.js'
import type { Article } from '../src/model/article.js'
import type { AnalysisContext } from '../src/analyze/context.js'
import { tokenize } from '../src/analyze/tokens/tokenize.js'
import { parseTokens } from '../src/analyze/syntax/parse-tokens.js'
import { findEntities } from '../src/analyze/entities/index.js'
import { findQuotes } from '../src/analyze/quotes/index.js'

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(import.meta.dirname, '../../shared/data/extraction/scrapinghub/html')
const roundsArg = process.argv.indexOf('--rounds')
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3
const onlyArg = process.argv.indexOf('--only')
// `--only syntax` measures the syntax layer's share and stops (the other rows take minutes).
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined

const files = readdirSync(dir)
  .filter((f) => /\.html?$/.test(f))
  .sort()
  .map((f) => join(dir, f))
const pages = files.map((input) => ({ input, body: new Uint8Array(readFileSync(input)) }))

// The knowledge base alone first, so its load time and memory are its own.
const kbMem = process.memoryUsage()
const kbCpu = cpuMs()
const kbStart = performance.now()
const kbOnly = loadKnowledgeBase(join(import.meta.dirname, '../models/kb'))
const kbWallMs = performance.now() - kbStart
const kbCpuMs = cpuMs() - kbCpu
const kbAfter = process.memoryUsage()
const loadStart = performance.now()
const models = { ...loadModels({ kb: false }), ...(kbOnly ? { kb: kbOnly } : {}) }
const loadMs = performance.now() - loadStart

const extractor = createPipeline({ analyze: false, models })
const extractStart = cpuMs()
const articles: Article[] = pages.map((p) => extractor.run(p))
// The first pass is cold (JIT, lazy tables): extraction is timed as the best of `rounds` passes
// below, like the analysis rows, once `--only syntax` has had its turn.
let extractMs = cpuMs() - extractStart
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0)

const configs: Array<{ name: string; steps: AnalysisStep[] }> = [
  { name: 'tokens + entities', steps: ['entities'] },
  { name: '+ dates, quantities', steps: ['entities', 'dates', 'quantities'] },
  { name: '+ quotes (attribution)', steps: ['entities', 'dates', 'quantities', 'quotes'] },
  { name: '+ events', steps: ['entities', 'dates', 'quantities', 'quotes', 'events'] },
  { name: '+ tone, topics, summary (all steps)', steps: ['entities', 'dates', 'quantities', 'quotes', 'events', 'tone', 'topics', 'summary'] },
]

// CPU time of this process (not wall time): on a shared machine other processes inflate wall
// time, while one core's CPU time is what "per core" throughput means.
function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

// With `syntax`, every sentence is also tagged and parsed, as when a step reads ctx.syntax (the
// text is tokenized a second time here, so that slightly overstates it).
function time(steps: AnalysisStep[], use: Models = models, syntax = false): number {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs()
    for (const a of articles) {
      analyze(a, { models: use, steps })
      if (syntax && use.parser) {
        const { tokens, sentences } = tokenize(a.text)
        parseTokens(use.parser, tokens, sentences)
      }
    }
    best = Math.min(best, cpuMs() - start)
  }
  return best
}

time(configs[configs.length - 1]!.steps) // warm-up: JIT and lazy tables
// Syntax: the quotes and events steps read ctx.syntax, so "all steps" already parses every
// English sentence once. Its cost is measured two ways, rounds interleaved so machine load hits
// all alike: all steps with the parser against all steps without it (the steps then take their
// no-syntax paths: the analysis as it was before the syntax layer), and the parse alone
// (tokenize + parseTokens of the English articles) against all steps without the parser. The
// issue's bar is +50% of analysis time.
if (models.parser) {
  const parser = models.parser
  const all = configs[configs.length - 1]!.steps
  const { parser: _parser, ...unparsed } = models
  const englishArticles = articles.filter((a) => a.language === 'en')
  const parseOnly = (): number => {
    const start = cpuMs()
    for (const a of englishArticles) {
      const { tokens, sentences } = tokenize(a.text)
      parseTokens(parser, tokens, sentences)
    }
    return cpuMs() - start
  }
  let withSyntax = Infinity
  let without = Infinity
  let parseMs = Infinity
  for (let r = 0; r < rounds; r++) {
    without = Math.min(without, time(all, unparsed))
    withSyntax = Math.min(withSyntax, time(all, models))
    parseMs = Math.min(parseMs, parseOnly())
  }
  const per = (ms: number): string => (ms / articles.length).toFixed(2)
  console.log(
    `syntax: all steps without the parser ${per(without)} -> with it ${per(withSyntax)} ms/article, +${(((withSyntax - without) / without) * 100).toFixed(1)}% of analysis time; the parse alone ${per(parseMs)} ms/article = +${((parseMs / without) * 100).toFixed(1)}% (best of ${rounds} interleaved rounds; bar +50%)`,
  )
}
if (only === 'syntax') process.exit(0)

console.log(`pages ${articles.length}, words ${words}, models loaded in ${loadMs.toFixed(0)} ms (wall); times below are CPU time of one core`)
for (let r = 1; r < rounds; r++) {
  const start = cpuMs()
  for (const p of pages) extractor.run(p)
  extractMs = Math.min(extractMs, cpuMs() - start)
}
console.log(`extract: ${(extractMs / articles.length).toFixed(2)} ms/page, ${((articles.length / extractMs) * 1000).toFixed(1)} pages/s`)
console.log('| analysis steps | ms/article | articles/s | added vs previous row | added vs entities |')
console.log('|---|---|---|---|---|')
const times = new Map<string, number>()
let previous: number | null = null
let base: number | null = null
for (const c of configs) {
  const ms = time(c.steps)
  base ??= ms
  const perArticle = ms / articles.length
  const added = previous === null ? '—' : `${(((ms - previous) / previous) * 100).toFixed(1)}%`
  const vsBase = `${(((ms - base) / base) * 100).toFixed(1)}%`
  console.log(`| ${c.name} | ${perArticle.toFixed(2)} | ${((articles.length / ms) * 1000).toFixed(1)} | ${added} | ${vsBase} |`)
  previous = ms
  times.set(c.name, ms)
}
// The analyst features (tone, topics, summary, keywords) against the analysis before them, interleaved
// rounds so machine load hits both alike; the bar is +25%.
const before = configs[configs.length - 2]!.steps
const after = configs[configs.length - 1]!.steps
let withoutMs = 0
let withMs = 0
for (let r = 0; r < rounds; r++) {
  withoutMs += time(before)
  withMs += time(after)
}
const english = articles.filter((a) => a.language === 'en')
console.log(
  `analyst features add ${(((withMs - withoutMs) / withoutMs) * 100).toFixed(1)}% to analysis time (${rounds} interleaved rounds; bar +25%); ${english.length} of ${articles.length} pages are English (tone and topics run on those only)`,
)
// The events step's own cost, interleaved with the steps before it: the parse it reads is the
// one the attribution step already made (ctx.syntax is computed once per article), so the
// difference is the events step alone; issue 15's bar is 20% of all analysis time.
{
  const upToQuotes = configs[2]!.steps
  const withEventsSteps = configs[3]!.steps
  let eventsMs = 0
  let quotesMs = 0
  for (let r = 0; r < rounds; r++) {
    quotesMs += time(upToQuotes)
    eventsMs += time(withEventsSteps)
  }
  const allMs = times.get(configs[configs.length - 1]!.name)! * rounds
  console.log(
    `events: ${((eventsMs - quotesMs) / rounds / articles.length).toFixed(2)} ms/article, ${(((eventsMs - quotesMs) / allMs) * 100).toFixed(1)}% of all analysis time (${rounds} interleaved rounds; bar 20%)`,
  )
}
// Both parts are bests of `rounds` passes (the analysis is the all-steps row's), so the line is
// as steady as the rows above it.
const total = times.get(configs[configs.length - 1]!.name)! + extractMs
console.log(
  `whole pipeline (extract + all analysis, best of ${rounds} rounds each): ${((articles.length / total) * 1000).toFixed(1)} articles/s on one core; peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`,
)

// Linking: all steps with and without the knowledge base, interleaved round by round so machine
// load hits both alike.
if (kbOnly) {
  const { kb: _kb, ...unlinked } = models
  const all = configs[configs.length - 1]!.steps
  let withKb = Infinity
  let without = Infinity
  for (let r = 0; r < rounds; r++) {
    without = Math.min(without, time(all, unlinked))
    withKb = Math.min(withKb, time(all, models))
  }
  console.log(
    `linking (KB): all steps ${(without / articles.length).toFixed(2)} -> ${(withKb / articles.length).toFixed(2)} ms/article, +${(((withKb - without) / without) * 100).toFixed(1)}% of analysis time`,
  )
  console.log(
    `KB load: ${kbWallMs.toFixed(0)} ms wall, ${kbCpuMs.toFixed(0)} ms CPU; +${((kbAfter.rss - kbMem.rss) / 1048576).toFixed(0)} MiB RSS, +${((kbAfter.heapUsed - kbMem.heapUsed) / 1048576).toFixed(0)} MiB heap`,
  )
}

// The attribution step alone, on articles whose tokens, parse and entities are ready (the parse is
// the syntax layer's, shared by every step that reads it), against the whole analysis (parse
// included) of the same articles, rounds interleaved so machine load hits both alike.
const contexts: AnalysisContext[] = articles.map((a) => {
  const { tokens, sentences } = tokenize(a.text)
  const syntax = models.parser ? parseTokens(models.parser, tokens, sentences) : null
  const ctx: AnalysisContext = { article: a, text: a.text, tokens, sentences, referenceDate: a.referenceDate, models, syntax, entities: [], dates: [], quantities: [], quotes: [] }
  ctx.entities = findEntities(ctx)
  return ctx
})
let quotesBest = Infinity
let wholeBest = Infinity
for (let r = 0; r < rounds; r++) {
  let start = cpuMs()
  for (const c of contexts) findQuotes(c)
  quotesBest = Math.min(quotesBest, cpuMs() - start)
  start = cpuMs()
  for (const a of articles) analyze(a, { models })
  wholeBest = Math.min(wholeBest, cpuMs() - start)
}
console.log(
  `attribution share: the quotes step ${(quotesBest / articles.length).toFixed(2)} ms of ${(wholeBest / articles.length).toFixed(2)} ms per article of the whole analysis (${((quotesBest / wholeBest) * 100).toFixed(1)}%; parse ${models.parser ? 'included in the whole, not in the step' : 'absent'})`,
)
