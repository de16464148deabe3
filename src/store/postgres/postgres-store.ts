/**
 * The shared store: the same ArticleStore as the SQLite file, on PostgreSQL, for deployments
 * where several workers write at once. Every `put` is one transaction. Dedup decisions take
 * advisory locks on the document, text and URL, so two workers storing copies of one text at
 * the same moment cannot both become the original, while unrelated documents are written in
 * parallel; documents that carry an `ingestOrder` are listed and
 * deduplicated in that order, so a run spread over workers ends as an in-process run would.
 * Full-text search uses a `tsvector` column with a GIN index.
 */
import pg from 'pg'
import { compressForStore, decompressFromStore } from '../compression.js'
import type { Article } from '../../model/article.js'
import {
  LOCK_BUSY,
  searchFacets,
  resolveFacetOptions,
  type ArticleFacts,
  type ArticleStore,
  type ArticleSummary,
  type DayCounts,
  type Delivery,
  type SavedSearch,
  type EntityRecord,
  type EventQuery,
  type EventRecord,
  type ExclusiveStore,
  type FacetEntity,
  type FacetOptions,
  type GroupedArticles,
  type OwedArticle,
  type PutResult,
  type SearchFacets,
  type SearchQuery,
  type StoredDocument,
  type StoryMembership,
  type StoryProgress,
  type StoryRecord,
  type StoryStep,
  type UpgradeProgress,
} from '../article-store.js'
import type { StoryStateBackend } from '../../model/story-state.js'
import { PostgresStoryState } from './postgres-story-state.js'
import { crashPoint } from '../../model/crash-point.js'
import { UnavailableError, isUnavailable } from '../../model/unavailable.js'
import { checkSearchText, countLimit, pageTotal, resolveSearchLimits, searchTimedOut, type CountedPage, type SearchLimits } from '../search-limits.js'
import { deliveryFromRow, savedSearchFromRow, type DeliveryRow, type SavedSearchRow } from '../alert-rows.js'
import { canonicalizeUrl } from '../../model/canonical-url.js'
import { textHash } from '../../model/text-hash.js'
import { MAX_INDEXED_CHARS, POSTGRES_MIGRATIONS, TEXT_SEARCH_CONFIG } from './migrations.js'
import { searchFilters, searchPageSql } from './search-query.js'
import { unnestColumns, type UnnestColumn } from './unnest-columns.js'
import { articleColumnValues, eventFromRow, SHARED_ARTICLE_COLUMNS, storyFromRow, summaryFromRow, type EventRow, type StoryRow, type SummaryRow } from '../table-rows.js'
import { documentColumnValues, SHARED_DOCUMENT_COLUMNS } from '../document-rows.js'

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Schema to keep the tables in (created when missing); default the server's search path. */
  readonly schema?: string
  /** Most pooled connections (default 4). */
  readonly maxConnections?: number
  /** Told how far a long upgrade of an older store has got. */
  readonly onUpgradeProgress?: (progress: UpgradeProgress) => void
  /** Bounds on searches (shape, and the statement_timeout their statements run under). */
  readonly searchLimits?: Partial<SearchLimits>
}

const compress = compressForStore
const decompress = decompressFromStore

// A late article whose copies chain through more rows than this keeps the plain first-come decision.
const MAX_COMPONENT_ROWS = 5_000

/** The `stories` table's columns, in the order the story inserts unnest them. */
const STORY_COLUMNS: readonly UnnestColumn<StoryRecord>[] = ['id', 'title', 'firstSeen', 'lastSeen', 'origin', 'articles', 'outlets', 'independent']
/** The `story_members` columns, in the order the membership inserts unnest them (evidence as JSON text). */
const MEMBER_COLUMNS: readonly UnnestColumn<StoryMembership>[] = ['story', 'article', 'relation', (m) => JSON.stringify(m.evidence ?? null)]

/** Opens (creating and migrating if needed) the store in the database `url` names. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<ArticleStore & ExclusiveStore> {
  try {
    return await openPostgres(url, options)
  } catch (error) {
    throw unreachable(error, url)
  }
}

/** A connection failure (refused, unknown host, authentication, no such database) as an UnavailableError. */
function unreachable(error: unknown, url: string): unknown {
  if (isUnavailable(error)) return error
  const code = String((error as { code?: unknown }).code ?? '')
  const connection = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)
  // SQLSTATE classes 08 (connection), 28 (authorization), 3D000 (no such database), 57P03 (starting up).
  if (!connection && !/^(08|28)/.test(code) && code !== '3D000' && code !== '57P03' && !(error instanceof AggregateError)) return error
  let where = url
  try {
    const u = new URL(url)
    where = `${u.hostname}:${u.port || '5432'}${u.pathname}`
  } catch {
    // keep the URL as given
  }
  const detail = error instanceof AggregateError ? ((error.errors[0] as Error | undefined)?.message ?? error.message) : (error as Error).message
  return new UnavailableError(
    'store',
    'unreachable',
    `cannot reach the PostgreSQL store at ${where} (${detail})`,
    'check that the server runs and the --db URL (host, port, user, database) is right',
    { cause: error },
  )
}

async function openPostgres(url: string, options: PostgresStoreOptions): Promise<ArticleStore & ExclusiveStore> {
  const schema = options.schema
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`openPostgresStore: schema name \`${schema}\` must be lower-case letters, digits and _`)
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString: url })
    await setup.connect()
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    } catch (error) {
      // Two processes creating the schema at once: the loser sees a unique violation, and the schema is there.
      if ((error as { code?: string }).code !== '23505') throw error
    } finally {
      await setup.end()
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 4, ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}) })
  // An idle pooled connection that the server drops must not crash the process.
  pool.on('error', () => undefined)
  try {
    await migrate(pool, options.onUpgradeProgress ?? (() => undefined))
  } catch (error) {
    await pool.end()
    throw error
  }
  return new PostgresStore(pool, resolveSearchLimits(options.searchLimits))
}

async function migrate(pool: pg.Pool, onProgress: (progress: UpgradeProgress) => void): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('newsgraph.migrate.' || current_schema()))")
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())')
      const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version))
      for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
        const version = index + 1
        if (applied.has(version)) continue
        await client.query('BEGIN')
        try {
          if (typeof sql === 'string') await client.query(sql)
          else await sql(client, onProgress)
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('newsgraph.migrate.' || current_schema()))")
    }
  } finally {
    client.release()
  }
}

type Db = pg.PoolClient

/** A put that gave way to another writer; it is retried. */
class StoreBusy extends Error {
  constructor() {
    super('another writer holds a text or URL this article is linked to')
  }
}

// The write path's statements are prepared once per connection (by name) instead of parsed and
// planned on every document: about a third of PostgreSQL's CPU per stored document went there.
function preparedQuery(name: string, text: string, values: unknown[]): pg.QueryConfig {
  return { name: `newsgraph_${name}`, text, values }
}

/** What `put` works out before its transaction. */
interface PreparedArticle {
  readonly key: string | null
  readonly hash: string
  readonly hasText: boolean
  readonly json: Buffer
}

function prepareArticle(a: Article): PreparedArticle {
  const url = a.canonicalUrl ?? a.url
  return { key: url ? canonicalizeUrl(url) : null, hash: textHash(a.text), hasText: a.text.trim().length > 0, json: compress(JSON.stringify(a)) }
}

interface DedupRow {
  id: string
  arrival: string
  url_key: string | null
  text_hash: string
  has_text: boolean
  duplicate_of: string | null
  duplicate_level: string | null
}

class PostgresStore implements ArticleStore, ExclusiveStore {
  readonly #pool: pg.Pool
  readonly #limits: SearchLimits

  constructor(pool: pg.Pool, limits: SearchLimits) {
    this.#pool = pool
    this.#limits = limits
  }

  async #transaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const db = await this.#pool.connect()
    try {
      await db.query('BEGIN')
      try {
        const result = await fn(db)
        await db.query('COMMIT')
        return result
      } catch (error) {
        await db.query('ROLLBACK')
        throw error
      }
    } finally {
      db.release()
    }
  }

  async tryExclusive<T>(name: string, fn: () => Promise<T>): Promise<T | typeof LOCK_BUSY> {
    return this.#withLock(name, 'pg_try_advisory_lock', fn)
  }

  async exclusive<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.#withLock(name, 'pg_advisory_lock', fn) as Promise<T>
  }

  /**
   * Runs `fn` under a session advisory lock on its own connection: it goes away with the process,
   * so a killed holder never blocks the rest. `pg_try_advisory_lock` gives up (LOCK_BUSY) where
   * `pg_advisory_lock` waits.
   */
  async #withLock<T>(name: string, take: 'pg_advisory_lock' | 'pg_try_advisory_lock', fn: () => Promise<T>): Promise<T | typeof LOCK_BUSY> {
    const db = await this.#pool.connect()
    try {
      const got = (await db.query<{ ok: boolean | string }>(`SELECT ${take}(hashtext($1 || '.' || current_schema())) AS ok`, [name])).rows[0]!.ok
      if (got === false) return LOCK_BUSY
      try {
        return await fn()
      } finally {
        await db.query("SELECT pg_advisory_unlock(hashtext($1 || '.' || current_schema()))", [name])
      }
    } finally {
      db.release()
    }
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.#pool.query(preparedQuery('has_document', 'SELECT 1 FROM documents WHERE id = $1', [id]))).rowCount !== 0
  }

  async put(document: StoredDocument, article: Article | null): Promise<PutResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#putOnce(document, article)
      } catch (error) {
        // Lock contention between writers: the transaction was rolled back whole, so trying again is safe.
        const retry = error instanceof StoreBusy || (error as { code?: string }).code === '40P01'
        if (!retry || attempt >= 50) throw error
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 10)))
      }
    }
  }

  async #putOnce(document: StoredDocument, article: Article | null): Promise<PutResult> {
    // Compression and hashing happen before the transaction, so locks are held for the writes alone.
    const body = compress(document.body)
    const prepared = article ? prepareArticle(article) : null
    const locks = [`doc:${document.id}`, ...(prepared ? [`text:${prepared.hash}`, ...(prepared.key ? [`url:${prepared.key}`] : [])] : [])]
    return this.#transaction(async (db) => {
      // Writers of the same document, text or URL take turns to decide what duplicates what; the
      // rest write side by side. Locks are taken in one order, so two writers never deadlock.
      await db.query(
        preparedQuery('put_locks', "SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(current_schema() || '/' || k) AS h FROM unnest($1::text[]) AS k ORDER BY 1) AS l", [locks]),
      )
      const state = (
        await db.query<{ stored: boolean; article_id: string | null; known: string | null }>(
          preparedQuery(
            'put_state',
            'SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1) AS stored, (SELECT article_id FROM documents WHERE id = $1) AS article_id, (SELECT arrival FROM articles WHERE id = $2) AS known',
            [document.id, article?.id ?? null],
          ),
        )
      ).rows[0]!
      if (state.stored) {
        return { documentId: document.id, articleId: state.article_id, inserted: false, ...(state.article_id ? { duplicateOf: { articleId: state.article_id, level: 'document' as const } } : {}) }
      }
      const order = document.ingestOrder
      let articleId: string | null = null
      let inserted = true
      let duplicateOf: PutResult['duplicateOf']
      if (article) {
        articleId = article.id
        const known = state.known
        if (known !== null && (order === undefined || Number(known) <= order)) {
          // Same article id = same text at the same URL: a second fetch of one page changes nothing.
          inserted = false
          duplicateOf = { articleId: article.id, level: 'document' }
        } else {
          const arrival = order ?? Number((await db.query<{ n: string }>("SELECT nextval('local_arrival') AS n")).rows[0]!.n)
          // A page fetched twice whose earlier fetch reached the store last: the earlier fetch owns the article.
          if (known !== null) await this.#deleteArticle(db, article.id)
          const dup = await this.#insertArticle(db, document.id, article, prepared!, arrival)
          if (dup) duplicateOf = dup
        }
      }
      await db.query(
        preparedQuery('put_document', `INSERT INTO documents (${SHARED_DOCUMENT_COLUMNS}, ingest_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
          ...documentColumnValues(document, body, articleId),
          order ?? null,
        ]),
      )
      return { documentId: document.id, articleId, inserted, ...(duplicateOf ? { duplicateOf } : {}) }
    })
  }

  async #deleteArticle(db: Db, id: string): Promise<void> {
    await db.query('DELETE FROM entities WHERE article_id = $1', [id])
    await db.query('DELETE FROM events WHERE article_id = $1', [id])
    await db.query('DELETE FROM article_topics WHERE article_id = $1', [id])
    await db.query('DELETE FROM articles WHERE id = $1', [id])
  }

  // Inserts the article and settles its duplicate level; returns what it duplicates, if anything.
  async #insertArticle(db: Db, documentId: string, a: Article, prepared: PreparedArticle, arrival: number): Promise<PutResult['duplicateOf']> {
    const { key, hash, hasText } = prepared
    const seen = (
      await db.query<{ later: boolean; same_text: string | null; same_url: string | null }>(
        preparedQuery(
          'put_seen',
          `SELECT EXISTS (SELECT 1 FROM articles WHERE (text_hash = $1 OR url_key = $2) AND arrival > $3 AND id <> $5) AS later,
                (SELECT id FROM articles WHERE $4 AND text_hash = $1 AND duplicate_of IS NULL AND id <> $5 ORDER BY arrival, id LIMIT 1) AS same_text,
                (SELECT id FROM articles WHERE url_key = $2 AND duplicate_of IS NULL AND id <> $5 ORDER BY arrival, id LIMIT 1) AS same_url`,
          [hash, key, arrival, hasText, a.id],
        ),
      )
    ).rows[0]!
    // The usual case is the newest of its kind: the first-come rule of the embedded store applies as is.
    const dup = seen.later ? undefined : seen.same_text ? { articleId: seen.same_text, level: 'text' as const } : seen.same_url ? { articleId: seen.same_url, level: 'url' as const } : undefined
    await db.query(
      preparedQuery(
        'put_article',
        `INSERT INTO articles (${SHARED_ARTICLE_COLUMNS}, arrival, has_text, json, snippet, fts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, to_tsvector('${TEXT_SEARCH_CONFIG}', $20))`,
        [...articleColumnValues(a, documentId, key, hash, dup), arrival, hasText, prepared.json, a.text.slice(0, 280), `${a.title ?? ''}\n${a.text.slice(0, MAX_INDEXED_CHARS)}`],
      ),
    )
    if (a.entities.length) {
      await db.query(
        preparedQuery(
          'put_entities',
          `INSERT INTO entities (article_id, entity_id, key, name, type, country, mentions, salience, slug)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::float8[], $9::text[])`,
          [a.id, ...unnestColumns(a.entities, ['id', 'key', 'name', 'type', 'country', (e) => e.mentions.length, 'salience', 'slug'])],
        ),
      )
    }
    if (a.topics?.length) {
      await db.query('INSERT INTO article_topics (article_id, topic, score) SELECT $1, * FROM unnest($2::text[], $3::float8[]) ON CONFLICT DO NOTHING', [
        a.id,
        ...unnestColumns(a.topics, ['code', 'score']),
      ])
    }
    if (a.events.length) {
      const keyOf = new Map(a.entities.map((e) => [e.id, e.key ?? e.name]))
      await db.query(
        preparedQuery(
          'put_events',
          `INSERT INTO events (article_id, event_id, type, actor_key, recipient_key, actor_country, recipient_country, date, negated, modality, quad_class, evidence_start, evidence_end)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bool[], $10::text[], $11::text[], $12::int[], $13::int[])`,
          [
            a.id,
            ...unnestColumns(a.events, [
              'id',
              'type',
              (e) => (e.actor ? (keyOf.get(e.actor) ?? null) : null),
              (e) => (e.recipient ? (keyOf.get(e.recipient) ?? null) : null),
              'actorCountry',
              'recipientCountry',
              'date',
              'negated',
              'modality',
              'quadClass',
              (e) => e.evidence.start,
              (e) => e.evidence.end,
            ]),
          ],
        ),
      )
    }
    if (!seen.later) return dup
    // Rare (a late article with copies already stored), and it may touch rows of other texts and URLs: one at a time.
    await db.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/redecide'))")
    return this.#redecide(db, a.id, hash, key)
  }

  // An article that arrived after later ones: decide again, in ingest order, every article linked to it by text or URL.
  async #redecide(db: Db, id: string, hash: string, key: string | null): Promise<PutResult['duplicateOf']> {
    const hashes = new Set([hash])
    const keys = new Set(key ? [key] : [])
    const rows = new Map<string, DedupRow>()
    for (let round = 0; round < 8 && rows.size < MAX_COMPONENT_ROWS; round++) {
      // Rows are read only once every text and URL they were found through is ours, so no writer
      // decides against a row while its status changes here. Waiting could deadlock with a writer
      // that waits for the redecide lock we hold: give way and retry the whole put instead.
      const locks = [...[...hashes].map((h) => `text:${h}`), ...[...keys].map((k) => `url:${k}`)]
      const got = await db.query<{ ok: boolean }>(
        "SELECT bool_and(pg_try_advisory_xact_lock(h)) AS ok FROM (SELECT DISTINCT hashtext(current_schema() || '/' || k) AS h FROM unnest($1::text[]) AS k ORDER BY 1) AS l",
        [locks],
      )
      if (!got.rows[0]?.ok) throw new StoreBusy()
      const found = await db.query<DedupRow>('SELECT id, arrival, url_key, text_hash, has_text, duplicate_of, duplicate_level FROM articles WHERE text_hash = ANY($1) OR url_key = ANY($2) LIMIT $3', [
        [...hashes],
        [...keys],
        MAX_COMPONENT_ROWS,
      ])
      let grew = false
      for (const r of found.rows) {
        rows.set(r.id, r)
        if (!hashes.has(r.text_hash)) {
          hashes.add(r.text_hash)
          grew = true
        }
        if (r.url_key && !keys.has(r.url_key)) {
          keys.add(r.url_key)
          grew = true
        }
      }
      if (!grew) break
    }
    const ordered = [...rows.values()].sort((x, y) => Number(x.arrival) - Number(y.arrival) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    const originalByHash = new Map<string, string>()
    const originalByKey = new Map<string, string>()
    let mine: PutResult['duplicateOf']
    for (const r of ordered) {
      const byText = r.has_text ? originalByHash.get(r.text_hash) : undefined
      const byUrl = r.url_key ? originalByKey.get(r.url_key) : undefined
      const dup = byText ? { articleId: byText, level: 'text' as const } : byUrl ? { articleId: byUrl, level: 'url' as const } : undefined
      if (!dup) {
        if (!originalByHash.has(r.text_hash)) originalByHash.set(r.text_hash, r.id)
        if (r.url_key && !originalByKey.has(r.url_key)) originalByKey.set(r.url_key, r.id)
      }
      if (r.id === id) mine = dup
      if ((dup?.articleId ?? null) !== r.duplicate_of || (dup?.level ?? null) !== r.duplicate_level) {
        await db.query('UPDATE articles SET duplicate_of = $2, duplicate_level = $3 WHERE id = $1', [r.id, dup?.articleId ?? null, dup?.level ?? null])
      }
    }
    return mine
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = (
      await this.#pool.query<{ id: string; input: string; url: string | null; content_type: string | null; fetched_at: string | null; body: Buffer; ingest_order: string | null }>(
        'SELECT id, input, url, content_type, fetched_at, body, ingest_order FROM documents WHERE id = $1',
        [id],
      )
    ).rows[0]
    if (!row) return null
    return {
      id: row.id,
      input: row.input,
      url: row.url,
      contentType: row.content_type,
      fetchedAt: row.fetched_at,
      body: new Uint8Array(decompress(row.body)),
      ...(row.ingest_order !== null ? { ingestOrder: Number(row.ingest_order) } : {}),
    }
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = (await this.#pool.query<{ json: Buffer }>('SELECT json FROM articles WHERE id = $1', [id])).rows[0]
    return row ? (JSON.parse(decompress(row.json).toString('utf8')) as Article) : null
  }

  async search(query: SearchQuery): Promise<CountedPage<ArticleSummary>> {
    if (query.text?.trim()) checkSearchText(query.text, this.#limits)
    const { where, params, p } = searchFilters(query)
    const limit = Math.min(Math.max(query.limit ?? 20, 1), 500)
    const offset = Math.max(query.offset ?? 0, 0)
    // The search's statements run in one transaction under statement_timeout, so a
    // costly query is cancelled by the server instead of holding a connection and its CPU.
    const { total, rows } = await this.#transaction(async (db) => {
      await db.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(this.#limits.timeLimitMs))}`)
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
      const total = await this.#cappedCount(db, `SELECT 1 FROM articles a ${clause}`, params)
      const rows = await db.query<SummaryRow>(searchPageSql(clause, p(limit), p(offset)), params)
      return { total, rows }
    }).catch((error: unknown) => {
      // 57014: query_canceled, what statement_timeout raises.
      throw (error as { code?: string }).code === '57014' ? searchTimedOut(this.#limits) : error
    })
    return {
      ...pageTotal(total, this.#limits, { offset, limit, rows: rows.rows.length }),
      items: rows.rows.map(summaryFromRow),
    }
  }

  // count(*) over the first `countLimit` rows of `select`: a listing of millions of rows stops
  // reading once it knows there are more than the cap (the page says how many it shows).
  async #cappedCount(db: pg.PoolClient | pg.Pool, select: string, params: unknown[]): Promise<number> {
    const limit = countLimit(this.#limits)
    const sql = limit === null ? `SELECT count(*) AS n FROM (${select}) matches` : `SELECT count(*) AS n FROM (${select} LIMIT ${limit}) matches`
    return Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n)
  }

  async facets(query: SearchQuery, options: FacetOptions = {}): Promise<SearchFacets> {
    if (query.text?.trim()) checkSearchText(query.text, this.#limits)
    const { where, params } = searchFilters(query)
    const { sample, top } = resolveFacetOptions(options)
    return this.#transaction(async (db) => {
      await db.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(this.#limits.timeLimitMs))}`)
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
      const n = params.length
      const hits = (
        await db.query<{ id: string; outlet: string | null; language: string | null }>(
          `SELECT a.id, a.site_domain AS outlet, a.language FROM articles a ${clause} ORDER BY coalesce(a.reference_date, '') DESC, a.arrival DESC, a.id DESC LIMIT $${n + 1}`,
          [...params, sample],
        )
      ).rows
      const ids = hits.map((h) => h.id)
      const entities = (
        await db.query<FacetEntity & { count: string }>(
          `SELECT coalesce(key, name) AS key, max(name) AS name, max(type) AS type, count(DISTINCT article_id) AS count FROM entities
         WHERE article_id = ANY($1::text[]) GROUP BY coalesce(key, name) ORDER BY count DESC, key LIMIT $2`,
          [ids, top],
        )
      ).rows.map((r) => ({ ...r, count: Number(r.count) }))
      const eventTypes = (
        await db.query<{ value: string; count: string }>(
          'SELECT type AS value, count(DISTINCT article_id) AS count FROM events WHERE article_id = ANY($1::text[]) GROUP BY type ORDER BY count DESC, type LIMIT $2',
          [ids, top],
        )
      ).rows.map((r) => ({ value: r.value, count: Number(r.count) }))
      const months = (
        await db.query<{ value: string; count: string }>(
          `SELECT substr(a.reference_date, 1, 7) AS value, count(*) AS count FROM articles a ${clause ? `${clause} AND` : 'WHERE'} a.reference_date IS NOT NULL GROUP BY 1 ORDER BY 1`,
          params,
        )
      ).rows.map((r) => ({ value: r.value, count: Number(r.count) }))
      return searchFacets(hits, top, { entities, eventTypes, months })
    }).catch((error: unknown) => {
      throw (error as { code?: string }).code === '57014' ? searchTimedOut(this.#limits) : error
    })
  }

  async countByDay(query: SearchQuery): Promise<DayCounts> {
    const { where, params } = searchFilters(query)
    where.push('a.reference_date IS NOT NULL')
    const rows = await this.#pool.query<{ day: string; n: string }>(`SELECT substr(a.reference_date, 1, 10) AS day, count(*) AS n FROM articles a WHERE ${where.join(' AND ')} GROUP BY 1`, params)
    return new Map(rows.rows.map((r) => [r.day, Number(r.n)]))
  }

  async createSavedSearch(search: SavedSearch): Promise<void> {
    await this.#pool.query('INSERT INTO saved_searches (id, name, query, webhook_url, webhook_secret, created_at, cursor) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      search.id,
      search.name,
      JSON.stringify(search.query),
      search.webhook?.url ?? null,
      search.webhook?.secret ?? null,
      search.createdAt,
      search.cursor,
    ])
  }

  async savedSearches(): Promise<SavedSearch[]> {
    return (await this.#pool.query<SavedSearchRow>('SELECT * FROM saved_searches ORDER BY created_at, id')).rows.map(savedSearchFromRow)
  }

  async savedSearch(id: string): Promise<SavedSearch | null> {
    const row = (await this.#pool.query<SavedSearchRow>('SELECT * FROM saved_searches WHERE id = $1', [id])).rows[0]
    return row ? savedSearchFromRow(row) : null
  }

  async deleteSavedSearch(id: string): Promise<boolean> {
    return this.#transaction(async (db) => {
      await db.query('DELETE FROM alert_deliveries WHERE search_id = $1', [id])
      return ((await db.query('DELETE FROM saved_searches WHERE id = $1', [id])).rowCount ?? 0) > 0
    })
  }

  async recordMatches(searchId: string, cursor: string, deliveries: ReadonlyArray<{ item: string; payload: unknown }>, now: string): Promise<number> {
    return this.#transaction(async (db) => {
      let added = 0
      for (const d of deliveries) {
        const r = await db.query(
          "INSERT INTO alert_deliveries (search_id, item, payload, status, attempts, next_attempt_at, recorded_at) VALUES ($1, $2, $3, 'pending', 0, $4, $4) ON CONFLICT (search_id, item) DO NOTHING",
          [searchId, d.item, JSON.stringify(d.payload), now],
        )
        added += r.rowCount ?? 0
      }
      await db.query('UPDATE saved_searches SET cursor = $1 WHERE id = $2', [cursor, searchId])
      return added
    })
  }

  async dueDeliveries(now: string, limit: number): Promise<Delivery[]> {
    const rows = await this.#pool.query<DeliveryRow>(
      "SELECT d.* FROM alert_deliveries d JOIN saved_searches s ON s.id = d.search_id WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND s.webhook_url IS NOT NULL ORDER BY d.next_attempt_at, d.recorded_at, d.item LIMIT $2",
      [now, limit],
    )
    return rows.rows.map(deliveryFromRow)
  }

  async deliveries(searchId: string): Promise<Delivery[]> {
    return (await this.#pool.query<DeliveryRow>('SELECT * FROM alert_deliveries WHERE search_id = $1 ORDER BY recorded_at, item', [searchId])).rows.map(deliveryFromRow)
  }

  async settleDelivery(searchId: string, item: string, outcome: { ok: true; at: string } | { ok: false; error: string; retryAt: string | null }): Promise<void> {
    if (outcome.ok) {
      await this.#pool.query("UPDATE alert_deliveries SET status = 'delivered', delivered_at = $1, attempts = attempts + 1, last_error = NULL WHERE search_id = $2 AND item = $3", [
        outcome.at,
        searchId,
        item,
      ])
    } else {
      await this.#pool.query('UPDATE alert_deliveries SET status = $1, attempts = attempts + 1, last_error = $2, next_attempt_at = coalesce($3, next_attempt_at) WHERE search_id = $4 AND item = $5', [
        outcome.retryAt ? 'pending' : 'failed',
        outcome.error,
        outcome.retryAt,
        searchId,
        item,
      ])
    }
  }

  async articleIds(): Promise<string[]> {
    return (await this.#pool.query<{ id: string }>('SELECT id FROM articles ORDER BY arrival, id')).rows.map((r) => r.id)
  }

  async putStories(stories: readonly StoryRecord[], memberships: readonly StoryMembership[], grouped?: GroupedArticles): Promise<boolean> {
    return this.#transaction(async (db) => {
      if (grouped) {
        const missed = await db.query('SELECT 1 FROM articles WHERE stories_pending AND NOT (id = ANY($1::text[])) LIMIT 1', [grouped.articleIds])
        if (missed.rowCount) return false
      }
      if (stories.length) {
        const ids = stories.map((s) => s.id)
        await db.query('DELETE FROM story_members WHERE story_id = ANY($1)', [ids])
        await db.query('DELETE FROM stories WHERE id = ANY($1)', [ids])
        await db.query(
          `INSERT INTO stories (id, title, first_seen, last_seen, origin, articles, outlets, independent)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[])`,
          unnestColumns(stories, STORY_COLUMNS),
        )
      }
      if (memberships.length) {
        // An article belongs to one story: moving it drops its old membership. The last membership given for an article wins.
        const last = new Map(memberships.map((m) => [m.article, m]))
        const ms = [...last.values()]
        await db.query('DELETE FROM story_members WHERE article_id = ANY($1)', [ms.map((m) => m.article)])
        await db.query(
          `INSERT INTO story_members (story_id, article_id, relation, evidence)
           SELECT s, a, r, e::json FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(s, a, r, e)`,
          unnestColumns(ms, MEMBER_COLUMNS),
        )
      }
      await db.query('DELETE FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)')
      // Only the listed articles: one another writer commits meanwhile stays owed.
      if (grouped) await db.query('UPDATE articles SET stories_pending = false WHERE stories_pending AND id = ANY($1::text[])', [grouped.articleIds])
      return true
    })
  }

  async storiesOwed(): Promise<number> {
    return Number((await this.#pool.query<{ n: string }>('SELECT count(*) AS n FROM articles WHERE stories_pending')).rows[0]!.n)
  }

  async owedArticles(options: { readonly limit: number; readonly upTo?: number }): Promise<OwedArticle[]> {
    const rows = await this.#pool.query<{ id: string; arrival: string }>('SELECT id, arrival FROM articles WHERE stories_pending AND arrival <= $1 ORDER BY arrival, id LIMIT $2', [
      options.upTo ?? Number.MAX_SAFE_INTEGER,
      Math.max(0, options.limit),
    ])
    return rows.rows.map((r) => ({ id: r.id, arrival: Number(r.arrival) }))
  }

  storyState(): StoryStateBackend {
    return new PostgresStoryState(this.#pool)
  }

  async writeStoryStep(step: StoryStep): Promise<boolean> {
    return this.#transaction(async (db) => {
      // The row lock makes concurrent steps take turns; the count says whether another came first.
      const meta = (await db.query<{ documents: string }>('SELECT documents FROM story_meta WHERE id = 1 FOR UPDATE')).rows[0]!
      if (Number(meta.documents) !== step.after) return false
      await new PostgresStoryState(db).write(step.changes)
      const removed = step.changes.removedStories.map((r) => r.id)
      if (removed.length) {
        await db.query('DELETE FROM story_members WHERE story_id = ANY($1::text[])', [removed])
        await db.query('DELETE FROM stories WHERE id = ANY($1::text[])', [removed])
      }
      const ss = step.stories
      if (ss.length) {
        await db.query(
          `INSERT INTO stories (id, title, first_seen, last_seen, origin, articles, outlets, independent)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[])
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen, last_seen = excluded.last_seen, origin = excluded.origin, articles = excluded.articles, outlets = excluded.outlets, independent = excluded.independent`,
          unnestColumns(ss, STORY_COLUMNS),
        )
      }
      const ms = step.memberships
      if (ms.length) {
        // An article belongs to one story: its previous membership goes. A story record made before
        // (by an older newsgraph, or before a rebuild) that loses its last member leads to where it went.
        const moved = await db.query<{ story_id: string; article_id: string }>('DELETE FROM story_members WHERE article_id = ANY($1::text[]) RETURNING story_id, article_id', [
          ms.map((m) => m.article),
        ])
        await db.query(
          `INSERT INTO story_members (story_id, article_id, relation, evidence)
           SELECT s, a, r, e::json FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(s, a, r, e)`,
          unnestColumns(ms, MEMBER_COLUMNS),
        )
        const to = new Map(ms.map((m) => [m.article, m.story]))
        const written = new Set([...ss.map((s) => s.id), ...removed])
        const left = new Map<string, string>()
        for (const r of moved.rows) if (!written.has(r.story_id) && r.story_id !== to.get(r.article_id) && !left.has(r.story_id)) left.set(r.story_id, to.get(r.article_id)!)
        if (left.size) {
          const gone = await db.query<{ id: string }>('DELETE FROM stories s WHERE s.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id) RETURNING s.id', [
            [...left.keys()],
          ])
          const from = gone.rows.map((r) => r.id)
          if (from.length)
            await db.query("INSERT INTO story_redirects (from_id, to_id, kind, seq) SELECT f, t, 'regroup', $3 FROM unnest($1::text[], $2::text[]) AS r(f, t)", [
              from,
              from.map((f) => left.get(f)!),
              step.changes.meta.documents,
            ])
        }
      }
      crashPoint('during-stories')
      const clustered = new Set(step.changes.members.map((m) => m.id))
      const leftOut = step.articles.filter((id) => !clustered.has(id))
      if (leftOut.length) {
        // An article left out (no text) is in no story.
        const dropped = await db.query<{ story_id: string }>('DELETE FROM story_members WHERE article_id = ANY($1::text[]) RETURNING story_id', [leftOut])
        if (dropped.rowCount)
          await db.query('DELETE FROM stories s WHERE s.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)', [dropped.rows.map((r) => r.story_id)])
      }
      await db.query('UPDATE articles SET stories_pending = false WHERE stories_pending AND id = ANY($1::text[])', [step.articles])
      if (step.queueSeq !== undefined) await db.query('UPDATE story_meta SET queue_seq = greatest(queue_seq, $1) WHERE id = 1', [step.queueSeq])
      await db.query('UPDATE story_meta SET rebuilding = false WHERE id = 1 AND rebuilding AND NOT EXISTS (SELECT 1 FROM articles WHERE stories_pending)')
      return true
    })
  }

  async startStoryRebuild(): Promise<void> {
    await this.#transaction(async (db) => {
      await db.query('SELECT 1 FROM story_meta WHERE id = 1 FOR UPDATE')
      await db.query('TRUNCATE story_df, story_nodes, story_articles, story_postings')
      await db.query('UPDATE story_meta SET documents = 0, next_story = 1, swept_seq = -1, last_time = -1, rebuilding = true WHERE id = 1')
      await db.query('UPDATE articles SET stories_pending = true WHERE NOT stories_pending')
    })
  }

  async storyProgress(): Promise<StoryProgress> {
    const r = (await this.#pool.query<{ rebuilding: boolean; queue_seq: string }>('SELECT rebuilding, queue_seq FROM story_meta WHERE id = 1')).rows[0]!
    return { owed: await this.storiesOwed(), rebuilding: r.rebuilding, queueSeq: Number(r.queue_seq) }
  }

  async articleFacts(ids: readonly string[]): Promise<ArticleFacts[]> {
    if (ids.length === 0) return []
    const rows = await this.#pool.query<{
      id: string
      title: string | null
      url: string | null
      published: string | null
      reference_date: string | null
      site_domain: string | null
      site_name: string | null
    }>('SELECT id, title, url, published, reference_date, site_domain, site_name FROM articles WHERE id = ANY($1::text[])', [ids])
    return rows.rows.map((r) => ({ id: r.id, title: r.title, url: r.url, published: r.published, referenceDate: r.reference_date, siteDomain: r.site_domain, siteName: r.site_name }))
  }

  async membershipsOf(ids: readonly string[]): Promise<StoryMembership[]> {
    if (ids.length === 0) return []
    const rows = await this.#pool.query<MemberRow>('SELECT story_id, article_id, relation, evidence FROM story_members WHERE article_id = ANY($1::text[])', [ids])
    return rows.rows.map(memberFromRow)
  }

  async check(): Promise<string | null> {
    try {
      const { rows } = await this.#pool.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')
      const v = rows[0]?.v ?? 0
      if (v !== POSTGRES_MIGRATIONS.length) return `the store's schema is version ${v}, this newsgraph expects ${POSTGRES_MIGRATIONS.length}`
      await this.stats()
      return null
    } catch (error) {
      return `the store fails to answer: ${(error as Error).message}`
    }
  }

  async stories(options: { limit?: number; offset?: number } = {}): Promise<StoryRecord[]> {
    const rows = await this.#pool.query<StoryRow>("SELECT * FROM stories ORDER BY articles DESC, coalesce(last_seen, '') DESC, id LIMIT $1 OFFSET $2", [
      Math.min(options.limit ?? 50, 1000),
      options.offset ?? 0,
    ])
    return rows.rows.map(storyFromRow)
  }

  async story(id: string): Promise<{ story: StoryRecord; members: StoryMembership[] } | null> {
    let current = id
    let row = (await this.#pool.query<StoryRow>('SELECT * FROM stories WHERE id = $1', [current])).rows[0]
    // A merged-away or regrouped id leads, through its latest redirect, to the story it went to.
    for (let hop = 0; !row && hop < MAX_REDIRECTS; hop++) {
      const next = (await this.#pool.query<{ to_id: string }>('SELECT to_id FROM story_redirects WHERE from_id = $1 ORDER BY n DESC LIMIT 1', [current])).rows[0]
      if (!next || next.to_id === current) return null
      current = next.to_id
      row = (await this.#pool.query<StoryRow>('SELECT * FROM stories WHERE id = $1', [current])).rows[0]
    }
    if (!row) return null
    const members = await this.#pool.query<MemberRow>(
      'SELECT story_id, article_id, relation, evidence FROM story_members WHERE story_id = $1 ORDER BY relation = \'origin\' DESC, article_id COLLATE "C"',
      [current],
    )
    return { story: storyFromRow(row), members: members.rows.map(memberFromRow) }
  }

  async storyOf(articleId: string): Promise<StoryMembership | null> {
    const m = (await this.#pool.query<MemberRow>('SELECT story_id, article_id, relation, evidence FROM story_members WHERE article_id = $1 LIMIT 1', [articleId])).rows[0]
    return m ? memberFromRow(m) : null
  }

  async events(query: EventQuery): Promise<CountedPage<EventRecord>> {
    const where: string[] = []
    const params: unknown[] = []
    const p = (value: unknown): string => {
      params.push(value)
      return `$${params.length}`
    }
    if (query.type !== undefined) where.push(`e.type = ${p(query.type.toUpperCase())}`)
    if (query.actorCountry !== undefined) where.push(`e.actor_country = ${p(query.actorCountry.toUpperCase())}`)
    if (query.recipientCountry !== undefined) where.push(`e.recipient_country = ${p(query.recipientCountry.toUpperCase())}`)
    if (query.entity) {
      const k = p(query.entity)
      const keys = `(SELECT ${k} UNION SELECT key FROM entities WHERE slug = ${k})`
      where.push(`(e.actor_key IN ${keys} OR e.recipient_key IN ${keys})`)
    }
    if (query.from) where.push(`e.date >= ${p(query.from)}`)
    if (query.to) where.push(`substr(e.date, 1, 10) <= ${p(query.to)}`)
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const total = await this.#cappedCount(this.#pool, `SELECT 1 FROM events e ${clause}`, [...params])
    const limit = Math.min(query.limit ?? 100, 10_000)
    const offset = query.offset ?? 0
    const rows = await this.#pool.query<EventRow>(
      `SELECT e.*, a.reference_date AS article_date FROM events e JOIN articles a ON a.id = e.article_id ${clause}
       ORDER BY coalesce(e.date, '') DESC, a.arrival DESC, e.event_id LIMIT ${p(limit)} OFFSET ${p(offset)}`,
      params,
    )
    return {
      ...pageTotal(total, this.#limits, { offset, limit, rows: rows.rows.length }),
      items: rows.rows.map(eventFromRow),
    }
  }

  async entity(keyOrName: string, options: { limit?: number } = {}): Promise<EntityRecord | null> {
    const pool = this.#pool
    let key = keyOrName
    // One article's row speaks for the entity: one that knows the country, then the most mentions;
    // the ids settle ties, so every store (and every write order) shows the same head.
    let head = (await pool.query<EntityHead>('SELECT key, name, type, country FROM entities WHERE key = $1 ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1', [key])).rows[0]
    if (!head) {
      // An older name-based key of an entity now keyed by its KB id.
      head = (await pool.query<EntityHead>('SELECT key, name, type, country FROM entities WHERE slug = $1 ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1', [keyOrName])).rows[0]
      if (head?.key) key = head.key
    }
    if (!head) {
      head = (
        await pool.query<EntityHead>('SELECT key, name, type, country FROM entities WHERE lower(name) = lower($1) ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1', [keyOrName])
      ).rows[0]
      if (!head) return null
      key = head.key ?? keyOrName
    }
    const limit = Math.min(options.limit ?? 200, 5000)
    const articles = await pool.query<{ id: string; date: string | null; title: string | null; mentions: string }>(
      `SELECT a.id, a.reference_date AS date, a.title, sum(x.mentions) AS mentions FROM entities x JOIN articles a ON a.id = x.article_id
       WHERE x.key = $1 OR (x.key IS NULL AND lower(x.name) = lower($2))
       GROUP BY a.id, a.reference_date, a.title, a.arrival ORDER BY coalesce(a.reference_date, '') DESC, a.arrival DESC LIMIT $3`,
      [key, head.name, limit],
    )
    const cooccurring = await pool.query<{ key: string; name: string; type: string; articles: string }>(
      `SELECT coalesce(o.key, o.name) AS key, min(o.name) AS name, min(o.type) AS type, count(DISTINCT o.article_id) AS articles FROM entities o
       WHERE o.article_id IN (SELECT article_id FROM entities WHERE key = $1 OR (key IS NULL AND lower(name) = lower($2)))
         AND coalesce(o.key, o.name) <> $1 GROUP BY coalesce(o.key, o.name) ORDER BY articles DESC, name, key LIMIT 25`,
      [key, head.name],
    )
    return {
      key,
      name: head.name,
      type: head.type,
      country: head.country,
      articles: articles.rows.map((r) => ({ id: r.id, date: r.date, title: r.title, mentions: Number(r.mentions) })),
      cooccurring: cooccurring.rows.map((r) => ({ key: r.key, name: r.name, type: r.type, articles: Number(r.articles) })),
    }
  }

  async stats(): Promise<{ documents: number; articles: number; stories: number }> {
    const r = (await this.#pool.query<{ d: string; a: string; s: string }>('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM stories) AS s'))
      .rows[0]!
    return { documents: Number(r.d), articles: Number(r.a), stories: Number(r.s) }
  }

  async close(): Promise<void> {
    await this.#pool.end()
  }
}

/** Redirects followed at most from a story id to the story it went to (chains stay short: merges keep the larger id). */
const MAX_REDIRECTS = 20

interface EntityHead {
  key: string | null
  name: string
  type: string
  country: string | null
}

interface MemberRow {
  story_id: string
  article_id: string
  relation: StoryMembership['relation']
  evidence: unknown
}

function memberFromRow(m: MemberRow): StoryMembership {
  return { story: m.story_id, article: m.article_id, relation: m.relation, evidence: m.evidence ?? null }
}
