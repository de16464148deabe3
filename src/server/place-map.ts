/**
 * Places for the maps: an article's linked places, a story's (all its articles' places, by
 * how many articles name each), and where stored events happen (the event's location, else the
 * place its actor is). Coordinates come from the entities' `geo`, filled by KB linking.
 */
import type { Article, Entity } from '../model/article.js'
import type { ArticleStore, EventQuery } from '../store/article-store.js'

/** One point on a map. */
export interface MapPlace {
  readonly key: string
  readonly name: string
  readonly lat: number
  readonly lon: number
  readonly country: string | null
  /** Articles naming it (story and entity maps), mentions (article map) or events (event map). */
  readonly weight: number
}

function placeOf(e: Entity, weight: number): MapPlace | null {
  if (!e.geo) return null
  return { key: e.key ?? e.name, name: e.name, lat: e.geo.lat, lon: e.geo.lon, country: e.geo.country ?? e.country ?? null, weight }
}

/** The linked places of one article, most mentioned first. */
export function articlePlaces(a: Article): MapPlace[] {
  return a.entities
    .map((e) => placeOf(e, e.mentions.length))
    .filter((p): p is MapPlace => p !== null)
    .sort((x, y) => y.weight - x.weight || x.name.localeCompare(y.name))
}

/** The places of several articles, by how many of them name each place. */
export function placesOfArticles(articles: readonly Article[], limit = 200): MapPlace[] {
  const byKey = new Map<string, MapPlace>()
  for (const a of articles) {
    for (const p of articlePlaces(a)) {
      const seen = byKey.get(p.key)
      byKey.set(p.key, seen ? { ...seen, weight: seen.weight + 1 } : { ...p, weight: 1 })
    }
  }
  return [...byKey.values()].sort((x, y) => y.weight - x.weight || x.name.localeCompare(y.name)).slice(0, limit)
}

/** Where stored events happen: up to `limit` recent events matching the query, grouped by place. */
export async function eventPlaces(store: ArticleStore, query: EventQuery): Promise<{ events: number; located: number; places: MapPlace[] }> {
  const { items } = await store.events(query)
  const articles = new Map<string, Article | null>()
  const byKey = new Map<string, MapPlace>()
  let located = 0
  for (const r of items) {
    if (!articles.has(r.article)) articles.set(r.article, await store.getArticle(r.article))
    const a = articles.get(r.article)
    const event = a?.events.find((x) => x.id === r.event)
    if (!a || !event) continue
    const at = [event.location, event.actor].map((id) => a.entities.find((e) => e.id === id)).find((e) => e?.geo)
    const p = at ? placeOf(at, 1) : null
    if (!p) continue
    located++
    const seen = byKey.get(p.key)
    byKey.set(p.key, seen ? { ...seen, weight: seen.weight + 1 } : p)
  }
  return { events: items.length, located, places: [...byKey.values()].sort((x, y) => y.weight - x.weight || x.name.localeCompare(y.name)) }
}
