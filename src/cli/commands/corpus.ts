/**
 * Corpus commands against the store (`--db`, default `./newsgraph.db`): `ingest` sources,
 * `search` articles, list `stories`, show one `story`, and `export` articles or events.
 */
import { parseArgs } from 'node:util'
import { createPipeline } from '../../pipeline.js'
import { openStore, DEFAULT_DB } from '../../store/open-store.js'
import { upgradeProgressOnStderr } from '../progress.js'
import { DEDUP_FILTERS, type ArticleStore, type DedupFilter } from '../../store/article-store.js'
import { runIngest } from '../../ingest/ingest-job.js'
import { PoliteFetcher } from '../../ingest/polite-fetcher.js'
import { regroupIfOwed } from '../../corpus/organize-stories.js'
import { rebuildStories } from '../../corpus/incremental-stories.js'
import { isQueryRefused } from '../../store/search-limits.js'
import { crashPoint } from '../../model/crash-point.js'
import { ARTICLE_CSV_HEADER, GDELT_HEADER, articleCsvRow, gdeltRow } from '../../corpus/export-formats.js'
import { topicCode } from '../../analyze/topics/taxonomy.js'
import { UsageError } from '../usage-error.js'
import { plural } from '../usage.js'
import { formatIngestSummary } from '../format-summary.js'
import { missingLocalSources } from '../../ingest/read-inputs.js'

const DB = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const

async function withStore<T>(db: string | undefined, fn: (store: ArticleStore) => Promise<T>, readonly = false): Promise<T> {
  const store = await openStore(db ?? DEFAULT_DB, { readonly, onUpgradeProgress: upgradeProgressOnStderr() })
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

/** `newsgraph ingest <source>...`: files, folders, globs, URLs, feeds, sitemaps, OPML, WARC. */
export async function runIngestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DB, 'allow-private': { type: 'boolean' }, 'no-robots': { type: 'boolean' }, 'delay-ms': { type: 'string' }, 'timeout-ms': { type: 'string' }, 'max-bytes': { type: 'string' }, max: { type: 'string' }, json: { type: 'boolean' }, watch: { type: 'boolean' }, interval: { type: 'string' }, queue: { type: 'boolean' }, nats: { type: 'string' }, namespace: { type: 'string' } },
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
  const max = positiveInteger(values.max, '--max')
  const timeoutMs = positiveInteger(values['timeout-ms'], '--timeout-ms')
  const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes')
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
      return await runQueuedIngestCommand(positionals, { fetcher, json: values.json === true, ...(values.db !== undefined ? { db: values.db } : {}), ...(values.nats !== undefined ? { nats: values.nats } : {}), ...(values.namespace !== undefined ? { namespace: values.namespace } : {}), ...(max !== undefined ? { max } : {}) })
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

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!(Number.isInteger(n) && n > 0)) throw new UsageError(`${flag} must be a positive integer, got \`${value}\``)
  return n
}

/** `newsgraph search "query"` with filters. */
export async function runSearchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DB, entity: { type: 'string' }, outlet: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, event: { type: 'string' }, story: { type: 'string' }, unique: { type: 'string' }, topic: { type: 'string' }, language: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, jsonl: { type: 'boolean' } },
  })
  if (values.help) {
    process.stdout.write('Usage: newsgraph search ["words"] [--entity KEY|NAME] [--outlet DOMAIN] [--from DATE] [--to DATE] [--event TYPE] [--story ID] [--topic T] [--unique url|text|copy|rewrite] [--language CODE] [--limit N] [--offset N] [--jsonl] [--db FILE]\n  --unique LEVEL  hide duplicates from that dedup level up (rewrite: independent reports only)\n')
    return 0
  }
  const unique = values.unique
  if (unique !== undefined && !(DEDUP_FILTERS as readonly string[]).includes(unique)) throw new UsageError(`--unique must be one of ${DEDUP_FILTERS.join(', ')}, got \`${unique}\``)
  if (values.language !== undefined && !/^[A-Za-z]{2,3}$/.test(values.language)) throw new UsageError(`--language must be an ISO 639-1 code such as de, got \`${values.language}\``)
  for (const flag of ['from', 'to'] as const) {
    const v = values[flag]
    if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new UsageError(`--${flag} must be YYYY, YYYY-MM or YYYY-MM-DD`)
  }
  const topic = values.topic !== undefined ? topicCode(values.topic) : undefined
  if (topic === null) throw new UsageError(`--topic must be an IPTC Media Topic code (medtop:04000000) or label (economy), got \`${values.topic}\``)
  const result = await withStore(
    values.db,
    (store) =>
      searchOrRefuse(store, {
        ...(topic ? { topic } : {}),
        ...(positionals.length ? { text: positionals.join(' ') } : {}),
        ...(values.entity ? { entity: values.entity } : {}),
        ...(values.outlet ? { outlet: values.outlet } : {}),
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
        ...(values.event ? { eventType: values.event } : {}),
        ...(values.story ? { story: values.story } : {}),
        ...(unique ? { unique: unique as DedupFilter } : {}),
        ...(values.language ? { language: values.language.toLowerCase() } : {}),
        limit: Number(values.limit ?? 20),
        offset: Number(values.offset ?? 0),
      }),
    true,
  )
  if (values.jsonl) for (const item of result.items) process.stdout.write(`${JSON.stringify(item)}\n`)
  else {
    // Past the store's count cap the total is a lower bound: "10,000+ articles".
    const counted = result.totalIsLowerBound ? `${result.total.toLocaleString('en')}+ articles` : plural(result.total, 'article')
    process.stdout.write(`${counted}${result.totalIsLowerBound || result.total > result.items.length ? `, showing ${result.items.length}` : ''}\n`)
    for (const i of result.items) process.stdout.write(`${i.id}  ${i.referenceDate ?? '          '}  ${i.site ?? ''}  ${i.title ?? '(no title)'}\n`)
  }
  return 0
}

// A search over a bound (too many prefix words, too slow) is a usage error with its reason.
async function searchOrRefuse(store: ArticleStore, query: Parameters<ArticleStore['search']>[0]): ReturnType<ArticleStore['search']> {
  try {
    return await store.search(query)
  } catch (error) {
    if (isQueryRefused(error)) throw new UsageError(error.message)
    throw error
  }
}

/** `newsgraph stories`: the stories in the store; `--rebuild` regroups every article first. */
export async function runStoriesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...DB, limit: { type: 'string' }, jsonl: { type: 'boolean' }, rebuild: { type: 'boolean' }, 'batch-size': { type: 'string' } } })
  if (values.help) {
    process.stdout.write(
      'Usage: newsgraph stories [--rebuild [--batch-size N]] [--limit N] [--jsonl] [--db FILE]\n' +
        '  --rebuild     regroup every stored article into stories now, in arrival order; an interrupted\n' +
        '                rebuild goes on where it stopped (also groups what an interrupted ingest owes)\n' +
        '  --batch-size  articles grouped and written per step (default 100)\n',
    )
    return 0
  }
  if (values.rebuild) {
    const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size'])
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new UsageError('--batch-size takes a whole number above 0')
    const started = Date.now()
    const done = await withStore(values.db, (store) => rebuildStories(store, batchSize !== undefined ? { batchSize } : {}))
    const note = done.deferred ? '; another process kept grouping articles meanwhile, so the rest stays owed to it' : ''
    const resumed = done.resumed ? ' (an interrupted rebuild, resumed)' : ''
    process.stderr.write(`newsgraph stories: ${plural(done.articles, 'article')} regrouped into ${plural(done.stories, 'story', 'stories')}${resumed} (${((Date.now() - started) / 1000).toFixed(1)} s)${note}\n`)
  }
  const { stories, owed } = await withStore(values.db, async (store) => ({ stories: await store.stories({ limit: Number(values.limit ?? 50) }), owed: await store.storiesOwed() }), true)
  if (owed > 0) process.stderr.write(`newsgraph stories: ${plural(owed, 'article is', 'articles are')} not grouped into stories yet (an ingest was interrupted or is running); \`newsgraph stories --rebuild\` regroups them\n`)
  for (const s of stories) {
    if (values.jsonl) process.stdout.write(`${JSON.stringify(s)}\n`)
    else process.stdout.write(`${s.id}  ${plural(s.articles, 'article')}, ${plural(s.outlets, 'outlet')}, ${s.independent} independent  ${s.firstSeen ?? ''}  ${s.title}\n`)
  }
  return 0
}

/** `newsgraph story ID`: one story with its origin, copies and rewrites. */
export async function runStoryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...DB, json: { type: 'boolean' } } })
  if (values.help || positionals.length !== 1) {
    if (!values.help) throw new UsageError('give one story id')
    process.stdout.write('Usage: newsgraph story ID [--json] [--db FILE]\n')
    return 0
  }
  const found = await withStore(values.db, async (store) => {
    const story = await store.story(positionals[0]!)
    if (!story) return null
    // Titles, outlets and dates of the members, so the story reads without looking ids up.
    const members = []
    for (const m of story.members) {
      const a = await store.getArticle(m.article)
      members.push({ ...m, title: a?.title ?? null, outlet: a?.site.name ?? a?.site.domain ?? null, published: a?.published ?? a?.referenceDate ?? null, copyOf: copyOfEvidence(m.evidence) })
    }
    return { story: story.story, members }
  }, true)
  if (!found) {
    process.stderr.write(`newsgraph story: no story \`${positionals[0]}\`; \`newsgraph stories\` lists them\n`)
    return 1
  }
  if (values.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`)
  else process.stdout.write(formatStory(found))
  return 0
}

/** The article a copy or rewrite follows, from its stored evidence. */
function copyOfEvidence(evidence: unknown): string | null {
  const e = evidence as { copyOf?: unknown } | null
  return typeof e?.copyOf === 'string' ? e.copyOf : null
}

type StoryMemberLine = { article: string; relation: string; title: string | null; outlet: string | null; published: string | null; copyOf: string | null }

/** A story for a terminal: its members in time order, each with its relation, outlet and title. */
function formatStory(found: { story: { title: string; articles: number; outlets: number; independent: number; firstSeen: string | null; lastSeen: string | null }; members: StoryMemberLine[] }): string {
  const s = found.story
  const titleOf = new Map(found.members.map((m) => [m.article, m.title ?? m.article]))
  const when = (m: StoryMemberLine): number => (m.published ? Date.parse(m.published) : Number.POSITIVE_INFINITY) || Number.POSITIVE_INFINITY
  const ordered = [...found.members].sort((a, b) => when(a) - when(b))
  const lines = [`# ${s.title}`, `${plural(s.articles, 'article')} from ${plural(s.outlets, 'outlet')}, ${plural(s.independent, 'independent report')}; ${s.firstSeen ?? '?'} .. ${s.lastSeen ?? '?'}`, '']
  for (const m of ordered) {
    lines.push(`  ${(m.published ?? 'undated').slice(0, 16).padEnd(16)}  ${m.relation.padEnd(11)} ${(m.outlet ?? 'unknown outlet').padEnd(20)} ${m.title ?? '(no title)'}`)
    const follows = m.copyOf ? titleOf.get(m.copyOf) : undefined
    if (follows && m.relation !== 'origin') lines.push(`  ${''.padEnd(16)}  ${''.padEnd(11)} ${m.relation === 'copy' ? 'copies' : 'rewrites'} “${follows}”  [${m.article}]`)
    else lines.push(`  ${''.padEnd(16)}  ${''.padEnd(11)} [${m.article}]`)
  }
  return `${lines.join('\n')}\n`
}

/** `newsgraph export --format jsonl|csv|gdelt`. */
export async function runExportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...DB, format: { type: 'string' } } })
  if (values.help) {
    process.stdout.write('Usage: newsgraph export --format jsonl|csv|gdelt [--db FILE]\n  jsonl: one article per line; csv: one article per row; gdelt: one event per tab-separated row\n')
    return 0
  }
  const format = values.format ?? 'jsonl'
  if (!['jsonl', 'csv', 'gdelt'].includes(format)) throw new UsageError(`--format must be jsonl, csv or gdelt, got \`${format}\``)
  await withStore(
    values.db,
    async (store) => {
      if (format === 'csv') process.stdout.write(`${ARTICLE_CSV_HEADER.join(',')}\n`)
      if (format === 'gdelt') process.stdout.write(`${GDELT_HEADER.join('\t')}\n`)
      for (const id of await store.articleIds()) {
        const a = await store.getArticle(id)
        if (!a) continue
        if (format === 'jsonl') process.stdout.write(`${JSON.stringify(a)}\n`)
        else if (format === 'csv') process.stdout.write(`${articleCsvRow(a)}\n`)
        else for (const e of a.events) process.stdout.write(`${gdeltRow(a, e)}\n`)
      }
    },
    true,
  )
  return 0
}
