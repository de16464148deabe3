/**
 * The JSON API under `/api`: article search and articles, entities, stories, events (with
 * exports), country-pair timelines, and ingest jobs. Handlers only parse, call the store or a
 * view builder, and answer; every error leaves as an `HttpProblem` for the app's one handler.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import type { KnowledgeBase } from '../analyze/kb/knowledge-base.js'
import type { ArticleStore } from '../store/article-store.js'
import { HttpProblem } from './problem.js'
import { requireToken } from './bearer-token.js'
import { eventParams, pageParams, parseQuery, quoteFilterParams, relationParams, searchParams, toEventQuery, toSearchQuery } from './query-params.js'
import { storyView } from './story-view.js'
import { entityView } from './entity-view.js'
import { exportEvents } from './event-export.js'
import { loadPairTimelines } from './relations-timeline.js'
import type { IngestJobs } from './ingest-jobs.js'
import type { ServerLimits } from './server-limits.js'
import { savedSearchRoutes } from './saved-search-routes.js'
import { readJsonBody } from './json-body.js'
import { attentionCsv, attentionSeries } from './attention.js'

/** What the API routes need. */
export interface ApiDeps {
  readonly store: ArticleStore
  readonly jobs: IngestJobs
  readonly token: string | null
  readonly limits: ServerLimits
  /** The knowledge base for entity cards, loaded on first use. */
  readonly kb?: () => KnowledgeBase | undefined
}

const ingestBody = z.object({
  sources: z.array(z.string().min(1).max(2000)).min(1, 'give at least one source'),
  max: z.number().int().positive().optional(),
})

/** Builds the `/api` sub-application. */
export function apiRoutes({ store, jobs, token, limits, kb }: ApiDeps): Hono {
  const api = new Hono()

  api.get('/', (c) =>
    c.json({
      name: 'newsgraph',
      openapi: '/openapi.json',
      endpoints: [
        '/api/health',
        '/api/articles',
        '/api/facets',
        '/api/entities/{key}',
        '/api/stories',
        '/api/events',
        '/api/relations',
        '/api/ingest',
        '/api/jobs/{id}',
        '/api/searches',
        '/api/attention',
      ],
    }),
  )

  // Runs the store's own checks (file still there and intact, schema as expected, counts readable),
  // so a monitor sees a store that fails them as 503 rather than an "ok" from a cached answer.
  api.get('/health', async (c) => {
    const problem = await store.check()
    if (problem) return c.json({ status: 'failing', problem }, 503, { 'cache-control': 'no-store' })
    return c.json({ status: 'ok', ...(await store.stats()) }, 200, { 'cache-control': 'no-store' })
  })

  api.get('/articles', async (c) => {
    const p = parseQuery(searchParams(limits.pageSize), c.req.query())
    const result = await store.search(toSearchQuery(p))
    return c.json({ total: result.total, totalIsLowerBound: result.totalIsLowerBound, limit: p.limit, offset: p.offset, items: result.items })
  })

  // The counts beside a search: the same filters as /articles, counted by outlet, language,
  // entity, event type (over the newest 1,000 matches) and month (over every match).
  api.get('/facets', async (c) => {
    const p = parseQuery(searchParams(limits.pageSize), c.req.query())
    return c.json(await store.facets(toSearchQuery(p)))
  })

  api.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'))
    if (!article) throw new HttpProblem(404, `no article \`${c.req.param('id')}\``)
    return c.json(article)
  })

  api.get('/entities/:key', async (c) => {
    const { quotes } = parseQuery(quoteFilterParams, c.req.query())
    const view = await entityView(store, c.req.param('key'), { quoteClasses: quotes, kb: kb?.() })
    if (!view) throw new HttpProblem(404, `no entity \`${c.req.param('key')}\` in the store`)
    return c.json(view)
  })

  api.get('/stories', async (c) => {
    const p = parseQuery(pageParams(limits.pageSize), c.req.query())
    return c.json({ limit: p.limit, offset: p.offset, items: await store.stories({ limit: p.limit, offset: p.offset }) })
  })

  api.get('/stories/:id', async (c) => {
    const view = await storyView(store, c.req.param('id'))
    if (!view) throw new HttpProblem(404, `no story \`${c.req.param('id')}\``)
    return c.json(view)
  })

  api.get('/events', async (c) => {
    const p = parseQuery(eventParams(limits.eventPageSize), c.req.query())
    const result = await store.events(toEventQuery(p))
    if (p.format === 'json') return c.json({ total: result.total, totalIsLowerBound: result.totalIsLowerBound, limit: p.limit, offset: p.offset, items: result.items })
    const file = await exportEvents(store, result.items, p.format)
    return c.body(file.body, 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="events.${file.extension}"` })
  })

  api.get('/relations', async (c) => {
    const p = parseQuery(relationParams, c.req.query())
    return c.json({ items: await loadPairTimelines(store, p) })
  })

  api.get('/relations/:actor/:recipient', async (c) => {
    const p = parseQuery(relationParams, { ...c.req.query(), actor: c.req.param('actor'), recipient: c.req.param('recipient') })
    const [pair] = await loadPairTimelines(store, p)
    return c.json(pair ?? { pair: `${p.actor}>${p.recipient}`, actor: p.actor, recipient: p.recipient, events: 0, score: 0, byType: {}, byQuadClass: {}, months: [], undated: 0 })
  })

  api.post(
    '/ingest',
    requireToken(token),
    bodyLimit({
      maxSize: limits.bodyBytes,
      onError: () => {
        throw new HttpProblem(413, `the request body is larger than ${limits.bodyBytes} bytes`)
      },
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new HttpProblem(415, 'send the job as application/json: {"sources": [...]}')
      const { sources, max } = await readJsonBody(c, ingestBody)
      if (sources.length > limits.ingestSources) throw new HttpProblem(400, `at most ${limits.ingestSources} sources per job`)
      const local = sources.filter((s) => !/^https?:\/\//i.test(s))
      // Reading the server's own disk on a remote client's say-so is off unless the operator allows it.
      if (local.length && !limits.allowLocalSources) throw new HttpProblem(400, `only http(s) URLs may be ingested over the API; got \`${local[0]}\``)
      const job = jobs.start(sources, max)
      return c.json(job, 202, { location: `/api/jobs/${job.id}` })
    },
  )

  api.route('/searches', savedSearchRoutes(store, token, limits))

  api.get('/attention', async (c) => {
    const { by = 'day', format = 'json', ...rest } = c.req.query()
    if (by !== 'day' && by !== 'week') throw new HttpProblem(400, 'parameter `by`: must be day or week')
    if (format !== 'json' && format !== 'csv') throw new HttpProblem(400, 'parameter `format`: must be json or csv')
    const { limit: _limit, offset: _offset, ...query } = toSearchQuery(parseQuery(searchParams(limits.pageSize), rest))
    const points = await attentionSeries(store, query, by)
    if (format === 'csv') return c.body(attentionCsv(points), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="attention.csv"' })
    return c.json({ by, query, items: points })
  })

  api.get('/jobs/:id', (c) => {
    const job = jobs.get(c.req.param('id'))
    if (!job) throw new HttpProblem(404, `no job \`${c.req.param('id')}\``)
    return c.json(job)
  })

  return api
}
