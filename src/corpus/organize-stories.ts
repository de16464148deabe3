/**
 * Re-groups every stored article into stories with provenance and writes the result back to
 * the store. A driver, not a stage: it reads the store, runs the pure `clusterCorpus` pass and
 * writes stories. Story ids derive from the story's origin article, so re-organizing a store
 * that did not change gives the same ids.
 */
import type { Article } from '../model/article.js'
import { shortHash } from '../model/ids.js'
import type { ArticleStore, StoryMembership, StoryRecord } from '../store/article-store.js'
import { clusterCorpus } from './cluster-corpus.js'
import type { CorpusDoc } from './corpus-doc.js'

/** Counts of a re-organization. */
export interface OrganizeSummary {
  readonly articles: number
  readonly stories: number
  /**
   * True when another process kept storing articles through every attempt, so nothing was
   * written: the stories stay owed, and that writer's own regroup (or the next run) does them.
   */
  readonly deferred?: boolean
}

/** Options of a re-organization. */
export interface OrganizeOptions {
  /** Groupings tried when articles keep arriving from another process meanwhile (default 3). */
  readonly attempts?: number
}

/**
 * Clusters all stored articles into stories and stores them. The write names the articles it was
 * computed over, so a grouping that another process's new articles made stale is not written
 * over a newer one; it is computed again instead.
 */
export async function organizeStories(store: ArticleStore, options: OrganizeOptions = {}): Promise<OrganizeSummary> {
  const attempts = Math.max(1, options.attempts ?? 3)
  let last: OrganizeSummary = { articles: 0, stories: 0 }
  for (let attempt = 0; attempt < attempts; attempt++) {
    const ids = await store.articleIds()
    const { stories, memberships, articles } = await groupArticles(store, ids)
    if (await store.putStories(stories, memberships, { articleIds: ids })) return { articles, stories: stories.length }
    last = { articles, stories: (await store.stats()).stories, deferred: true }
  }
  return last
}

/**
 * Regroups the stories when any stored article is owed a grouping (stored since the last one that
 * was written, including by a run killed before it regrouped); otherwise only counts them.
 */
export async function regroupIfOwed(store: ArticleStore, options: OrganizeOptions = {}): Promise<OrganizeSummary> {
  if ((await store.storiesOwed()) > 0) return organizeStories(store, options)
  const stats = await store.stats()
  return { articles: stats.articles, stories: stats.stories }
}

async function groupArticles(store: ArticleStore, ids: readonly string[]): Promise<{ stories: StoryRecord[]; memberships: StoryMembership[]; articles: number }> {
  const articles: Article[] = []
  for (const id of ids) {
    const a = await store.getArticle(id)
    if (a && a.text.trim()) articles.push(a)
  }
  // Results are keyed by `input`; article ids are unique where inputs (two fetches of one URL) may not be.
  const docs: CorpusDoc[] = articles.map((a) => ({
    ...a,
    input: a.id,
    entities: a.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, ...(e.key !== undefined ? { key: e.key } : {}) })),
  }))
  const result = clusterCorpus(docs)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const stories: StoryRecord[] = []
  const memberships: StoryMembership[] = []
  for (const summary of result.stories) {
    const provenance = result.provenance.get(summary.id)
    if (!provenance) continue
    const id = `s-${shortHash(provenance.origin, 12)}`
    const members = provenance.entries.map((e) => byId.get(e.input)).filter((a): a is Article => a !== undefined)
    // Ordered by instant, not by string: "15:10-03:00" is after "17:32Z" of the same day.
    const dates = members
      .map((a) => a.published ?? a.referenceDate)
      .filter((d): d is string => d !== null && !Number.isNaN(Date.parse(d)))
      .sort((x, y) => Date.parse(x) - Date.parse(y))
    const outlets = new Set(members.map((a) => a.site.domain ?? a.site.name ?? a.url ?? a.id))
    stories.push({
      id,
      title: summary.title ?? byId.get(provenance.origin)?.title ?? '(untitled story)',
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
      origin: provenance.origin,
      articles: members.length,
      outlets: outlets.size,
      independent: provenance.entries.filter((e) => e.relation === 'origin' || e.relation === 'independent').length,
    })
    for (const e of provenance.entries) {
      memberships.push({ story: id, article: e.input, relation: e.relation, evidence: { copyOf: e.copyOf, originReason: provenance.originReason, evidence: e.evidence, drift: e.drift } })
    }
  }
  return { stories, memberships, articles: articles.length }
}
