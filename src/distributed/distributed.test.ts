/**
 * One synthetic corpus of 1,000 pages, processed in process (SQLite) and by JetStream workers
 * (two per stage, PostgreSQL), must end as the same articles, entities and story membership;
 * and a run whose workers are killed with SIGKILL half-way must end the same too, with every
 * document stored once. Needs `NEWSGRAPH_PG_URL` and `NEWSGRAPH_NATS_URL`; skipped without them.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { ArticleStore } from '../store/article-store.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { openPostgresStore } from '../store/postgres/postgres-store.js'
import { createPipeline } from '../pipeline.js'
import { runIngest } from '../ingest/ingest-job.js'
import { organizeStories } from '../corpus/organize-stories.js'
import { writeSyntheticCorpus } from '../testing/synthetic-corpus.js'
import { runQueueIngest } from './queue-ingest.js'
import { backlog, removeQueues, startFleet, stopFleet, waitForDrain, type FleetWorker } from '../testing/local-fleet.js'
import { requiredTest } from '../testing/ci-requirement.js'

const pgUrl = process.env['NEWSGRAPH_PG_URL']
const natsUrl = process.env['NEWSGRAPH_NATS_URL']
const DOCUMENTS = Number(process.env['NEWSGRAPH_DISTRIBUTED_DOCS'] ?? 1000)

/** Everything a user could see of a store's content, in a comparable form. */
interface Snapshot {
  readonly documents: number
  readonly articles: ReadonlyArray<{ readonly id: string; readonly json: unknown; readonly story: unknown }>
  readonly stories: unknown
  readonly entity: unknown
}

async function snapshot(store: ArticleStore): Promise<Snapshot> {
  const ids = await store.articleIds()
  const articles = []
  for (const id of ids) {
    const m = await store.storyOf(id)
    articles.push({ id, json: await store.getArticle(id), story: m ? { story: m.story, relation: m.relation } : null })
  }
  return { documents: (await store.stats()).documents, articles, stories: await store.stories({ limit: 1000 }), entity: await store.entity('Vladimir Putin') }
}

function assertSame(actual: Snapshot, expected: Snapshot): void {
  assert.equal(actual.documents, expected.documents, 'every document stored once')
  assert.deepEqual(
    actual.articles.map((a) => a.id),
    expected.articles.map((a) => a.id),
    'the same articles, listed in the same ingest order',
  )
  for (const [i, a] of actual.articles.entries()) {
    const e = expected.articles[i]!
    assert.deepEqual(a.json, e.json, `article ${a.id} (${(e.json as { input?: string } | null)?.input}) is the same, entities included`)
    assert.deepEqual(a.story, e.story, `article ${a.id} is in the same story with the same relation`)
  }
  assert.deepEqual(actual.stories, expected.stories, 'the same stories')
  assert.deepEqual(actual.entity, expected.entity, 'the same entity view')
}

if (!pgUrl || !natsUrl) {
  requiredTest('distributed runs', 'NEWSGRAPH_PG_URL or NEWSGRAPH_NATS_URL is not set (PostgreSQL and NATS JetStream; .ci/scale-out-services.sh starts them)')
} else {
  describe('distributed processing', () => {
    let dir: string
    let embedded: Snapshot
    const databases: string[] = []
    const admin = new pg.Client({ connectionString: pgUrl })

    // A database of its own per run: the workers get a plain --db URL, as in a deployment.
    const freshDatabase = async (): Promise<string> => {
      const name = `ng_${randomBytes(6).toString('hex')}`
      await admin.query(`CREATE DATABASE ${name}`)
      databases.push(name)
      const url = new URL(pgUrl)
      url.pathname = `/${name}`
      return url.toString()
    }

    before(async () => {
      await admin.connect()
      dir = mkdtempSync(join(tmpdir(), 'ng-distributed-'))
      writeSyntheticCorpus(join(dir, 'pages'), DOCUMENTS)
      const store = openSqliteStore(join(dir, 'embedded.db'))
      try {
        await runIngest([join(dir, 'pages')], { store, pipeline: createPipeline() })
        await organizeStories(store)
        embedded = await snapshot(store)
      } finally {
        await store.close()
      }
      assert.equal(embedded.documents, DOCUMENTS)
      assert.ok((embedded.stories as unknown[]).length >= DOCUMENTS / 50, 'the corpus forms many stories')
    })

    after(async () => {
      for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
      await admin.end()
      rmSync(dir, { recursive: true, force: true })
    })

    const distributedRun = async (options: { kill?: boolean }): Promise<Snapshot> => {
      const db = await freshDatabase()
      const namespace = `t${randomBytes(4).toString('hex')}`
      const logs: string[] = []
      const fleetOptions = { natsUrl, db, namespace, workers: { extract: 2, analyze: 2, cluster: 2 }, ackWaitSeconds: 3, debounceMs: 500, log: (l: string) => logs.push(l) }
      let workers: FleetWorker[] = []
      const store = await openPostgresStore(db)
      try {
        const queued = await runQueueIngest([join(dir, 'pages')], { natsUrl, namespace, ackWaitSeconds: 3 })
        assert.equal(queued.queued, DOCUMENTS)
        workers = startFleet(fleetOptions)
        if (options.kill) {
          // Wait until the run is well under way, then kill one worker of each busy stage without warning.
          for (let i = 0; i < 600 && (await store.stats()).documents < DOCUMENTS / 3; i++) await new Promise((r) => setTimeout(r, 100))
          const victims = [workers.find((w) => w.stage === 'extract')!, workers.find((w) => w.stage === 'analyze')!]
          for (const v of victims) v.child.kill('SIGKILL')
          await Promise.all(victims.map((v) => v.exited))
          assert.ok((await store.stats()).documents < DOCUMENTS, 'the kill came before the end of the run')
        }
        await waitForDrain(natsUrl, namespace, 600_000)
        await stopFleet(workers)
        assert.deepEqual(await backlog(natsUrl, namespace), { extract: 0, analyze: 0, cluster: 0 })
        return await snapshot(store)
      } catch (error) {
        process.stderr.write(`${logs.slice(-30).join('\n')}\n`)
        throw error
      } finally {
        await stopFleet(workers, 2000)
        await store.close()
        await removeQueues(natsUrl, namespace)
      }
    }

    test('should give the same articles, entities and stories with two workers per stage as in process', { timeout: 900_000 }, async () => {
      assertSame(await distributedRun({}), embedded)
    })

    test('should lose and double nothing when workers are killed with SIGKILL mid-run', { timeout: 900_000 }, async () => {
      assertSame(await distributedRun({ kill: true }), embedded)
    })
  })
}
