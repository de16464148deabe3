/**
 * The JetStream driver of one stage. A worker pulls from its stage's durable consumer, runs the
 * same code the embedded path runs (`createPipeline` for extract and analyze, `regroupIfOwed`
 * for clustering), commits the result (the next stage's message, or the store transaction)
 * and only then acknowledges. A worker killed at any point leaves its unacknowledged messages
 * to be redelivered; redoing work is harmless because message ids and document ids make every
 * step idempotent.
 *
 * Clustering is incremental: stored-article notices are gathered until the stream has been quiet
 * for a moment, then the articles the store owes a grouping join their stories (`regroupIfOwed`,
 * the embedded path's code) under a deployment-wide lock, and the batch is acknowledged. The lock
 * serializes cluster workers (rather than partitioning by blocking key) because a story step
 * reads and rewrites stories that any key may reach; each step also checks that no other step
 * was written since the state it read, so even without the lock no step is written over another.
 */
import { connectQueue } from './connect-queue.js'
import { type JetStreamManager, type JsMsg, type NatsConnection, type SeqMsgRequest, type StoredMsg } from 'nats'
import { documentId } from '../model/ids.js'
import { createPipeline, type Pipeline } from '../pipeline.js'
import { whyUnusable } from '../extract/index.js'
import type { ArticleStore } from '../store/article-store.js'
import { isExclusiveStore } from '../store/article-store.js'
import { regroupIfOwed } from '../corpus/organize-stories.js'
import { decodeJson, decodeRawDocument, encodeJson, type ExtractedMessage, type StoredMessage } from './messages.js'
import { ensureTopology, inputStream, topology, type Stage, type TopologyOptions } from './topology.js'

/** Options of one stage worker. */
export interface StageWorkerOptions extends TopologyOptions {
  readonly stage: Stage
  readonly natsUrl: string
  readonly namespace?: string
  /** Where articles and stories go; required for analyze and cluster, lets extract skip stored documents. */
  readonly store?: ArticleStore
  /** The pipeline to run (default: built here, extraction only for the extract stage). */
  readonly pipeline?: Pipeline
  /**
   * Messages handled at once (default 3). Analysis is synchronous, so this does not add cores: it
   * lets one message's analysis run while the previous one waits on the store and the server.
   */
  readonly concurrency?: number
  /** Stop after this long without a message (default: run until stopped). */
  readonly idleExitMs?: number
  /** Clustering: quiet time before re-organizing (default 1,000 ms). */
  readonly debounceMs?: number
  /** Clustering: longest a notice waits while messages keep coming (default 30,000 ms). */
  readonly maxDelayMs?: number
  /** Stops the worker once the message in hand is committed. */
  readonly signal?: AbortSignal
  /** One line per notable event (failures, re-organizations), for logs. */
  readonly log?: (line: string) => void
}

/** Counts of a worker's run. */
export interface StageWorkerSummary {
  /** Messages acknowledged. */
  handled: number
  /** Messages that failed and were left for redelivery. */
  retried: number
  /** Story re-organizations run (clustering only). */
  organized: number
}

const CLUSTER_LOCK = 'newsgraph.cluster'
/** Owed article ids read to tell which notices wait on earlier documents. */
const OWED_READ_LIMIT = 100_000

/** Runs one stage worker until it is stopped (or idle for `idleExitMs`); resolves to its counts. */
export async function runStageWorker(options: StageWorkerOptions): Promise<StageWorkerSummary> {
  const { stage, store } = options
  if (stage !== 'extract' && !store) throw new Error(`the ${stage} stage needs a store`)
  const log = options.log ?? (() => undefined)
  const t = topology(options.namespace)
  const pipeline = stage === 'cluster' ? null : (options.pipeline ?? createPipeline(stage === 'extract' ? { analyze: false } : {}))
  const nc: NatsConnection = await connectQueue(options.natsUrl, { name: `newsgraph-${stage}` })
  const summary: StageWorkerSummary = { handled: 0, retried: 0, organized: 0 }
  try {
    const jsm = await nc.jetstreamManager()
    await ensureTopology(jsm, t, options)
    const js = nc.jetstream()
    // nats.js 2.x has direct get on the manager it returns but leaves it out of the public type
    // (it was marked experimental there); the server API is stable. The stream API's get is the
    // fallback for a client without it.
    const direct = (jsm as JetStreamManager & { direct?: { getMessage(stream: string, query: SeqMsgRequest): Promise<StoredMsg> } }).direct
    const readRaw = (stream: string, query: SeqMsgRequest): Promise<StoredMsg> => (direct ? direct.getMessage(stream, query) : jsm.streams.getMessage(stream, query))
    const maxPayload = nc.info?.max_payload ?? 1024 * 1024

    const extractOne = async (m: JsMsg): Promise<void> => {
      const doc = decodeRawDocument(m.headers, m.data)
      const id = documentId(doc.input, typeof doc.body === 'string' ? new TextEncoder().encode(doc.body) : doc.body)
      if (store && (await store.hasDocument(id))) return
      let message: ExtractedMessage
      try {
        const article = pipeline!.run(doc)
        const unusable = whyUnusable(article)
        // Binary or empty input is a failed input on every path, never an empty article.
        message = unusable ? { documentId: id, rawSeq: m.seq, article: null, error: unusable } : { documentId: id, rawSeq: m.seq, article }
      } catch (error) {
        message = { documentId: id, rawSeq: m.seq, article: null, error: `internal error: ${(error as Error).message}` }
      }
      let data = encodeJson(message)
      if (data.byteLength + 1024 > maxPayload) {
        data = encodeJson({ documentId: id, rawSeq: m.seq, article: null, error: `extracted article is ${data.byteLength} bytes, over the queue's message limit` })
      }
      await js.publish(t.extractedSubject, data, { msgID: id })
    }

    const analyzeOne = async (m: JsMsg): Promise<void> => {
      const x = decodeJson<ExtractedMessage>(m.data)
      let articleId = x.article?.id ?? null
      if (!(await store!.hasDocument(x.documentId))) {
        const raw = await readRaw(t.rawStream, { seq: x.rawSeq })
        const doc = decodeRawDocument(raw.header, raw.data)
        let article = null
        if (x.article) {
          try {
            article = pipeline!.analyze(x.article)
          } catch (error) {
            // As in the embedded path: a stage that throws on content is a bug; the document is still kept.
            log(`analyze: ${doc.input}: internal error: ${(error as Error).message}`)
          }
        }
        if (x.error) log(`extract: ${doc.input}: ${x.error}`)
        const body = typeof doc.body === 'string' ? new TextEncoder().encode(doc.body) : doc.body
        const put = await store!.put({ id: x.documentId, input: doc.input, url: doc.url ?? null, contentType: doc.contentType ?? null, fetchedAt: doc.fetchedAt ?? null, body, ingestOrder: x.rawSeq }, article)
        articleId = put.articleId
      }
      const notice: StoredMessage = { documentId: x.documentId, articleId }
      await js.publish(t.storedSubject, encodeJson(notice), { msgID: x.documentId })
    }

    /**
     * The queue position through which every raw document is settled: extracted (the extract
     * consumer's acknowledgement floor) and past analysis (no message left in the extracted work
     * queue names an earlier one). Every article at or before it is in the store.
     */
    const settledThrough = async (): Promise<number> => {
      let through = (await jsm.consumers.info(t.rawStream, 'extract')).ack_floor.stream_seq
      const { state } = await jsm.streams.info(t.extractedStream)
      let left = state.messages
      for (let seq = state.first_seq; left > 0 && seq <= state.last_seq; seq++) {
        const msg = await jsm.streams.getMessage(t.extractedStream, { seq }).catch(() => null)
        if (!msg) continue
        left--
        through = Math.min(through, decodeJson<ExtractedMessage>(msg.data).rawSeq - 1)
      }
      return through
    }

    // Clustering state: notices gathered since the last re-organization.
    let waiting = false
    let pending: JsMsg[] = []
    let firstPendingAt = 0
    let timer: NodeJS.Timeout | undefined
    let flushing: Promise<void> | null = null
    const flush = async (): Promise<void> => {
      if (flushing) return
      const batch = pending
      pending = []
      if (batch.length === 0) return
      const started = Date.now()
      flushing = (async () => {
        try {
          // Articles join stories in queue order, as in an embedded run: only those below the point
          // where every queued document is settled (stored, or found unusable) go now.
          const upTo = await settledThrough()
          const run = () => regroupIfOwed(store!, { upTo })
          const result = isExclusiveStore(store!) ? await store!.exclusive(CLUSTER_LOCK, run) : await run()
          const owed = new Set((await store!.owedArticles({ limit: OWED_READ_LIMIT })).map((o) => o.id))
          for (const m of batch) {
            const notice = decodeJson<StoredMessage>(m.data)
            // A notice of an article still waiting for earlier documents stays ours for the next flush.
            if (notice.articleId !== null && owed.has(notice.articleId)) {
              m.working()
              pending.push(m)
            } else {
              m.ack()
              summary.handled++
            }
          }
          waiting = pending.length > 0
          summary.organized++
          log(`cluster: ${batch.length} ${batch.length === 1 ? 'notice' : 'notices'}, ${result.articles} ${result.articles === 1 ? 'article' : 'articles'} grouped through queue position ${upTo}, ${result.stories} ${result.stories === 1 ? 'story' : 'stories'} (${Date.now() - started} ms)`)
        } catch (error) {
          for (const m of batch) m.nak(1000)
          summary.retried += batch.length
          log(`cluster: re-organization failed, will retry: ${(error as Error).message}`)
        }
      })()
      await flushing
      flushing = null
      if (pending.length) schedule()
    }
    const schedule = (): void => {
      clearTimeout(timer)
      // Notices waiting on earlier documents are looked at again after the quiet time, not at once.
      const overdue = !waiting && Date.now() - firstPendingAt >= (options.maxDelayMs ?? 30_000)
      timer = setTimeout(() => void flush(), overdue ? 0 : (options.debounceMs ?? 1000))
    }
    const keepAlive = setInterval(() => {
      // Batches wait longer than an acknowledgement deadline while the stream is busy: keep them ours.
      for (const m of pending) m.working()
    }, 5000)

    const consumer = await js.consumers.get(inputStream(t, stage), stage)
    const concurrency = Math.max(1, options.concurrency ?? 3)
    // Fetch just beyond what is handled at once, so idle workers of the stage still get their share.
    const messages = await consumer.consume({ max_messages: stage === 'cluster' ? 1000 : concurrency + 1 })
    let lastActivity = Date.now()
    const inFlight = new Set<Promise<void>>()
    const handle = async (m: JsMsg): Promise<void> => {
      try {
        if (stage === 'extract') await extractOne(m)
        else await analyzeOne(m)
        m.ack()
        summary.handled++
      } catch (error) {
        // The store or the server is unreachable, or the message is damaged: try again a little later.
        summary.retried++
        log(`${stage}: message ${m.seq} failed, will be redelivered: ${(error as Error).message}`)
        m.nak(1000)
      } finally {
        lastActivity = Date.now()
      }
    }
    const stop = (): void => messages.stop()
    options.signal?.addEventListener('abort', stop)
    const idle = options.idleExitMs
      ? setInterval(() => {
          if (inFlight.size === 0 && !flushing && pending.length === 0 && Date.now() - lastActivity > options.idleExitMs!) stop()
        }, 100)
      : undefined
    try {
      for await (const m of messages) {
        lastActivity = Date.now()
        if (stage === 'cluster') {
          if (pending.length === 0) firstPendingAt = Date.now()
          pending.push(m)
          schedule()
          continue
        }
        const running = handle(m)
        inFlight.add(running)
        void running.finally(() => inFlight.delete(running))
        if (inFlight.size >= concurrency) await Promise.race(inFlight)
      }
      await Promise.all(inFlight)
    } finally {
      clearInterval(idle)
      clearInterval(keepAlive)
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', stop)
    }
    // Stopping: commit what clustering gathered so its notices are not redelivered for nothing.
    if (flushing) await flushing
    await flush()
    return summary
  } finally {
    await nc.drain().catch(() => nc.close())
  }
}
