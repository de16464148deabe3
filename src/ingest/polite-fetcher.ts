/**
 * A polite fetcher for crawling feeds and sitemaps: robots.txt honoured (with its crawl
 * delay), one request at a time per host with a delay between them, retries with exponential
 * backoff on 429/5xx and network errors (Retry-After respected), conditional GET, and the SSRF
 * guard on every connection. Hosts are independent, so a slow site never holds up the others.
 */
import { createRequire } from 'node:module'
import type { Agent } from 'undici'
import { fetchUrl, DEFAULT_FETCH_OPTIONS, type FetchResult } from './fetch-url.js'
import { createGuardedAgent, refuseUrl, type AddressPolicy } from './ssrf-guard.js'

/** Options of the polite fetcher; every limit has a default. */
export interface PoliteFetcherOptions {
  /** Minimum milliseconds between two requests to one host (default 1,000; robots crawl-delay wins if longer). */
  readonly perHostDelayMs?: number
  /** Attempts after the first for retryable failures (default 3). A time-out is never retried: it already cost the whole time limit. */
  readonly retries?: number
  /** First backoff in milliseconds, doubled each retry (default 500). */
  readonly backoffMs?: number
  /** Honour robots.txt (default true). */
  readonly respectRobots?: boolean
  /** Allow private and loopback addresses (default false: refused). */
  readonly allowPrivate?: boolean
  /** Non-public ranges (CIDR) fetched all the same; for a library user's own network, not the CLI. */
  readonly trusted?: readonly string[]
  readonly timeoutMs?: number
  readonly maxBytes?: number
  readonly maxRedirects?: number
  readonly userAgent?: string
}

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  readonly etag?: string | null
  readonly lastModified?: string | null
}

/** A fetch result, or the reason the URL was not requested at all. */
export type PoliteResult = FetchResult | { readonly skipped: string }

interface RobotsRules {
  isAllowed(url: string, ua?: string): boolean | undefined
  getCrawlDelay(ua?: string): number | undefined
}

// robots-parser is CommonJS whose typings declare an ES default export that NodeNext cannot call.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, robotstxt: string) => RobotsRules

/** Fetcher with per-host politeness state; create one per crawl and `close` it after. */
export class PoliteFetcher {
  readonly #options: Required<PoliteFetcherOptions>
  readonly #policy: AddressPolicy
  readonly #agent: Agent
  readonly #hosts = new Map<string, Promise<unknown>>()
  readonly #lastRequest = new Map<string, number>()
  readonly #robots = new Map<string, Promise<RobotsRules | null>>()
  // Validators of pages fetched earlier in this process, so a watch loop's repeat polls are
  // conditional GETs that unchanged servers answer with 304 and no body.
  readonly #validators = new Map<string, Validators>()

  constructor(options: PoliteFetcherOptions = {}) {
    this.#options = {
      perHostDelayMs: 1000,
      retries: 3,
      backoffMs: 500,
      respectRobots: true,
      allowPrivate: false,
      trusted: [],
      timeoutMs: DEFAULT_FETCH_OPTIONS.timeoutMs,
      maxBytes: DEFAULT_FETCH_OPTIONS.maxBytes,
      maxRedirects: DEFAULT_FETCH_OPTIONS.maxRedirects,
      userAgent: DEFAULT_FETCH_OPTIONS.userAgent,
      ...options,
    }
    this.#policy = { allowPrivate: this.#options.allowPrivate, trusted: this.#options.trusted }
    this.#agent = createGuardedAgent(this.#policy)
  }

  /** Fetches a URL when robots.txt allows it, queued behind earlier requests to the same host. */
  async fetch(url: string, validators: Validators = {}): Promise<PoliteResult> {
    const refused = refuseUrl(url, this.#policy)
    if (refused) return { skipped: refused }
    const origin = new URL(url).origin
    if (this.#options.respectRobots) {
      const robots = await this.#robotsFor(origin)
      if (robots && robots.isAllowed(url, this.#options.userAgent) === false) return { skipped: 'disallowed by robots.txt' }
    }
    const known = validators.etag || validators.lastModified ? validators : (this.#validators.get(url) ?? {})
    const result = await this.#queued(origin, () => this.#withRetries(url, known))
    if ('document' in result) {
      const remembered: Validators = { etag: result.etag ?? null, lastModified: result.document.lastModified ?? null }
      if (remembered.etag || remembered.lastModified) this.#validators.set(url, remembered)
    }
    return result
  }

  /** Releases the connection pool, letting requests in flight finish. */
  async close(): Promise<void> {
    await this.#agent.close()
  }

  /** Releases the connection pool at once: requests in flight fail (a server shutting down). */
  async destroy(): Promise<void> {
    await this.#agent.destroy()
  }

  // Runs `task` after every earlier task for the host, and after the host's delay.
  #queued<T>(origin: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#hosts.get(origin) ?? Promise.resolve()
    const run = previous.then(async () => {
      const wait = (this.#lastRequest.get(origin) ?? 0) + (await this.#delayFor(origin)) - Date.now()
      if (wait > 0) await sleep(wait)
      try {
        return await task()
      } finally {
        this.#lastRequest.set(origin, Date.now())
      }
    })
    this.#hosts.set(
      origin,
      run.catch(() => undefined),
    )
    return run
  }

  async #delayFor(origin: string): Promise<number> {
    const robots = this.#options.respectRobots ? await this.#robotsFor(origin) : null
    const crawlDelay = robots?.getCrawlDelay(this.#options.userAgent)
    return Math.max(this.#options.perHostDelayMs, crawlDelay ? Math.min(crawlDelay, 60) * 1000 : 0)
  }

  async #withRetries(url: string, validators: Validators): Promise<FetchResult> {
    const headers: Record<string, string> = {}
    if (validators.etag) headers['if-none-match'] = validators.etag
    if (validators.lastModified) headers['if-modified-since'] = new Date(validators.lastModified).toUTCString()
    let result: FetchResult = { error: 'not attempted' }
    for (let attempt = 0; attempt <= this.#options.retries; attempt++) {
      result = await fetchUrl(url, {
        timeoutMs: this.#options.timeoutMs,
        maxBytes: this.#options.maxBytes,
        maxRedirects: this.#options.maxRedirects,
        userAgent: this.#options.userAgent,
        dispatcher: this.#agent,
        addressPolicy: this.#policy,
        headers,
      })
      if (!('error' in result) || !retryable(result)) return result
      if (attempt < this.#options.retries) await sleep(Math.max(this.#options.perHostDelayMs, result.retryAfterMs ?? this.#options.backoffMs * 2 ** attempt))
    }
    return result
  }

  #robotsFor(origin: string): Promise<RobotsRules | null> {
    let rules = this.#robots.get(origin)
    if (!rules) {
      // Fetched directly, not through the host queue: the queue's delay itself reads robots.txt.
      rules = (async () => {
        const res = await fetchUrl(`${origin}/robots.txt`, { timeoutMs: 10_000, maxBytes: 512 * 1024, userAgent: this.#options.userAgent, dispatcher: this.#agent, addressPolicy: this.#policy })
        this.#lastRequest.set(origin, Date.now())
        // A missing or unreadable robots.txt allows everything, as crawlers conventionally read it.
        if (!('document' in res)) return null
        return robotsParser(`${origin}/robots.txt`, Buffer.from(res.document.body as Uint8Array).toString('utf8'))
      })()
      this.#robots.set(origin, rules)
    }
    return rules
  }
}

function retryable(result: { status?: number; error: string; timedOut?: true }): boolean {
  // A server that stalled or dripped for the whole time limit is not asked again at full length.
  if (result.timedOut) return false
  if (result.status === undefined) return !/refused|not a valid|scheme|over the|redirects/.test(result.error)
  return result.status === 429 || result.status >= 500
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
