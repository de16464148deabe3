/**
 * The store contract against a real PostgreSQL server (`NEWSGRAPH_PG_URL`), each test in a
 * fresh schema; skipped with a note when no server is configured.
 */
import { test } from 'node:test'
import { requiredTest } from '../../testing/ci-requirement.js'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { storeContract } from '../../testing/store-contract.js'
import { newArticle } from '../../model/new-article.js'
import { documentId } from '../../model/ids.js'
import type { StoredDocument } from '../article-store.js'
import { openPostgresStore } from './postgres-store.js'
import { toTsQuery } from './text-query.js'
import { POSTGRES_MIGRATIONS } from './migrations.js'
import { compressForStore } from '../compression.js'
import { assertEach } from '../../testing/assert-each.js'

const url = process.env['NEWSGRAPH_PG_URL']
const freshSchema = (): string => `t_${randomBytes(6).toString('hex')}`

test('should turn user text into an inert websearch-style tsquery', () => {
  assertEach(toTsQuery, [
    ['troops Russia', "'troops' & 'russia'"],
    ['troop*', "'troop':*"],
    ['kim OR putin -parade', "('kim' | 'putin') & !'parade'"],
    ['"victory day"', "('victory' <-> 'day')"],
    ["it's & | ! :*", "'it''s'"],
    ['" ( )', null],
  ])
})

if (!url) {
  requiredTest('postgres store contract', 'NEWSGRAPH_PG_URL is not set (a PostgreSQL server; .ci/scale-out-services.sh starts one)')
} else {
  storeContract('postgres', async (options = {}) => openPostgresStore(url, { ...options, schema: freshSchema() }))

  test('postgres: should dedup in ingest order even when the later copy is stored first', async () => {
    const store = await openPostgresStore(url, { schema: freshSchema() })
    try {
      const doc = (input: string, order: number): StoredDocument => {
        const body = new TextEncoder().encode(input)
        return { id: documentId(input, body), input, url: null, contentType: null, fetchedAt: null, body, ingestOrder: order }
      }
      const first = newArticle({ input: 'a', text: 'Kim will not attend the parade.', url: 'https://a.example/s' })
      const copy = newArticle({ input: 'b', text: 'Kim will not attend the parade!', url: 'https://b.example/s' })
      await store.put(doc('b', 2), copy)
      const late = await store.put(doc('a', 1), first)
      assert.equal(late.duplicateOf, undefined, 'the earlier article is the original')
      assert.deepEqual(await store.articleIds(), [first.id, copy.id], 'articles list in ingest order')
      const hit = await store.search({ text: 'parade' })
      assert.equal(hit.total, 2)
      const again = await store.put(doc('c', 3), newArticle({ input: 'c', text: 'Kim will not attend the parade', url: 'https://c.example/s' }))
      assert.deepEqual(again.duplicateOf, { articleId: first.id, level: 'text' })
    } finally {
      await store.close()
    }
  })

  test('postgres: should decide duplicates as in ingest order when two writers store a tangled corpus in random order', async () => {
    // 80 articles over 8 texts and 8 URLs: copies chained through shared texts and addresses.
    let seed = 11
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const items = Array.from({ length: 80 }, (_, i) => {
      const input = `doc-${i}`
      const body = new TextEncoder().encode(input)
      const article = newArticle({ input, text: `Story number ${next(8)} about the summit.`, url: `https://site${next(8)}.example/a?n=${i % 3}&utm_source=x` })
      return { doc: { id: documentId(input, body), input, url: null, contentType: null, fetchedAt: null, body, ingestOrder: i + 1 } as StoredDocument, article }
    })
    const decisions = async (schema: string): Promise<unknown> => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        return (await client.query(`SELECT id, duplicate_of, duplicate_level FROM ${schema}.articles ORDER BY arrival, id`)).rows
      } finally {
        await client.end()
      }
    }
    const inOrder = freshSchema()
    const sequential = await openPostgresStore(url, { schema: inOrder })
    for (const x of items) await sequential.put(x.doc, x.article)
    await sequential.close()
    const shuffled = freshSchema()
    const [a, b] = [await openPostgresStore(url, { schema: shuffled }), await openPostgresStore(url, { schema: shuffled })]
    const order = [...items].sort(() => next(3) - 1)
    await Promise.all(order.map((x, i) => (i % 2 ? a : b).put(x.doc, x.article)))
    await Promise.all([a.close(), b.close()])
    assert.deepEqual(await decisions(shuffled), await decisions(inOrder))
  })

  test('postgres: should let two stores opened at once migrate the same schema once', async () => {
    const schema = freshSchema()
    const [a, b] = await Promise.all([openPostgresStore(url, { schema }), openPostgresStore(url, { schema })])
    assert.deepEqual(await a.stats(), { documents: 0, articles: 0, stories: 0 })
    await Promise.all([a.close(), b.close()])
  })

  test('postgres: should rebuild the search index by stem when it opens a store from before stemming', async () => {
    const schema = freshSchema()
    const setup = new pg.Client({ connectionString: url })
    await setup.connect()
    try {
      await setup.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`)
      await setup.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())')
      for (const [i, sql] of POSTGRES_MIGRATIONS.slice(0, 2).entries()) {
        await setup.query(sql as string)
        await setup.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1])
      }
      const text = 'The harbour reopened after the storms.'
      await setup.query(`INSERT INTO articles (id, arrival, input, text_hash, has_text, title, json, snippet, fts) VALUES ('a1', 1, 'a.html', 'h', true, 'Old', $1, '', to_tsvector('simple', $2))`, [
        compressForStore(JSON.stringify({ text })),
        `Old\n${text}`,
      ])
    } finally {
      await setup.end()
    }
    const store = await openPostgresStore(url, { schema })
    try {
      assert.deepEqual(
        (await store.search({ text: 'storm' })).items.map((i) => i.id),
        ['a1'],
      )
    } finally {
      await store.close()
    }
  })
}
