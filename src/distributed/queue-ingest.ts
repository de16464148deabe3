/**
 * `newsgraph ingest --queue`: reads the sources as the embedded ingest does, but publishes each
 * raw document to JetStream for the stage workers instead of processing it here. Publishing
 * is in source order over one connection, so stream sequence numbers are the ingest order the
 * store lists articles in. A document the store already has is not published again.
 */
import type { JetStreamClient, PubAck } from 'nats'
import { connectQueue } from './connect-queue.js'
import { documentId } from '../model/ids.js'
import type { ArticleStore } from '../store/article-store.js'
import { expandSources, type SourceFailure } from '../ingest/expand-sources.js'
import type { PoliteFetcher } from '../ingest/polite-fetcher.js'
import { encodeRawDocument } from './messages.js'
import { ensureTopology, topology, type TopologyOptions } from './topology.js'

/** Counts of one queued ingest. */
export interface QueueIngestSummary {
  read: number
  /** Documents published for the workers. */
  queued: number
  /** Documents already in the store, or already in the queue within its duplicate window. */
  unchanged: number
  failed: number
  readonly failures: SourceFailure[]
}

/** Options of a queued ingest. */
export interface QueueIngestOptions extends TopologyOptions {
  readonly natsUrl: string
  readonly namespace?: string
  /** When given, documents it already holds are skipped before publishing. */
  readonly store?: ArticleStore
  readonly fetcher?: PoliteFetcher
  readonly maxDocuments?: number
  readonly onProgress?: (summary: Readonly<QueueIngestSummary>, input: string) => void
}

// Publishes in flight at once: enough to hide the round trip, few enough to bound memory.
const WINDOW = 64

/** Publishes every document the sources lead to; returns the counts. */
export async function runQueueIngest(sources: readonly string[], options: QueueIngestOptions): Promise<QueueIngestSummary> {
  const summary: QueueIngestSummary = { read: 0, queued: 0, unchanged: 0, failed: 0, failures: [] }
  const t = topology(options.namespace)
  const nc = await connectQueue(options.natsUrl)
  try {
    await ensureTopology(await nc.jetstreamManager(), t, options)
    const js: JetStreamClient = nc.jetstream()
    const maxPayload = nc.info?.max_payload ?? 1024 * 1024
    const inFlight: Array<{ input: string; ack: Promise<PubAck> }> = []
    const settle = async (): Promise<void> => {
      const next = inFlight.shift()
      if (!next) return
      try {
        const ack = await next.ack
        if (ack.duplicate) summary.unchanged++
        else summary.queued++
      } catch (error) {
        summary.failed++
        summary.failures.push({ input: next.input, error: `could not queue: ${(error as Error).message}` })
      }
      options.onProgress?.(summary, next.input)
    }
    for await (const item of expandSources(sources, options.fetcher ? { fetcher: options.fetcher } : {})) {
      if (options.maxDocuments !== undefined && summary.read >= options.maxDocuments) break
      summary.read++
      if ('error' in item) {
        summary.failed++
        summary.failures.push(item)
        continue
      }
      const body = typeof item.body === 'string' ? new TextEncoder().encode(item.body) : item.body
      const id = documentId(item.input, body)
      if (options.store && (await options.store.hasDocument(id))) {
        summary.unchanged++
        continue
      }
      const message = encodeRawDocument(item)
      if (message.data.byteLength + 4096 > maxPayload) {
        summary.failed++
        summary.failures.push({ input: item.input, error: `document is ${message.data.byteLength} bytes, over the queue's ${maxPayload}-byte message limit` })
        continue
      }
      // The message id makes JetStream drop a republish of this document.
      const ack = js.publish(t.rawSubject, message.data, { headers: message.headers, msgID: id })
      // Settled in order below; until then a refusal must not count as unhandled.
      ack.catch(() => undefined)
      inFlight.push({ input: item.input, ack })
      if (inFlight.length >= WINDOW) await settle()
    }
    while (inFlight.length) await settle()
    return summary
  } finally {
    await nc.drain()
  }
}
