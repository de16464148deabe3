/**
 * `newsgraph watch`: prints articles as they are stored (by a concurrent `ingest`, a worker or a
 * server job) when they match a filter or a saved search, one line each (or JSON lines), until
 * interrupted, `--max` matches or `--timeout`.
 */
import { parseArgs } from 'node:util'
import { openStore, DEFAULT_DB } from '../../store/open-store.js'
import type { SearchQuery } from '../../store/article-store.js'
import { DEDUP_FILTERS, type DedupFilter } from '../../store/article-store.js'
import { topicCode } from '../../model/topic-taxonomy.js'
import { UsageError } from '../usage-error.js'
import { stringFlags } from '../flag-values.js'

const HELP = `Usage: newsgraph watch ["words"] [--entity K] [--outlet D] [--event TYPE] [--topic T] [--unique LEVEL] [--saved ID]
                       [--interval MS] [--max N] [--timeout S] [--jsonl] [--db FILE]
  Prints each newly stored article that matches, as it arrives (articles stored before the start are not shown).
  --saved ID      use a saved search's filter (see /api/searches)
  --topic T       IPTC Media Topic code or label (medtop:04000000, economy)
  --interval MS   how often the store is read (default 1000)
  --max N         stop after N matches;  --timeout S  stop after S seconds (default: run until Ctrl-C)
`

/** Runs `watch` until interrupted, the match limit or the timeout. */
export async function runWatchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...stringFlags('db', 'entity', 'outlet', 'event', 'topic', 'unique', 'saved', 'interval', 'max', 'timeout'),
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const number = (flag: string, v: string | undefined, fallback: number): number => {
    const n = v === undefined ? fallback : Number(v)
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${flag} must be a non-negative number`)
    return n
  }
  const interval = Math.max(50, number('interval', values.interval, 1000))
  const max = number('max', values.max, Infinity)
  const timeout = number('timeout', values.timeout, Infinity)
  if (values.unique !== undefined && !(DEDUP_FILTERS as readonly string[]).includes(values.unique)) throw new UsageError(`--unique must be one of ${DEDUP_FILTERS.join(', ')}`)
  const topic = values.topic !== undefined ? topicCode(values.topic) : undefined
  if (topic === null) throw new UsageError(`--topic must be an IPTC Media Topic code or label, got \`${values.topic}\``)
  const store = await openStore(values.db ?? DEFAULT_DB, { readonly: true })
  try {
    let filter: SearchQuery = {
      ...(positionals.length ? { text: positionals.join(' ') } : {}),
      ...(values.entity ? { entity: values.entity } : {}),
      ...(values.outlet ? { outlet: values.outlet } : {}),
      ...(values.event ? { eventType: values.event.toUpperCase() } : {}),
      ...(topic ? { topic } : {}),
      ...(values.unique ? { unique: values.unique as DedupFilter } : {}),
    }
    if (values.saved) {
      const saved = await store.savedSearch(values.saved)
      if (!saved) throw new UsageError(`no saved search \`${values.saved}\` in the store`)
      filter = { ...saved.query, ...filter }
    }
    const started = Date.now()
    // Writers stamp an article when its transaction starts; reading a little before the last
    // look catches one that committed late, and the seen set keeps it from printing twice.
    const seen = new Set<string>()
    let cursor = new Date(started).toISOString()
    let stop = false
    const interrupt = (): void => {
      stop = true
    }
    process.once('SIGINT', interrupt)
    process.once('SIGTERM', interrupt)
    process.stderr.write(`newsgraph watch: waiting for new matching articles in ${values.db ?? DEFAULT_DB}\n`)
    let printed = 0
    while (!stop && printed < max && Date.now() - started < timeout * 1000) {
      const now = Date.now()
      const since = new Date(Math.max(started, Date.parse(cursor) - 30_000)).toISOString()
      const page = await store.search({ ...filter, storedSince: since, limit: 500 })
      for (const hit of [...page.items].reverse()) {
        if (seen.has(hit.id) || printed >= max) continue
        seen.add(hit.id)
        printed++
        process.stdout.write(values.jsonl ? `${JSON.stringify(hit)}\n` : `${hit.id}  ${hit.referenceDate ?? '          '}  ${hit.site ?? ''}  ${hit.title ?? '(no title)'}\n`)
      }
      cursor = new Date(now).toISOString()
      if (printed < max) await new Promise((resolve) => setTimeout(resolve, interval))
    }
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
    return 0
  } finally {
    await store.close()
  }
}
