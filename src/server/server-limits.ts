/**
 * The limits a server runs under, with their defaults: request body size, rate limit per client,
 * page sizes, and what an ingest request may ask for.
 */

/** Limits of one app. */
export interface ServerLimits {
  /** Largest request body accepted, in bytes. */
  readonly bodyBytes: number
  /** Requests a minute per client (0 turns the limiter off). */
  readonly requestsPerMinute: number
  /** Requests a client may make at once before the per-minute rate applies. */
  readonly burst: number
  /** Largest page of articles or stories. */
  readonly pageSize: number
  /** Largest page of events (exports included). */
  readonly eventPageSize: number
  /** Most sources in one ingest request. */
  readonly ingestSources: number
  /** Whether ingest may read the server's own files and folders (URLs only otherwise). */
  readonly allowLocalSources: boolean
  /** Whether saved-search webhooks may point at private, loopback or link-local addresses. */
  readonly allowPrivateWebhooks: boolean
}

/** Defaults: generous for one analyst, tight enough that one client cannot hog the process. */
export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 64 * 1024,
  requestsPerMinute: 600,
  burst: 120,
  pageSize: 100,
  eventPageSize: 10_000,
  ingestSources: 100,
  allowLocalSources: false,
  allowPrivateWebhooks: false,
}

/** Fills unspecified limits with the defaults. */
export function resolveLimits(limits: Partial<ServerLimits> = {}): ServerLimits {
  return { ...DEFAULT_LIMITS, ...limits }
}
