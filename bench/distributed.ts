/**
 * `npm run bench:distributed`: documents per second through the analyze stage (analysis plus
 * the PostgreSQL write) with one JetStream worker, then with two, over the same pages: the
 * real news pages of `../shared/data/extraction/scrapinghub/html` when present (news-sized, so
 * analysis weighs as it does in production), else synthetic ones. Extraction runs first and is
 * not timed, so the extracted stream is full when the analyze workers start.
 *
 * A run of a few seconds on a shared two-core machine swings by a third from one try to the
 * next, so the benchmark repeats: each round measures one worker then two, and the speed-up is
 * the median over rounds. Each round also measures the machine's own ceiling: analysis alone,
 * in one process and then in two at once, with no queue, store or server; two workers cannot
 * scale better than that. Rates are steady-state: from the tenth percentile of stored documents
 * to the last, so process start-up, model loading and the first compilations do not count.
 *
 *   NEWSGRAPH_PG_URL=postgres://... NEWSGRAPH_NATS_URL=nats://... tsx bench/distributed.ts [HTML_DIR | SYNTHETIC_COUNT] [WORKERS...] [--rounds 3] [--copies 2]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { writeSyntheticCorpus } from '../src/testing/synthetic-corpus.js'
import { runQueueIngest } from '../src/distributed/queue-ingest.js'
import { openBacklogMonitor, removeQueues, startFleet, stopFleet, type BacklogMonitor } from '../src/testing/local-fleet.js'
import { createPipeline } from '../src/pipeline.js'
import { documentId } from '../src/model/ids.js'
import { openPostgresStore } from '../src/store/postgres/postgres-store.js'
import { organizeStories } from '../src/corpus/organize-stories.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    copies: { type: 'string', default: '2' },
    'ceiling-seconds': { type: 'string', default: '8' },
    'ceiling-child': { type: 'string' },
  },
})

/** Child mode: analysis alone over pre-extracted pages for a fixed time; prints documents per second. */
function ceilingChild(dir: string, seconds: number): void {
  const extract = createPipeline({ analyze: false })
  const pipeline = createPipeline()
  const articles = readdirSync(dir)
    .filter((f) => /\.html?$/.test(f))
    .sort()
    .map((f) => extract.run({ input: f, body: new Uint8Array(readFileSync(join(dir, f))) }))
  for (const a of articles.slice(0, 40)) pipeline.analyze(a) // the same warm-up the steady-state window grants the workers
  const t0 = performance.now()
  let n = 0
  while (performance.now() - t0 < seconds * 1000) pipeline.analyze(articles[n++ % articles.length]!)
  process.stdout.write(`${n / ((performance.now() - t0) / 1000)}\n`)
}

if (values['ceiling-child'] !== undefined) {
  ceilingChild(values['ceiling-child'], Number(values['ceiling-seconds']))
  process.exit(0)
}

const pgUrl = process.env['NEWSGRAPH_PG_URL']
const natsUrl = process.env['NEWSGRAPH_NATS_URL']
if (!pgUrl || !natsUrl) {
  console.error('bench:distributed needs a PostgreSQL server and a NATS server with JetStream: set NEWSGRAPH_PG_URL and NEWSGRAPH_NATS_URL')
  process.exit(2)
}
const counts = positionals.slice(1).map(Number)
const workerCounts = counts.length ? counts : [1, 2]
const rounds = Math.max(1, Number(values.rounds))
const copies = Math.max(1, Number(values.copies))
const shared = join(import.meta.dirname, '../../shared/data/extraction/scrapinghub/html')
const source = positionals[0] ?? (existsSync(shared) ? shared : '400')
const tmp = mkdtempSync(join(tmpdir(), 'ng-bench-distributed-'))
const pagesDir = /^\d+$/.test(source) ? join(tmp, 'pages') : source
if (/^\d+$/.test(source)) writeSyntheticCorpus(pagesDir, Number(source))
const files = readdirSync(pagesDir)
  .filter((f) => /\.html?$/.test(f))
  .sort()

// Longer runs are steadier. Each further copy of a page gets a marker in every paragraph, so its
// text (and so its article) is new: a copy must cost the store what a new article costs.
const dir = copies === 1 ? pagesDir : join(tmp, 'copies')
if (copies > 1) {
  mkdirSync(dir)
  for (let c = 0; c < copies; c++) {
    for (const f of files) {
      const html = readFileSync(join(pagesDir, f), 'latin1')
      writeFileSync(join(dir, `c${c}-${f}`), c === 0 ? html : html.replace(/<\/p>/gi, ` (edition ${c})</p>`), 'latin1')
    }
  }
}
const docs = files.length * copies
const admin = new pg.Client({ connectionString: pgUrl })
await admin.connect()

// CPU seconds a process has used (Linux): on a machine shared with other work, wall time says
// little about what a core can do, and CPU time says it directly.
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

// CPU seconds of every process with this name on the machine: the servers' share of the work.
function serverCpuSeconds(name: string): number {
  let sum = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name) sum += cpuSeconds(Number(pid))
    } catch {
      // The process ended while we looked.
    }
  }
  return sum
}

async function drained(monitor: BacklogMonitor, stage: 'extract' | 'analyze', every: number, onTick?: () => Promise<void>): Promise<void> {
  for (;;) {
    await onTick?.()
    if ((await monitor.read())[stage] === 0) return
    await new Promise((r) => setTimeout(r, every))
  }
}

interface Measured {
  stored: number
  rate: number
  seconds: number
  cpu: number
  pgCpu: number
  natsCpu: number
}

async function measure(workers: number): Promise<Measured> {
  const name = `ng_bench_${randomBytes(5).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(pgUrl!)
  url.pathname = `/${name}`
  const db = url.toString()
  const namespace = `bench${randomBytes(4).toString('hex')}`
  const watch = await openBacklogMonitor(natsUrl!, namespace)
  try {
    await runQueueIngest([dir], { natsUrl: natsUrl!, namespace })
    const extractors = startFleet({ natsUrl: natsUrl!, db, namespace, workers: { extract: 2 } })
    await drained(watch, 'extract', 200)
    await stopFleet(extractors)
    const analyzers = startFleet({ natsUrl: natsUrl!, db, namespace, workers: { analyze: workers } })
    const client = new pg.Client({ connectionString: db })
    await client.connect()
    const cpu = (): number => analyzers.reduce((sum, w) => sum + cpuSeconds(w.child.pid), 0)
    // CPU is counted over the same steady-state window as the rate: from the tenth percentile on.
    const warm = Math.max(1, Math.floor(docs / 10))
    let atWarm: { cpu: number; pg: number; nats: number } | null = null
    await drained(watch, 'analyze', 250, async () => {
      if (atWarm) return
      const { n } = (await client.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0]!
      if (Number(n) >= warm) atWarm = { cpu: cpu(), pg: serverCpuSeconds('postgres'), nats: serverCpuSeconds('nats-server') }
    })
    const used = { cpu: cpu(), pg: serverCpuSeconds('postgres'), nats: serverCpuSeconds('nats-server') }
    await stopFleet(analyzers)
    const times = (await client.query<{ t: number }>('SELECT extract(epoch FROM ingested_at)::float8 AS t FROM documents ORDER BY ingested_at')).rows.map((r) => r.t)
    await client.end()
    const from = Math.min(warm, times.length - 1)
    const seconds = times[times.length - 1]! - times[from]!
    const counted = times.length - 1 - from
    const start = atWarm ?? { cpu: 0, pg: 0, nats: 0 }
    return { stored: times.length, rate: counted / seconds, seconds, cpu: (used.cpu - start.cpu) / counted, pgCpu: (used.pg - start.pg) / counted, natsCpu: (used.nats - start.nats) / counted }
  } finally {
    await watch.close()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await removeQueues(natsUrl!, namespace)
  }
}

/** Analysis alone in `processes` processes at once: their summed documents per second. */
async function ceiling(processes: number): Promise<number> {
  const runs = Array.from(
    { length: processes },
    () =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--ceiling-child', pagesDir, '--ceiling-seconds', values['ceiling-seconds']], {
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        let out = ''
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
        child.once('exit', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`ceiling child exited with ${code}`))))
      }),
  )
  return (await Promise.all(runs)).reduce((a, b) => a + b, 0)
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const ms = (seconds: number): string => (seconds * 1000).toFixed(1)

console.log(
  `pages: ${files.length} from ${pagesDir}, ${copies} cop${copies === 1 ? 'y' : 'ies'} each = ${docs} documents; ${rounds} rounds; machine: ${cpus().length} cores, load average before ${loadavg()[0]!.toFixed(2)}`,
)
console.log('| round | analyze workers | documents/s | speed-up | worker CPU ms/doc | PostgreSQL CPU ms/doc | NATS CPU ms/doc | analysis alone, docs/s (same number of processes) | machine ceiling |')
console.log('|---|---|---|---|---|---|---|---|---|')
const speedUps = new Map<number, number[]>()
const ceilings = new Map<number, number[]>()
for (let round = 1; round <= rounds; round++) {
  let base = 0
  let baseAlone = 0
  for (const n of workerCounts) {
    const alone = await ceiling(n)
    const r = await measure(n)
    if (!base) {
      base = r.rate
      baseAlone = alone
    }
    speedUps.set(n, [...(speedUps.get(n) ?? []), r.rate / base])
    ceilings.set(n, [...(ceilings.get(n) ?? []), alone / baseAlone])
    console.log(
      `| ${round} | ${n} | ${r.rate.toFixed(1)} | ${(r.rate / base).toFixed(2)}x | ${ms(r.cpu)} | ${ms(r.pgCpu)} | ${ms(r.natsCpu)} | ${alone.toFixed(1)} | ${(alone / baseAlone).toFixed(2)}x |`,
    )
  }
}
for (const n of workerCounts.slice(1)) {
  console.log(
    `median speed-up of ${n} analyze workers over ${workerCounts[0]}: ${median(speedUps.get(n)!).toFixed(2)}x (rounds: ${speedUps
      .get(n)!
      .map((x) => x.toFixed(2))
      .join(', ')}); machine ceiling for ${n} processes: ${median(ceilings.get(n)!).toFixed(2)}x`,
  )
}

// The two shared costs that do not shrink with more analyze workers: the serialized store write and the whole-store re-organization.
async function storeCosts(): Promise<{ putsPerSecond: number; organizeSeconds: number; articles: number; stories: number }> {
  const name = `ng_bench_${randomBytes(5).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(pgUrl!)
  url.pathname = `/${name}`
  const store = await openPostgresStore(url.toString())
  try {
    const pipeline = createPipeline()
    const ready = files.map((file, i) => {
      const body = new Uint8Array(readFileSync(join(pagesDir, file)))
      return { doc: { id: documentId(file, body), input: file, url: null, contentType: null, fetchedAt: null, body, ingestOrder: i + 1 }, article: pipeline.run({ input: file, body }) }
    })
    let t = performance.now()
    for (const r of ready) await store.put(r.doc, r.article)
    const putsPerSecond = ready.length / ((performance.now() - t) / 1000)
    t = performance.now()
    const organized = await organizeStories(store)
    return { putsPerSecond, organizeSeconds: (performance.now() - t) / 1000, articles: organized.articles, stories: organized.stories }
  } finally {
    await store.close()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

const costs = await storeCosts()
console.log(`\nPostgreSQL put (one writer, analysis done beforehand): ${costs.putsPerSecond.toFixed(0)} documents/s`)
console.log(`organizeStories over the whole store: ${costs.organizeSeconds.toFixed(2)} s for ${costs.articles} articles (${costs.stories} stories)`)
await admin.end()
rmSync(tmp, { recursive: true, force: true })
