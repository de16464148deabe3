import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { seededShuffle } from '../seeded-shuffle.js'
import { storyFeatures } from '../story-features.js'
import { docTime } from '../one-shot-clusterer.js'
import { skipUnlessCi } from '../../testing/ci-requirement.js'
import { arrivalTime, clusterBatch, type StoryInput } from './incremental-clusterer.js'
import { MemoryStoryState } from './memory-story-state.js'
import type { StoryStateBackend, WritableStoryState } from '../../model/story-state.js'
import { SQLITE_STORY_STATE_SCHEMA } from '../../store/sqlite/migrations.js'
import { SqliteStoryState } from '../../store/sqlite/sqlite-story-state.js'
import pg from 'pg'
import { randomBytes } from 'node:crypto'
import { POSTGRES_STORY_STATE_SCHEMA } from '../../store/postgres/migrations.js'
import { PostgresStoryState } from '../../store/postgres/postgres-story-state.js'

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
const inputs: StoryInput[] = docs.map((d) => ({ id: d.input, time: docTime(d), features: storyFeatures(d) }))

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
const pgName = 'should give the same stories with the state in PostgreSQL'
test(pgName, { skip: skipUnlessCi(pgName, pgUrl ? false : 'NEWSGRAPH_PG_URL is not set') }, async () => {
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

test('should refuse an article twice', async () => {
  const state = new MemoryStoryState()
  await state.commit((await clusterBatch(state, inputs.slice(0, 3))).changes)
  await assert.rejects(clusterBatch(state, inputs.slice(2, 4)), /already added/)
  await assert.rejects(clusterBatch(state, [inputs[5]!, inputs[5]!]), /already added/)
})

test('should give undated articles the latest date seen, or a clock of their arrival order before any', async () => {
  assert.ok(arrivalTime(10_000) - arrivalTime(0) === 86_400_000, '10,000 arrivals make a day')
  const state = new MemoryStoryState()
  const f = (text: string): StoryInput['features'] => storyFeatures({ input: text, text })
  const day = Date.UTC(2024, 4, 1)
  const batch: StoryInput[] = [
    { id: 'a', time: null, features: f('storm floods the coast of the northern province') },
    { id: 'b', time: day, features: f('parliament passes the budget after a long night') },
    { id: 'c', time: null, features: f('parliament budget passes after long night of talks') },
  ]
  const { changes } = await clusterBatch(state, batch)
  const time = new Map(changes.members.map((m) => [m.id, m.time]))
  assert.equal(time.get('a'), arrivalTime(0), 'before any date: the arrival clock')
  assert.equal(time.get('c'), day, 'after a dated article: its date')
  assert.equal(changes.meta.lastTime, day)
  const story = new Map(changes.members.map((m) => [m.id, m.story]))
  assert.equal(story.get('b'), story.get('c'), 'an undated article meets the dated story it follows')
})

test('should read only the top candidate stories and the latest members of a large story', async () => {
  const state = new MemoryStoryState()
  const day = Date.UTC(2024, 4, 1)
  const words = ['harbour', 'cranes', 'dockers', 'strike', 'shipping', 'containers', 'wages', 'union', 'port', 'authority', 'talks', 'cargo']
  const text = (i: number): string => `${words.map((w, j) => (j % 4 === i % 4 ? '' : w)).join(' ')} day ${i % 7} report ${['north', 'south', 'east', 'west'][i % 3]}`
  // One large story, and many small ones that share a common word with it.
  const big: StoryInput[] = Array.from({ length: 260 }, (_, i) => ({ id: `big-${i}`, time: day, features: storyFeatures({ input: `big-${i}`, text: text(i) }) }))
  const small: StoryInput[] = Array.from({ length: 80 }, (_, i) => ({
    id: `small-${i}`,
    time: day,
    features: storyFeatures({ input: `small-${i}`, text: `report ${i} volcano${i} ash${i} village${i} evacuation${i} river${i}` }),
  }))
  const options = { maxCandidates: 8, maxReassignCandidates: 4, maxRefineMembers: 40, maxReassignMembers: 10, refineEvery: 0 }
  for (let i = 0; i < big.length + small.length; i += 20) {
    const batch = [...big, ...small].slice(i, i + 20)
    await state.commit((await clusterBatch(state, batch, options)).changes)
  }
  const sizes = new Map<number, number>()
  for (const num of state.assignments().values()) sizes.set(num, (sizes.get(num) ?? 0) + 1)
  assert.ok(Math.max(...sizes.values()) > 200, 'one story holds most of the large story')
  assert.ok(sizes.size > 40, 'the small stories stay apart')
  // Count what the next articles read.
  const storiesRead: number[] = []
  const membersRead: number[] = []
  const counted = <T>(into: number[], read: Promise<T[]>): Promise<T[]> => read.then((out) => (into.push(out.length), out))
  const reads: StoryStateBackend = {
    meta: () => state.meta(),
    df: (hashes) => state.df(hashes),
    postings: (requests, limit) => state.postings(requests, limit),
    sharedPostings: () => state.sharedPostings(),
    stories: (nums) => counted(storiesRead, state.stories(nums)),
    members: (story) => counted(membersRead, state.members(story)),
    recentMembers: (story, limit) => counted(membersRead, state.recentMembers(story, limit)),
    memberIds: (stories) => state.memberIds(stories),
    touchedSince: (seq) => state.touchedSince(seq),
    clustered: (ids) => state.clustered(ids),
  }
  const more = Array.from({ length: 80 }, (_, i) => ({ id: `more-${i}`, time: day, features: storyFeatures({ input: `more-${i}`, text: `${text(i)} report` }) }))
  const { assignments } = await clusterBatch(reads, more, options)
  assert.ok(
    storiesRead.length > 0 && membersRead.length > 0,
    `the batch read stories ${storiesRead.length} times and members ${membersRead.length} times; sizes ${[...sizes.values()].sort((a, b) => b - a).slice(0, 5)}`,
  )
  assert.ok(Math.max(...storiesRead) <= options.maxCandidates, `stories read at once: ${Math.max(...storiesRead)}`)
  assert.ok(Math.max(...membersRead) <= options.maxRefineMembers, `members read at once: ${Math.max(...membersRead)}`)
  assert.ok(new Set(assignments.map((a) => a.story)).size <= 2, 'the new articles join the large story')
})
