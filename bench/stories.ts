/**
 * `npm run bench:stories`: what adding new articles to the stories costs as the store grows.
 *
 * 1. Clustering alone on short texts: 11,000 synthetic lower-cased undated headlines streamed
 *    one at a time (as `cluster --incremental` does) and in batches of 1,000, through the
 *    in-memory story state; articles per CPU-second (feature extraction included).
 * 2. Stores of 10k, 100k and 1M synthetic articles (bench/story-stream.ts: power-law story sizes,
 *    2,000 articles a day, stories spread over days) written as a SQLite story state (kept in
 *    .bench/ and reused): by default straight from the stream's true stories in bulk
 *    (bench/bulk-story-store.ts; 1M in minutes), with `--build=cluster` by the incremental
 *    clusterer itself (about an hour per 100k). Then the CPU time to add a batch of 1,000
 *    new articles (the ones that follow the store's own in the stream) to each, measured
 *    interleaved across the stores and rolled back after each try so every try does the same work.
 *
 *   tsx bench/stories.ts [--sizes=10000,100000,1000000] [--rounds=3] [--stores-only] [--build=bulk|cluster]
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { storyFeatures } from '../src/corpus/story-features.js'
import { clusterBatch, DEFAULT_INCREMENTAL_OPTIONS, IncrementalClusterer, type StoryInput } from '../src/corpus/story-state/incremental-clusterer.js'
import { shortHash } from '../src/model/ids.js'
import { MemoryStoryState } from '../src/corpus/story-state/memory-story-state.js'
import { SQLITE_STORY_STATE_SCHEMA } from '../src/store/sqlite/migrations.js'
import { SqliteStoryState } from '../src/store/sqlite/sqlite-story-state.js'
import { storyStream, type StoryStream } from './story-stream.js'
import { bulkStoryStore } from './bulk-story-store.js'

const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const sizes = arg('sizes', '10000,100000,1000000').split(',').map(Number)
const rounds = Number(arg('rounds', '3'))
const build = arg('build', 'bulk')
const BATCH = 1000
const DIR = join(import.meta.dirname, '../.bench')
mkdirSync(DIR, { recursive: true })

const cpuMs = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1000
}
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`

function inputs(stream: StoryStream, from: number, to: number, undated = false): StoryInput[] {
  const out: StoryInput[] = []
  for (let i = from; i < to; i++) {
    const a = stream.article(i)
    out.push({ id: a.input, time: undated ? null : a.time, features: storyFeatures(a) })
  }
  return out
}

/** B-cubed F1 of predicted stories against the generator's. */
function bcubed(truth: ReadonlyMap<string, number>, pred: ReadonlyMap<string, number>): number {
  const size = (m: ReadonlyMap<string, number>): Map<number, number> => {
    const out = new Map<number, number>()
    for (const v of m.values()) out.set(v, (out.get(v) ?? 0) + 1)
    return out
  }
  const joint = new Map<string, number>()
  for (const [id, t] of truth) joint.set(`${t}/${pred.get(id)}`, (joint.get(`${t}/${pred.get(id)}`) ?? 0) + 1)
  const ts = size(truth)
  const ps = size(pred)
  let p = 0
  let r = 0
  for (const [id, t] of truth) {
    const both = joint.get(`${t}/${pred.get(id)}`)!
    p += both / ps.get(pred.get(id)!)!
    r += both / ts.get(t)!
  }
  p /= truth.size
  r /= truth.size
  return (2 * p * r) / (p + r)
}

// ---- 1. clustering alone, short texts
if (!process.argv.includes('--stores-only')) {
  const stream = storyStream(11_000, { headlines: true, seed: 3 })
  const truth = new Map<string, number>()
  for (let i = 0; i < stream.length; i++) truth.set(stream.article(i).input, stream.article(i).story)
  for (const batch of [1, BATCH]) {
    const state = new MemoryStoryState()
    // One clusterer for the stream, as `cluster --incremental` holds one.
    const clusterer = new IncrementalClusterer()
    const started = process.cpuUsage()
    for (let i = 0; i < stream.length; i += batch) {
      const { changes } = await clusterer.clusterBatch(state, inputs(stream, i, Math.min(stream.length, i + batch), true))
      await state.commit(changes)
    }
    const ms = cpuMs(started)
    console.log(
      `short texts, ${stream.length} headlines (${new Set(truth.values()).size} true stories), batches of ${batch}: ${((stream.length / ms) * 1000).toFixed(0)} articles per CPU-second; B-cubed F1 against the generator ${bcubed(truth, state.assignments()).toFixed(3)}; rss ${mb(process.memoryUsage().rss)}`,
    )
  }
}

// ---- 2. stores of growing size
// One stream for every size (a stream's layout depends on its length): a store of n articles is
// its first n, and the batch added is the 1,000 that follow, the same in every round.
const STREAM_LENGTH = 1_001_000
if (Math.max(...sizes) + BATCH > STREAM_LENGTH) throw new Error(`bench:stories: sizes up to ${STREAM_LENGTH - BATCH}`)
const stream = storyStream(STREAM_LENGTH, { seed: 11 })
console.log(`stream of ${stream.length} articles laid out`)
const stores = new Map<number, string>()
for (const n of sizes) {
  // A store built under another schema or clusterer version is not reused.
  const path = join(DIR, `stories-${n}-${build === 'bulk' ? 'bulk-' : ''}${shortHash(SQLITE_STORY_STATE_SCHEMA + JSON.stringify(DEFAULT_INCREMENTAL_OPTIONS), 8)}.db`)
  stores.set(n, path)
  if (existsSync(path)) continue
  const building = `${path}.building`
  rmSync(building, { force: true })
  const db = new Database(building)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec(SQLITE_STORY_STATE_SCHEMA)
  const state = new SqliteStoryState(db)
  const started = process.cpuUsage()
  const wall = Date.now()
  if (build === 'bulk')
    await bulkStoryStore(db, stream, n, DEFAULT_INCREMENTAL_OPTIONS, (done) => console.log(`  building ${n}: ${done} articles, ${(done / (cpuMs(started) / 1000)).toFixed(0)} per CPU-second`))
  else
    for (let i = 0; i < n; i += BATCH) {
      const { changes } = await clusterBatch(state, inputs(stream, i, Math.min(n, i + BATCH)))
      await state.commit(changes)
      if ((i / BATCH) % 50 === 49) console.log(`  building ${n}: ${i + BATCH} articles, ${((i + BATCH) / (cpuMs(started) / 1000)).toFixed(0)} per CPU-second`)
    }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  renameSync(building, path)
  console.log(`built a store of ${n} articles: ${((n / cpuMs(started)) * 1000).toFixed(0)} articles per CPU-second (${((Date.now() - wall) / 1000).toFixed(0)} s)`)
}

const tries = new Map<number, number[]>()
const peak = new Map<number, number>()
for (let round = 0; round < rounds; round++) {
  for (const n of sizes) {
    const db = new Database(stores.get(n)!)
    const state = new SqliteStoryState(db)
    // The articles that come next after the store's own, in time and in arrival order.
    const batch = inputs(stream, n, n + BATCH)
    const started = process.cpuUsage()
    db.exec('BEGIN')
    const { changes } = await clusterBatch(state, batch)
    state.write(changes)
    const ms = cpuMs(started)
    db.exec('ROLLBACK')
    db.close()
    tries.set(n, [...(tries.get(n) ?? []), ms])
    peak.set(n, Math.max(peak.get(n) ?? 0, process.memoryUsage().rss))
  }
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const base = median(tries.get(sizes[0]!)!)
for (const n of sizes) {
  const m = median(tries.get(n)!)
  console.log(
    `store of ${n} articles: a batch of ${BATCH} new articles takes ${m.toFixed(0)} ms CPU (median of ${rounds}: ${tries
      .get(n)!
      .map((x) => x.toFixed(0))
      .join(', ')}), ${((BATCH / m) * 1000).toFixed(0)} articles per CPU-second, ${(m / base).toFixed(2)}x the ${sizes[0]} store; rss up to ${mb(peak.get(n)!)}`,
  )
}
