/**
 * One entity across the corpus as the entity endpoint and page show it: where it is named over
 * time (by month), what it said (quotes attributed to it in the articles naming it), who it
 * appears with, and the events it is actor or recipient of.
 */
import { quoteClass, type Article, type AttributionClass, type Quote } from '../model/article.js'
import type { ArticleStore, EntityRecord, EventRecord } from '../store/article-store.js'
import { DEFAULT_QUOTE_CLASSES } from '../model/article.js'
import type { KnowledgeBase } from '../analyze/kb/knowledge-base.js'
import { kbCard, type KbCard } from './kb-card.js'
import { placesOfArticles, type MapPlace } from './place-map.js'

/** A quote the entity is credited with. */
export interface EntityQuote {
  readonly article: string
  readonly title: string | null
  readonly date: string | null
  readonly text: string
  readonly kind: Quote['kind']
  readonly class: AttributionClass
  readonly cue: string | null
  readonly start: number
  readonly end: number
}

/** An event with the sentence that states it. */
export interface EventWithEvidence extends EventRecord {
  readonly evidenceText: string
  readonly title: string | null
  /** How sure the event coder was (0..1), when it says. */
  readonly confidence?: number
}

/** Everything the entity endpoint and page show. */
export interface EntityView {
  readonly entity: Omit<EntityRecord, 'articles'> & { readonly articleCount: number }
  readonly articles: EntityRecord['articles']
  /**
   * Month by month: articles naming it, its mentions, every stored article of that month, and
   * `share` = articles / total (attention normalized by the volume of news, as Media Cloud shows it).
   */
  readonly timeline: ReadonlyArray<{ readonly month: string; readonly articles: number; readonly mentions: number; readonly total: number; readonly share: number }>
  /** Attributions of the asked classes (speech and writing unless asked otherwise). */
  readonly quotes: readonly EntityQuote[]
  /** How many attributions of other classes (thought, agreement, evidence, legal, ...) were left out. */
  readonly otherQuotes: number
  readonly events: { readonly asActor: readonly EventWithEvidence[]; readonly asRecipient: readonly EventWithEvidence[] }
  /** What the knowledge base says of it, when it is linked (its key is a KB id). */
  readonly card: KbCard | null
  /** Places named with it in its latest articles, by how many name each (the entity itself first when it is a place). */
  readonly places: readonly MapPlace[]
}

/** How many of the entity's articles are opened to find its quotes (newest first). */
export const QUOTE_ARTICLES = 40

/** An entity of this article that is the corpus entity (same key, else same name). */
function localIds(a: Article, record: EntityRecord): Set<string> {
  const name = record.name.toLowerCase()
  return new Set(a.entities.filter((e) => (e.key ?? null) === record.key || (!e.key && e.name.toLowerCase() === name) || e.name.toLowerCase() === name).map((e) => e.id))
}

/** Options of `entityView`. */
export interface EntityViewOptions {
  /** Attribution classes the quote list shows. Default: speech and writing. */
  readonly quoteClasses?: ReadonlySet<AttributionClass>
  /** The knowledge base, for the entity's card; without it the view has no card. */
  readonly kb?: KnowledgeBase | undefined
}

/** Loads and assembles an entity's view; null when nothing in the store names it. */
export async function entityView(store: ArticleStore, keyOrName: string, options: EntityViewOptions = {}): Promise<EntityView | null> {
  const classes = options.quoteClasses ?? DEFAULT_QUOTE_CLASSES
  const record = await store.entity(keyOrName, { limit: 1000 })
  if (!record) return null
  const months = new Map<string, { articles: number; mentions: number }>()
  for (const a of record.articles) {
    const month = /^\d{4}-\d{2}/.exec(a.date ?? '')?.[0]
    if (!month) continue
    const m = months.get(month) ?? { articles: 0, mentions: 0 }
    m.articles++
    m.mentions += a.mentions
    months.set(month, m)
  }
  const cache = new Map<string, Article | null>()
  const load = async (id: string): Promise<Article | null> => {
    if (!cache.has(id)) cache.set(id, await store.getArticle(id))
    return cache.get(id) ?? null
  }
  const quotes: EntityQuote[] = []
  let otherQuotes = 0
  const read: Article[] = []
  for (const summary of record.articles.slice(0, QUOTE_ARTICLES)) {
    const a = await load(summary.id)
    if (!a) continue
    read.push(a)
    const ids = localIds(a, record)
    for (const q of a.quotes) {
      if (q.speaker === null || !ids.has(q.speaker)) continue
      const cls = quoteClass(q)
      if (!classes.has(cls)) {
        otherQuotes++
        continue
      }
      quotes.push({ article: a.id, title: a.title, date: a.referenceDate, text: q.text, kind: q.kind, class: cls, cue: q.cue, start: q.start, end: q.end })
    }
  }
  // A country's page counts the events credited to its nationality ("Israeli troops" for Israel).
  const keys = new Set([record.key, ...(record.type === 'GPE' && record.country ? [`norp:${record.country}`] : [])])
  const items: EventRecord[] = []
  for (const key of keys) items.push(...(await store.events({ entity: key, limit: 100 })).items)
  const withEvidence = async (r: EventRecord): Promise<EventWithEvidence> => {
    const a = await load(r.article)
    return { ...r, evidenceText: a?.text.slice(r.evidence.start, r.evidence.end) ?? '', title: a?.title ?? null }
  }
  const asActor = await Promise.all(items.filter((r) => r.actorKey !== null && keys.has(r.actorKey)).map(withEvidence))
  const asRecipient = await Promise.all(items.filter((r) => r.recipientKey !== null && keys.has(r.recipientKey) && !(r.actorKey !== null && keys.has(r.actorKey))).map(withEvidence))
  // Every stored article per month (the date index's count), to normalize the entity's attention.
  const totals = new Map((await store.facets({}, { sample: 1, top: 1 })).months.map((m) => [m.value, m.count]))
  const card = kbCard(options.kb, record.key)
  const places = placesOfArticles(read, 50)
  const { articles, ...rest } = record
  return {
    entity: { ...rest, articleCount: articles.length },
    articles,
    timeline: [...months]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([month, m]) => {
        const total = Math.max(m.articles, totals.get(month) ?? 0)
        return { month, ...m, total, share: total > 0 ? Math.round((m.articles / total) * 1000) / 1000 : 0 }
      }),
    quotes,
    otherQuotes,
    events: { asActor, asRecipient },
    card,
    places:
      card?.lat != null && card.lon != null && !places.some((p) => p.key === record.key)
        ? [{ key: record.key, name: card.name, lat: card.lat, lon: card.lon, country: card.country, weight: Math.max(1, ...places.map((p) => p.weight)) }, ...places]
        : places,
  }
}
