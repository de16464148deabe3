/**
 * Turns ingest sources — files, folders, globs, URLs, feeds, sitemaps, OPML lists and WARC/ARC
 * archives — into a stream of raw documents. Feeds and sitemaps are followed to their pages
 * through the polite fetcher; archives are read record by record. Failures are yielded as
 * values so a crawl of thousands goes on past each one.
 */
import { readFile, stat } from 'node:fs/promises'
import type { RawDocument } from '../model/raw-document.js'
import { expandInputs, describeError } from './read-inputs.js'
import { parseSource, type SourceEntry } from './feeds.js'
import { Readable } from 'node:stream'
import { readWarc, readWarcFile, type WarcProblem, type WarcResponse } from './warc.js'
import type { PoliteFetcher } from './polite-fetcher.js'

/** A source item that could not be read. */
export interface SourceFailure {
  readonly input: string
  readonly error: string
}

/** Options for expanding sources. */
export interface ExpandOptions {
  /** Fetcher for URLs (required when any source is a URL or a feed lists URLs). */
  readonly fetcher?: PoliteFetcher
  /** Largest local file read, in bytes (default 50 MiB; archives are streamed and exempt). */
  readonly maxBytes?: number
  /** Most feed/sitemap nesting followed (sitemap index -> sitemap -> page). Default 3. */
  readonly maxDepth?: number
}

const ARCHIVE = /\.(warc|arc)(\.gz)?$/i
const FOLDER_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt', '.text', '.warc', '.warc.gz', '.arc', '.arc.gz', '.xml', '.rss', '.atom', '.opml']

/** Yields a raw document (or a failure) for every page the sources lead to. */
export async function* expandSources(sources: readonly string[], options: ExpandOptions = {}): AsyncGenerator<RawDocument | SourceFailure, void, undefined> {
  const inputs = await expandInputs(sources, { extensions: FOLDER_EXTENSIONS })
  for (const input of inputs) {
    if (typeof input !== 'string') yield input
    else if (/^https?:\/\//i.test(input)) yield* fromUrl(input, undefined, options, 0)
    else if (ARCHIVE.test(input)) yield* fromArchive(input)
    else yield* fromFile(input, options)
  }
}

async function* fromFile(path: string, options: ExpandOptions): AsyncGenerator<RawDocument | SourceFailure, void, undefined> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024
  let body: Uint8Array
  let lastModified: string
  try {
    const info = await stat(path)
    if (!info.isFile()) return yield { input: path, error: 'not a regular file' }
    if (info.size > maxBytes) return yield { input: path, error: `file is ${info.size} bytes, over the ${maxBytes}-byte limit` }
    body = new Uint8Array(await readFile(path))
    lastModified = info.mtime.toISOString()
  } catch (error) {
    return yield { input: path, error: describeError(error) }
  }
  const head = Buffer.from(body.subarray(0, 8192)).toString('utf8')
  const parsed = /\.(xml|rss|atom|opml|json)$/i.test(path) || /<(rss|feed|urlset|sitemapindex|opml)[\s>]/i.test(head) ? parseSource(Buffer.from(body).toString('utf8')) : ({ kind: 'page' } as const)
  if (parsed.kind === 'page') {
    yield { input: path, body, lastModified }
    return
  }
  yield* fromParsed(path, parsed, undefined, options, 0)
}

async function* fromArchive(path: string, records: AsyncIterable<WarcResponse | WarcProblem> = readWarcFile(path)): AsyncGenerator<RawDocument | SourceFailure, void, undefined> {
  for await (const item of records) {
    if (item.kind === 'error') {
      yield { input: `${path}@${item.offset}`, error: item.message }
      continue
    }
    yield {
      input: item.url,
      url: item.url,
      body: item.body,
      ...(item.contentType ? { contentType: item.contentType } : {}),
      ...(item.date ? { fetchedAt: item.date } : {}),
      ...(item.lastModified ? { lastModified: item.lastModified } : {}),
    }
  }
}

async function* fromUrl(url: string, entry: SourceEntry | undefined, options: ExpandOptions, depth: number): AsyncGenerator<RawDocument | SourceFailure, void, undefined> {
  if (!options.fetcher) return yield { input: url, error: 'URLs need a fetcher' }
  const result = await options.fetcher.fetch(url)
  if ('skipped' in result) return yield { input: url, error: result.skipped }
  if ('notModified' in result) return
  if ('error' in result) {
    // A feed that carries the full article still gives us the text when the page is unreachable.
    if (entry?.contentHtml) return yield { input: url, url, body: entry.contentHtml, format: 'html', hints: hintsOf(entry) }
    return yield { input: url, error: result.error }
  }
  const doc = result.document
  const ct = doc.contentType ?? ''
  // An archive fetched over HTTP (already size-capped by the fetcher) is read like a local one.
  if (/warc/i.test(ct) || ARCHIVE.test(new URL(url).pathname)) return yield* fromArchive(url, readWarc(Readable.from([doc.body as Uint8Array])))
  const text = /xml|rss|atom|json|opml/i.test(ct) || !/html/i.test(ct) ? Buffer.from(doc.body as Uint8Array).toString('utf8') : null
  const parsed = text !== null ? parseSource(text, doc.url ?? url) : ({ kind: 'page' } as const)
  if (parsed.kind === 'page') {
    yield entry ? { ...doc, hints: hintsOf(entry) } : doc
    return
  }
  yield* fromParsed(url, parsed, doc.url ?? url, options, depth)
}

async function* fromParsed(
  source: string,
  parsed: Exclude<ReturnType<typeof parseSource>, { kind: 'page' }>,
  base: string | undefined,
  options: ExpandOptions,
  depth: number,
): AsyncGenerator<RawDocument | SourceFailure, void, undefined> {
  if (depth >= (options.maxDepth ?? 3)) return yield { input: source, error: 'feed or sitemap nesting too deep' }
  switch (parsed.kind) {
    case 'feed':
    case 'sitemap':
      for (const entry of parsed.entries) yield* fromUrl(resolve(entry.url, base), entry, options, depth + 1)
      return
    case 'sitemap-index':
      for (const url of parsed.sitemaps) yield* fromUrl(resolve(url, base), undefined, options, depth + 1)
      return
    case 'opml':
      for (const url of parsed.feeds) yield* fromUrl(resolve(url, base), undefined, options, depth + 1)
      return
  }
}

function resolve(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).toString()
  } catch {
    return url
  }
}

function hintsOf(entry: SourceEntry): NonNullable<RawDocument['hints']> {
  return { url: entry.url, ...(entry.title ? { title: entry.title } : {}), ...(entry.published ? { published: entry.published } : {}) }
}
