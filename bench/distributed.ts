/**
 * `npm run bench:distributed`: documents per second through the analyze stage (analysis plus
 * the PostgreSQL write) with one JetStream worker, then with two, over the same pages: the
 * real news pages of `../shared/data/extraction/scrapinghub/html` when present (news-sized, so
 * analysis weighs as it does in production), else synthetic ones. Extraction runs first and is not timed, so the extracted stream is full when the
 * analyze workers start; the rate is taken between the first and the last stored document, so
 * process start-up and model loading do not count.
 *
 *   NEWSGRAPH_PG_URL=postgres://... NEWSGRAPH_NATS_URL=nats://... tsx bench/distributed.ts [HTML_DIR | SYNTHETIC_COUNT] [WORKERS...]
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { writeSyntheticCorpus } from '../src/distributed/synthetic-corpus.js'
import { runQueueIngest } from '../src/distributed/queue-ingest.js'
import { backlog, removeQueues, startFleet, stopFleet } from '../src/distributed/local-fleet.js'
import { createPipeline } from '../src/pipeline.js'
import { documentId } from '../src/model/ids.js'
import { openPostgresStore } from '../src/store/postgres/postgres-store.js'
import { organizeStories } from '../src/corpus/organize-stories.js'

const pgUrl = process.env['NEWSGRAPH_PG_URL']
const natsUrl = process.env['NEWSGRAPH_NATS_URL']
if (!pgUrl || !natsUrl) {
  console.error('bench:distributed needs a PostgreSQL server and a NATS server with JetStream: set NEWSGRAPH_PG_URL and NEWSGRAPH_NATS_URL')
  process.exit(2)
}
const counts = process.argv.slice(3).map(Number)
const workerCounts = counts.length ? counts : [1, 2]
const shared = join(import.meta.dirname, '../../shared/data/extraction/scrapinghub/html')
const source = process.argv[2] ?? (existsSync(shared) ? shared : '400')
const tmp = mkdtempSync(join(tmpdir(), 'ng-bench-distributed-'))
const dir = /^\d+$/.test(source) ? join(tmp, 'pages') : source
if (/^\d+$/.test(source)) writeSyntheticCorpus(dir, Number(source))
const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort()
const docs = files.length
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

// CPU seconds of every PostgreSQL server process on this machine: the store's share of the work.
function postgresCpuSeconds(): number {
  let sum = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') sum += cpuSeconds(Number(pid))
    } catch {
      // The process ended while we looked.
    }
  }
  return sum
}

async function measure(workers: number): Promise<{ stored: number; seconds: number; cpu: number; pgCpu: number }> {
  const name = `ng_bench_${randomBytes(5).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(pgUrl!)
  url.pathname = `/${name}`
  const db = url.toString()
  const namespace = `bench${randomBytes(4).toString('hex')}`
  try {
    await runQueueIngest([dir], { natsUrl: natsUrl!, namespace })
    const extractors = startFleet({ natsUrl: natsUrl!, db, namespace, workers: { extract: 2 } })
    for (;;) {
      if ((await backlog(natsUrl!, namespace)).extract === 0) break
      await new Promise((r) => setTimeout(r, 200))
    }
    await stopFleet(extractors)
    const analyzers = startFleet({ natsUrl: natsUrl!, db, namespace, workers: { analyze: workers } })
    const client = new pg.Client({ connectionString: db })
    await client.connect()
    const cpu = (): number => analyzers.reduce((sum, w) => sum + cpuSeconds(w.child.pid), 0)
    // Start-up (compiling, loading models) is not analysis: count CPU from the first stored document on.
    let cpuAtFirst: number | null = null
    let pgAtFirst = 0
    for (;;) {
      if (cpuAtFirst === null && (await client.query('SELECT 1 FROM documents LIMIT 1')).rowCount) {
        cpuAtFirst = cpu()
        pgAtFirst = postgresCpuSeconds()
      }
      if ((await backlog(natsUrl!, namespace)).analyze === 0) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const cpuUsed = cpu() - (cpuAtFirst ?? 0)
    const pgCpu = postgresCpuSeconds() - pgAtFirst
    await stopFleet(analyzers)
    const row = (await client.query<{ n: string; span: number }>('SELECT count(*) AS n, extract(epoch FROM max(ingested_at) - min(ingested_at))::float8 AS span FROM documents')).rows[0]!
    await client.end()
    return { stored: Number(row.n), seconds: row.span, cpu: cpuUsed, pgCpu }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await removeQueues(natsUrl!, namespace)
  }
}

console.log(`pages: ${docs} from ${dir}; machine: ${cpus().length} cores, load average before ${loadavg()[0]!.toFixed(2)}`)
console.log('| analyze workers | stored | seconds | documents/s | speed-up | worker CPU s | documents per worker CPU-second | PostgreSQL CPU ms per document |')
console.log('|---|---|---|---|---|---|---|---|')
let base = 0
for (const n of workerCounts) {
  const r = await measure(n)
  const rate = (r.stored - 1) / r.seconds
  if (!base) base = rate
  console.log(`| ${n} | ${r.stored} | ${r.seconds.toFixed(2)} | ${rate.toFixed(1)} | ${(rate / base).toFixed(2)}x | ${r.cpu.toFixed(2)} | ${(r.stored / r.cpu).toFixed(1)} | ${((r.pgCpu * 1000) / r.stored).toFixed(1)} |`)
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
      const body = new Uint8Array(readFileSync(join(dir, file)))
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
