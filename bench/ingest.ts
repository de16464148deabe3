/**
 * `npm run bench:ingest`: the whole pipeline — extract, analyze, store, cluster — over real
 * pages into a fresh SQLite store, beside extraction alone over the same pages in the same run.
 *
 *   tsx bench/ingest.ts [HTML_DIR]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../src/pipeline.js'
import { loadModels } from '../src/analyze/index.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { runIngest } from '../src/ingest/ingest-job.js'
import { organizeStories } from '../src/corpus/organize-stories.js'

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/extraction/scrapinghub/html')
const files = readdirSync(dir)
  .filter((f) => /\.html?$/.test(f))
  .sort()
const models = loadModels()

// CPU seconds of this process: "per core" throughput, unaffected by other load on the machine.
// (SQLite writes run synchronously in this process, so they are counted too.)
const cpuSeconds = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
const extractOnly = createPipeline({ analyze: false, models })
let t = cpuSeconds()
for (const f of files) extractOnly.run({ input: f, body: new Uint8Array(readFileSync(join(dir, f))) })
const extractSeconds = cpuSeconds() - t

const tmp = mkdtempSync(join(tmpdir(), 'ng-bench-ingest-'))
// A crawl runs for hours: measure steady state, after one warm-up pass into a throw-away store
// has compiled the hot paths, not the first minute of a process.
const warmup = openSqliteStore(join(tmp, 'warmup.db'))
await runIngest([dir], { store: warmup, pipeline: createPipeline({ models }) })
await organizeStories(warmup)
await warmup.close()
const store = openSqliteStore(join(tmp, 'bench.db'))
t = cpuSeconds()
const wall = performance.now()
const summary = await runIngest([dir], { store, pipeline: createPipeline({ models }) })
const ingestSeconds = cpuSeconds() - t
t = cpuSeconds()
const organized = await organizeStories(store)
const clusterSeconds = cpuSeconds() - t
const wallSeconds = (performance.now() - wall) / 1000
await store.close()
rmSync(tmp, { recursive: true, force: true })

const total = ingestSeconds + clusterSeconds
console.log(`pages: ${files.length} (${summary.stored} stored, ${summary.duplicates} duplicates), stories: ${organized.stories}`)
console.log('| stage | CPU seconds | articles/s | per day (one core) |')
console.log('|---|---|---|---|')
const row = (name: string, s: number): void => console.log(`| ${name} | ${s.toFixed(2)} | ${(files.length / s).toFixed(1)} | ${Math.round((files.length / s) * 86400).toLocaleString('en')} |`)
row('extraction only', extractSeconds)
row('extract + analyze + store', ingestSeconds)
row('whole pipeline (+ story clustering)', total)
console.log(`wall time of ingest + clustering: ${wallSeconds.toFixed(1)} s (includes waiting on a shared machine); peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`)
