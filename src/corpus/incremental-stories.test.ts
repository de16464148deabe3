import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newArticle } from '../model/new-article.js'
import { documentId } from '../model/ids.js'
import type { Article } from '../model/article.js'
import type { ArticleStore, StoredDocument } from '../store/article-store.js'
import Database from 'better-sqlite3'
import pg from 'pg'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { openPostgresStore } from '../store/postgres/postgres-store.js'
import { skipUnlessCi } from '../testing/ci-requirement.js'
import { storiesInArrivalOrder } from './stories-in-arrival-order.js'
import { advanceStories, corpusDocOf, rebuildStories } from './incremental-stories.js'

const ECB = join(import.meta.dirname, '../../../shared/data/cluster/ecbplus/docs.jsonl')
const rows = readFileSync(ECB, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; topic: number; title: string | null; text: string })
  .filter((r) => r.topic <= 3)
const articles: Article[] = rows.map((r) => newArticle({ input: r.id, title: r.title, text: r.text, url: `https://example.org/${r.id}` }))

function docOf(a: Article, order: number): StoredDocument {
  const body = new TextEncoder().encode(a.text)
  return { id: documentId(a.input, body), input: a.input, url: a.url, contentType: 'text/plain', fetchedAt: null, body, ingestOrder: order }
}

/** Stories as sets of article ids, in a canonical order. */
function partition(storyOf: ReadonlyMap<string, string>): string[][] {
  const groups = new Map<string, string[]>()
  for (const [article, story] of storyOf) {
    const list = groups.get(story)
    if (list) list.push(article)
    else groups.set(story, [article])
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!))
}

async function storedPartition(store: ArticleStore): Promise<string[][]> {
  const storyOf = new Map<string, string>()
  for (const a of articles) {
    const m = await store.storyOf(a.id)
    assert.ok(m, `${a.id} is in a story`)
    storyOf.set(a.id, m.story)
  }
  return partition(storyOf)
}

async function behaves(store: ArticleStore): Promise<void> {
  // Arrive in two ingests, grouped a few at a time: the store path is the in-memory stream's.
  const half = Math.floor(articles.length / 2)
  for (const [i, a] of articles.slice(0, half).entries()) await store.put(docOf(a, i), a)
  const first = await advanceStories(store, { batchSize: 7 })
  assert.equal(first.articles, half)
  for (const [i, a] of articles.slice(half).entries()) await store.put(docOf(a, half + i), a)
  assert.equal(await store.storiesOwed(), articles.length - half)
  await advanceStories(store, { batchSize: 11 })
  assert.equal(await store.storiesOwed(), 0)
  const expected = await storiesInArrivalOrder(articles.map(corpusDocOf))
  const stream = partition(new Map(expected.rows.map((r) => [r.input, r.story])))
  const grouped = await storedPartition(store)
  assert.deepEqual(grouped, stream, 'the store groups as `cluster --incremental` does')
  const records = await store.stories({ limit: 1000 })
  assert.equal(records.length, grouped.length, 'one record per story')
  assert.equal(
    records.reduce((n, s) => n + s.articles, 0),
    articles.length,
    'records count every article once',
  )
  for (const r of records) {
    const found = await store.story(r.id)
    assert.equal(found?.members.length, r.articles, `${r.id}: members as counted`)
    assert.equal(found?.members.filter((m) => m.relation === 'origin').length, 1, `${r.id}: one origin`)
  }
  // A step computed from a state that another step moved on from is not written.
  const state = await store.storyState().meta()
  const empty = { meta: state, df: new Map(), stories: [], removedStories: [], members: [], postings: [], redirects: [] }
  assert.equal(await store.writeStoryStep({ after: state.documents - 1, changes: empty, stories: [], memberships: [], articles: [] }), false)
  // A rebuild replays the store in arrival order: the same stories under the same ids.
  const ids = new Map(records.map((r) => [r.id, r.articles]))
  const rebuilt = await rebuildStories(store, { batchSize: 13 })
  assert.equal(rebuilt.resumed, false)
  assert.equal(rebuilt.articles, articles.length)
  assert.deepEqual(new Map((await store.stories({ limit: 1000 })).map((r) => [r.id, r.articles])), ids)
}

test('should group a SQLite store incrementally as the stream does, refuse a stale step, and rebuild to the same stories', { timeout: 120_000 }, async () => {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'ng-inc-')), 'inc.db'))
  try {
    await behaves(store)
  } finally {
    await store.close()
  }
})

const pgUrl = process.env['NEWSGRAPH_PG_URL']
const pgName = 'should group a PostgreSQL store incrementally as the stream does'
test(pgName, { timeout: 120_000, skip: skipUnlessCi(pgName, pgUrl ? false : 'NEWSGRAPH_PG_URL is not set') }, async () => {
  const store = await openPostgresStore(pgUrl!, { schema: `t_${randomBytes(6).toString('hex')}` })
  try {
    await behaves(store)
  } finally {
    await store.close()
  }
})

/**
 * Writes a store with this version, takes it back to the schema of migration 7 (no story state, every
 * story under one old id, nothing owed) with `downgrade`, reopens it, and checks the upgrade regroups
 * it in place into the stories of this version, leading the old id to one of them.
 */
async function upgradesInPlace(open: (readonly?: boolean) => Promise<ArticleStore>, downgrade: (oldStory: string, origin: string, articles: number) => Promise<void>): Promise<void> {
  const fresh = await open()
  const examples = articles.slice(0, 12)
  try {
    for (const [i, a] of examples.entries()) await fresh.put(docOf(a, i), a)
    await advanceStories(fresh)
  } finally {
    await fresh.close()
  }
  const expected = await (async () => {
    const s = await open(true)
    try {
      return (await s.stories({ limit: 100 })).map((r) => ({ id: r.id, articles: r.articles }))
    } finally {
      await s.close()
    }
  })()
  await downgrade('s-old', examples[0]!.id, examples.length)
  const store = await open()
  try {
    assert.equal(await store.storiesOwed(), examples.length, 'the upgrade owes every article a grouping through the new path')
    assert.equal((await store.storyProgress()).rebuilding, true)
    assert.deepEqual((await store.story('s-old'))?.story.id, 's-old', 'until then the old stories stay')
    await advanceStories(store)
    assert.deepEqual(
      (await store.stories({ limit: 100 })).map((r) => ({ id: r.id, articles: r.articles })),
      expected,
      'the stories of a store built by this version',
    )
    const led = await store.story('s-old')
    assert.ok(led && expected.some((e) => e.id === led.story.id), 'the old id leads to a story it went to')
    assert.equal((await store.storyProgress()).rebuilding, false)
  } finally {
    await store.close()
  }
}

test('should upgrade a store written before the story state in place, regroup it, and lead old story ids to the new stories', { timeout: 120_000 }, async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-inc-')), 'old.db')
  await upgradesInPlace(
    async (readonly) => openSqliteStore(path, readonly ? { readonly: true } : {}),
    async (oldStory, origin, n) => {
      const old = new Database(path)
      old.exec(`DROP TABLE story_meta; DROP TABLE story_df; DROP TABLE story_nodes; DROP TABLE story_articles; DROP TABLE story_postings; DROP TABLE story_redirects;
        DROP INDEX articles_owed; CREATE INDEX articles_stories_pending ON articles(id) WHERE stories_pending = 1;
        DELETE FROM stories; UPDATE story_members SET story_id = '${oldStory}';
        INSERT INTO stories (id, title, first_seen, last_seen, origin, articles, outlets, independent) VALUES ('${oldStory}', 'Old', NULL, NULL, '${origin}', ${n}, 1, 1);
        UPDATE articles SET stories_pending = 0; DELETE FROM schema_migrations WHERE version = 8`)
      old.close()
    },
  )
})

const pgUpgrade = 'should upgrade a PostgreSQL store written before the story state in place (migration 8 on an existing database)'
test(pgUpgrade, { timeout: 120_000, skip: skipUnlessCi(pgUpgrade, pgUrl ? false : 'NEWSGRAPH_PG_URL is not set') }, async () => {
  const schema = `t_${randomBytes(6).toString('hex')}`
  await upgradesInPlace(
    async () => openPostgresStore(pgUrl!, { schema }),
    async (oldStory, origin, n) => {
      const old = new pg.Client({ connectionString: pgUrl })
      await old.connect()
      try {
        // The schema of migration 7 as the whole-store regroup wrote it (migrations 5 to 7 of postgres/migrations.ts).
        await old.query(`SET search_path = ${schema};
          DROP TABLE story_meta; DROP TABLE story_df; DROP TABLE story_nodes; DROP TABLE story_articles; DROP TABLE story_postings; DROP TABLE story_redirects;
          DROP INDEX articles_owed; CREATE INDEX articles_stories_pending ON articles(id) WHERE stories_pending;
          DELETE FROM stories; UPDATE story_members SET story_id = '${oldStory}';
          INSERT INTO stories (id, title, first_seen, last_seen, origin, articles, outlets, independent) VALUES ('${oldStory}', 'Old', NULL, NULL, '${origin}', ${n}, 1, 1);
          UPDATE articles SET stories_pending = false; DELETE FROM schema_migrations WHERE version = 8`)
      } finally {
        await old.end()
      }
    },
  )
})
