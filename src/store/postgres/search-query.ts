/**
 * The SQL of an article search in the PostgreSQL store: the query's filters as WHERE conditions
 * with numbered parameters, and the page statement. The text query itself is `text-query.ts`.
 */
import type { SearchQuery } from '../article-store.js'
import { TEXT_SEARCH_CONFIG } from './migrations.js'
import { toTsQuery } from './text-query.js'

/** The WHERE conditions of a search, their parameters, and `p`, which adds one more parameter and returns its placeholder. */
export interface SearchFilters {
  readonly where: string[]
  readonly params: unknown[]
  readonly p: (value: unknown) => string
}

/** The WHERE conditions of an article search, shared by the listing, the per-day counts and the facets. */
export function searchFilters(query: SearchQuery): SearchFilters {
  const where: string[] = []
  const params: unknown[] = []
  const p = (value: unknown): string => {
    params.push(value)
    return `$${params.length}`
  }
  if (query.text?.trim()) {
    const tsq = toTsQuery(query.text)
    where.push(tsq === null ? 'false' : `a.fts @@ to_tsquery('${TEXT_SEARCH_CONFIG}', ${p(tsq)})`)
  }
  if (query.entity) {
    // A name-based key also finds the articles where the entity is now keyed by its KB id.
    const e = p(query.entity)
    where.push(`a.id IN (SELECT article_id FROM entities WHERE key = ${e} OR slug = ${e} OR lower(name) = lower(${e}))`)
  }
  if (query.outlet) {
    const domain = query.outlet.replace(/^www\./, '')
    // "x.example" or any subdomain: a prefix of the reversed name, which its index can range over.
    const reversedSuffix = [...`.${domain}`]
      .reverse()
      .join('')
      .replace(/[\\%_]/g, '\\$&')
    where.push(`(a.site_domain = ${p(domain)} OR reverse(a.site_domain) LIKE ${p(`${reversedSuffix}%`)})`)
  }
  if (query.from) where.push(`a.reference_date >= ${p(query.from)}`)
  if (query.to) where.push(`substr(a.reference_date, 1, 10) <= ${p(query.to)}`)
  if (query.eventType) where.push(`a.id IN (SELECT article_id FROM events WHERE type = ${p(query.eventType.toUpperCase())})`)
  if (query.story) where.push(`a.id IN (SELECT article_id FROM story_members WHERE story_id = ${p(query.story)})`)
  // Dedup levels hidden from `unique` up: url, text, copy, rewrite (read loosely so stores built before the field still compile).
  const unique = (query as { unique?: string }).unique
  const level = unique ? ['url', 'text', 'copy', 'rewrite'].indexOf(unique) : -1
  if (level >= 0) {
    where.push(level === 0 ? "coalesce(a.duplicate_level, '') <> 'url'" : 'a.duplicate_of IS NULL')
    if (level >= 2) where.push(`NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id AND m.relation IN (${level >= 3 ? "'copy', 'rewrite'" : "'copy'"}))`)
  }
  if (query.topic) where.push(`a.id IN (SELECT article_id FROM article_topics WHERE topic = ${p(query.topic)})`)
  if (query.language) where.push(`a.language = ${p(query.language.toLowerCase())}`)
  if (query.ids) where.push(`a.id = ANY(${p([...query.ids])})`)
  if (query.storedSince) where.push(`a.document_id IN (SELECT id FROM documents WHERE ingested_at >= ${p(query.storedSince)})`)
  return { where, params, p }
  return { where, params, p }
}

/** The statement of one page of matches, newest first, under `clause` (a WHERE clause or empty) with the placeholders of the limit and the offset. */
export function searchPageSql(clause: string, limit: string, offset: string): string {
  return `SELECT a.id, a.title, a.url, a.site_domain, a.published, a.reference_date, a.snippet,
                (SELECT story_id FROM story_members m WHERE m.article_id = a.id LIMIT 1) AS story
         FROM articles a ${clause}
         ORDER BY coalesce(a.reference_date, '') DESC, a.arrival DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`
}
