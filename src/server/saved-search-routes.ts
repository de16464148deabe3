/**
 * Saved searches under `/api/searches`: create (any article filter, an optional webhook), list,
 * read, delete, the Atom and RSS feeds of the latest matches, and the deliveries owed or made.
 * Writes and the delivery log need the bearer token; a webhook's secret is shown once, on create.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { z } from 'zod'
import type { ArticleStore, SavedSearch } from '../store/article-store.js'
import { HttpProblem } from './problem.js'
import { requireToken } from './bearer-token.js'
import { searchParams, toSearchQuery } from './query-params.js'
import { atomFeed, rssFeed } from '../alerts/feeds.js'
import { readJsonBody } from './json-body.js'
import type { ServerLimits } from './server-limits.js'
import { refuseUrl } from '../ingest/ssrf-guard.js'

const createBody = z.object({
  name: z.string().trim().min(1).max(200),
  query: z.record(z.string(), z.string()).default({}),
  webhook: z.object({ url: z.string().url().max(2000), secret: z.string().min(16).max(200).optional() }).optional(),
})

// What a listing shows of a saved search: never the webhook secret.
const publicView = (s: SavedSearch): Record<string, unknown> => ({
  id: s.id,
  name: s.name,
  query: s.query,
  webhook: s.webhook ? { url: s.webhook.url } : null,
  createdAt: s.createdAt,
  feeds: { atom: `/api/searches/${s.id}/feed.atom`, rss: `/api/searches/${s.id}/feed.rss` },
})

/** Builds the saved-search routes (mounted at `/api/searches`). */
export function savedSearchRoutes(store: ArticleStore, token: string | null, limits: ServerLimits): Hono {
  const maxLimit = limits.pageSize
  const api = new Hono()
  const found = async (id: string): Promise<SavedSearch> => {
    const s = await store.savedSearch(id)
    if (!s) throw new HttpProblem(404, `no saved search \`${id}\``)
    return s
  }

  api.post('/', requireToken(token), async (c) => {
    const { name, query, webhook } = await readJsonBody(c, createBody)
    // The filter is checked with the listing's own rules, so a saved search accepts exactly what /api/articles does.
    const p = searchParams(maxLimit).safeParse(Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== '')))
    if (!p.success) throw new HttpProblem(400, `query.${p.error.issues[0]?.path.join('.') ?? ''}: ${p.error.issues[0]?.message ?? 'invalid'}`)
    const { limit: _limit, offset: _offset, ...filter } = toSearchQuery(p.data)
    // A webhook is a request the server makes on a client's say-so: the ingest fetcher's SSRF rules apply.
    const refused = webhook ? refuseUrl(webhook.url, limits.allowPrivateWebhooks) : null
    if (refused) throw new HttpProblem(400, `webhook.url: ${refused.replace('--allow-private', '--allow-private-webhooks')}`)
    const now = new Date().toISOString()
    const search: SavedSearch = {
      id: randomUUID(),
      name,
      query: filter,
      webhook: webhook ? { url: webhook.url, secret: webhook.secret ?? randomBytes(24).toString('hex') } : null,
      createdAt: now,
      cursor: now,
    }
    await store.createSavedSearch(search)
    return c.json({ ...publicView(search), ...(search.webhook ? { webhook: search.webhook } : {}) }, 201, { location: `/api/searches/${search.id}` })
  })

  api.get('/', async (c) => c.json({ items: (await store.savedSearches()).map(publicView) }))
  api.get('/:id', async (c) => c.json(publicView(await found(c.req.param('id')))))

  api.delete('/:id', requireToken(token), async (c) => {
    if (!(await store.deleteSavedSearch(c.req.param('id')))) throw new HttpProblem(404, `no saved search \`${c.req.param('id')}\``)
    return c.body(null, 204)
  })

  api.get('/:id/deliveries', requireToken(token), async (c) => {
    await found(c.req.param('id'))
    return c.json({ items: await store.deliveries(c.req.param('id')) })
  })

  const feed = async (id: string): Promise<{ search: SavedSearch; items: Awaited<ReturnType<ArticleStore['search']>>['items'] }> => {
    const search = await found(id)
    return { search, items: (await store.search({ ...search.query, limit: 50 })).items }
  }
  api.get('/:id/feed.atom', async (c) => {
    const { search, items } = await feed(c.req.param('id'))
    return c.body(atomFeed(search, items, new URL(c.req.url).origin, new Date().toISOString()), 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
  })
  api.get('/:id/feed.rss', async (c) => {
    const { search, items } = await feed(c.req.param('id'))
    return c.body(rssFeed(search, items, new URL(c.req.url).origin), 200, { 'content-type': 'application/rss+xml; charset=utf-8' })
  })
  return api
}
