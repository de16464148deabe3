/**
 * The embedded store: one SQLite file (WAL mode) through better-sqlite3. Every `put` is one
 * transaction, so a crash loses at most the document being written and a rerun adds it once.
 * Raw inputs and article JSON are kept brotli-compressed; full-text search uses FTS5.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { dirname, resolve as resolvePath } from 'node:path'
import Database from 'better-sqlite3'
import { compressForStore, decompressFromStore } from '../compression.js'
import { UnavailableError, isUnavailable } from '../../model/unavailable.js'
import { crashPoint } from '../../model/crash-point.js'
import { checkSearchText, countLimit, countStopped, pageTotal, resolveSearchLimits, searchTimedOut, type CountedPage, type SearchLimits } from '../search-limits.js'
import type { Article } from '../../model/article.js'
import { resolveFacetOptions, searchFacets } from '../article-store.js'
import type {
  ArticleFacts,
  ArticleStore,
  ArticleSummary,
  DayCounts,
  Delivery,
  EntityRecord,
  EventQuery,
  EventRecord,
  FacetEntity,
  FacetOptions,
  FacetValue,
  GroupedArticles,
  OwedArticle,
  PutResult,
  SavedSearch,
  SearchFacets,
  SearchQuery,
  StoredDocument,
  StoryMembership,
  StoryProgress,
  StoryRecord,
  StoryStep,
  UpgradeProgress,
} from '../article-store.js'
import { deliveryFromRow, savedSearchFromRow, type DeliveryRow, type SavedSearchRow } from '../alert-rows.js'
import { SQLITE_MIGRATIONS } from './migrations.js'
import { searchCountSql, searchFilters, searchPageSql, timedWhere } from './search-query.js'
import { SqliteStoryState } from './sqlite-story-state.js'
import type { StoryStateBackend } from '../../model/story-state.js'
import { canonicalizeUrl } from '../../model/canonical-url.js'
import { textHash } from '../../model/text-hash.js'
import { articleColumnValues, eventFromRow, SHARED_ARTICLE_COLUMNS, storyFromRow, summaryFromRow, type EventRow, type StoryRow, type SummaryRow } from '../table-rows.js'
import { documentColumnValues, SHARED_DOCUMENT_COLUMNS } from '../document-rows.js'

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** Open read-only (the server's readers). Default false. */
  readonly readonly?: boolean
  /** Refuse to create a store that is not there yet (`serve`); a read-only open never creates. Default false. */
  readonly mustExist?: boolean
  /**
   * Milliseconds to wait for a lock held by another process. Default 30,000: another ingest into
   * the same file holds the write lock for one document, or for one regrouping of the stories.
   */
  readonly busyTimeoutMs?: number
  /** Bounds on searches (shape and time). */
  readonly searchLimits?: Partial<SearchLimits>
  /** Told how far a long upgrade of an older store has got (opening may take minutes on millions of articles). */
  readonly onUpgradeProgress?: (progress: UpgradeProgress) => void
}

const compress = compressForStore
const decompress = decompressFromStore

const SQLITE_MAGIC = 'SQLite format 3\0'

/**
 * Opens (creating and migrating if needed) a SQLite store at `path` (`:memory:` for tests). A file
 * that cannot be a store (missing for a reader, not SQLite, damaged, another program's database,
 * written by a newer newsgraph) fails with an UnavailableError saying so and what to do.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): ArticleStore {
  const timeout = options.busyTimeoutMs ?? 30_000
  const limits = resolveSearchLimits(options.searchLimits)
  if (path === ':memory:') {
    const db = new Database(path, { timeout })
    migrate(db, options.onUpgradeProgress)
    return new SqliteStore(db, path, limits)
  }
  const file = inspectFile(path, options.readonly === true || options.mustExist === true)
  try {
    if (options.readonly && file.exists && pendingMigrations(path, timeout)) {
      // A reader's queries assume the current schema: a store written by an older newsgraph is
      // migrated once through a short-lived writable connection, then opened read-only.
      try {
        const writer = new Database(path, { timeout })
        try {
          migrate(writer, options.onUpgradeProgress)
        } finally {
          writer.close()
        }
      } catch (error) {
        if (isUnavailable(error)) throw error
        throw new UnavailableError(
          'store',
          'read-only',
          `the store ${path} was written by an older newsgraph and must be upgraded, which needs write access to it: ${(error as Error).message}`,
          'open it once with write access (for example with `newsgraph ingest`)',
          { cause: error },
        )
      }
    }
    const db = new Database(path, { readonly: options.readonly ?? false, timeout })
    try {
      if (!options.readonly) {
        switchToWal(db, timeout)
        db.pragma('synchronous = NORMAL')
        migrate(db, options.onUpgradeProgress)
      } else {
        requireNewsgraphSchema(db, path)
      }
    } catch (error) {
      db.close()
      throw error
    }
    return new SqliteStore(db, path, limits)
  } catch (error) {
    throw asUnavailable(error, path)
  }
}

/**
 * Puts the file in WAL mode, waiting for other processes up to `timeoutMs` in all. A file not yet
 * in WAL mode (a new one) is switched by reading it, then taking its exclusive lock; when another
 * process is switching it at that moment, SQLite fails this one at once with SQLITE_BUSY instead
 * of calling the busy handler (both waiting would deadlock), so the switch is retried here.
 */
function switchToWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        db.pragma('journal_mode = WAL')
        return
      } catch (error) {
        if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw error
        sleepSync(Math.min(deadline - Date.now(), 2 ** Math.min(attempt, 6)))
        // A try that does reach SQLite's busy handler waits only for what is left of the time-out.
        db.pragma(`busy_timeout = ${Math.max(1, deadline - Date.now())}`)
      }
    }
  } finally {
    db.pragma(`busy_timeout = ${timeoutMs}`)
  }
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4))

/** Blocks the thread for `ms` milliseconds (opening a store is synchronous). */
function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(SLEEPER, 0, 0, ms)
}

/** Refuses, before SQLite sees it, a path that cannot hold a store: missing (for a reader), empty, not SQLite. */
function inspectFile(path: string, mustExist: boolean): { exists: boolean } {
  const folder = dirname(resolvePath(path))
  if (!existsSync(folder)) throw new UnavailableError('store', 'missing', `the folder ${folder} of the store ${path} does not exist`, 'create the folder or give another --db')
  let size: number
  try {
    const info = statSync(path)
    if (!info.isFile()) throw new UnavailableError('store', 'not-a-store', `the store ${path} is not a file`, 'give the path of a newsgraph store file with --db')
    size = info.size
  } catch (error) {
    if (isUnavailable(error)) throw error
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asUnavailable(error, path)
    if (mustExist) throw new UnavailableError('store', 'missing', `there is no store at ${path} yet`, `ingest something first (newsgraph ingest <source> --db ${path})`)
    return { exists: false }
  }
  if (size === 0) {
    // SQLite would take an empty file as a new database; a reader would then fail on missing tables.
    if (mustExist)
      throw new UnavailableError('store', 'missing', `the store ${path} is empty (0 bytes): nothing has been ingested into it`, `ingest something first (newsgraph ingest <source> --db ${path})`)
    return { exists: true }
  }
  const head = Buffer.alloc(16)
  let fd: number | null = null
  try {
    fd = openSync(path, 'r')
    readSync(fd, head, 0, 16, 0)
  } catch (error) {
    throw asUnavailable(error, path)
  } finally {
    if (fd !== null) closeSync(fd)
  }
  if (head.toString('latin1') !== SQLITE_MAGIC)
    throw new UnavailableError('store', 'not-a-store', `${path} is not a newsgraph store (not a SQLite database)`, 'give the path of a newsgraph store with --db, or a new file name to create one')
  return { exists: true }
}

/** Throws when an opened database is not a newsgraph store or is newer than this newsgraph. */
function requireNewsgraphSchema(db: Database.Database, path: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
  if (!tables.some((t) => t.name === 'schema_migrations')) {
    if (tables.length === 0)
      throw new UnavailableError('store', 'missing', `the store ${path} is empty: nothing has been ingested into it`, `ingest something first (newsgraph ingest <source> --db ${path})`)
    throw new UnavailableError(
      'store',
      'not-a-store',
      `${path} is a SQLite database of another program, not a newsgraph store`,
      'give the path of a newsgraph store with --db, or a new file name to create one',
    )
  }
  const { v } = db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }
  if (v > SQLITE_MIGRATIONS.length)
    throw new UnavailableError('store', 'newer', `the store ${path} was written by a newer newsgraph (schema ${v}; this one knows ${SQLITE_MIGRATIONS.length})`, 'upgrade newsgraph')
}

/** SQLite's errors about the file itself, as an UnavailableError; anything else unchanged. */
function asUnavailable(error: unknown, path: string): unknown {
  if (isUnavailable(error)) return error
  const code = String((error as { code?: unknown }).code ?? '')
  const cause = { cause: error }
  const detail = (error as Error).message
  if (code === 'SQLITE_NOTADB')
    return new UnavailableError('store', 'not-a-store', `${path} is not a newsgraph store (${detail})`, 'give the path of a newsgraph store with --db, or a new file name to create one', cause)
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ')
    return new UnavailableError('store', 'damaged', `the store ${path} is damaged (${detail})`, 'restore it from a backup, or re-ingest the sources into a new --db', cause)
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new UnavailableError('store', 'busy', `the store ${path} stayed locked by another process (${detail})`, 'wait for the other newsgraph to finish, or raise its busy time-out', cause)
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM')
    return new UnavailableError('store', 'read-only', `the store ${path} cannot be written or read (${detail})`, 'check the permissions of the file and its folder', cause)
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new UnavailableError('store', 'missing', `the store ${path} cannot be opened (${detail})`, 'check that the path and its folder exist and can be written', cause)
  return error
}

function pendingMigrations(path: string, timeout: number): boolean {
  const db = new Database(path, { readonly: true, timeout })
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()
    if (!table) return false // not a newsgraph store (or an empty file): the schema check says so
    const { v } = db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }
    return v < SQLITE_MIGRATIONS.length
  } finally {
    db.close()
  }
}

/**
 * Brings the schema up to date. The whole check-and-apply runs in one IMMEDIATE transaction, so
 * two processes opening a new or older file at once take turns: the second waits for the write
 * lock (the busy time-out), then finds every step applied.
 */
function migrate(db: Database.Database, onProgress: (progress: UpgradeProgress) => void = () => undefined): void {
  const current = (): number => {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()
    return table ? (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v : 0
  }
  // Most opens find nothing to do and take no write lock at all.
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n
  if (tables > 0 && !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()) {
    throw new UnavailableError(
      'store',
      'not-a-store',
      `${db.name} is a SQLite database of another program, not a newsgraph store`,
      'give the path of a newsgraph store with --db, or a new file name to create one',
    )
  }
  if (current() === SQLITE_MIGRATIONS.length) return
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)')
    const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version))
    if (Math.max(0, ...applied) > SQLITE_MIGRATIONS.length) {
      throw new UnavailableError(
        'store',
        'newer',
        `the store ${db.name} was written by a newer newsgraph (schema ${Math.max(...applied)}; this one knows ${SQLITE_MIGRATIONS.length})`,
        'upgrade newsgraph',
      )
    }
    SQLITE_MIGRATIONS.forEach((sql, index) => {
      const version = index + 1
      if (applied.has(version)) return
      if (typeof sql === 'string') db.exec(sql)
      else sql(db, onProgress)
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString())
    })
  }).immediate()
}

class SqliteStore implements ArticleStore {
  readonly #db: Database.Database
  readonly #path: string
  readonly #limits: SearchLimits
  // IMMEDIATE: the write lock is taken (waiting out the busy time-out) when the transaction
  // begins. A DEFERRED one that reads first and then writes fails at once with SQLITE_BUSY_SNAPSHOT
  // when another process wrote in between, and its busy time-out never applies.
  readonly #put: (document: StoredDocument, article: Article | null) => PutResult
  readonly #statements = new Map<string, Database.Statement>()
  readonly #identity: string | null
  #storyState: SqliteStoryState | undefined
  // When the running search must stop; checked for every row by the in_time() SQL function,
  // since better-sqlite3 has no progress handler to interrupt a statement with.
  #deadline = Infinity

  constructor(db: Database.Database, path: string, limits: SearchLimits) {
    this.#db = db
    this.#path = path
    this.#limits = limits
    const put = db.transaction((document: StoredDocument, article: Article | null) => this.#putSync(document, article))
    this.#put = put.immediate
    this.#identity = fileIdentity(path)
    // ">=": a search on a fast machine can read every row within the millisecond it started, so a
    // limit of 0 ms must stop at the first row rather than depend on the clock ticking.
    db.function('in_time', { deterministic: false }, () => {
      if (Date.now() >= this.#deadline) throw new SearchStopped()
      return 1
    })
  }

  // Compiling SQL costs as much as running a page query; read statements are compiled once. The
  // filter combinations of search and events bound how many distinct texts there can be.
  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql)
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)))
    return statement
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.#prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined
  }

  async put(document: StoredDocument, article: Article | null): Promise<PutResult> {
    return this.#put(document, article)
  }

  #putSync(document: StoredDocument, article: Article | null): PutResult {
    const db = this.#db
    const existing = db.prepare('SELECT article_id FROM documents WHERE id = ?').get(document.id) as { article_id: string | null } | undefined
    if (existing) {
      return {
        documentId: document.id,
        articleId: existing.article_id,
        inserted: false,
        ...(existing.article_id ? { duplicateOf: { articleId: existing.article_id, level: 'document' as const } } : {}),
      }
    }
    let articleId: string | null = null
    let inserted = true
    let duplicateOf: PutResult['duplicateOf']
    if (article) {
      const known = db.prepare('SELECT id FROM articles WHERE id = ?').get(article.id) as { id: string } | undefined
      if (known) {
        // Same article id = same text at the same URL: a second fetch of one page changes nothing.
        articleId = known.id
        inserted = false
        duplicateOf = { articleId: known.id, level: 'document' }
      } else {
        articleId = article.id
        const url = article.canonicalUrl ?? article.url
        const key = url ? canonicalizeUrl(url) : null
        const hash = textHash(article.text)
        const sameUrl = key ? (db.prepare('SELECT id FROM articles WHERE url_key = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1').get(key) as { id: string } | undefined) : undefined
        const sameText = article.text.trim()
          ? (db.prepare('SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1').get(hash) as { id: string } | undefined)
          : undefined
        const dup = sameText ? { articleId: sameText.id, level: 'text' as const } : sameUrl ? { articleId: sameUrl.id, level: 'url' as const } : undefined
        if (dup) duplicateOf = dup
        this.#insertArticle(document.id, article, key, hash, dup)
      }
    }
    db.prepare(`INSERT INTO documents (${SHARED_DOCUMENT_COLUMNS}, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      ...documentColumnValues(document, compress(document.body), articleId),
      new Date().toISOString(),
    )
    return { documentId: document.id, articleId, inserted, ...(duplicateOf ? { duplicateOf } : {}) }
  }

  #insertArticle(documentId: string, a: Article, key: string | null, hash: string, dup: PutResult['duplicateOf']): void {
    const db = this.#db
    const info = db
      .prepare(
        `INSERT INTO articles (${SHARED_ARTICLE_COLUMNS}, json, snippet)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...articleColumnValues(a, documentId, key, hash, dup), compress(JSON.stringify(a)), a.text.slice(0, 280))
    db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(info.lastInsertRowid, a.title ?? '', a.text)
    if (a.site.domain) db.prepare('INSERT OR IGNORE INTO sites (domain) VALUES (?)').run(a.site.domain)
    const ent = db.prepare('INSERT INTO entities (article_id, entity_id, key, name, type, country, mentions, salience, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    for (const e of a.entities) ent.run(a.id, e.id, e.key ?? null, e.name, e.type, e.country ?? null, e.mentions.length, e.salience ?? null, e.slug ?? null)
    const topic = db.prepare('INSERT OR IGNORE INTO article_topics (article_id, topic, score) VALUES (?, ?, ?)')
    for (const t of a.topics ?? []) topic.run(a.id, t.code, t.score)
    const keyOf = new Map(a.entities.map((e) => [e.id, e.key ?? e.name]))
    const ev = db.prepare(
      `INSERT INTO events (article_id, event_id, type, actor_key, recipient_key, actor_country, recipient_country, date, negated, modality, quad_class, evidence_start, evidence_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const e of a.events) {
      ev.run(
        a.id,
        e.id,
        e.type,
        e.actor ? (keyOf.get(e.actor) ?? null) : null,
        e.recipient ? (keyOf.get(e.recipient) ?? null) : null,
        e.actorCountry ?? null,
        e.recipientCountry ?? null,
        e.date ?? null,
        e.negated ? 1 : 0,
        e.modality,
        e.quadClass ?? null,
        e.evidence.start,
        e.evidence.end,
      )
    }
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.#prepare('SELECT id, input, url, content_type, fetched_at, body FROM documents WHERE id = ?').get(id) as
      { id: string; input: string; url: string | null; content_type: string | null; fetched_at: string | null; body: Buffer } | undefined
    if (!row) return null
    return { id: row.id, input: row.input, url: row.url, contentType: row.content_type, fetchedAt: row.fetched_at, body: new Uint8Array(decompress(row.body)) }
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.#prepare('SELECT json FROM articles WHERE id = ?').get(id) as { json: Buffer } | undefined
    return row ? (JSON.parse(decompress(row.json).toString('utf8')) as Article) : null
  }

  async search(query: SearchQuery): Promise<CountedPage<ArticleSummary>> {
    this.#deadline = Date.now() + this.#limits.timeLimitMs
    try {
      return this.#search(query)
    } catch (error) {
      if (error instanceof SearchStopped || (error as Error).message?.includes(SearchStopped.MESSAGE)) throw searchTimedOut(this.#limits)
      throw error
    } finally {
      this.#deadline = Infinity
    }
  }

  #search(query: SearchQuery): CountedPage<ArticleSummary> {
    const { where, params } = searchFilters(query, this.#limits)
    // A filtered search checks its time limit on every row it reads; an unfiltered listing reads
    // one page of the date index and keeps SQLite's fast whole-table count.
    const total = this.#cappedCount(searchCountSql(query, where), params)
    const limit = Math.min(Math.max(query.limit ?? 20, 1), 500)
    const offset = Math.max(query.offset ?? 0, 0)
    const capped = countStopped(total, this.#limits)
    if (!capped && (total === 0 || offset >= total)) return { total, totalIsLowerBound: false, items: [] }
    // Two ways to the page: sort the matches by date, or walk the date index newest first and keep
    // the matches until the page is full. Walking reads about (offset + limit) * articles / matches
    // index entries, each far cheaper than a match's row read and sort, so a common term walks and
    // a rare one sorts. The count just taken says which (a count stopped at its cap means at least
    // that many matches); SQLite's planner cannot know it.
    const { n: articles } = this.#prepare('SELECT coalesce(max(seq), 0) AS n FROM articles').get() as { n: number }
    const walk = capped || (offset + limit) * articles < 4 * total * total
    const rows = this.#prepare(searchPageSql(where, walk)).all(...params, limit, offset) as SummaryRow[]
    return { ...pageTotal(total, this.#limits, { offset, limit, rows: rows.length }), items: rows.map(summaryFromRow) }
  }

  // count(*) over the first `countLimit` rows of `select`: a listing of millions of rows stops
  // reading once it knows there are more than the cap (the page says how many it shows).
  #cappedCount(select: string, params: unknown[]): number {
    const limit = countLimit(this.#limits)
    return (this.#prepare(`SELECT count(*) AS n FROM (${select} LIMIT ${limit ?? -1})`).get(...params) as { n: number }).n
  }

  async countByDay(query: SearchQuery): Promise<DayCounts> {
    const { where, params } = searchFilters(query, this.#limits)
    where.push('a.reference_date IS NOT NULL')
    const rows = this.#db.prepare(`SELECT substr(a.reference_date, 1, 10) AS day, count(*) AS n FROM articles a WHERE ${where.join(' AND ')} GROUP BY day`).all(...params) as Array<{
      day: string
      n: number
    }>
    return new Map(rows.map((r) => [r.day, r.n]))
  }

  async facets(query: SearchQuery, options: FacetOptions = {}): Promise<SearchFacets> {
    this.#deadline = Date.now() + this.#limits.timeLimitMs
    try {
      if (query.text?.trim()) checkSearchText(query.text, this.#limits)
      const { where, params } = searchFilters(query, this.#limits)
      const clause = timedWhere(where)
      const { sample, top } = resolveFacetOptions(options)
      const hits = this.#prepare(`SELECT a.id, a.site_domain AS outlet, a.language FROM articles a ${clause} ORDER BY a.reference_date DESC, a.seq DESC LIMIT ?`).all(...params, sample) as Array<{
        id: string
        outlet: string | null
        language: string | null
      }>
      const ids = JSON.stringify(hits.map((h) => h.id))
      const entities = this.#prepare(
        `SELECT coalesce(key, name) AS key, max(name) AS name, max(type) AS type, count(DISTINCT article_id) AS count FROM entities
         WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY coalesce(key, name) ORDER BY count DESC, key LIMIT ?`,
      ).all(ids, top) as FacetEntity[]
      const eventTypes = this.#prepare(
        `SELECT type AS value, count(DISTINCT article_id) AS count FROM events WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY type ORDER BY count DESC, type LIMIT ?`,
      ).all(ids, top) as FacetValue[]
      const months = this.#prepare(
        `SELECT substr(a.reference_date, 1, 7) AS value, count(*) AS count FROM articles a ${clause ? `${clause} AND` : 'WHERE'} a.reference_date IS NOT NULL GROUP BY 1 ORDER BY 1`,
      ).all(...params) as FacetValue[]
      return searchFacets(hits, top, { entities, eventTypes, months })
    } catch (error) {
      if (error instanceof SearchStopped || (error as Error).message?.includes(SearchStopped.MESSAGE)) throw searchTimedOut(this.#limits)
      throw error
    } finally {
      this.#deadline = Infinity
    }
  }

  async articleIds(): Promise<string[]> {
    return (this.#prepare('SELECT id FROM articles ORDER BY seq').all() as Array<{ id: string }>).map((r) => r.id)
  }

  async putStories(stories: readonly StoryRecord[], memberships: readonly StoryMembership[], grouped?: GroupedArticles): Promise<boolean> {
    const db = this.#db
    return db
      .transaction((): boolean => {
        if (grouped) {
          // Single writer inside IMMEDIATE: no article can arrive between this check and the commit.
          const covered = JSON.stringify(grouped.articleIds)
          const missed = db.prepare('SELECT 1 FROM articles WHERE stories_pending = 1 AND id NOT IN (SELECT value FROM json_each(?)) LIMIT 1').get(covered)
          if (missed) return false
        }
        const delMembers = db.prepare('DELETE FROM story_members WHERE story_id = ?')
        const delStory = db.prepare('DELETE FROM stories WHERE id = ?')
        const insStory = db.prepare('INSERT INTO stories (id, title, first_seen, last_seen, origin, articles, outlets, independent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        for (const s of stories) {
          delMembers.run(s.id)
          delStory.run(s.id)
          insStory.run(s.id, s.title, s.firstSeen, s.lastSeen, s.origin, s.articles, s.outlets, s.independent)
        }
        // An article belongs to one story: moving it drops its old membership.
        const delArticle = db.prepare('DELETE FROM story_members WHERE article_id = ?')
        const insMember = db.prepare('INSERT INTO story_members (story_id, article_id, relation, evidence) VALUES (?, ?, ?, ?)')
        for (const m of memberships) {
          delArticle.run(m.article)
          insMember.run(m.story, m.article, m.relation, JSON.stringify(m.evidence ?? null))
        }
        db.exec('DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_members)')
        crashPoint('during-stories')
        if (grouped) db.exec('UPDATE articles SET stories_pending = 0 WHERE stories_pending = 1')
        return true
      })
      .immediate()
  }

  async storiesOwed(): Promise<number> {
    return (this.#prepare('SELECT count(*) AS n FROM articles WHERE stories_pending = 1').get() as { n: number }).n
  }

  async owedArticles(options: { readonly limit: number; readonly upTo?: number }): Promise<OwedArticle[]> {
    const rows = this.#prepare('SELECT id, seq FROM articles WHERE stories_pending = 1 AND seq <= ? ORDER BY seq LIMIT ?').all(
      options.upTo ?? Number.MAX_SAFE_INTEGER,
      Math.max(0, options.limit),
    ) as Array<{ id: string; seq: number }>
    return rows.map((r) => ({ id: r.id, arrival: r.seq }))
  }

  storyState(): StoryStateBackend {
    return (this.#storyState ??= new SqliteStoryState(this.#db))
  }

  async writeStoryStep(step: StoryStep): Promise<boolean> {
    const db = this.#db
    const state = this.storyState() as SqliteStoryState
    return db
      .transaction((): boolean => {
        // Single writer inside IMMEDIATE: the state cannot move between this check and the commit.
        const { documents } = this.#prepare('SELECT documents FROM story_meta WHERE id = 1').get() as { documents: number }
        if (documents !== step.after) return false
        state.write(step.changes)
        const delStory = this.#prepare('DELETE FROM stories WHERE id = ?')
        for (const r of step.changes.removedStories) {
          delStory.run(r.id)
          this.#prepare('DELETE FROM story_members WHERE story_id = ?').run(r.id)
        }
        const putStory = this.#prepare('INSERT OR REPLACE INTO stories (id, title, first_seen, last_seen, origin, articles, outlets, independent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        for (const s of step.stories) putStory.run(s.id, s.title, s.firstSeen, s.lastSeen, s.origin, s.articles, s.outlets, s.independent)
        // An article belongs to one story: its previous membership goes. A story record made before
        // (by an older newsgraph, or before a rebuild) that loses its last member leads to where it went.
        const oldStory = this.#prepare('SELECT story_id FROM story_members WHERE article_id = ?')
        const delArticle = this.#prepare('DELETE FROM story_members WHERE article_id = ?')
        const insMember = this.#prepare('INSERT INTO story_members (story_id, article_id, relation, evidence) VALUES (?, ?, ?, ?)')
        const left = new Map<string, string>()
        for (const m of step.memberships) {
          for (const { story_id } of oldStory.all(m.article) as Array<{ story_id: string }>) if (story_id !== m.story && !left.has(story_id)) left.set(story_id, m.story)
          delArticle.run(m.article)
          insMember.run(m.story, m.article, m.relation, JSON.stringify(m.evidence ?? null))
        }
        const written = new Set(step.stories.map((s) => s.id))
        const putRedirect = this.#prepare("INSERT INTO story_redirects (from_id, to_id, kind, seq) VALUES (?, ?, 'regroup', ?)")
        for (const [from, to] of left) {
          if (written.has(from) || this.#prepare('SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1').get(from)) continue
          if (delStory.run(from).changes > 0) putRedirect.run(from, to, step.changes.meta.documents)
        }
        crashPoint('during-stories')
        const done = this.#prepare('UPDATE articles SET stories_pending = 0 WHERE id = ?')
        const clustered = new Set(step.changes.members.map((m) => m.id))
        for (const id of step.articles) {
          done.run(id)
          // An article left out (no text) is in no story.
          if (!clustered.has(id)) this.#dropMembership(id)
        }
        if (step.queueSeq !== undefined) this.#prepare('UPDATE story_meta SET queue_seq = max(queue_seq, ?) WHERE id = 1').run(step.queueSeq)
        if (!this.#prepare('SELECT 1 FROM articles WHERE stories_pending = 1 LIMIT 1').get()) this.#prepare('UPDATE story_meta SET rebuilding = 0 WHERE id = 1').run()
        return true
      })
      .immediate()
  }

  #dropMembership(articleId: string): void {
    const old = this.#prepare('SELECT story_id FROM story_members WHERE article_id = ?').all(articleId) as Array<{ story_id: string }>
    if (old.length === 0) return
    this.#prepare('DELETE FROM story_members WHERE article_id = ?').run(articleId)
    for (const { story_id } of old) if (!this.#prepare('SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1').get(story_id)) this.#prepare('DELETE FROM stories WHERE id = ?').run(story_id)
  }

  async startStoryRebuild(): Promise<void> {
    this.#db
      .transaction(() => {
        this.#db.exec(`DELETE FROM story_df; DELETE FROM story_nodes; DELETE FROM story_articles; DELETE FROM story_postings;
        UPDATE story_meta SET documents = 0, next_story = 1, swept_seq = -1, last_time = -1, rebuilding = 1 WHERE id = 1;
        UPDATE articles SET stories_pending = 1 WHERE stories_pending = 0`)
      })
      .immediate()
  }

  async storyProgress(): Promise<StoryProgress> {
    const meta = this.#prepare('SELECT rebuilding, queue_seq FROM story_meta WHERE id = 1').get() as { rebuilding: number; queue_seq: number }
    return { owed: await this.storiesOwed(), rebuilding: meta.rebuilding === 1, queueSeq: meta.queue_seq }
  }

  async articleFacts(ids: readonly string[]): Promise<ArticleFacts[]> {
    const one = this.#prepare('SELECT id, title, url, published, reference_date, site_domain, site_name FROM articles WHERE id = ?')
    const out: ArticleFacts[] = []
    for (const id of ids) {
      const r = one.get(id) as
        { id: string; title: string | null; url: string | null; published: string | null; reference_date: string | null; site_domain: string | null; site_name: string | null } | undefined
      if (r) out.push({ id: r.id, title: r.title, url: r.url, published: r.published, referenceDate: r.reference_date, siteDomain: r.site_domain, siteName: r.site_name })
    }
    return out
  }

  async membershipsOf(ids: readonly string[]): Promise<StoryMembership[]> {
    const one = this.#prepare('SELECT story_id, article_id, relation, evidence FROM story_members WHERE article_id = ?')
    const out: StoryMembership[] = []
    for (const id of ids) for (const m of one.all(id) as MemberRow[]) out.push(membershipFromRow(m))
    return out
  }

  async stories(options: { limit?: number; offset?: number } = {}): Promise<StoryRecord[]> {
    const rows = this.#prepare("SELECT * FROM stories ORDER BY articles DESC, coalesce(last_seen, '') DESC, id LIMIT ? OFFSET ?").all(
      Math.min(options.limit ?? 50, 1000),
      options.offset ?? 0,
    ) as StoryRow[]
    return rows.map(storyFromRow)
  }

  async story(id: string): Promise<{ story: StoryRecord; members: StoryMembership[] } | null> {
    let current = id
    let row = this.#prepare('SELECT * FROM stories WHERE id = ?').get(current) as StoryRow | undefined
    // A merged-away or regrouped id leads, through its latest redirect, to the story it went to.
    for (let hop = 0; !row && hop < MAX_REDIRECTS; hop++) {
      const next = this.#prepare('SELECT to_id FROM story_redirects WHERE from_id = ? ORDER BY n DESC LIMIT 1').get(current) as { to_id: string } | undefined
      if (!next || next.to_id === current) return null
      current = next.to_id
      row = this.#prepare('SELECT * FROM stories WHERE id = ?').get(current) as StoryRow | undefined
    }
    if (!row) return null
    const members = (
      this.#prepare("SELECT story_id, article_id, relation, evidence FROM story_members WHERE story_id = ? ORDER BY relation = 'origin' DESC, article_id").all(current) as MemberRow[]
    ).map(membershipFromRow)
    return { story: storyFromRow(row), members }
  }

  async storyOf(articleId: string): Promise<StoryMembership | null> {
    const m = this.#prepare('SELECT story_id, article_id, relation, evidence FROM story_members WHERE article_id = ? LIMIT 1').get(articleId) as MemberRow | undefined
    return m ? membershipFromRow(m) : null
  }

  async events(query: EventQuery): Promise<CountedPage<EventRecord>> {
    const where: string[] = []
    const params: unknown[] = []
    const eq = (column: string, value: string | undefined): void => {
      if (value === undefined) return
      where.push(`${column} = ?`)
      params.push(value)
    }
    eq('e.type', query.type?.toUpperCase())
    eq('e.actor_country', query.actorCountry?.toUpperCase())
    eq('e.recipient_country', query.recipientCountry?.toUpperCase())
    if (query.entity) {
      const keys = this.#keysOf(query.entity)
      const marks = keys.map(() => '?').join(', ')
      where.push(`(e.actor_key IN (${marks}) OR e.recipient_key IN (${marks}))`)
      params.push(...keys, ...keys)
    }
    if (query.from) {
      where.push('e.date >= ?')
      params.push(query.from)
    }
    if (query.to) {
      where.push('substr(e.date, 1, 10) <= ?')
      params.push(query.to)
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const total = this.#cappedCount(`SELECT 1 FROM events e ${clause}`, params)
    const limit = Math.min(query.limit ?? 100, 10_000)
    const offset = query.offset ?? 0
    const rows = this.#prepare(
      `SELECT e.*, a.reference_date AS article_date FROM events e JOIN articles a ON a.id = e.article_id ${clause} ORDER BY coalesce(e.date, '') DESC, a.seq DESC, e.event_id LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as EventRow[]
    return {
      ...pageTotal(total, this.#limits, { offset, limit, rows: rows.length }),
      items: rows.map(eventFromRow),
    }
  }

  async entity(keyOrName: string, options: { limit?: number } = {}): Promise<EntityRecord | null> {
    const db = this.#db
    let key = keyOrName
    // One article's row speaks for the entity: one that knows the country, then the most mentions;
    // the ids settle ties, so every store (and every write order) shows the same head.
    let head = db.prepare('SELECT key, name, type, country FROM entities WHERE key = ? ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1').get(key) as EntityHead | undefined
    if (!head) {
      // An older name-based key of an entity now keyed by its KB id.
      head = db.prepare('SELECT key, name, type, country FROM entities WHERE slug = ? ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1').get(keyOrName) as EntityHead | undefined
      if (head?.key) key = head.key
    }
    if (!head) {
      head = db.prepare('SELECT key, name, type, country FROM entities WHERE name = ? COLLATE NOCASE ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1').get(keyOrName) as
        EntityHead | undefined
      if (!head) return null
      key = head.key ?? keyOrName
    }
    const limit = Math.min(options.limit ?? 200, 5000)
    // UNION arms use the key and name indexes; the equivalent OR made SQLite scan every entity row.
    const articles = db
      .prepare(
        `SELECT a.id, a.reference_date AS date, a.title, sum(x.mentions) AS mentions FROM entities x JOIN articles a ON a.id = x.article_id
         WHERE x.rowid IN (SELECT rowid FROM entities WHERE key = ? UNION SELECT rowid FROM entities WHERE name = ? COLLATE NOCASE AND key IS NULL) GROUP BY a.id ORDER BY coalesce(a.reference_date, '') DESC, a.seq DESC LIMIT ?`,
      )
      .all(key, head.name, limit) as Array<{ id: string; date: string | null; title: string | null; mentions: number }>
    const cooccurring = db
      .prepare(
        `SELECT coalesce(o.key, o.name) AS key, o.name, o.type, count(DISTINCT o.article_id) AS articles FROM entities o
         WHERE o.article_id IN (SELECT article_id FROM entities WHERE key = ? UNION SELECT article_id FROM entities WHERE name = ? COLLATE NOCASE AND key IS NULL)
           AND coalesce(o.key, o.name) != ? GROUP BY coalesce(o.key, o.name) ORDER BY articles DESC, o.name, coalesce(o.key, o.name) LIMIT 25`,
      )
      .all(key, head.name, key) as Array<{ key: string; name: string; type: string; articles: number }>
    return { key, name: head.name, type: head.type, country: head.country, articles, cooccurring }
  }

  async createSavedSearch(search: SavedSearch): Promise<void> {
    this.#db
      .prepare('INSERT INTO saved_searches (id, name, query, webhook_url, webhook_secret, created_at, cursor) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(search.id, search.name, JSON.stringify(search.query), search.webhook?.url ?? null, search.webhook?.secret ?? null, search.createdAt, search.cursor)
  }

  async savedSearches(): Promise<SavedSearch[]> {
    return (this.#db.prepare('SELECT * FROM saved_searches ORDER BY created_at, id').all() as SavedSearchRow[]).map(savedSearchFromRow)
  }

  async savedSearch(id: string): Promise<SavedSearch | null> {
    const row = this.#db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as SavedSearchRow | undefined
    return row ? savedSearchFromRow(row) : null
  }

  async deleteSavedSearch(id: string): Promise<boolean> {
    return this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM alert_deliveries WHERE search_id = ?').run(id)
      return this.#db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0
    })()
  }

  async recordMatches(searchId: string, cursor: string, deliveries: ReadonlyArray<{ item: string; payload: unknown }>, now: string): Promise<number> {
    return this.#db.transaction(() => {
      const insert = this.#db.prepare("INSERT OR IGNORE INTO alert_deliveries (search_id, item, payload, status, attempts, next_attempt_at, recorded_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)")
      let added = 0
      for (const d of deliveries) added += insert.run(searchId, d.item, JSON.stringify(d.payload), now, now).changes
      this.#db.prepare('UPDATE saved_searches SET cursor = ? WHERE id = ?').run(cursor, searchId)
      return added
    })()
  }

  async dueDeliveries(now: string, limit: number): Promise<Delivery[]> {
    const rows = this.#db
      .prepare(
        "SELECT d.* FROM alert_deliveries d JOIN saved_searches s ON s.id = d.search_id WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND s.webhook_url IS NOT NULL ORDER BY d.next_attempt_at, d.recorded_at, d.item LIMIT ?",
      )
      .all(now, limit) as DeliveryRow[]
    return rows.map(deliveryFromRow)
  }

  async deliveries(searchId: string): Promise<Delivery[]> {
    return (this.#db.prepare('SELECT * FROM alert_deliveries WHERE search_id = ? ORDER BY recorded_at, item').all(searchId) as DeliveryRow[]).map(deliveryFromRow)
  }

  async settleDelivery(searchId: string, item: string, outcome: { ok: true; at: string } | { ok: false; error: string; retryAt: string | null }): Promise<void> {
    if (outcome.ok) {
      this.#db
        .prepare("UPDATE alert_deliveries SET status = 'delivered', delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE search_id = ? AND item = ?")
        .run(outcome.at, searchId, item)
    } else {
      this.#db
        .prepare('UPDATE alert_deliveries SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = coalesce(?, next_attempt_at) WHERE search_id = ? AND item = ?')
        .run(outcome.retryAt ? 'pending' : 'failed', outcome.error, outcome.retryAt, searchId, item)
    }
  }

  /** The key itself and the KB keys it is the slug of (one name-based key may have been linked). */
  #keysOf(key: string): string[] {
    const linked = this.#prepare('SELECT DISTINCT key FROM entities WHERE slug = ? LIMIT 20').all(key) as Array<{ key: string }>
    return [key, ...linked.map((r) => r.key).filter((k) => k !== key)]
  }

  async stats(): Promise<{ documents: number; articles: number; stories: number }> {
    const n = (sql: string): number => (this.#prepare(sql).get() as { n: number }).n
    return { documents: n('SELECT count(*) AS n FROM documents'), articles: n('SELECT count(*) AS n FROM articles'), stories: n('SELECT count(*) AS n FROM stories') }
  }

  async check(): Promise<string | null> {
    if (this.#identity !== null && fileIdentity(this.#path) !== this.#identity) return `the store file ${this.#path} was deleted or replaced while open`
    if (this.#path !== ':memory:') {
      const head = Buffer.alloc(16)
      try {
        const fd = openSync(this.#path, 'r')
        try {
          readSync(fd, head, 0, 16, 0)
        } finally {
          closeSync(fd)
        }
      } catch (error) {
        return `the store file ${this.#path} cannot be read: ${(error as Error).message}`
      }
      if (head.toString('latin1') !== SQLITE_MAGIC) return `the store file ${this.#path} is damaged (its header is not SQLite's)`
    }
    try {
      const { v } = this.#prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }
      if (v !== SQLITE_MIGRATIONS.length) return `the store's schema is version ${v}, this newsgraph expects ${SQLITE_MIGRATIONS.length}`
      await this.stats()
    } catch (error) {
      return `the store fails to read: ${(error as Error).message}`
    }
    return null
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close()
  }
}

/** Redirects followed at most from a story id to the story it went to (chains stay short: merges keep the larger id). */
const MAX_REDIRECTS = 20

interface MemberRow {
  story_id: string
  article_id: string
  relation: StoryMembership['relation']
  evidence: string | null
}

function membershipFromRow(m: MemberRow): StoryMembership {
  return { story: m.story_id, article: m.article_id, relation: m.relation, evidence: m.evidence ? (JSON.parse(m.evidence) as unknown) : null }
}

interface EntityHead {
  key: string | null
  name: string
  type: string
  country: string | null
}

/** Thrown by in_time() inside a statement once the search's time limit has passed. */
class SearchStopped extends Error {
  static readonly MESSAGE = 'newsgraph search time limit'
  constructor() {
    super(SearchStopped.MESSAGE)
  }
}

/** Device and inode of the file, so a health check sees when the file was deleted or replaced. */
function fileIdentity(path: string): string | null {
  if (path === ':memory:') return null
  try {
    const info = statSync(path)
    return `${info.dev}:${info.ino}`
  } catch {
    return null
  }
}
