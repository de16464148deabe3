/**
 * The newsgraph web application: JSON API under `/api`, the OpenAPI document, and the
 * server-rendered UI, behind security headers and a per-client rate limit. Errors from any route
 * end in one handler: `application/problem+json` for the API and machines, a plain error page for
 * a browser navigating the UI.
 */
import { Hono, type Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ArticleStore } from '../store/article-store.js'
import type { Pipeline } from '../pipeline.js'
import type { PoliteFetcher } from '../ingest/polite-fetcher.js'
import { HttpProblem, problemResponse } from './problem.js'
import { securityHeaders } from './security-headers.js'
import { rateLimit } from './rate-limit.js'
import { apiRoutes } from './api-routes.js'
import { IngestJobs } from './ingest-jobs.js'
import { openApiDocument } from './openapi-document.js'
import { resolveLimits, type ServerLimits } from './server-limits.js'
import { uiRoutes } from './ui/ui-routes.js'
import { errorPage } from './ui/error-page.js'
import { geoRoutes } from './geo-routes.js'
import { lazyKnowledgeBase } from './kb-card.js'
import type { KnowledgeBase } from '../analyze/kb/knowledge-base.js'
import { isQueryRefused } from '../store/search-limits.js'
import { isUnavailable } from '../model/unavailable.js'
import { allowedMethods } from './allowed-methods.js'

/** What an app is built from. */
export interface AppOptions {
  readonly store: ArticleStore
  /** The pipeline ingest jobs run, or a factory called on the first job (models load then). */
  readonly pipeline: Pipeline | (() => Pipeline)
  /** Bearer token for write endpoints; without one they are disabled. */
  readonly token?: string | null
  readonly limits?: Partial<ServerLimits>
  /** Fetcher for URL sources of ingest jobs (a polite fetcher refusing private addresses by default). */
  readonly fetcher?: () => PoliteFetcher
  /** Called with unexpected errors (a bug or a store failure); default writes to stderr. */
  readonly onInternalError?: (error: unknown) => void
  /** The knowledge base entity pages show cards from (default: `models/kb`, loaded on first use). */
  readonly knowledgeBase?: () => KnowledgeBase | undefined
}

/** An app with the ingest queue behind it (tests wait on `jobs.idle()`). */
export interface NewsgraphApp {
  readonly app: Hono
  readonly jobs: IngestJobs
}

function wantsHtml(c: Context): boolean {
  return !c.req.path.startsWith('/api') && c.req.path !== '/openapi.json' && /\btext\/html\b/.test(c.req.header('accept') ?? '')
}

/** Builds the Hono app over a store. */
export function createApp(options: AppOptions): Hono {
  return createNewsgraphApp(options).app
}

/** Builds the app and returns its ingest queue too. */
export function createNewsgraphApp(options: AppOptions): NewsgraphApp {
  const limits = resolveLimits(options.limits)
  let pipeline: Pipeline | null = typeof options.pipeline === 'function' ? null : options.pipeline
  const pipelineFactory = options.pipeline
  const jobs = new IngestJobs({
    store: options.store,
    pipeline: () => (pipeline ??= typeof pipelineFactory === 'function' ? pipelineFactory() : pipelineFactory),
    ...(options.fetcher ? { fetcher: options.fetcher } : {}),
  })
  // A store fault is an environment problem said in one line; anything else is a bug, logged with its stack.
  const report =
    options.onInternalError ??
    ((error: unknown) => process.stderr.write(`newsgraph serve: ${isStoreFault(error) ? `store: ${(error as Error).message}` : ((error as Error).stack ?? String(error))}\n`))
  const app = new Hono()

  app.use('*', securityHeaders())
  app.use('*', rateLimit({ perMinute: limits.requestsPerMinute, burst: limits.burst }))

  const openapi = JSON.stringify(openApiDocument())
  app.get('/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }))
  const kb = options.knowledgeBase ?? lazyKnowledgeBase()
  app.route('/', geoRoutes({ store: options.store, pageSize: limits.pageSize }))
  app.route('/api', apiRoutes({ store: options.store, jobs, token: options.token ?? null, limits, kb }))
  app.route('/', uiRoutes({ store: options.store, limits, kb }))

  app.notFound((c) => {
    // A path that exists under other methods answers 405 and says which (RFC 9110 15.5.6).
    const allow = allowedMethods(app, c.req.path)
    if (allow.length) {
      const detail = `${c.req.method} is not allowed on ${c.req.path}; use ${allow.join(' or ')}`
      if (wantsHtml(c)) return c.html(errorPage(405, detail), 405, { allow: allow.join(', ') })
      return problemResponse(405, detail, { instance: c.req.path, headers: { allow: allow.join(', ') } })
    }
    const detail = `nothing at ${c.req.method} ${c.req.path}`
    if (wantsHtml(c)) return c.html(errorPage(404, detail), 404)
    return problemResponse(404, detail, { instance: c.req.path })
  })

  app.onError((error, c) => {
    let status = 500
    let detail = 'internal error; the server log has the details'
    let headers: Record<string, string> = {}
    if (error instanceof HttpProblem) {
      status = error.status
      detail = error.message
      headers = { ...error.headers }
    } else if (error instanceof HTTPException) {
      status = error.status
      detail = error.message || 'request refused'
    } else if (isQueryRefused(error)) {
      // A search over its shape or time bound: the client can narrow it.
      status = 400
      detail = error.message
    } else if (isStoreFault(error)) {
      // The store itself failed: not the client's fault, and not a bug to hide behind a bare 500.
      report(error)
      status = 503
      detail = 'the store is unavailable; /api/health says why'
    } else {
      report(error)
    }
    if (wantsHtml(c)) return c.html(errorPage(status, detail), status as 400, headers)
    return problemResponse(status, detail, { instance: c.req.path, headers })
  })

  return { app, jobs }
}

/** An error of the store itself (unavailable, damaged, locked), as opposed to a bug. */
function isStoreFault(error: unknown): boolean {
  return (
    isUnavailable(error) ||
    /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|BUSY|LOCKED|READONLY)/.test(String((error as { code?: unknown }).code ?? '')) ||
    (error as Error)?.message === 'The database connection is not open'
  )
}
