/**
 * The cluster stage's batcher. Stored-article notices are gathered until the stream has been
 * quiet for a moment (or a notice has waited too long), then the articles the store owes a
 * grouping join their stories (`regroupIfOwed`, the embedded path's code) under a
 * deployment-wide lock, and the batch is acknowledged. The lock serializes cluster workers
 * (rather than partitioning by blocking key) because a story step reads and rewrites stories
 * that any key may reach; each step also checks that no other step was written since the state
 * it read, so even without the lock no step is written over another.
 */
import type { JetStreamManager, JsMsg } from 'nats'
import type { ArticleStore } from '../store/article-store.js'
import { isExclusiveStore } from '../store/article-store.js'
import { regroupIfOwed } from '../corpus/organize-stories.js'
import { decodeJson, type ExtractedMessage, type StoredMessage } from './messages.js'
import type { Topology } from './topology.js'

const CLUSTER_LOCK = 'newsgraph.cluster'
/** Owed article ids read to tell which notices wait on earlier documents. */
const OWED_READ_LIMIT = 100_000

/** What the batcher works with. */
export interface ClusterBatcherDeps {
  readonly jsm: JetStreamManager
  readonly t: Topology
  readonly store: ArticleStore
  readonly log: (line: string) => void
  /** Quiet time before re-organizing (default 1,000 ms). */
  readonly debounceMs?: number
  /** Longest a notice waits while messages keep coming (default 30,000 ms). */
  readonly maxDelayMs?: number
}

/** What the batcher has done so far. */
export interface ClusterCounts {
  /** Notices acknowledged. */
  handled: number
  /** Notices that failed and were left for redelivery. */
  retried: number
  /** Re-organizations run. */
  organized: number
}

/** Gathers stored-article notices and regroups stories once per quiet spell. */
export class ClusterBatcher {
  private pending: JsMsg[] = []
  // True when the pending notices are ones that wait on earlier documents, not new ones.
  private waiting = false
  private firstPendingAt = 0
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> | null = null
  private readonly keepAlive: NodeJS.Timeout

  constructor(
    private readonly deps: ClusterBatcherDeps,
    private readonly counts: ClusterCounts,
  ) {
    this.keepAlive = setInterval(() => {
      // Batches wait longer than an acknowledgement deadline while the stream is busy: keep them ours.
      for (const m of this.pending) m.working()
    }, 5000)
  }

  /** True while nothing is gathered or being regrouped. */
  get idle(): boolean {
    return !this.flushing && this.pending.length === 0
  }

  /** Takes one notice; the batch is regrouped after the quiet time. */
  add(m: JsMsg): void {
    if (this.pending.length === 0) this.firstPendingAt = Date.now()
    this.pending.push(m)
    this.schedule()
  }

  /** Stops the keep-alive and the pending re-organization; `finish` then commits what is left. */
  stopTimers(): void {
    clearInterval(this.keepAlive)
    clearTimeout(this.timer)
  }

  /** Commits what was gathered, so its notices are not redelivered for nothing. */
  async finish(): Promise<void> {
    if (this.flushing) await this.flushing
    await this.flush()
  }

  private schedule(): void {
    clearTimeout(this.timer)
    // Notices waiting on earlier documents are looked at again after the quiet time, not at once.
    const overdue = !this.waiting && Date.now() - this.firstPendingAt >= (this.deps.maxDelayMs ?? 30_000)
    this.timer = setTimeout(() => void this.flush(), overdue ? 0 : (this.deps.debounceMs ?? 1000))
  }

  private async flush(): Promise<void> {
    if (this.flushing) return
    const batch = this.pending
    this.pending = []
    if (batch.length === 0) return
    this.flushing = this.regroup(batch)
    await this.flushing
    this.flushing = null
    if (this.pending.length) this.schedule()
  }

  private async regroup(batch: JsMsg[]): Promise<void> {
    const { store, log } = this.deps
    const started = Date.now()
    try {
      // Articles join stories in queue order, as in an embedded run: only those below the point
      // where every queued document is settled (stored, or found unusable) go now.
      const upTo = await this.settledThrough()
      const run = () => regroupIfOwed(store, { upTo })
      const result = isExclusiveStore(store) ? await store.exclusive(CLUSTER_LOCK, run) : await run()
      const owed = new Set((await store.owedArticles({ limit: OWED_READ_LIMIT })).map((o) => o.id))
      for (const m of batch) {
        const notice = decodeJson<StoredMessage>(m.data)
        // A notice of an article still waiting for earlier documents stays ours for the next flush.
        if (notice.articleId !== null && owed.has(notice.articleId)) {
          m.working()
          this.pending.push(m)
        } else {
          m.ack()
          this.counts.handled++
        }
      }
      this.waiting = this.pending.length > 0
      this.counts.organized++
      log(
        `cluster: ${batch.length} ${batch.length === 1 ? 'notice' : 'notices'}, ${result.articles} ${result.articles === 1 ? 'article' : 'articles'} grouped through queue position ${upTo}, ${result.stories} ${result.stories === 1 ? 'story' : 'stories'} (${Date.now() - started} ms)`,
      )
    } catch (error) {
      for (const m of batch) m.nak(1000)
      this.counts.retried += batch.length
      log(`cluster: re-organization failed, will retry: ${(error as Error).message}`)
    }
  }

  /**
   * The queue position through which every raw document is settled: extracted (the extract
   * consumer's acknowledgement floor) and past analysis (no message left in the extracted work
   * queue names an earlier one). Every article at or before it is in the store.
   */
  private async settledThrough(): Promise<number> {
    const { jsm, t } = this.deps
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
}
