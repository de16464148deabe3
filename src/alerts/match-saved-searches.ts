/**
 * Finds what each saved search owes its webhook: the articles stored since the search last
 * looked that match its filter, and the events stated in them. Items are recorded as pending
 * deliveries keyed by (search, item), so a matching article is owed once however often the
 * window is read again.
 */
import type { ArticleStore, SavedSearch } from '../store/article-store.js'
import type { Article, ArticleEvent } from '../model/article.js'

/** Options of matching. */
export interface MatchOptions {
  /**
   * How far before its cursor a search looks again, in ms: a writer may commit an article a
   * little after the time it stamped on it. Default 60,000.
   */
  readonly overlapMs?: number
  /** Matches read per page. Default 200. */
  readonly pageSize?: number
}

/** The article as a webhook receives it: enough to show it, with its link back. */
export function articlePayload(a: Article): Record<string, unknown> {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    site: a.site.domain,
    published: a.published,
    referenceDate: a.referenceDate,
    description: a.description ?? null,
    topics: a.topics ?? [],
    tone: a.tone ?? null,
    summary: (a.summary ?? []).map((s) => s.text),
  }
}

/** An event as a webhook receives it, with its article and evidence sentence. */
export function eventPayload(a: Article, e: ArticleEvent): Record<string, unknown> {
  const name = (id: string | null | undefined): string | null => (id ? (a.entities.find((x) => x.id === id)?.name ?? null) : null)
  return {
    article: a.id,
    url: a.url,
    event: e.id,
    type: e.type,
    mode: e.mode ?? null,
    actor: name(e.actor),
    recipient: name(e.recipient),
    actorCountry: e.actorCountry ?? null,
    recipientCountry: e.recipientCountry ?? null,
    date: e.date ?? null,
    negated: e.negated,
    evidence: a.text.slice(e.evidence.start, e.evidence.end),
  }
}

/** Matches every saved search against newly stored articles; returns how many deliveries were added. */
export async function matchSavedSearches(store: ArticleStore, now: Date, options: MatchOptions = {}): Promise<number> {
  let added = 0
  for (const search of await store.savedSearches()) added += await matchOne(store, search, now, options)
  return added
}

async function matchOne(store: ArticleStore, search: SavedSearch, now: Date, options: MatchOptions): Promise<number> {
  const overlap = options.overlapMs ?? 60_000
  const pageSize = options.pageSize ?? 200
  // Never before the search existed: what was stored earlier is its baseline, not news.
  const since = new Date(Math.max(Date.parse(search.cursor) - overlap, Date.parse(search.createdAt))).toISOString()
  const deliveries: Array<{ item: string; payload: unknown }> = []
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.search({ ...search.query, storedSince: since, limit: pageSize, offset })
    for (const hit of page.items) {
      const article = await store.getArticle(hit.id)
      if (!article) continue
      deliveries.push({ item: `article:${article.id}`, payload: { type: 'article', article: articlePayload(article) } })
      for (const e of article.events) deliveries.push({ item: `event:${article.id}:${e.id}`, payload: { type: 'event', event: eventPayload(article, e) } })
    }
    if (page.items.length < pageSize) break
  }
  return store.recordMatches(search.id, now.toISOString(), deliveries, now.toISOString())
}
