/**
 * The JetStream driver of one stage. A worker pulls from its stage's durable consumer, runs the
 * same code the embedded path runs (`createPipeline` for extract and analyze, `regroupIfOwed`
 * for clustering), commits the result (the next stage's message, or the store transaction)
 * and only then acknowledges. A worker killed at any point leaves its unacknowledged messages
 * to be redelivered; redoing work is harmless because message ids and document ids make every
 * step idempotent.
 *
 * Each stage's work is its own module: `extract-handler`, `analyze-handler`, and for clustering,
 * which is incremental and batched, `cluster-batcher`. This module only connects, consumes,
 * bounds concurrency, acknowledges and stops.
 */
import { connectQueue } from './connect-queue.js'
import { type JetStreamManager, type JsMsg, type NatsConnection, type SeqMsgRequest, type StoredMsg } from 'nats'
import { createPipeline, type Pipeline } from '../pipeline.js'
import type { ArticleStore } from '../store/article-store.js'
import { ensureTopology, inputStream, topology, type Stage, type TopologyOptions } from './topology.js'
import { extractHandler } from './extract-handler.js'
import { analyzeHandler } from './analyze-handler.js'
import { ClusterBatcher } from './cluster-batcher.js'

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

    const handleOne =
      stage === 'extract' ? extractHandler({ js, t, pipeline: pipeline!, store, maxPayload }) : stage === 'analyze' ? analyzeHandler({ js, t, pipeline: pipeline!, store: store!, readRaw, log }) : null
    const batcher =
      stage === 'cluster'
        ? new ClusterBatcher(
            {
              jsm,
              t,
              store: store!,
              log,
              ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
              ...(options.maxDelayMs !== undefined ? { maxDelayMs: options.maxDelayMs } : {}),
            },
            summary,
          )
        : null

    const consumer = await js.consumers.get(inputStream(t, stage), stage)
    const concurrency = Math.max(1, options.concurrency ?? 3)
    // Fetch just beyond what is handled at once, so idle workers of the stage still get their share.
    const messages = await consumer.consume({ max_messages: stage === 'cluster' ? 1000 : concurrency + 1 })
    let lastActivity = Date.now()
    const inFlight = new Set<Promise<void>>()
    const handle = async (m: JsMsg): Promise<void> => {
      try {
        await handleOne!(m)
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
          if (inFlight.size === 0 && (batcher?.idle ?? true) && Date.now() - lastActivity > options.idleExitMs!) stop()
        }, 100)
      : undefined
    try {
      for await (const m of messages) {
        lastActivity = Date.now()
        if (batcher) {
          batcher.add(m)
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
      batcher?.stopTimers()
      options.signal?.removeEventListener('abort', stop)
    }
    // Stopping: commit what clustering gathered so its notices are not redelivered for nothing.
    await batcher?.finish()
    return summary
  } finally {
    await nc.drain().catch(() => nc.close())
  }
}
