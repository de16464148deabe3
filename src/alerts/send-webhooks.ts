/**
 * Sends the deliveries that are due: one signed POST per item. A 2xx answer settles it; anything
 * else (or no answer in time) is tried again later with exponential backoff, and given up after
 * `maxAttempts`. Each body names its delivery id (`X-Newsgraph-Delivery`), which stays the same
 * across retries, so a receiver that saw a request whose answer was lost can drop the repeat.
 */
import type { ArticleStore, Delivery } from '../store/article-store.js'
import { fetch, type Dispatcher } from 'undici'
import { SIGNATURE_HEADER, signBody } from './signature.js'
import { createGuardedAgent, refuseUrl } from '../ingest/ssrf-guard.js'

/** Options of sending. */
export interface SendOptions {
  /** Deliveries sent per call. Default 100. */
  readonly batch?: number
  /** Time one POST may take, in ms. Default 10,000. */
  readonly timeoutMs?: number
  /** First retry delay, doubled after each failure, in ms. Default 5,000. */
  readonly backoffMs?: number
  /** Longest retry delay, in ms. Default 3,600,000 (an hour). */
  readonly maxBackoffMs?: number
  /** Attempts before a delivery is marked failed. Default 10. */
  readonly maxAttempts?: number
  /** Whether webhooks may reach private, loopback or link-local addresses. Default false. */
  readonly allowPrivate?: boolean
}

/** Sends every due delivery once; returns how many were delivered. */
export async function sendDueWebhooks(store: ArticleStore, now: Date, options: SendOptions = {}): Promise<number> {
  const due = await store.dueDeliveries(now.toISOString(), options.batch ?? 100)
  if (due.length === 0) return 0
  const searches = new Map((await store.savedSearches()).map((s) => [s.id, s]))
  // Checked again at send time, and at connect time by the guarded agent (a name may resolve anywhere).
  const dispatcher = createGuardedAgent({ allowPrivate: options.allowPrivate ?? false, connections: 4 })
  let delivered = 0
  for (const d of due) {
    const hook = searches.get(d.search)?.webhook
    if (!hook) continue
    const error = refuseUrl(hook.url, options.allowPrivate ?? false) ?? (await post(hook.url, hook.secret, d, searches.get(d.search)!.name, dispatcher, options))
    if (error === null) {
      await store.settleDelivery(d.search, d.item, { ok: true, at: new Date().toISOString() })
      delivered++
    } else {
      const attempts = d.attempts + 1
      const delay = Math.min((options.backoffMs ?? 5000) * 2 ** (attempts - 1), options.maxBackoffMs ?? 3_600_000)
      const retryAt = attempts >= (options.maxAttempts ?? 10) ? null : new Date(now.getTime() + delay).toISOString()
      await store.settleDelivery(d.search, d.item, { ok: false, error, retryAt })
    }
  }
  await dispatcher.close()
  return delivered
}

async function post(url: string, secret: string, d: Delivery, name: string, dispatcher: Dispatcher, options: SendOptions): Promise<string | null> {
  const body = JSON.stringify({ delivery: `${d.search}/${d.item}`, search: { id: d.search, name }, ...(d.payload as object) })
  try {
    const response = await fetch(url, {
      dispatcher,
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(secret, body), 'x-newsgraph-delivery': `${d.search}/${d.item}`, 'user-agent': 'newsgraph-webhook/1' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    })
    await response.body?.cancel()
    return response.ok ? null : `HTTP ${response.status}`
  } catch (error) {
    return (error as Error).message
  }
}
