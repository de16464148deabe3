import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { seededShuffle } from '../seeded-shuffle.js'
import { storyFeatures } from '../story-features.js'
import { streamTimes } from '../cluster-stream.js'
import { arrivalTime, clusterBatch, type StoryInput } from './incremental-clusterer.js'
import { MemoryStoryState } from './memory-story-state.js'
import type { WritableStoryState } from './story-state.js'
import { SqliteStoryState, SQLITE_STORY_STATE_SCHEMA } from '../../store/sqlite/sqlite-story-state.js'
import pg from 'pg'
import { randomBytes } from 'node:crypto'
import { PostgresStoryState, POSTGRES_STORY_STATE_SCHEMA } from '../../store/postgres/postgres-story-state.js'

const ECB = join(import.meta.dirname, '../../../../shared/data/cluster/ecbplus/docs.jsonl')
const docs = seededShuffle(
  readFileSync(ECB, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; topic: number; cluster: string; title: string | null; text: string })
    .filter((r) => r.topic <= 6)
    .map((r) => ({ input: r.id, title: r.title, text: r.text, cluster: r.cluster })),
  5,
)
const times = streamTimes(docs)
const inputs: StoryInput[] = docs.map((d, i) => ({ id: d.input, seq: i, time: times[i]!, features: storyFeatures(d) }))

async function run(state: WritableStoryState, batch: number): Promise<Map<string, string>> {
  const redirects: Array<[string, string]> = []
  for (let i = 0; i < inputs.length; i += batch) {
    const { changes } = await clusterBatch(state, inputs.slice(i, i + batch))
    await state.commit(changes)
    for (const r of changes.redirects) redirects.push([r.from, r.to])
  }
  // Every article's story, by public id, read back through the backend.
  const out = new Map<string, string>()
  const nums = new Set<number>()
  const byArticle = new Map<string, number>()
  for (let num = 1; num < (await state.meta()).nextStory; num++) {
    for (const m of await state.members(num)) byArticle.set(m.id, num)
    nums.add(num)
  }
  const ids = new Map((await state.stories([...nums])).map((s) => [s.num, s.id]))
  for (const [article, num] of byArticle) out.set(article, ids.get(num)!)
  return out
}

test('should give the same stories whatever the batch size and whether the state is in memory or in SQLite', async () => {
  const one = await run(new MemoryStoryState(), 1)
  assert.equal(one.size, inputs.length, 'every article is in a story')
  assert.deepEqual(await run(new MemoryStoryState(), 17), one)
  const db = new Database(':memory:')
  db.exec(SQLITE_STORY_STATE_SCHEMA)
  assert.deepEqual(await run(new SqliteStoryState(db), 40), one)
  // And the stories are the events: most same-event pairs together, few cross-event pairs.
  const gold = new Map(docs.map((d) => [d.input, d.cluster]))
  let together = 0
  let same = 0
  let wrong = 0
  for (const a of docs)
    for (const b of docs) {
      if (a.input >= b.input) continue
      const g = gold.get(a.input) === gold.get(b.input)
      const p = one.get(a.input) === one.get(b.input)
      if (g) same++
      if (g && p) together++
      if (!g && p) wrong++
    }
  assert.ok(together / same > 0.8, `recall ${together}/${same}`)
  assert.ok(wrong / (together + wrong) < 0.15, `precision error ${wrong}/${together + wrong}`)
})

const pgUrl = process.env['NEWSGRAPH_PG_URL']
test('should give the same stories with the state in PostgreSQL', { skip: pgUrl ? false : 'NEWSGRAPH_PG_URL is not set' }, async () => {
  const schema = `t${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const pool = new pg.Pool({ connectionString: pgUrl, options: `-c search_path=${schema}` })
  try {
    await pool.query(POSTGRES_STORY_STATE_SCHEMA)
    assert.deepEqual(await run(new PostgresStoryState(pool), 25), await run(new MemoryStoryState(), 1))
  } finally {
    await pool.end()
    await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin.end()
  }
})

test('should refuse an article twice and batches out of arrival order', async () => {
  const state = new MemoryStoryState()
  await state.commit((await clusterBatch(state, inputs.slice(0, 3))).changes)
  await assert.rejects(clusterBatch(state, inputs.slice(2, 4)), /already added/)
  await assert.rejects(clusterBatch(state, [inputs[5]!, inputs[4]!]), /increasing arrival order/)
})

test('should give undated articles a clock from their arrival order', () => {
  assert.ok(arrivalTime(10_000) - arrivalTime(0) === 86_400_000, '10,000 arrivals make a day')
})
