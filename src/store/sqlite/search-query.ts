/**
 * The SQL of an article search in the SQLite store: the query's filters as WHERE conditions, the
 * count and the page statements, and the FTS5 text query. Statements read with `in_time()`, the
 * store's per-row time check.
 */
import { checkSearchText, type SearchLimits } from '../search-limits.js'
import { DEDUP_FILTERS, type SearchQuery } from '../article-store.js'

/** The WHERE conditions of a search and their parameters, in order. */
export interface SearchFilters {
  readonly where: string[]
  readonly params: unknown[]
}

/** The WHERE conditions of an article search, shared by the listing, the per-day counts and the facets; throws on search text over the limits. */
export function searchFilters(query: SearchQuery, limits: SearchLimits): SearchFilters {
  const where: string[] = []
  const params: unknown[] = []
  const add = (condition: string, ...values: unknown[]): void => {
    where.push(condition)
    params.push(...values)
  }
  if (query.text?.trim()) {
    checkSearchText(query.text, limits)
    add('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND in_time())', ftsQuery(query.text))
  }
  if (query.entity) {
    // Two arms let each use its covering index (SQLite scans the whole table for the OR form);
    // IN already ignores repeats, so UNION ALL spares the de-duplicating sort.
    // A name-based key also finds the articles where the entity is now keyed by its KB id.
    add(
      'a.id IN (SELECT article_id FROM entities WHERE key = ? UNION ALL SELECT article_id FROM entities WHERE slug = ? UNION ALL SELECT article_id FROM entities WHERE name = ? COLLATE NOCASE)',
      query.entity,
      query.entity,
      query.entity,
    )
  }
  if (query.outlet) {
    // Subdomains are found in the short list of known sites; a leading-wildcard LIKE on the
    // articles' site index would read one entry per article.
    const domain = query.outlet.replace(/^www\./, '')
    // `%` and `_` in an outlet are characters, not wildcards.
    add("a.site_domain IN (SELECT domain FROM sites WHERE domain = ? OR domain LIKE ? ESCAPE '\\')", domain, `%.${domain.replace(/[\\%_]/g, '\\$&')}`)
  }
  if (query.from) add('a.reference_date >= ?', query.from)
  if (query.to) add('substr(a.reference_date, 1, 10) <= ?', query.to)
  if (query.eventType) add('a.id IN (SELECT article_id FROM events WHERE type = ?)', query.eventType.toUpperCase())
  if (query.story) add('a.id IN (SELECT article_id FROM story_members WHERE story_id = ?)', query.story)
  if (query.unique) {
    const level = DEDUP_FILTERS.indexOf(query.unique)
    where.push(level === 0 ? "coalesce(a.duplicate_level, '') != 'url'" : 'a.duplicate_of IS NULL')
    if (level >= 2) {
      where.push(`a.id NOT IN (SELECT article_id FROM story_members WHERE relation IN (${level >= 3 ? "'copy', 'rewrite'" : "'copy'"}))`)
    }
  }
  if (query.topic) add('a.id IN (SELECT article_id FROM article_topics WHERE topic = ?)', query.topic)
  if (query.language) add('a.language = ?', query.language.toLowerCase())
  if (query.ids) add(`a.id IN (${query.ids.map(() => '?').join(', ') || "''"})`, ...query.ids)
  if (query.storedSince) add('a.document_id IN (SELECT id FROM documents WHERE ingested_at >= ?)', query.storedSince)
  return { where, params }
}

/** The WHERE clause of filtered conditions, checking the time limit on every row read; empty when nothing filters. */
export function timedWhere(where: readonly string[]): string {
  return where.length ? `WHERE ${[...where, 'in_time()'].join(' AND ')}` : ''
}

/** The statement whose rows are the search's matches, to be counted. */
export function searchCountSql(query: SearchQuery, where: readonly string[]): string {
  // Every full-text row is an article (they are written and deleted together), so a text-only
  // search counts the index's own match list instead of looking each match up in the table.
  const textOnly = where.length === 1 && Boolean(query.text?.trim())
  return textOnly ? 'SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND in_time()' : `SELECT 1 FROM articles a ${timedWhere(where)}`
}

/** The statement of one page of matches, newest first; its last two parameters are the limit and the offset. */
export function searchPageSql(where: readonly string[], walk: boolean): string {
  // NULL sorts below every date, so undated articles still come last. The page is picked on
  // (date, seq) alone and only its rows are read in full, so a filter matching hundreds of
  // articles sorts small keys rather than whole rows.
  return `SELECT a.seq, a.id, a.title, a.url, a.site_domain, a.published, a.reference_date, a.snippet,
                (SELECT story_id FROM story_members m WHERE m.article_id = a.id LIMIT 1) AS story
         FROM articles a
         WHERE a.seq IN (SELECT a.seq FROM articles a ${walk ? 'INDEXED BY articles_date' : ''} ${timedWhere(where)} ORDER BY a.reference_date DESC, a.seq DESC LIMIT ? OFFSET ?)
         ORDER BY a.reference_date DESC, a.seq DESC`
}

// User text becomes a safe FTS5 query: words are quoted (so `-`, `:` and `"` cannot inject
// syntax) and joined with AND; a trailing `*` keeps prefix search.
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? []
  if (words.length === 0) return '""'
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1).replace(/"/g, '')}"*` : `"${w.replace(/"/g, '')}"`)).join(' AND ')
}
