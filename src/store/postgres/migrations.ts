import type pg from 'pg'
import { storedArticleText } from '../compression.js'
import type { UpgradeProgress } from '../article-store.js'

/** Schema of the story state (as the SQLite one); applied by the store's migrations (and nothing else). */
export const POSTGRES_STORY_STATE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS story_meta (id INTEGER PRIMARY KEY CHECK (id = 1), documents BIGINT NOT NULL, next_story BIGINT NOT NULL, swept_seq BIGINT NOT NULL, last_time BIGINT NOT NULL, rebuilding BOOLEAN NOT NULL, queue_seq BIGINT NOT NULL);
  INSERT INTO story_meta (id, documents, next_story, swept_seq, last_time, rebuilding, queue_seq) VALUES (1, 0, 1, -1, -1, false, 0) ON CONFLICT DO NOTHING;
  CREATE TABLE IF NOT EXISTS story_df (feature BIGINT PRIMARY KEY, n BIGINT NOT NULL);
  CREATE TABLE IF NOT EXISTS story_nodes (
    num BIGINT PRIMARY KEY,
    id TEXT NOT NULL,
    size INTEGER NOT NULL,
    first BIGINT NOT NULL,
    last BIGINT NOT NULL,
    refine_at INTEGER NOT NULL,
    touched BIGINT NOT NULL,
    looked BIGINT NOT NULL,
    centroids BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS story_nodes_id ON story_nodes(id);
  CREATE INDEX IF NOT EXISTS story_nodes_touched ON story_nodes(touched);
  CREATE TABLE IF NOT EXISTS story_articles (article_id TEXT PRIMARY KEY, seq BIGINT NOT NULL, time BIGINT NOT NULL, story BIGINT NOT NULL, features BYTEA NOT NULL);
  CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story, seq, article_id);
  CREATE TABLE IF NOT EXISTS story_postings (key BIGINT NOT NULL, bucket INTEGER NOT NULL, story BIGINT NOT NULL, PRIMARY KEY (key, bucket, story));
  CREATE TABLE IF NOT EXISTS story_redirects (n BIGSERIAL PRIMARY KEY, from_id TEXT NOT NULL, to_id TEXT NOT NULL, kind TEXT NOT NULL, seq BIGINT NOT NULL);
  CREATE INDEX IF NOT EXISTS story_redirects_from ON story_redirects(from_id, n);
`

/** One schema step: SQL, or a function for a step that must read stored data back (and says how far it is). */
export type PostgresMigration = string | ((client: pg.PoolClient, progress: (progress: UpgradeProgress) => void) => Promise<void>)

/** The text search configuration articles are indexed and searched with (migration 3). */
export const TEXT_SEARCH_CONFIG = 'newsgraph'

/** Characters of article text indexed for search; a tsvector is capped at 1 MB, and text past this adds no new words anyway. */
export const MAX_INDEXED_CHARS = 400_000

/**
 * PostgreSQL schema, as an ordered list of migrations, the counterpart of the SQLite one. Each
 * step runs once in a transaction and is recorded in `schema_migrations`; several workers that
 * open the same database at once serialize on an advisory lock, so none applies a step twice.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  `
  CREATE SEQUENCE local_arrival;

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    input TEXT NOT NULL,
    url TEXT,
    content_type TEXT,
    fetched_at TEXT,
    size INTEGER NOT NULL,
    body BYTEA NOT NULL,
    article_id TEXT,
    ingest_order BIGINT,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE INDEX documents_article ON documents(article_id);

  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    arrival BIGINT NOT NULL,
    document_id TEXT,
    input TEXT NOT NULL,
    url TEXT,
    url_key TEXT,
    text_hash TEXT NOT NULL,
    has_text BOOLEAN NOT NULL,
    title TEXT,
    site_domain TEXT,
    site_name TEXT,
    published TEXT,
    reference_date TEXT,
    language TEXT,
    original_source TEXT,
    duplicate_of TEXT,
    duplicate_level TEXT,
    json BYTEA NOT NULL,
    snippet TEXT NOT NULL,
    fts TSVECTOR NOT NULL
  );
  CREATE INDEX articles_arrival ON articles(arrival, id);
  CREATE INDEX articles_url_key ON articles(url_key, arrival);
  CREATE INDEX articles_text_hash ON articles(text_hash, arrival);
  CREATE INDEX articles_site ON articles(site_domain);
  CREATE INDEX articles_date ON articles(reference_date);
  CREATE INDEX articles_fts ON articles USING GIN (fts);

  CREATE TABLE entities (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    key TEXT,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    mentions INTEGER NOT NULL,
    salience DOUBLE PRECISION,
    PRIMARY KEY (article_id, entity_id)
  );
  CREATE INDEX entities_key ON entities(key);
  CREATE INDEX entities_name ON entities(lower(name));

  CREATE TABLE events (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    actor_key TEXT,
    recipient_key TEXT,
    actor_country TEXT,
    recipient_country TEXT,
    date TEXT,
    negated BOOLEAN NOT NULL,
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
    evidence JSON,
    PRIMARY KEY (story_id, article_id)
  );
  CREATE INDEX story_members_article ON story_members(article_id);
  `,
  // 2: listings walk an index in their own order instead of sorting every match, and subdomains
  // are found by a prefix of the reversed domain instead of a leading-wildcard scan.
  `
  CREATE INDEX articles_listing ON articles ((coalesce(reference_date, '')) DESC, arrival DESC, id DESC);
  CREATE INDEX articles_site_reversed ON articles (reverse(site_domain) text_pattern_ops);
  `,
  // 3: words are indexed by their stem, as in the SQLite store, so "glacier" finds "glaciers".
  // English Snowball stems without its stop-word list, so every word stays searchable; the
  // search vectors are rebuilt from the stored articles.
  async (client, progress) => {
    await client.query(`CREATE TEXT SEARCH DICTIONARY newsgraph_stem (TEMPLATE = snowball, Language = english)`)
    await client.query(`CREATE TEXT SEARCH CONFIGURATION ${TEXT_SEARCH_CONFIG} (COPY = simple)`)
    await client.query(`ALTER TEXT SEARCH CONFIGURATION ${TEXT_SEARCH_CONFIG} ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part WITH newsgraph_stem`)
    const total = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n)
    let done = 0
    for (let after = ''; ;) {
      progress({ step: 'search index', done, total })
      const { rows } = await client.query<{ id: string; title: string | null; json: Buffer }>('SELECT id, title, json FROM articles WHERE id > $1 ORDER BY id LIMIT 500', [after])
      if (rows.length === 0) break
      for (const row of rows) {
        const text = storedArticleText(row.json)
        await client.query(`UPDATE articles SET fts = to_tsvector('${TEXT_SEARCH_CONFIG}', $2) WHERE id = $1`, [row.id, `${row.title ?? ''}\n${text.slice(0, MAX_INDEXED_CHARS)}`])
      }
      after = rows[rows.length - 1]!.id
      done += rows.length
    }
    progress({ step: 'search index', done: total, total })
  },
  // 4 (entity identity): an entity linked to the knowledge base is keyed by its KB id (Q801);
  // its name-based key stays searchable as its slug.
  `
  ALTER TABLE entities ADD COLUMN IF NOT EXISTS slug TEXT;
  CREATE INDEX IF NOT EXISTS entities_slug ON entities(slug);
  `,
  // 5: stories owed, as in the SQLite store: every article waits to be grouped until a grouping
  // that covers it is written. Articles already in a story are taken as grouped.
  `
  ALTER TABLE articles ADD COLUMN stories_pending BOOLEAN NOT NULL DEFAULT true;
  UPDATE articles SET stories_pending = false WHERE id IN (SELECT article_id FROM story_members);
  CREATE INDEX articles_stories_pending ON articles(id) WHERE stories_pending;
  `,
  // 6: topics are searchable; saved searches and the webhook deliveries they owe survive restarts;
  // "stored since" reads the ingest time through an index. Articles stored before this step had no
  // topics, so there is nothing to fill in.
  `
  CREATE TABLE IF NOT EXISTS article_topics (
    article_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, topic)
  );
  CREATE INDEX IF NOT EXISTS article_topics_topic ON article_topics(topic, article_id);
  CREATE INDEX IF NOT EXISTS documents_ingested ON documents(ingested_at);
  CREATE TABLE IF NOT EXISTS saved_searches (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    query JSONB NOT NULL,
    webhook_url TEXT,
    webhook_secret TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    cursor TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE IF NOT EXISTS alert_deliveries (
    search_id TEXT NOT NULL,
    item TEXT NOT NULL,
    payload JSONB NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    delivered_at TIMESTAMPTZ,
    last_error TEXT,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (search_id, item)
  );
  CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries(status, next_attempt_at);
  `,
  // 7: search by language (`search --language de`) reads an index rather than every article.
  'CREATE INDEX IF NOT EXISTS articles_language ON articles(language)',
  // 8: stories at any scale, as in the SQLite store: the incremental clusterer's state, every
  // article owed once so the next run groups the store through the new path, owed articles read
  // in arrival order.
  `
  ${POSTGRES_STORY_STATE_SCHEMA}
  UPDATE story_meta SET rebuilding = true;
  UPDATE articles SET stories_pending = true;
  DROP INDEX IF EXISTS articles_stories_pending;
  CREATE INDEX IF NOT EXISTS articles_owed ON articles(arrival, id) WHERE stories_pending;
  `,
]
