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
const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort()
const models = loadModels()

const extractOnly = createPipeline({ analyze: false, models })
let t = performance.now()
for (const f of files) extractOnly.run({ input: f, body: new Uint8Array(readFileSync(join(dir, f))) })
const extractSeconds = (performance.now() - t) / 1000

const tmp = mkdtempSync(join(tmpdir(), 'ng-bench-ingest-'))
const store = openSqliteStore(join(tmp, 'bench.db'))
t = performance.now()
const summary = await runIngest([dir], { store, pipeline: createPipeline({ models }) })
const ingestSeconds = (performance.now() - t) / 1000
t = performance.now()
const organized = await organizeStories(store)
const clusterSeconds = (performance.now() - t) / 1000
await store.close()
rmSync(tmp, { recursive: true, force: true })

const total = ingestSeconds + clusterSeconds
console.log(`pages: ${files.length} (${summary.stored} stored, ${summary.duplicates} duplicates), stories: ${organized.stories}`)
console.log('| stage | seconds | articles/s | per day (one core) |')
console.log('|---|---|---|---|')
const row = (name: string, s: number): void => console.log(`| ${name} | ${s.toFixed(2)} | ${(files.length / s).toFixed(1)} | ${Math.round((files.length / s) * 86400).toLocaleString('en')} |`)
row('extraction only', extractSeconds)
row('extract + analyze + store', ingestSeconds)
row('whole pipeline (+ story clustering)', total)
console.log(`peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`)
