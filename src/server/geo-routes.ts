/**
 * Map routes: the base world map asset, an article's and a story's places and where events
 * happen, as JSON under /api and as the events map page. The KB card on entity pages comes
 * from the same lazily loaded knowledge base (see `kbCard`).
 */
import { Hono } from 'hono'
import type { Article } from '../model/article.js'
import type { ArticleStore } from '../store/article-store.js'
import { articlePlaces, eventPlaces, placesOfArticles } from './place-map.js'
import { HttpProblem } from './problem.js'
import { pageParams, parseQuery } from './query-params.js'
import { eventsMapPage } from './ui/events-map-page.js'
import { worldSvg } from './ui/world-map-svg.js'

/** How many of a story's articles its map reads. */
export const STORY_MAP_ARTICLES = 100

/** The articles of a story (up to `STORY_MAP_ARTICLES`), or null when there is no such story. */
export async function storyArticles(store: ArticleStore, id: string): Promise<Article[] | null> {
  const story = await store.story(id)
  if (!story) return null
  const out: Article[] = []
  for (const m of story.members.slice(0, STORY_MAP_ARTICLES)) {
    const a = await store.getArticle(m.article)
    if (a) out.push(a)
  }
  return out
}

/** Builds the map routes. */
export function geoRoutes({ store, pageSize }: { readonly store: ArticleStore; readonly pageSize: number }): Hono {
  const geo = new Hono()
  geo.get('/assets/world.svg', (c) => c.body(worldSvg(), 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }))

  geo.get('/api/articles/:id/places', async (c) => {
    const a = await store.getArticle(c.req.param('id'))
    if (!a) throw new HttpProblem(404, `no article \`${c.req.param('id')}\``)
    return c.json({ article: a.id, focus: a.focus ?? null, places: articlePlaces(a) })
  })

  geo.get('/api/stories/:id/places', async (c) => {
    const articles = await storyArticles(store, c.req.param('id'))
    if (!articles) throw new HttpProblem(404, `no story \`${c.req.param('id')}\``)
    return c.json({ story: c.req.param('id'), articles: articles.length, places: placesOfArticles(articles) })
  })

  const eventQuery = (query: Record<string, string>): Parameters<typeof eventPlaces>[1] => {
    const p = parseQuery(pageParams(pageSize), query)
    return {
      limit: Math.min(500, Math.max(p.limit, 300)),
      ...(query['type'] ? { type: query['type'] } : {}),
      ...(query['from'] ? { from: query['from'] } : {}),
      ...(query['to'] ? { to: query['to'] } : {}),
      ...(query['entity'] ? { entity: query['entity'] } : {}),
    }
  }
  geo.get('/api/map/events', async (c) => c.json(await eventPlaces(store, eventQuery(c.req.query()))))
  geo.get('/map', async (c) => {
    const q = c.req.query()
    const result = await eventPlaces(store, eventQuery(q))
    return new Response(String(eventsMapPage(result, q)), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  })
  return geo
}
