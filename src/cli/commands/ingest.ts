/** `newsgraph ingest`: sources into the store, once or polled with `--watch`, or onto the queue with `--queue`. */
import { parseArgs } from 'node:util'
import { createPipeline } from '../../pipeline.js'
import { runIngest } from '../../ingest/ingest-job.js'
import { PoliteFetcher } from '../../ingest/polite-fetcher.js'
import { regroupIfOwed } from '../../corpus/organize-stories.js'
import { crashPoint } from '../../model/crash-point.js'
import { missingLocalSources } from '../../ingest/read-inputs.js'
import { UsageError } from '../usage-error.js'
import { formatIngestSummary } from '../format-summary.js'
import { positiveInt, stringFlags } from '../flag-values.js'
import { DB, withStore } from './store-access.js'

/** `newsgraph ingest <source>...`: files, folders, globs, URLs, feeds, sitemaps, OPML, WARC. */
export async function runIngestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...DB,
      ...stringFlags('delay-ms', 'timeout-ms', 'max-bytes', 'max', 'interval', 'nats', 'namespace'),
      'allow-private': { type: 'boolean' },
      'no-robots': { type: 'boolean' },
      json: { type: 'boolean' },
      watch: { type: 'boolean' },
      queue: { type: 'boolean' },
    },
  })
  if (values.help) {
    process.stdout.write(`Usage: newsgraph ingest <file|folder|glob|url|feed|sitemap|opml|warc>... [--db FILE]
  --allow-private   fetch private and loopback addresses (refused by default)
  --no-robots       ignore robots.txt (only for sources you own)
  --delay-ms N      minimum delay between requests to one host (default 1000)
  --timeout-ms N    time limit per URL, redirects included (default 20000); a time-out is not retried
  --max-bytes N     largest body per URL after decompression (default 20971520)
  --max N           stop after N documents
  --json            print the summary as JSON
  --watch           keep polling the sources (feeds, sitemaps) until interrupted; repeat fetches are conditional GETs
  --interval MIN    minutes between polls with --watch (default 15)
  --queue           publish the documents to NATS JetStream for \`newsgraph worker\` instead of processing them here
  --nats URL        the NATS server for --queue (default $NEWSGRAPH_NATS_URL or nats://127.0.0.1:4222)
  --namespace NAME  stream and subject prefix for --queue (default newsgraph)
`)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give at least one source')
  // A source that names nothing on disk is said so at once, before a store is created for it.
  const missing = missingLocalSources(positionals)
  if (missing.length === positionals.length) {
    for (const m of missing) process.stderr.write(`newsgraph ingest: ${m}: no such file or folder\n`)
    process.stderr.write(`newsgraph ingest: nothing ingested: ${missing.length === 1 ? 'the source does' : `none of the ${missing.length} sources do`} not exist\n`)
    return 1
  }
  const delay = values['delay-ms'] !== undefined ? Number(values['delay-ms']) : undefined
  if (delay !== undefined && !(delay >= 0)) throw new UsageError('--delay-ms must be a non-negative number')
  const max = positiveInt(values.max, '--max')
  const timeoutMs = positiveInt(values['timeout-ms'], '--timeout-ms')
  const maxBytes = positiveInt(values['max-bytes'], '--max-bytes')
  const fetcher = new PoliteFetcher({
    allowPrivate: values['allow-private'] === true,
    respectRobots: values['no-robots'] !== true,
    ...(delay !== undefined ? { perHostDelayMs: delay } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  })
  const tty = process.stderr.isTTY === true
  const intervalMinutes = values.interval !== undefined ? Number(values.interval) : 15
  if (!(intervalMinutes > 0)) throw new UsageError('--interval must be a positive number of minutes')
  if (values.queue) {
    try {
      const { runQueuedIngestCommand } = await import('./ingest-queue.js')
      return await runQueuedIngestCommand(positionals, {
        fetcher,
        json: values.json === true,
        ...(values.db !== undefined ? { db: values.db } : {}),
        ...(values.nats !== undefined ? { nats: values.nats } : {}),
        ...(values.namespace !== undefined ? { namespace: values.namespace } : {}),
        ...(max !== undefined ? { max } : {}),
      })
    } finally {
      await fetcher.close()
    }
  }
  const once = async (): Promise<number> => {
    const started = Date.now()
    const summary = await withStore(values.db, async (store) => {
      const counts = await runIngest(positionals, {
        store,
        pipeline: createPipeline(),
        fetcher,
        ...(max !== undefined ? { maxDocuments: max } : {}),
        onProgress: (s, input) => {
          if (tty) process.stderr.write(`\ringest: ${s.read} read, ${s.stored} new, ${s.unchanged} unchanged, ${s.duplicates} duplicates, ${s.failed} failed — ${input.slice(-50)}\u001b[K`)
        },
      })
      crashPoint('after-store')
      // New articles can join, merge or re-origin stories: regroup while any article is owed a
      // grouping, whether this run stored it or an earlier one was killed before regrouping.
      const stories = (await regroupIfOwed(store)).stories
      return { ...counts, stories }
    })
    if (tty) process.stderr.write('\r\u001b[K')
    for (const f of summary.failures) process.stderr.write(`newsgraph ingest: ${f.input}: ${f.error}\n`)
    const seconds = (Date.now() - started) / 1000
    if (values.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds })}\n`)
    else process.stdout.write(`${formatIngestSummary(summary, seconds)}\n`)
    return summary.failed > 0 ? 1 : 0
  }
  try {
    if (!values.watch) return await once()
    // Watch mode: poll until SIGINT/SIGTERM; an interrupted wait ends the loop cleanly, a run in
    // progress finishes its current document first (each document is its own transaction).
    let stopped = false
    let wake: () => void = () => undefined
    const stop = (): void => {
      stopped = true
      wake()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    let code = 0
    while (!stopped) {
      code = Math.max(code, await once())
      if (stopped) break
      process.stderr.write(`newsgraph ingest: next poll in ${intervalMinutes} min (Ctrl-C to stop)\n`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMinutes * 60_000)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
    }
    return code
  } finally {
    await fetcher.close()
  }
}
