/**
 * Fetches one URL with undici under hard limits: total time, body size (after decompression,
 * so a compression bomb stops at the cap), redirect count. Never throws; failures are values.
 * Every connection goes through the SSRF guard (each redirect hop opens its own), and the body
 * is read through one `pipeline` with the deadline's signal, so a server that stalls mid-body,
 * compressed or not, ends the fetch at the time limit instead of leaving it pending for good.
 */
import { request, type Dispatcher } from 'undici'
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib'
import type { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { RawDocument } from '../model/raw-document.js'
import { createGuardedAgent, refuseUrl, type AddressPolicy } from './ssrf-guard.js'

/** Limits for one fetch. */
export interface FetchOptions {
  /** Whole-request time limit in milliseconds. Default 20,000. */
  readonly timeoutMs: number
  /** Largest body accepted after decompression, in bytes. Default 20 MiB. */
  readonly maxBytes: number
  /** Most redirects followed. Default 5. */
  readonly maxRedirects: number
  /** User-Agent header sent. */
  readonly userAgent: string
  /**
   * Connection pool to use (the polite fetcher passes its SSRF-guarded agent). Without one, each
   * call opens a guarded agent under `addressPolicy` and closes it after.
   */
  readonly dispatcher?: Dispatcher
  /** Which addresses may be connected to when no dispatcher is given (default: public ones only). */
  readonly addressPolicy?: AddressPolicy
  /** Extra request headers (conditional GET: If-None-Match, If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)',
}

/** A fetched document, an unchanged one (304), or the reason it could not be fetched. */
export type FetchResult =
  | { readonly document: RawDocument; readonly etag?: string }
  | { readonly notModified: true; readonly url: string }
  | { readonly error: string; readonly status?: number; readonly retryAfterMs?: number; readonly timedOut?: true }

/** Fetches a URL into a RawDocument, following redirects up to the limit. */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const opts = { ...DEFAULT_FETCH_OPTIONS, ...options }
  const own = opts.dispatcher ? null : createGuardedAgent(opts.addressPolicy ?? {})
  try {
    return await fetchWith(url, opts, opts.dispatcher ?? own!)
  } finally {
    await own?.close()
  }
}

async function fetchWith(url: string, opts: FetchOptions, dispatcher: Dispatcher): Promise<FetchResult> {
  const deadline = AbortSignal.timeout(opts.timeoutMs)
  let current = url
  try {
    for (let hop = 0; hop <= opts.maxRedirects; hop++) {
      // The form of every hop is checked (scheme, credentials, literal address); its address is
      // checked again by the dispatcher when the connection opens.
      const refused = refuseUrl(current, opts.addressPolicy ?? {})
      if (refused) return { error: hop === 0 ? refused : `redirected to ${current}: ${refused}` }
      const res = await request(current, {
        method: 'GET',
        signal: deadline,
        dispatcher,
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br', ...opts.headers },
      })
      const header = (name: string): string | undefined => {
        const v = res.headers[name]
        return Array.isArray(v) ? v[0] : v
      }
      if (res.statusCode >= 300 && res.statusCode < 400 && header('location')) {
        await res.body.dump()
        current = new URL(header('location')!, current).toString()
        continue
      }
      if (res.statusCode === 304) {
        await res.body.dump()
        return { notModified: true, url: current }
      }
      if (res.statusCode >= 400) {
        await res.body.dump()
        const retryAfter = Number(header('retry-after'))
        return { error: `HTTP ${res.statusCode}`, status: res.statusCode, ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterMs: retryAfter * 1000 } : {}) }
      }
      const body = await readBody(res.body, header('content-encoding'), opts.maxBytes, deadline)
      if (body === null) return { error: `body over the ${opts.maxBytes}-byte limit${header('content-encoding') ? ' after decompression' : ''}` }
      const contentType = header('content-type')
      const lastModified = header('last-modified')
      const document: RawDocument = {
        input: url,
        url: current,
        body,
        fetchedAt: new Date().toISOString(),
        ...(contentType ? { contentType } : {}),
        ...(lastModified && !Number.isNaN(Date.parse(lastModified)) ? { lastModified: new Date(lastModified).toISOString() } : {}),
      }
      const etag = header('etag')
      return etag ? { document, etag } : { document }
    }
    return { error: `more than ${opts.maxRedirects} redirects` }
  } catch (error) {
    if (deadline.aborted) return { error: `timed out after ${opts.timeoutMs} ms`, timedOut: true }
    const cause = (error as { cause?: unknown }).cause
    const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
    return { error: message }
  }
}

function decompressor(encoding: string | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip()
    case 'deflate':
      return createInflate()
    case 'br':
      return createBrotliDecompress()
    default:
      return null
  }
}

class OverLimit extends Error {}

/**
 * The body, decompressed, or null when it is over `maxBytes`. One pipeline carries the abort
 * signal to every stream in it, so a stall ends at the deadline whether it is in the socket or in
 * the decompressor, and counting after decompression stops a bomb at the cap.
 */
async function readBody(body: Readable, encoding: string | undefined, maxBytes: number, signal: AbortSignal): Promise<Uint8Array | null> {
  const chunks: Buffer[] = []
  let size = 0
  // Remembered apart from the error: tearing the pipeline down may surface the socket's abort first.
  let over = false
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      size += chunk.length
      if (size > maxBytes) {
        over = true
        throw new OverLimit()
      }
      chunks.push(chunk)
    }
  }
  const inflate = decompressor(encoding)
  try {
    if (inflate) await pipeline(body, inflate, collect, { signal })
    else await pipeline(body, collect, { signal })
  } catch (error) {
    if (over) return null
    throw error
  }
  return new Uint8Array(Buffer.concat(chunks))
}
