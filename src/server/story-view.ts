/**
 * The reader's view of one story, assembled from the stored story, its memberships and the
 * member articles: a dated timeline, the outlets, the origin, who copied or rewrote whom (a
 * graph), and the claims that drifted on the way. Membership evidence is read defensively — it is
 * JSON written by the clustering stage, and a field it lacks is simply not shown.
 */
import { storyLeads, storyTopics, type StoryLead, type StoryTopic } from './story-digest.js'
import type { ArticleStore, StoryMembership, StoryRecord } from '../store/article-store.js'

/** One member as the story page lists it. */
export interface StoryMemberView {
  readonly article: string
  readonly relation: StoryMembership['relation']
  readonly title: string | null
  readonly site: string | null
  readonly url: string | null
  readonly published: string | null
  /** Article this one copies or rewrites, when the evidence says. */
  readonly copyOf: string | null
  readonly level: string | null
  readonly credit: string | null
  readonly overlap: { readonly jaccard: number; readonly containment: number } | null
  readonly passages: readonly string[]
}

/** A claim that changed between an article and the one it follows. */
export interface DriftView {
  readonly article: string
  readonly from: string | null
  readonly kind: string
  readonly context: string
  readonly original: string
  readonly changed: string
}

/** Everything the story endpoint and page show. */
export interface StoryView {
  readonly story: StoryRecord
  readonly origin: string | null
  /** Members oldest first (undated last). */
  readonly timeline: readonly StoryMemberView[]
  readonly outlets: ReadonlyArray<{ readonly name: string; readonly articles: number }>
  readonly graph: { readonly nodes: readonly string[]; readonly edges: ReadonlyArray<{ readonly from: string; readonly to: string; readonly relation: string }> }
  readonly drift: readonly DriftView[]
  /** The story summary: lead sentences of its origin and independent reports. */
  readonly summary: readonly StoryLead[]
  readonly topics: readonly StoryTopic[]
}

type Json = Record<string, unknown>
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null)
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Loads and assembles a story's view; null when the store has no such story. */
export async function storyView(store: ArticleStore, id: string): Promise<StoryView | null> {
  const found = await store.story(id)
  if (!found) return null
  const articles = new Map(await Promise.all(found.members.map(async (m) => [m.article, await store.getArticle(m.article)] as const)))
  // Evidence may name the followed article by id or by input name (the clustering stage keys on inputs).
  const byInput = new Map<string, string>()
  for (const [articleId, a] of articles) if (a) byInput.set(a.input, articleId)
  const resolve = (ref: string | null): string | null => (ref === null ? null : articles.has(ref) ? ref : (byInput.get(ref) ?? null))

  const members: StoryMemberView[] = []
  const drift: DriftView[] = []
  for (const m of found.members) {
    const a = articles.get(m.article) ?? null
    const ev = obj(m.evidence)
    const inner = obj(ev?.['evidence']) ?? ev
    const copyOf = resolve(str(ev?.['copyOf']) ?? str(ev?.['source']))
    const jaccard = num(inner?.['jaccard'])
    const containment = num(inner?.['containment'])
    const passages = Array.isArray(inner?.['passages'])
      ? (inner['passages'] as unknown[])
          .map((p) => str(obj(p)?.['text']) ?? str(p))
          .filter((p): p is string => p !== null)
          .slice(0, 3)
      : []
    members.push({
      article: m.article,
      relation: m.relation,
      title: a?.title ?? null,
      site: a?.site.name ?? a?.site.domain ?? null,
      url: a?.canonicalUrl ?? a?.url ?? null,
      published: a?.published ?? a?.referenceDate ?? null,
      copyOf,
      level: str(inner?.['level']),
      credit: str(inner?.['credit']),
      overlap: jaccard !== null && containment !== null ? { jaccard, containment } : null,
      passages,
    })
    const drifts = Array.isArray(ev?.['drift']) ? (ev['drift'] as unknown[]) : []
    for (const d of drifts) {
      const o = obj(d)
      if (!o) continue
      drift.push({
        article: m.article,
        from: copyOf,
        kind: str(o['kind']) ?? 'claim',
        context: str(o['context']) ?? '',
        original: str(obj(o['origin'])?.['text']) ?? '',
        changed: str(obj(o['other'])?.['text']) ?? '',
      })
    }
  }
  // Instants, not strings: "15:10-03:00" is after "17:32Z". Undated members go last.
  const when = (m: StoryMemberView): number => (m.published && !Number.isNaN(Date.parse(m.published)) ? Date.parse(m.published) : Number.POSITIVE_INFINITY)
  const timeline = [...members].sort((x, y) => when(x) - when(y) || x.article.localeCompare(y.article))
  const outletCounts = new Map<string, number>()
  for (const m of timeline) {
    const name = m.site ?? 'unknown outlet'
    outletCounts.set(name, (outletCounts.get(name) ?? 0) + 1)
  }
  const origin = found.story.origin && articles.has(found.story.origin) ? found.story.origin : (members.find((m) => m.relation === 'origin')?.article ?? null)
  const edges = members
    .filter((m) => m.relation === 'copy' || m.relation === 'rewrite')
    .map((m) => ({ from: m.copyOf ?? origin ?? m.article, to: m.article, relation: m.relation }))
    .filter((e) => e.from !== e.to)
  return {
    story: found.story,
    origin,
    timeline,
    outlets: [...outletCounts].map(([name, n]) => ({ name, articles: n })).sort((x, y) => y.articles - x.articles || x.name.localeCompare(y.name)),
    graph: { nodes: timeline.map((m) => m.article), edges },
    drift,
    summary: storyLeads(found.members, articles),
    topics: storyTopics(articles),
  }
}
