/**
 * `npm run bench:extract`: speed and memory of newsgraph's HTML extraction against
 * @mozilla/readability on linkedom, over the same pages (the 181 scrapinghub pages by default).
 *
 *   tsx bench/extract.ts [--pages DIR] [--warmup N] [--rounds N]
 *
 * Each extractor runs in its own child process, which loads only that extractor, so that neither
 * inherits the other's heap, tables or JIT state; the child reads one page at a time (reading is
 * not timed), warms up on the first N pages, then times every page. Peak memory is the child's resident-set high-water mark and
 * the largest V8 heap seen after a page. Wall time gives pages/s, median and p95; CPU time is
 * reported too because on a shared machine wall time also measures the neighbours. With
 * `--rounds N` the two engines alternate N times (newsgraph, Readability, newsgraph, ...), so load
 * that comes and goes falls on both; each round's CPU ratio and their median are printed. The
 * parent prints one table.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { getHeapStatistics } from 'node:v8'

type Engine = 'newsgraph' | 'readability'

/** What one child measured. */
interface Measure {
  engine: Engine
  pages: number
  totalMs: number
  /** CPU time of the extraction calls (user + system), robust to other load on a shared machine. */
  cpuMs: number
  medianMs: number
  p95Ms: number
  maxRssMb: number
  maxHeapMb: number
  emptyPages: number
}

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}
const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const pagesDir = resolve(option('pages') ?? join(SHARED, 'data/extraction/scrapinghub/html'))
const warmup = Number(option('warmup') ?? 20)
const rounds = Math.max(1, Number(option('rounds') ?? 1))

type Run = (bytes: Uint8Array, input: string) => string

/**
 * The one engine a child times, loaded alone: a child that also loaded the other engine would
 * carry its modules and tables (newsgraph's are ~35 MB of heap, linkedom and Readability's ~5 MB)
 * through every collection, and the extra code changes how V8 sizes and schedules them.
 */
async function loadEngine(engine: Engine): Promise<Run> {
  if (engine === 'newsgraph') {
    const { extract } = await import('../src/extract/index.js')
    return (bytes, input) => extract({ input, body: bytes }).text
  }
  const { Readability } = await import('@mozilla/readability')
  const { parseHTML } = await import('linkedom')
  return (bytes) => {
    const html = new TextDecoder('utf-8').decode(bytes)
    const { document } = parseHTML(html) as { document: unknown }
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? ''
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

/** Child side: time one engine over every page. */
async function child(engine: Engine): Promise<Measure> {
  const runEngine = await loadEngine(engine)
  const files = readdirSync(pagesDir)
    .filter((n) => /\.html?$/i.test(n))
    .sort()
  const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(pagesDir, name)))
  for (const name of files.slice(0, warmup)) runEngine(load(name), name)
  const times: number[] = []
  let cpuMs = 0
  let maxHeap = 0
  let emptyPages = 0
  for (const name of files) {
    const bytes = load(name)
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const text = runEngine(bytes, name)
    times.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpuMs += (c.user + c.system) / 1000
    if (!text.trim()) emptyPages++
    maxHeap = Math.max(maxHeap, getHeapStatistics().used_heap_size)
  }
  const totalMs = times.reduce((a, b) => a + b, 0)
  const sorted = [...times].sort((a, b) => a - b)
  return {
    engine,
    pages: files.length,
    totalMs,
    cpuMs,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    maxHeapMb: maxHeap / (1024 * 1024),
    emptyPages,
  }
}

const childEngine = option('child')
if (childEngine === 'newsgraph' || childEngine === 'readability') {
  process.stdout.write(JSON.stringify(await child(childEngine)))
} else {
  const runChild = (engine: Engine): Measure => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', engine, '--pages', pagesDir, '--warmup', String(warmup)], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    })
    return JSON.parse(out) as Measure
  }
  const measures: Measure[] = []
  const ratios: number[] = []
  for (let r = 0; r < rounds; r++) {
    const ng = runChild('newsgraph')
    const rd = runChild('readability')
    ratios.push(rd.cpuMs / ng.cpuMs)
    measures.push(ng, rd)
  }
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
  console.log(`pages: ${pagesDir} (warm-up ${warmup} pages, each engine in its own process)`)
  console.log(row(['engine', 'pages', 'pages/s (wall)', 'pages/s (CPU)', 'median ms', 'p95 ms', 'peak RSS MB', 'peak heap MB', 'empty']))
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']))
  for (const m of measures) {
    console.log(
      row([
        m.engine,
        String(m.pages),
        (m.pages / (m.totalMs / 1000)).toFixed(1),
        (m.pages / (m.cpuMs / 1000)).toFixed(1),
        m.medianMs.toFixed(2),
        m.p95Ms.toFixed(2),
        m.maxRssMb.toFixed(0),
        m.maxHeapMb.toFixed(0),
        String(m.emptyPages),
      ]),
    )
  }
  if (rounds > 1) {
    const sorted = [...ratios].sort((a, b) => a - b)
    console.log(`CPU ratio per round: ${ratios.map((x) => `${x.toFixed(2)}x`).join(', ')}; median ${quantile(sorted, 0.5).toFixed(2)}x`)
  }
  const [ng, rd] = measures
  if (ng && rd && rounds === 1) {
    const speedup = rd.totalMs / ng.totalMs
    const cpuSpeedup = rd.cpuMs / ng.cpuMs
    console.log(`newsgraph is ${speedup.toFixed(2)}x Readability's pages/s by wall time (${cpuSpeedup.toFixed(2)}x by CPU time); peak RSS ${ng.maxRssMb.toFixed(0)} vs ${rd.maxRssMb.toFixed(0)} MB`)
  }
}
