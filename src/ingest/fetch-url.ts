/**
 * Fetches one URL with undici under hard limits: total time, body size (after decompression,
 * so a compression bomb stops at the cap), redirect count. Never throws; failures are values.
 */
import { request, type Dispatcher } from 'undici'
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib'
import { Readable } from 'node:stream'
import type { RawDocument } from '../model/raw-document.js'

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
  /** Connection pool to use (the polite fetcher passes its SSRF-guarded agent). */
  readonly dispatcher?: Dispatcher
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
  | { readonly error: string; readonly status?: number; readonly retryAfterMs?: number }

/** Fetches a URL into a RawDocument, following redirects up to the limit. */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const opts = { ...DEFAULT_FETCH_OPTIONS, ...options }
  const deadline = AbortSignal.timeout(opts.timeoutMs)
  let current = url
  try {
    for (let hop = 0; hop <= opts.maxRedirects; hop++) {
      const res = await request(current, {
        method: 'GET',
        signal: deadline,
        ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
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
      const body = await readCapped(decompress(res.body, header('content-encoding')), opts.maxBytes)
      if (body === null) return { error: `body over the ${opts.maxBytes}-byte limit` }
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
    if (deadline.aborted) return { error: `timed out after ${opts.timeoutMs} ms` }
    const cause = (error as { cause?: unknown }).cause
    const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
    return { error: message }
  }
}

function decompress(body: Readable, encoding: string | undefined): Readable {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return body.pipe(createGunzip())
    case 'deflate':
      return body.pipe(createInflate())
    case 'br':
      return body.pipe(createBrotliDecompress())
    default:
      return body
  }
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > maxBytes) {
      stream.destroy()
      return null
    }
    chunks.push(buf)
  }
  return new Uint8Array(Buffer.concat(chunks))
}
