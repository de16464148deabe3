import type Database from 'better-sqlite3'
import { storedArticleText } from '../compression.js'
import type { UpgradeProgress } from '../article-store.js'

/**
 * Schema of the story state; applied by the store's migrations (and nothing else). `rebuilding`
 * marks a `stories --rebuild` under way; `queue_seq` is the queue sequence through which the
 * distributed cluster worker has clustered every article.
 */
export const SQLITE_STORY_STATE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS story_meta (id INTEGER PRIMARY KEY CHECK (id = 1), documents INTEGER NOT NULL, next_story INTEGER NOT NULL, swept_seq INTEGER NOT NULL, last_time INTEGER NOT NULL, rebuilding INTEGER NOT NULL, queue_seq INTEGER NOT NULL);
  INSERT OR IGNORE INTO story_meta (id, documents, next_story, swept_seq, last_time, rebuilding, queue_seq) VALUES (1, 0, 1, -1, -1, 0, 0);
  CREATE TABLE IF NOT EXISTS story_df (feature INTEGER PRIMARY KEY, n INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS story_nodes (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    size INTEGER NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    refine_at INTEGER NOT NULL,
    touched INTEGER NOT NULL,
    looked INTEGER NOT NULL,
    centroids BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS story_nodes_id ON story_nodes(id);
  CREATE INDEX IF NOT EXISTS story_nodes_touched ON story_nodes(touched);
  CREATE TABLE IF NOT EXISTS story_articles (article_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, time INTEGER NOT NULL, story INTEGER NOT NULL, features BLOB NOT NULL);
  CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story, seq, article_id);
  CREATE TABLE IF NOT EXISTS story_postings (key INTEGER NOT NULL, bucket INTEGER NOT NULL, story INTEGER NOT NULL, PRIMARY KEY (key, bucket, story)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS story_redirects (n INTEGER PRIMARY KEY, from_id TEXT NOT NULL, to_id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS story_redirects_from ON story_redirects(from_id, n);
`

/** One schema step: SQL, or a function for a step that must read stored data back (and says how far it is). */
export type SqliteMigration = string | ((db: Database.Database, progress: (progress: UpgradeProgress) => void) => void)

/**
 * SQLite schema, as an ordered list of migrations. A migration is applied once, in a
 * transaction, and recorded in `schema_migrations`; a store opened by a newer newsgraph
 * migrates forward on open and never rewrites an applied step.
 */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    input TEXT NOT NULL,
    url TEXT,
    content_type TEXT,
    fetched_at TEXT,
    size INTEGER NOT NULL,
    body BLOB NOT NULL,
    article_id TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_article ON documents(article_id);

  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT,
    input TEXT NOT NULL,
    url TEXT,
    url_key TEXT,
    text_hash TEXT NOT NULL,
    title TEXT,
    site_domain TEXT,
    site_name TEXT,
    published TEXT,
    reference_date TEXT,
    language TEXT,
    original_source TEXT,
    duplicate_of TEXT,
    duplicate_level TEXT,
    json BLOB NOT NULL,
    snippet TEXT NOT NULL
  );
  CREATE INDEX articles_url_key ON articles(url_key);
  CREATE INDEX articles_text_hash ON articles(text_hash);
  CREATE INDEX articles_site ON articles(site_domain);
  CREATE INDEX articles_date ON articles(reference_date);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

  CREATE TABLE entities (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    key TEXT,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    mentions INTEGER NOT NULL,
    salience REAL,
    PRIMARY KEY (article_id, entity_id)
  );
  CREATE INDEX entities_key ON entities(key);
  CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

  CREATE TABLE events (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    actor_key TEXT,
    recipient_key TEXT,
    actor_country TEXT,
    recipient_country TEXT,
    date TEXT,
    negated INTEGER NOT NULL,
    modality TEXT NOT NULL,
    quad_class TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_id)
  );
  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_pair ON events(actor_country, recipient_country);

  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    origin TEXT,
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    independent INTEGER NOT NULL
  );
  CREATE TABLE story_members (
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    relation TEXT NOT NULL,
    evidence TEXT,
    PRIMARY KEY (story_id, article_id)
  );
  CREATE INDEX story_members_article ON story_members(article_id);
  `,
  // 2: searches by entity read only the index (article ids ride along with the key or name), and
  // the outlet filter matches subdomains over the short list of known sites instead of a
  // leading-wildcard LIKE across every article's row in the site index.
  `
  CREATE INDEX entities_key_article ON entities(key, article_id);
  CREATE INDEX entities_name_article ON entities(name COLLATE NOCASE, article_id);
  DROP INDEX entities_key;
  DROP INDEX entities_name;
  CREATE TABLE sites (domain TEXT PRIMARY KEY) WITHOUT ROWID;
  INSERT OR IGNORE INTO sites (domain) SELECT DISTINCT site_domain FROM articles WHERE site_domain IS NOT NULL;
  `,
  // 3: words are indexed by their stem, so "glacier" finds "glaciers" and "sanction" finds
  // "sanctioned". The full-text table keeps no text of its own, so it is rebuilt from the
  // stored articles.
  (db, progress) => {
    db.exec(`CREATE VIRTUAL TABLE articles_fts_stemmed USING fts5(title, text, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2')`)
    const insert = db.prepare('INSERT INTO articles_fts_stemmed (rowid, title, text) VALUES (?, ?, ?)')
    // Pages of rows, since better-sqlite3 runs no insert while a read is still iterating.
    const page = db.prepare('SELECT seq, title, json FROM articles WHERE seq > ? ORDER BY seq LIMIT 500')
    const rows = function* (): Generator<{ seq: number; title: string | null; json: Buffer }> {
      for (let after = 0; ;) {
        const batch = page.all(after) as Array<{ seq: number; title: string | null; json: Buffer }>
        if (batch.length === 0) return
        yield* batch
        after = batch[batch.length - 1]!.seq
      }
    }
    const { total } = db.prepare('SELECT count(*) AS total FROM articles').get() as { total: number }
    let done = 0
    for (const row of rows()) {
      if (done++ % 500 === 0) progress({ step: 'search index', done: done - 1, total })
      const text = storedArticleText(row.json)
      insert.run(row.seq, row.title ?? '', text)
    }
    progress({ step: 'search index', done: total, total })
    db.exec('DROP TABLE articles_fts; ALTER TABLE articles_fts_stemmed RENAME TO articles_fts')
  },
  // 4 (entity identity): an entity linked to the knowledge base is keyed by its KB id (Q801);
  // its name-based key (country:ISR, person:loretta-lynch) stays searchable as its slug.
  `
  ALTER TABLE entities ADD COLUMN slug TEXT;
  CREATE INDEX entities_slug_article ON entities(slug, article_id);
  `,
  // 5: stories owed. Every article waits to be grouped into stories until a grouping that covers
  // it is written, so a regroup cut short (kill -9) is redone by the next run. Articles already
  // in a story are taken as grouped.
  `
  ALTER TABLE articles ADD COLUMN stories_pending INTEGER NOT NULL DEFAULT 1;
  UPDATE articles SET stories_pending = 0 WHERE id IN (SELECT article_id FROM story_members);
  CREATE INDEX articles_stories_pending ON articles(id) WHERE stories_pending = 1;
  `,
  // 6: topics are searchable; saved searches and the webhook deliveries they owe survive restarts;
  // "stored since" reads the ingest time through an index. Articles stored before this step had no
  // topics, so there is nothing to fill in.
  `
  CREATE TABLE IF NOT EXISTS article_topics (
    article_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (article_id, topic)
  );
  CREATE INDEX IF NOT EXISTS article_topics_topic ON article_topics(topic, article_id);
  CREATE INDEX IF NOT EXISTS documents_ingested ON documents(ingested_at);
  CREATE TABLE IF NOT EXISTS saved_searches (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    webhook_url TEXT,
    webhook_secret TEXT,
    created_at TEXT NOT NULL,
    cursor TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS alert_deliveries (
    search_id TEXT NOT NULL,
    item TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    delivered_at TEXT,
    last_error TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (search_id, item)
  );
  CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries(status, next_attempt_at);
  `,
  // 7: search by language (`search --language de`) reads an index rather than every article.
  'CREATE INDEX IF NOT EXISTS articles_language ON articles(language, reference_date)',
  // 8: stories at any scale. The incremental clusterer's state (centroids, posting lists by
  // blocking key and day, document frequencies, merge and split redirects) is kept here, and new
  // articles join the stories around them instead of regrouping the store. Every article is owed
  // once, so the next run groups the store through the new path (stories made before keep their
  // records until their articles are grouped again, then lead to where they went); owed articles
  // are read in arrival order.
  `
  ${SQLITE_STORY_STATE_SCHEMA}
  UPDATE story_meta SET rebuilding = 1;
  UPDATE articles SET stories_pending = 1;
  DROP INDEX IF EXISTS articles_stories_pending;
  CREATE INDEX IF NOT EXISTS articles_owed ON articles(seq) WHERE stories_pending = 1;
  `,
]
