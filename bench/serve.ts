/**
 * `npm run bench:serve`: the HTTP API under load. Builds (or reuses) a 10,000-article SQLite
 * store from synthetic variations of real pages run through the real pipeline, starts
 * `newsgraph serve`'s app in a child process on loopback, drives it with 50 concurrent
 * connections (autocannon, bounded in time) and reports p50/p95/p99 latency and requests per
 * second for search, article JSON, and the two matching UI pages. Bar: p95 under 100 ms.
 *
 *   tsx bench/serve.ts [--articles N] [--seconds S] [--connections C] [--db FILE] [--rebuild]
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { createPipeline } from '../src/pipeline.js'
import type { Article } from '../src/model/article.js'
import { articleId, documentId } from '../src/model/ids.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { createApp } from '../src/server/create-app.js'
import { startServer } from '../src/server/start-server.js'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string', default: join(tmpdir(), 'newsgraph-bench-serve.db') },
    rebuild: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    pages: { type: 'string', default: '60' },
  },
})
const db = values.db

/** Real pages through the real pipeline: the seeds every synthetic article varies. */
function seedArticles(pageLimit: number): Article[] {
  const pipeline = createPipeline()
  const dirs = [join(import.meta.dirname, '../examples'), join(import.meta.dirname, '../../shared/data/extraction/scrapinghub/html')]
  const seeds: Article[] = []
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    const files = readdirSync(dir).filter((f) => /\.(html?|txt)$/.test(f)).sort().slice(0, pageLimit)
    for (const f of files) {
      const a = pipeline.run({ input: join(dir, f), body: new Uint8Array(readFileSync(join(dir, f))) })
      if (a.text.length > 200) seeds.push(a)
    }
  }
  return seeds
}

const OUTLETS = Array.from({ length: 60 }, (_, i) => `outlet${i}.example`)

/** The i-th synthetic article: a seed's text and analysis (offsets unchanged) under a new outlet, date and tail. */
function variant(seed: Article, i: number): Article {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10)
  const domain = OUTLETS[i % OUTLETS.length]!
  // A distinct closing line keeps every text unique, so dedup stores all of them as articles.
  const text = `${seed.text}\n\nFiled by desk ${i % 97} as bulletin ${i}.`
  const url = `https://${domain}/news/${day}/${i}`
  return { ...seed, id: articleId(text, url), input: url, url, canonicalUrl: url, site: { domain, name: `Outlet ${i % OUTLETS.length}` }, title: `${seed.title ?? 'Untitled'} (${i})`, published: day, referenceDate: day, text }
}

async function buildStore(n: number): Promise<{ seconds: number; seeds: number }> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true })
  const t0 = performance.now()
  const seeds = seedArticles(Number(values.pages))
  const store = openSqliteStore(db)
  const encoder = new TextEncoder()
  for (let i = 0; i < n; i++) {
    const a = variant(seeds[i % seeds.length]!, i)
    const body = encoder.encode(a.url!)
    await store.put({ id: documentId(a.input, body), input: a.input, url: a.url, contentType: 'text/plain', fetchedAt: null, body }, a)
    if (process.stderr.isTTY && i % 500 === 0) process.stderr.write(`\rbuilding store: ${i}/${n}`)
  }
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[K')
  await store.close()
  return { seconds: (performance.now() - t0) / 1000, seeds: seeds.length }
}

interface Figures {
  readonly name: string
  /** Server process CPU time per request (user + system), in ms: what latency costs on an idle core. */
  readonly cpuPerRequest: number
  readonly requests: number
  readonly rps: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly errors: number
  readonly non2xx: number
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** CPU milliseconds a process has used so far (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
    // utime and stime are fields 14 and 15 of stat, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return NaN
  }
}

async function drive(name: string, url: string, paths: readonly string[], seconds: number, connections: number, serverPid?: number): Promise<Figures> {
  let next = 0
  const cpuBefore = cpuMs(serverPid)
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    )
    // autocannon's own histogram has no p95: every response time is kept to compute it exactly.
    instance.on('response', (_client, _status, _bytes, ms) => {
      latencies.push(ms)
    })
  })
  latencies.sort((x, y) => x - y)
  const ms = (x: number): number => Math.round(x * 10) / 10
  return {
    name,
    cpuPerRequest: ms((cpuMs(serverPid) - cpuBefore) / Math.max(1, result.requests.total)),
    requests: result.requests.total,
    rps: Math.round(result.requests.total / (result.duration || seconds)),
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function main(): Promise<void> {
  const n = Number(values.articles)
  let built: { seconds: number; seeds: number } | null = null
  let count = 0
  if (!values.rebuild && existsSync(db)) {
    const store = openSqliteStore(db, { readonly: true })
    count = (await store.stats()).articles
    await store.close()
  }
  if (count < n) {
    built = await buildStore(n)
    count = n
  }
  // Query mix from the store itself: words and names that really occur, ids that exist.
  const store = openSqliteStore(db, { readonly: true })
  const ids = await store.articleIds()
  const sample = await Promise.all(ids.slice(0, 200).map((id) => store.getArticle(id)))
  await store.close()
  const names = [...new Set(sample.flatMap((a) => (a?.entities ?? []).filter((e) => e.type !== 'NORP').slice(0, 3).map((e) => e.key ?? e.name)))].slice(0, 100)
  const words = [...new Set(sample.flatMap((a) => (a?.title ?? '').split(/\W+/).filter((w) => w.length > 5)))].slice(0, 200)
  const searchPaths: string[] = []
  for (let i = 0; i < 400; i++) {
    const w = words[i % words.length] ?? 'news'
    const kind = i % 4
    if (kind === 0 || kind === 1) searchPaths.push(`/api/articles?q=${encodeURIComponent(w)}&limit=20`)
    else if (kind === 2) searchPaths.push(`/api/articles?entity=${encodeURIComponent(names[i % names.length] ?? w)}&limit=20`)
    else searchPaths.push(`/api/articles?outlet=${OUTLETS[i % OUTLETS.length]}&from=2024-06-01&to=2025-06-30&limit=20&offset=${(i % 5) * 20}`)
  }
  const articlePaths = Array.from({ length: 2000 }, (_, i) => `/api/articles/${ids[(i * 7919) % ids.length]!}`)
  const uiSearchPaths = searchPaths.map((p) => p.replace('/api/articles?', '/?'))
  const uiArticlePaths = articlePaths.map((p) => p.replace('/api/articles/', '/articles/'))

  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  const seconds = Number(values.seconds)
  const connections = Number(values.connections)
  const results: Figures[] = []
  try {
    await drive('warm-up', url, [...searchPaths.slice(0, 50), ...articlePaths.slice(0, 50)], 2, connections)
    results.push(await drive('search (API)', url, searchPaths, seconds, connections, child.pid))
    results.push(await drive('article (API)', url, articlePaths, seconds, connections, child.pid))
    results.push(await drive('search (UI page)', url, uiSearchPaths, seconds, connections, child.pid))
    results.push(await drive('article (UI page)', url, uiArticlePaths, seconds, connections, child.pid))
  } finally {
    child.kill('SIGTERM')
  }
  const stats = `${count} articles in ${db}${built ? ` (built in ${built.seconds.toFixed(1)} s from ${built.seeds} real pages)` : ' (reused; --rebuild to rebuild)'}`
  process.stdout.write(`bench:serve — ${stats}; ${connections} connections, ${seconds} s each\n`)
  process.stdout.write(`machine: ${availableParallelism()} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (latency figures only mean something on an idle machine; CPU ms/req does not depend on load)\n`)
  process.stdout.write(`${'scenario'.padEnd(20)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'cpu ms/req'.padStart(10)} ${'requests'.padStart(9)} errors non-2xx\n`)
  for (const r of results) {
    process.stdout.write(`${r.name.padEnd(20)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.cpuPerRequest).padStart(10)} ${String(r.requests).padStart(9)} ${String(r.errors).padStart(6)} ${String(r.non2xx).padStart(7)}\n`)
  }
  const api = results.filter((r) => r.name.endsWith('(API)'))
  const worst = Math.max(...api.map((r) => r.p95))
  process.stdout.write(`bar: p95 < 100 ms for search and article requests — ${worst < 100 ? 'met' : 'NOT met'} (worst API p95 ${worst} ms)\n`)
}

if (values.serve) {
  // Child mode: serve the store and say where; the parent drives the load from its own process
  // so the load generator does not share the server's event loop.
  const store = openSqliteStore(db, { readonly: true })
  const server = await startServer(createApp({ store, pipeline: () => createPipeline({ analyze: false }), limits: { requestsPerMinute: 1e9, burst: 1e9 } }))
  process.stdout.write(`${server.url}\n`)
  process.on('SIGTERM', () => void server.close().then(() => store.close()).then(() => process.exit(0)))
} else {
  await main()
}
