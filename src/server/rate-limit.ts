/**
 * A per-client token bucket: each client (by remote address) may make `burst` requests at once
 * and then `perMinute` a minute. It is deliberately simple — one process, in memory — and is
 * there to keep one noisy client from starving the others, not to meter an API.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { HttpProblem } from './problem.js'

/** Limits of the rate limiter; `perMinute <= 0` turns it off. */
export interface RateLimitOptions {
  readonly perMinute: number
  readonly burst: number
  /** Most clients tracked at once; the stalest are forgotten first. */
  readonly maxClients?: number
}

interface Bucket {
  tokens: number
  updated: number
}

/** The remote address of the request, or `local` when served in process (tests). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'local'
}

/** Middleware answering 429 (with Retry-After) once a client's bucket is empty. */
export function rateLimit(options: RateLimitOptions, now: () => number = Date.now): MiddlewareHandler {
  const buckets = new Map<string, Bucket>()
  const maxClients = options.maxClients ?? 10_000
  const perMs = options.perMinute / 60_000
  return async (c, next) => {
    if (options.perMinute <= 0) return next()
    const key = clientAddress(c)
    const t = now()
    let bucket = buckets.get(key)
    if (!bucket) {
      if (buckets.size >= maxClients) {
        // Map iteration is insertion order; re-inserting on use below keeps it roughly LRU.
        const oldest = buckets.keys().next().value
        if (oldest !== undefined) buckets.delete(oldest)
      }
      bucket = { tokens: options.burst, updated: t }
    } else {
      bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.updated) * perMs)
      bucket.updated = t
      buckets.delete(key)
    }
    buckets.set(key, bucket)
    if (bucket.tokens < 1) {
      const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
      throw new HttpProblem(429, `rate limit: ${options.perMinute} requests a minute per client; retry in ${wait} s`, { headers: { 'retry-after': String(wait) } })
    }
    bucket.tokens -= 1
    return next()
  }
}
