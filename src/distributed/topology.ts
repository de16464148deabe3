/**
 * The JetStream layout of a distributed run: one stream per hand-off (raw documents, extracted
 * articles, stored-article notices) and one durable pull consumer per stage, shared by every
 * worker of that stage so JetStream spreads the messages over them. Raw documents are kept
 * (limits retention) because the analyze stage reads their bytes back by sequence; the two
 * hand-off streams are work queues, emptied as the next stage acknowledges.
 */
import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType, nanos, type JetStreamManager } from 'nats'

/** The stages a worker can run. */
export type Stage = 'extract' | 'analyze' | 'cluster'

/** Stream and subject names of one deployment (several can share a server). */
export interface Topology {
  readonly rawStream: string
  readonly extractedStream: string
  readonly storedStream: string
  readonly rawSubject: string
  readonly extractedSubject: string
  readonly storedSubject: string
}

/** Options of the stream set-up. */
export interface TopologyOptions {
  /** Seconds a delivered message may stay unacknowledged before it goes to another worker (default 30; clustering 4x). */
  readonly ackWaitSeconds?: number
  /** Days raw documents are kept for re-analysis and for the analyze stage to read (default 7). */
  readonly rawRetentionDays?: number
}

/** Default namespace of stream and subject names. */
export const DEFAULT_NAMESPACE = 'newsgraph'

/** Stream and subject names for a namespace (letters, digits, `-` and `_`). */
export function topology(namespace: string = DEFAULT_NAMESPACE): Topology {
  if (!/^[A-Za-z0-9_-]+$/.test(namespace)) throw new Error(`namespace \`${namespace}\` may only hold letters, digits, - and _`)
  const upper = namespace.toUpperCase().replace(/-/g, '_')
  return {
    rawStream: `${upper}_RAW`,
    extractedStream: `${upper}_EXTRACTED`,
    storedStream: `${upper}_STORED`,
    rawSubject: `${namespace}.raw`,
    extractedSubject: `${namespace}.extracted`,
    storedSubject: `${namespace}.stored`,
  }
}

/** Stream each stage consumes. */
export function inputStream(t: Topology, stage: Stage): string {
  return stage === 'extract' ? t.rawStream : stage === 'analyze' ? t.extractedStream : t.storedStream
}

/** Creates the streams and stage consumers when missing; safe to run from every process at once. */
export async function ensureTopology(jsm: JetStreamManager, t: Topology, options: TopologyOptions = {}): Promise<void> {
  // Republishing inside this window (a crashed stage redoing its work) is dropped by message id.
  const duplicateWindow = nanos(60 * 60 * 1000)
  const streams = [
    // Direct get hands the analyze stage a document's bytes as they are; the stream API's own
    // get wraps them in base64 inside JSON, which cost the server and the worker a copy each way.
    { name: t.rawStream, subjects: [t.rawSubject], retention: RetentionPolicy.Limits, max_age: nanos((options.rawRetentionDays ?? 7) * 86_400_000), allow_direct: true },
    { name: t.extractedStream, subjects: [t.extractedSubject], retention: RetentionPolicy.Workqueue, max_age: 0 },
    { name: t.storedStream, subjects: [t.storedSubject], retention: RetentionPolicy.Workqueue, max_age: 0 },
  ]
  for (const s of streams) {
    const existing = await jsm.streams.info(s.name).then(
      (info) => info.config,
      () => null,
    )
    if (existing && s.allow_direct && !existing.allow_direct) {
      // A raw stream made by an older newsgraph: turn direct get on, keeping everything else.
      await jsm.streams.update(s.name, { ...existing, allow_direct: true })
    }
    if (!existing) {
      await jsm.streams.add({ ...s, storage: StorageType.File, duplicate_window: duplicateWindow }).catch(async (error: unknown) => {
        // Another process created it between our look and our add.
        if (
          !(await jsm.streams.info(s.name).then(
            () => true,
            () => false,
          ))
        )
          throw error
      })
    }
  }
  const ackWait = (options.ackWaitSeconds ?? 30) * 1000
  const consumers: Array<[Stage, number, number]> = [
    ['extract', ackWait, 1000],
    ['analyze', ackWait, 1000],
    // The clusterer holds a whole debounce batch unacknowledged until its stories are written.
    ['cluster', ackWait * 4, 100_000],
  ]
  for (const [stage, wait, maxAckPending] of consumers) {
    const stream = inputStream(t, stage)
    const exists = await jsm.consumers.info(stream, stage).then(
      () => true,
      () => false,
    )
    if (exists) continue
    await jsm.consumers
      .add(stream, { durable_name: stage, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, ack_wait: nanos(wait), max_deliver: -1, max_ack_pending: maxAckPending })
      .catch(async (error: unknown) => {
        if (
          !(await jsm.consumers.info(stream, stage).then(
            () => true,
            () => false,
          ))
        )
          throw error
      })
  }
}
