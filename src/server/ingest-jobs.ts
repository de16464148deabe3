/**
 * Ingest jobs started over HTTP. A job runs `runIngest` in the background while its progress is
 * polled, then regroups the store's stories as `newsgraph ingest` does; jobs run one after another so two never write the store at once. Finished jobs are
 * kept (the latest `keep`) so a client polling late still sees the outcome.
 */
import { randomUUID } from 'node:crypto'
import type { ArticleStore } from '../store/article-store.js'
import type { Pipeline } from '../pipeline.js'
import { runIngest, type IngestSummary } from '../ingest/ingest-job.js'
import type { PoliteFetcher } from '../ingest/polite-fetcher.js'
import { regroupIfOwed } from '../corpus/organize-stories.js'

/** A job as the API reports it. */
export interface IngestJobView {
  readonly id: string
  readonly state: 'queued' | 'running' | 'done' | 'failed'
  readonly sources: readonly string[]
  readonly created: string
  readonly started: string | null
  readonly finished: string | null
  readonly progress: { read: number; stored: number; unchanged: number; duplicates: number; failed: number; current: string | null }
  readonly failures: ReadonlyArray<{ input: string; error: string }>
  readonly error: string | null
  /** Stories in the store after the job regrouped them (null until then). */
  readonly stories: number | null
}

interface Job {
  id: string
  state: IngestJobView['state']
  sources: string[]
  created: string
  started: string | null
  finished: string | null
  summary: IngestSummary | null
  current: string | null
  error: string | null
  stories: number | null
  maxDocuments: number | undefined
}

/** What the job runner needs. */
export interface IngestJobsOptions {
  readonly store: ArticleStore
  readonly pipeline: () => Pipeline
  readonly fetcher?: () => PoliteFetcher
  /** Finished jobs remembered (default 100). */
  readonly keep?: number
}

/** A queue of ingest jobs over one store. */
export class IngestJobs {
  readonly #jobs = new Map<string, Job>()
  readonly #options: IngestJobsOptions
  #tail: Promise<void> = Promise.resolve()
  readonly #stopping = new AbortController()
  #fetcher: PoliteFetcher | undefined

  constructor(options: IngestJobsOptions) {
    this.#options = options
  }

  /** Queues a job over the sources and returns its first view. */
  start(sources: readonly string[], maxDocuments?: number): IngestJobView {
    const job: Job = {
      id: randomUUID(),
      state: 'queued',
      sources: [...sources],
      created: new Date().toISOString(),
      started: null,
      finished: null,
      summary: null,
      current: null,
      error: null,
      stories: null,
      maxDocuments,
    }
    this.#jobs.set(job.id, job)
    this.#forgetOld()
    this.#tail = this.#tail.then(() => this.#run(job))
    return view(job)
  }

  /** The job's current view, or null when unknown. */
  get(id: string): IngestJobView | null {
    const job = this.#jobs.get(id)
    return job ? view(job) : null
  }

  /** Resolves when every queued job has finished (for tests and shutdown). */
  async idle(): Promise<void> {
    await this.#tail
  }

  /**
   * Shuts the queue down: queued jobs fail as stopped, the running one stops before its next
   * document and its fetches in flight are cut. Resolves when it has ended or after `graceMs`,
   * whichever is first, so a shutdown never waits on a stuck source.
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.#stopping.abort()
    await this.#fetcher?.destroy().catch(() => undefined)
    let timer: NodeJS.Timeout | undefined
    await Promise.race([this.#tail, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))])
    clearTimeout(timer)
  }

  async #run(job: Job): Promise<void> {
    if (this.#stopping.signal.aborted) {
      job.state = 'failed'
      job.error = 'the server stopped before the job started'
      job.finished = new Date().toISOString()
      return
    }
    job.state = 'running'
    job.started = new Date().toISOString()
    const fetcher = this.#options.fetcher?.()
    this.#fetcher = fetcher
    try {
      job.summary = await runIngest(job.sources, {
        store: this.#options.store,
        pipeline: this.#options.pipeline(),
        signal: this.#stopping.signal,
        ...(fetcher ? { fetcher } : {}),
        ...(job.maxDocuments !== undefined ? { maxDocuments: job.maxDocuments } : {}),
        onProgress: (summary, input) => {
          job.summary = summary as IngestSummary
          job.current = input
        },
      })
      job.current = null
      if (this.#stopping.signal.aborted) throw new Error('the server stopped during the job; what was stored stays, and the stories are regrouped by the next ingest')
      job.stories = (await regroupIfOwed(this.#options.store)).stories
      job.state = 'done'
    } catch (error) {
      // A source that cannot be read is a failure inside the summary; reaching here is a bug or
      // a store failure, which the client should see rather than a job stuck "running".
      job.state = 'failed'
      job.error = (error as Error).message
    } finally {
      this.#fetcher = undefined
      await fetcher?.close().catch(() => undefined)
      job.current = null
      job.finished = new Date().toISOString()
    }
  }

  #forgetOld(): void {
    const keep = this.#options.keep ?? 100
    for (const [id, job] of this.#jobs) {
      if (this.#jobs.size <= keep) break
      if (job.state === 'done' || job.state === 'failed') this.#jobs.delete(id)
    }
  }
}

function view(job: Job): IngestJobView {
  const s = job.summary
  return {
    id: job.id,
    state: job.state,
    sources: job.sources,
    created: job.created,
    started: job.started,
    finished: job.finished,
    progress: { read: s?.read ?? 0, stored: s?.stored ?? 0, unchanged: s?.unchanged ?? 0, duplicates: s?.duplicates ?? 0, failed: s?.failed ?? 0, current: job.current },
    failures: (s?.failures ?? []).slice(0, 100).map((f) => ({ input: f.input, error: f.error })),
    error: job.error,
    stories: job.stories,
  }
}
