/**
 * The ingest driver: sources in, stored articles out. Each document gets a stable id from its
 * name and bytes; one already stored is skipped before any work, so re-ingesting changes
 * nothing, and a run killed half-way is finished by running it again, without doubles (each
 * document is written in its own transaction).
 */
import type { ArticleStore } from '../store/article-store.js'
import { documentId } from '../model/ids.js'
import type { Pipeline } from '../pipeline.js'
import { expandSources, type SourceFailure } from './expand-sources.js'
import { whyUnusable } from '../extract/index.js'
import { crashPoint } from '../model/crash-point.js'
import type { PoliteFetcher } from './polite-fetcher.js'

/** Counts of one ingest run. */
export interface IngestSummary {
  /** Documents read from the sources. */
  read: number
  /** New articles stored. */
  stored: number
  /** Documents already in the store (same name and bytes): skipped. */
  unchanged: number
  /** New documents whose article duplicates a stored one (same URL or same text). */
  duplicates: number
  failed: number
  readonly failures: SourceFailure[]
}

/** Options of an ingest run. */
export interface IngestJobOptions {
  readonly store: ArticleStore
  readonly pipeline: Pipeline
  readonly fetcher?: PoliteFetcher
  /** Called after every document, for progress displays. */
  readonly onProgress?: (summary: Readonly<IngestSummary>, input: string) => void
  /** Stop after this many documents (default: no limit). */
  readonly maxDocuments?: number
  /** Stop before the next document once aborted (a server shutting down); what was stored stays. */
  readonly signal?: AbortSignal
}

/** Reads every source, analyzes new documents and stores them; returns the counts. */
export async function runIngest(sources: readonly string[], options: IngestJobOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, unchanged: 0, duplicates: 0, failed: 0, failures: [] }
  const fetcherOption = options.fetcher ? { fetcher: options.fetcher } : {}
  for await (const item of expandSources(sources, fetcherOption)) {
    if (options.maxDocuments !== undefined && summary.read >= options.maxDocuments) break
    if (options.signal?.aborted) break
    summary.read++
    if ('error' in item) {
      summary.failed++
      summary.failures.push(item)
      options.onProgress?.(summary, item.input)
      continue
    }
    const body = typeof item.body === 'string' ? new TextEncoder().encode(item.body) : item.body
    const id = documentId(item.input, body)
    if (await options.store.hasDocument(id)) {
      summary.unchanged++
      options.onProgress?.(summary, item.input)
      continue
    }
    let article
    try {
      article = options.pipeline.run(item)
    } catch (error) {
      // A stage that throws on content is a bug; the crawl still goes on and the document is kept.
      summary.failed++
      summary.failures.push({ input: item.input, error: `internal error: ${(error as Error).message}` })
      article = null
    }
    const unusable = article ? whyUnusable(article) : null
    if (unusable) {
      // Binary or empty input is a failed input, as `analyze` reports it, never an empty article.
      summary.failed++
      summary.failures.push({ input: item.input, error: unusable })
      options.onProgress?.(summary, item.input)
      continue
    }
    crashPoint('before-store')
    const result = await options.store.put({ id, input: item.input, url: item.url ?? null, contentType: item.contentType ?? null, fetchedAt: item.fetchedAt ?? null, body }, article)
    if (result.inserted && !result.duplicateOf && article) summary.stored++
    else if (result.duplicateOf) summary.duplicates++
    options.onProgress?.(summary, item.input)
  }
  return summary
}
