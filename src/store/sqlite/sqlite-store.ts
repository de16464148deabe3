/**
 * The embedded store: one SQLite file (WAL mode) through better-sqlite3. Every `put` is one
 * transaction, so a crash loses at most the document being written and a rerun adds it once.
 * Raw inputs and article JSON are kept brotli-compressed; full-text search uses FTS5.
 */
import Database from 'better-sqlite3'
import { compressForStore, decompressFromStore } from '../compression.js'
import type { Article } from '../../model/article.js'
import { DEDUP_FILTERS } from '../article-store.js'
import type { ArticleStore, ArticleSummary, EntityRecord, EventQuery, EventRecord, PutResult, SearchQuery, StoredDocument, StoryMembership, StoryRecord, UpgradeProgress } from '../article-store.js'
import { SQLITE_MIGRATIONS } from './migrations.js'
import { canonicalizeUrl } from '../../corpus/canonical-url.js'
import { textHash } from '../../corpus/text-hash.js'
import { eventFromRow, storyFromRow, type EventRow, type StoryRow } from '../table-rows.js'

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** Open read-only (the server's readers). Default false. */
  readonly readonly?: boolean
  /** Milliseconds to wait for a lock held by another process. Default 5,000. */
  readonly busyTimeoutMs?: number
  /** Told how far a long upgrade of an older store has got (opening may take minutes on millions of articles). */
  readonly onUpgradeProgress?: (progress: UpgradeProgress) => void
}

const compress = compressForStore
const decompress = decompressFromStore

/** Opens (creating and migrating if needed) a SQLite store at `path` (`:memory:` for tests). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): ArticleStore {
  const timeout = options.busyTimeoutMs ?? 5000
  if (options.readonly && path !== ':memory:' && pendingMigrations(path, timeout)) {
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
      throw new Error(`the store ${path} was written by an older newsgraph and must be upgraded, which needs write access to it: ${(error as Error).message}`, { cause: error })
    }
  }
  const db = new Database(path, { readonly: options.readonly ?? false, timeout })
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    migrate(db, options.onUpgradeProgress)
  }
  return new SqliteStore(db)
}

function pendingMigrations(path: string, timeout: number): boolean {
  const db = new Database(path, { readonly: true, timeout })
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()
    if (!table) return false // not a newsgraph store (or an empty file): the reader's own errors say so
    const { v } = db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }
    return v < SQLITE_MIGRATIONS.length
  } finally {
    db.close()
  }
}

function migrate(db: Database.Database, onProgress: (progress: UpgradeProgress) => void = () => undefined): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)')
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version))
  SQLITE_MIGRATIONS.forEach((sql, index) => {
    const version = index + 1
    if (applied.has(version)) return
    db.transaction(() => {
      if (typeof sql === 'string') db.exec(sql)
      else sql(db, onProgress)
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString())
    })()
  })
}

interface ArticleRow {
  seq: number
  id: string
  title: string | null
  url: string | null
  site_domain: string | null
  published: string | null
  reference_date: string | null
  snippet: string
  story: string | null
}

class SqliteStore implements ArticleStore {
  readonly #db: Database.Database
  readonly #put: (document: StoredDocument, article: Article | null) => PutResult
  readonly #statements = new Map<string, Database.Statement>()

  constructor(db: Database.Database) {
    this.#db = db
    this.#put = db.transaction((document: StoredDocument, article: Article | null) => this.#putSync(document, article))
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
      return { documentId: document.id, articleId: existing.article_id, inserted: false, ...(existing.article_id ? { duplicateOf: { articleId: existing.article_id, level: 'document' as const } } : {}) }
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
        const sameText = article.text.trim() ? (db.prepare('SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1').get(hash) as { id: string } | undefined) : undefined
        const dup = sameText ? { articleId: sameText.id, level: 'text' as const } : sameUrl ? { articleId: sameUrl.id, level: 'url' as const } : undefined
        if (dup) duplicateOf = dup
        this.#insertArticle(document.id, article, key, hash, dup)
      }
    }
    db.prepare('INSERT INTO documents (id, input, url, content_type, fetched_at, size, body, article_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      document.id,
      document.input,
      document.url,
      document.contentType,
      document.fetchedAt,
      document.body.byteLength,
      compress(document.body),
      articleId,
      new Date().toISOString(),
    )
    return { documentId: document.id, articleId, inserted, ...(duplicateOf ? { duplicateOf } : {}) }
  }

  #insertArticle(documentId: string, a: Article, key: string | null, hash: string, dup: PutResult['duplicateOf']): void {
    const db = this.#db
    const info = db
      .prepare(
        `INSERT INTO articles (id, document_id, input, url, url_key, text_hash, title, site_domain, site_name, published, reference_date, language, original_source, duplicate_of, duplicate_level, json, snippet)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.id,
        documentId,
        a.input,
        a.url,
        key,
        hash,
        a.title,
        a.site.domain,
        a.site.name,
        a.published,
        a.referenceDate,
        a.language,
        a.originalSource?.name ?? null,
        dup?.articleId ?? null,
        dup?.level ?? null,
        compress(JSON.stringify(a)),
        a.text.slice(0, 280),
      )
    db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(info.lastInsertRowid, a.title ?? '', a.text)
    if (a.site.domain) db.prepare('INSERT OR IGNORE INTO sites (domain) VALUES (?)').run(a.site.domain)
    const ent = db.prepare('INSERT INTO entities (article_id, entity_id, key, name, type, country, mentions, salience, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    for (const e of a.entities) ent.run(a.id, e.id, e.key ?? null, e.name, e.type, e.country ?? null, e.mentions.length, e.salience ?? null, e.slug ?? null)
    const keyOf = new Map(a.entities.map((e) => [e.id, e.key ?? e.name]))
    const ev = db.prepare(
      `INSERT INTO events (article_id, event_id, type, actor_key, recipient_key, actor_country, recipient_country, date, negated, modality, quad_class, evidence_start, evidence_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const e of a.events) {
      ev.run(a.id, e.id, e.type, e.actor ? (keyOf.get(e.actor) ?? null) : null, e.recipient ? (keyOf.get(e.recipient) ?? null) : null, e.actorCountry ?? null, e.recipientCountry ?? null, e.date ?? null, e.negated ? 1 : 0, e.modality, e.quadClass ?? null, e.evidence.start, e.evidence.end)
    }
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.#prepare('SELECT id, input, url, content_type, fetched_at, body FROM documents WHERE id = ?').get(id) as
      | { id: string; input: string; url: string | null; content_type: string | null; fetched_at: string | null; body: Buffer }
      | undefined
    if (!row) return null
    return { id: row.id, input: row.input, url: row.url, contentType: row.content_type, fetchedAt: row.fetched_at, body: new Uint8Array(decompress(row.body)) }
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.#prepare('SELECT json FROM articles WHERE id = ?').get(id) as { json: Buffer } | undefined
    return row ? (JSON.parse(decompress(row.json).toString('utf8')) as Article) : null
  }

  async search(query: SearchQuery): Promise<{ total: number; items: ArticleSummary[] }> {
    const where: string[] = []
    const params: unknown[] = []
    if (query.text?.trim()) {
      where.push('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)')
      params.push(ftsQuery(query.text))
    }
    if (query.entity) {
      // Two arms let each use its covering index (SQLite scans the whole table for the OR form);
      // IN already ignores repeats, so UNION ALL spares the de-duplicating sort.
      // A name-based key also finds the articles where the entity is now keyed by its KB id.
      where.push('a.id IN (SELECT article_id FROM entities WHERE key = ? UNION ALL SELECT article_id FROM entities WHERE slug = ? UNION ALL SELECT article_id FROM entities WHERE name = ? COLLATE NOCASE)')
      params.push(query.entity, query.entity, query.entity)
    }
    if (query.outlet) {
      // Subdomains are found in the short list of known sites; a leading-wildcard LIKE on the
      // articles' site index would read one entry per article.
      where.push('a.site_domain IN (SELECT domain FROM sites WHERE domain = ? OR domain LIKE ?)')
      params.push(query.outlet.replace(/^www\./, ''), `%.${query.outlet.replace(/^www\./, '')}`)
    }
    if (query.from) {
      where.push('a.reference_date >= ?')
      params.push(query.from)
    }
    if (query.to) {
      where.push('substr(a.reference_date, 1, 10) <= ?')
      params.push(query.to)
    }
    if (query.eventType) {
      where.push('a.id IN (SELECT article_id FROM events WHERE type = ?)')
      params.push(query.eventType.toUpperCase())
    }
    if (query.story) {
      where.push('a.id IN (SELECT article_id FROM story_members WHERE story_id = ?)')
      params.push(query.story)
    }
    if (query.unique) {
      const level = DEDUP_FILTERS.indexOf(query.unique)
      where.push(level === 0 ? "coalesce(a.duplicate_level, '') != 'url'" : 'a.duplicate_of IS NULL')
      if (level >= 2) {
        where.push(`a.id NOT IN (SELECT article_id FROM story_members WHERE relation IN (${level >= 3 ? "'copy', 'rewrite'" : "'copy'"}))`)
      }
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
    // Every full-text row is an article (they are written and deleted together), so a text-only
    // search counts the index's own match list instead of looking each match up in the table.
    const textOnly = where.length === 1 && Boolean(query.text?.trim())
    const countSql = textOnly ? 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?' : `SELECT count(*) AS n FROM articles a ${clause}`
    const { n: total } = this.#prepare(countSql).get(...params) as { n: number }
    const limit = Math.min(Math.max(query.limit ?? 20, 1), 500)
    const offset = Math.max(query.offset ?? 0, 0)
    if (total === 0 || offset >= total) return { total, items: [] }
    // Two ways to the page: sort the matches by date, or walk the date index newest first and keep
    // the matches until the page is full. Walking reads about (offset + limit) * articles / matches
    // index entries, each far cheaper than a match's row read and sort, so a common term walks and
    // a rare one sorts. The count just taken says which; SQLite's planner cannot know it.
    const { n: articles } = this.#prepare('SELECT coalesce(max(seq), 0) AS n FROM articles').get() as { n: number }
    const walk = (offset + limit) * articles < 4 * total * total
    // NULL sorts below every date, so undated articles still come last. The page is picked on
    // (date, seq) alone and only its rows are read in full, so a filter matching hundreds of
    // articles sorts small keys rather than whole rows.
    const rows = this
      .#prepare(
        `SELECT a.seq, a.id, a.title, a.url, a.site_domain, a.published, a.reference_date, a.snippet,
                (SELECT story_id FROM story_members m WHERE m.article_id = a.id LIMIT 1) AS story
         FROM articles a
         WHERE a.seq IN (SELECT a.seq FROM articles a ${walk ? 'INDEXED BY articles_date' : ''} ${clause} ORDER BY a.reference_date DESC, a.seq DESC LIMIT ? OFFSET ?)
         ORDER BY a.reference_date DESC, a.seq DESC`,
      )
      .all(...params, limit, offset) as ArticleRow[]
    return {
      total,
      items: rows.map((r) => ({ id: r.id, title: r.title, url: r.url, site: r.site_domain, published: r.published, referenceDate: r.reference_date, snippet: r.snippet, story: r.story })),
    }
  }

  async articleIds(): Promise<string[]> {
    return (this.#prepare('SELECT id FROM articles ORDER BY seq').all() as Array<{ id: string }>).map((r) => r.id)
  }

  async putStories(stories: readonly StoryRecord[], memberships: readonly StoryMembership[]): Promise<void> {
    const db = this.#db
    db.transaction(() => {
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
    })()
  }

  async stories(options: { limit?: number; offset?: number } = {}): Promise<StoryRecord[]> {
    const rows = this
      .#prepare('SELECT * FROM stories ORDER BY articles DESC, coalesce(last_seen, \'\') DESC, id LIMIT ? OFFSET ?')
      .all(Math.min(options.limit ?? 50, 1000), options.offset ?? 0) as StoryRow[]
    return rows.map(storyFromRow)
  }

  async story(id: string): Promise<{ story: StoryRecord; members: StoryMembership[] } | null> {
    const row = this.#prepare('SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined
    if (!row) return null
    const members = (this.#prepare('SELECT story_id, article_id, relation, evidence FROM story_members WHERE story_id = ? ORDER BY relation = \'origin\' DESC, article_id').all(id) as Array<{
      story_id: string
      article_id: string
      relation: StoryMembership['relation']
      evidence: string | null
    }>).map((m) => ({ story: m.story_id, article: m.article_id, relation: m.relation, evidence: m.evidence ? (JSON.parse(m.evidence) as unknown) : null }))
    return { story: storyFromRow(row), members }
  }

  async storyOf(articleId: string): Promise<StoryMembership | null> {
    const m = this.#prepare('SELECT story_id, article_id, relation, evidence FROM story_members WHERE article_id = ? LIMIT 1').get(articleId) as
      | { story_id: string; article_id: string; relation: StoryMembership['relation']; evidence: string | null }
      | undefined
    return m ? { story: m.story_id, article: m.article_id, relation: m.relation, evidence: m.evidence ? (JSON.parse(m.evidence) as unknown) : null } : null
  }

  async events(query: EventQuery): Promise<{ total: number; items: EventRecord[] }> {
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
    const total = (this.#prepare(`SELECT count(*) AS n FROM events e ${clause}`).get(...params) as { n: number }).n
    const rows = this
      .#prepare(`SELECT e.*, a.reference_date AS article_date FROM events e JOIN articles a ON a.id = e.article_id ${clause} ORDER BY coalesce(e.date, '') DESC, a.seq DESC, e.event_id LIMIT ? OFFSET ?`)
      .all(...params, Math.min(query.limit ?? 100, 10_000), query.offset ?? 0) as EventRow[]
    return {
      total,
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
      head = db.prepare('SELECT key, name, type, country FROM entities WHERE name = ? COLLATE NOCASE ORDER BY country IS NULL, mentions DESC, article_id, entity_id LIMIT 1').get(keyOrName) as EntityHead | undefined
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
           AND coalesce(o.key, o.name) != ? GROUP BY coalesce(o.key, o.name) ORDER BY articles DESC, o.name LIMIT 25`,
      )
      .all(key, head.name, key) as Array<{ key: string; name: string; type: string; articles: number }>
    return { key, name: head.name, type: head.type, country: head.country, articles, cooccurring }
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

  async close(): Promise<void> {
    this.#db.close()
  }
}

interface EntityHead {
  key: string | null
  name: string
  type: string
  country: string | null
}


// User text becomes a safe FTS5 query: words are quoted (so `-`, `:` and `"` cannot inject
// syntax) and joined with AND; a trailing `*` keeps prefix search.
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? []
  if (words.length === 0) return '""'
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1).replace(/"/g, '')}"*` : `"${w.replace(/"/g, '')}"`)).join(' AND ')
}
