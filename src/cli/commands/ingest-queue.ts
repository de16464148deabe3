/**
 * The `newsgraph ingest --queue` front: opens the store (when `--db` is given, to skip what it
 * already holds), publishes the sources' documents and prints the counts as `ingest` does.
 */
import { openStore } from '../../store/open-store.js'
import type { PoliteFetcher } from '../../ingest/polite-fetcher.js'
import { runQueueIngest } from '../../distributed/queue-ingest.js'

/** Flags of a queued ingest, as the CLI parsed them. */
export interface QueuedIngestFlags {
  readonly fetcher: PoliteFetcher
  readonly json: boolean
  readonly db?: string
  readonly nats?: string
  readonly namespace?: string
  readonly max?: number
}

/** Publishes the sources for the workers; resolves to the exit code (1 when some input failed). */
export async function runQueuedIngestCommand(sources: readonly string[], flags: QueuedIngestFlags): Promise<number> {
  const started = Date.now()
  const store = flags.db !== undefined ? await openStore(flags.db) : undefined
  try {
    const tty = process.stderr.isTTY === true
    const summary = await runQueueIngest(sources, {
      natsUrl: flags.nats ?? process.env['NEWSGRAPH_NATS_URL'] ?? 'nats://127.0.0.1:4222',
      fetcher: flags.fetcher,
      ...(store ? { store } : {}),
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      ...(flags.max !== undefined ? { maxDocuments: flags.max } : {}),
      onProgress: (s, input) => {
        if (tty) process.stderr.write(`\ringest --queue: ${s.read} read, ${s.queued} queued, ${s.unchanged} unchanged, ${s.failed} failed — ${input.slice(-50)}\u001b[K`)
      },
    })
    if (tty) process.stderr.write('\r\u001b[K')
    for (const f of summary.failures) process.stderr.write(`newsgraph ingest: ${f.input}: ${f.error}\n`)
    const seconds = (Date.now() - started) / 1000
    if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds })}\n`)
    else process.stdout.write(`${summary.read} documents read: ${summary.queued} queued for the workers, ${summary.unchanged} unchanged, ${summary.failed} failed (${seconds.toFixed(1)} s)\n`)
    return summary.failed > 0 ? 1 : 0
  } finally {
    await store?.close()
  }
}
