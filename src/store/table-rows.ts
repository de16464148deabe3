/** Rows of the `stories` and `events` tables and of a search page, which both SQL stores share, and their mapping to records. */
import type { Article } from '../model/article.js'
import type { ArticleSummary, EventRecord, PutResult, StoryRecord } from './article-store.js'

/** A row of the `stories` table, as both SQL stores define it. */
export interface StoryRow {
  id: string
  title: string
  first_seen: string | null
  last_seen: string | null
  origin: string | null
  articles: number
  outlets: number
  independent: number
}

/** The StoryRecord a `stories` row describes. */
export function storyFromRow(r: StoryRow): StoryRecord {
  return { id: r.id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, origin: r.origin, articles: r.articles, outlets: r.outlets, independent: r.independent }
}

/** A row of the `events` table joined with its article's date; `negated` is 0/1 in SQLite, boolean in PostgreSQL. */
export interface EventRow {
  article_id: string
  event_id: string
  type: string
  actor_key: string | null
  recipient_key: string | null
  actor_country: string | null
  recipient_country: string | null
  date: string | null
  negated: number | boolean
  modality: string
  quad_class: string | null
  evidence_start: number
  evidence_end: number
  article_date: string | null
}

/** The EventRecord an `events` row describes. */
export function eventFromRow(r: EventRow): EventRecord {
  return {
    article: r.article_id,
    event: r.event_id,
    type: r.type,
    actorKey: r.actor_key,
    recipientKey: r.recipient_key,
    actorCountry: r.actor_country,
    recipientCountry: r.recipient_country,
    date: r.date,
    negated: r.negated === true || r.negated === 1,
    modality: r.modality,
    quadClass: r.quad_class,
    evidence: { start: r.evidence_start, end: r.evidence_end },
    articleDate: r.article_date,
  }
}

/** A row of an article search page: the article's listing columns and its story. */
export interface SummaryRow {
  id: string
  title: string | null
  url: string | null
  site_domain: string | null
  published: string | null
  reference_date: string | null
  snippet: string
  story: string | null
}

/** The summary a search returns for a page row. */
export function summaryFromRow(r: SummaryRow): ArticleSummary {
  return { id: r.id, title: r.title, url: r.url, site: r.site_domain, published: r.published, referenceDate: r.reference_date, snippet: r.snippet, story: r.story }
}

/** The `articles` columns both SQL stores write the same way, in the order of {@link articleColumnValues}. */
export const SHARED_ARTICLE_COLUMNS =
  'id, document_id, input, url, url_key, text_hash, title, site_domain, site_name, published, reference_date, language, original_source, duplicate_of, duplicate_level'

/** The values of {@link SHARED_ARTICLE_COLUMNS} for one article; each store appends its own columns after them. */
export function articleColumnValues(a: Article, documentId: string, urlKey: string | null, textHash: string, dup: PutResult['duplicateOf']): (string | null)[] {
  return [
    a.id,
    documentId,
    a.input,
    a.url,
    urlKey,
    textHash,
    a.title,
    a.site.domain,
    a.site.name,
    a.published,
    a.referenceDate,
    a.language,
    a.originalSource?.name ?? null,
    dup?.articleId ?? null,
    dup?.level ?? null,
  ]
}
