/**
 * `npm run bench:serve`: the HTTP API under load. Builds (or reuses) a 10,000-article SQLite
 * store from synthetic variations of real pages run through the real pipeline, starts
 * `newsgraph serve`'s app in a child process on loopback, drives it with 50 concurrent
 * connections (autocannon, bounded in time) and reports p50/p95/p99 latency and requests per
 * second for search, article JSON, and the two matching UI pages. Bar: p95 under 100 ms.
 *
 * Then the hostile mix (issue 12): searches and listings built to be costly (166 one-letter
 * prefixes, four two- and three-letter prefixes, sixteen common words, 500 characters, a deep offset, a
 * common entity, a 10,000-event export). Each is first sent alone, measuring the server's CPU
 * time for it (bar: none over 1 s); then they are sent without pause on a few connections while
 * the normal search mix runs beside them, whose p95 is reported next to its p95 alone.
 *
 *   tsx bench/serve.ts [--articles N] [--seconds S] [--connections C] [--db FILE] [--rebuild] [--no-hostile]
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
    'no-hostile': { type: 'boolean', default: false },
    'hostile-connections': { type: 'string', default: '4' },
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
    const files = readdirSync(dir)
      .filter((f) => /\.(html?|txt)$/.test(f))
      .sort()
      .slice(0, pageLimit)
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
  return {
    ...seed,
    id: articleId(text, url),
    input: url,
    url,
    canonicalUrl: url,
    site: { domain, name: `Outlet ${i % OUTLETS.length}` },
    title: `${seed.title ?? 'Untitled'} (${i})`,
    published: day,
    referenceDate: day,
    text,
  }
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
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ')
    // utime and stime are fields 14 and 15 of stat, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return NaN
  }
}

/** Each path sent alone, one after another: the server's CPU time and the latency of each. */
async function alone(url: string, paths: readonly string[], serverPid: number | undefined): Promise<Array<{ path: string; status: number; ms: number; cpuMs: number }>> {
  const out: Array<{ path: string; status: number; ms: number; cpuMs: number }> = []
  for (const path of paths) {
    const cpu = cpuMs(serverPid)
    const t0 = performance.now()
    const res = await fetch(`${url}${path}`)
    await res.arrayBuffer()
    out.push({ path, status: res.status, ms: Math.round(performance.now() - t0), cpuMs: Math.round(cpuMs(serverPid) - cpu) })
  }
  return out
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
  const names = [
    ...new Set(
      sample.flatMap((a) =>
        (a?.entities ?? [])
          .filter((e) => e.type !== 'NORP')
          .slice(0, 3)
          .map((e) => e.key ?? e.name),
      ),
    ),
  ].slice(0, 100)
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
  const hostile: Array<{ path: string; status: number; ms: number; cpuMs: number }> = []
  const underFlood: Figures[] = []
  try {
    await drive('warm-up', url, [...searchPaths.slice(0, 50), ...articlePaths.slice(0, 50)], 2, connections)
    results.push(await drive('search (API)', url, searchPaths, seconds, connections, child.pid))
    results.push(await drive('article (API)', url, articlePaths, seconds, connections, child.pid))
    results.push(await drive('search (UI page)', url, uiSearchPaths, seconds, connections, child.pid))
    results.push(await drive('article (UI page)', url, uiArticlePaths, seconds, connections, child.pid))
    if (!values['no-hostile']) {
      const commonEntity = names[0] ?? 'country:USA'
      const hostilePaths = [
        `/api/articles?q=${encodeURIComponent(Array(166).fill('t*').join(' '))}`,
        `/api/articles?q=${encodeURIComponent('th* st* co* pr*')}`,
        `/api/articles?q=${encodeURIComponent('the* sta* con* pre*')}`,
        `/api/articles?q=${encodeURIComponent('the* sta* con* pre* of and to in a')}`,
        `/api/articles?q=${encodeURIComponent('th* st* co* pr* the of and to in a')}`,
        `/api/articles?q=${encodeURIComponent('the of and to in a is that for on with as by at from said')}`,
        `/api/articles?q=${encodeURIComponent(`${'the '.repeat(124)}said`)}`,
        `/api/articles?q=the&offset=1000000`,
        `/api/articles?q=the&offset=9900&limit=100`,
        `/api/articles?outlet=${encodeURIComponent('%')}&q=said`,
        `/api/articles?entity=${encodeURIComponent(commonEntity)}&q=${encodeURIComponent('th* st*')}&unique=rewrite`,
        `/api/entities/${encodeURIComponent(commonEntity)}`,
        '/api/events?limit=10000&format=gdelt',
        '/?q=' + encodeURIComponent('th* st* co* pr*'),
      ]
      const single = await alone(url, hostilePaths, child.pid)
      hostile.push(...single)
      // The normal search mix alone, then again while hostile requests are sent without pause.
      const normalAlone = await drive('normal search alone', url, searchPaths, seconds, connections, child.pid)
      // The flood is the hostile searches; the event export is not a search and is measured alone above.
      const floodPaths = hostilePaths.filter((p) => !p.startsWith('/api/events'))
      const flood = drive('hostile search flood', url, floodPaths, seconds + 1, Number(values['hostile-connections']))
      const normalUnderFlood = await drive('normal search beside the flood', url, searchPaths, seconds, connections)
      const floodResult = await flood
      underFlood.push(normalAlone, normalUnderFlood, floodResult)
    }
  } finally {
    child.kill('SIGTERM')
  }
  const stats = `${count} articles in ${db}${built ? ` (built in ${built.seconds.toFixed(1)} s from ${built.seeds} real pages)` : ' (reused; --rebuild to rebuild)'}`
  process.stdout.write(`bench:serve — ${stats}; ${connections} connections, ${seconds} s each\n`)
  process.stdout.write(
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (latency figures only mean something on an idle machine; CPU ms/req does not depend on load)\n`,
  )
  process.stdout.write(
    `${'scenario'.padEnd(20)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'cpu ms/req'.padStart(10)} ${'requests'.padStart(9)} errors non-2xx\n`,
  )
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(20)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.cpuPerRequest).padStart(10)} ${String(r.requests).padStart(9)} ${String(r.errors).padStart(6)} ${String(r.non2xx).padStart(7)}\n`,
    )
  }
  const api = results.filter((r) => r.name.endsWith('(API)'))
  const worst = Math.max(...api.map((r) => r.p95))
  process.stdout.write(`bar: p95 < 100 ms for search and article requests — ${worst < 100 ? 'met' : 'NOT met'} (worst API p95 ${worst} ms)\n`)
  if (hostile.length) {
    process.stdout.write(`\nhostile requests, each alone (server CPU ms; 10 ms resolution):\n`)
    for (const h of hostile)
      process.stdout.write(`  ${String(h.status).padStart(3)} ${String(h.cpuMs).padStart(6)} cpu ms ${String(h.ms).padStart(6)} ms  ${decodeURIComponent(h.path).slice(0, 90)}\n`)
    const searches = hostile.filter((h) => !h.path.startsWith('/api/events'))
    const maxCpu = Math.max(...searches.map((h) => h.cpuMs))
    process.stdout.write(`bar: no search request over 1 s of server CPU — ${maxCpu <= 1000 ? 'met' : 'NOT met'} (most ${maxCpu} ms)\n`)
    process.stdout.write(`\n${'scenario'.padEnd(34)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'requests'.padStart(9)} errors non-2xx\n`)
    for (const r of underFlood) {
      process.stdout.write(
        `${r.name.padEnd(34)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.requests).padStart(9)} ${String(r.errors).padStart(6)} ${String(r.non2xx).padStart(7)}\n`,
      )
    }
  }
}

if (values.serve) {
  // Child mode: serve the store and say where; the parent drives the load from its own process
  // so the load generator does not share the server's event loop.
  const store = openSqliteStore(db, { readonly: true })
  const server = await startServer(createApp({ store, pipeline: () => createPipeline({ analyze: false }), limits: { requestsPerMinute: 1e9, burst: 1e9 } }))
  process.stdout.write(`${server.url}\n`)
  process.on(
    'SIGTERM',
    () =>
      void server
        .close()
        .then(() => store.close())
        .then(() => process.exit(0)),
  )
} else {
  await main()
}
