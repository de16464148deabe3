/** `newsgraph search`: stored articles by words and filters. */
import { parseArgs } from 'node:util'
import { DEDUP_FILTERS, type ArticleStore, type DedupFilter } from '../../store/article-store.js'
import { isQueryRefused } from '../../store/search-limits.js'
import { topicCode } from '../../model/topic-taxonomy.js'
import { UsageError } from '../usage-error.js'
import { stringFlags } from '../flag-values.js'
import { plural } from '../usage.js'
import { DB, withStore } from './store-access.js'

/** `newsgraph search "query"` with filters. */
export async function runSearchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...DB,
      ...stringFlags('entity', 'outlet', 'from', 'to', 'event', 'story', 'unique', 'topic', 'language', 'limit', 'offset'),
      jsonl: { type: 'boolean' },
    },
  })
  if (values.help) {
    process.stdout.write(
      'Usage: newsgraph search ["words"] [--entity KEY|NAME] [--outlet DOMAIN] [--from DATE] [--to DATE] [--event TYPE] [--story ID] [--topic T] [--unique url|text|copy|rewrite] [--language CODE] [--limit N] [--offset N] [--jsonl] [--db FILE]\n  --unique LEVEL  hide duplicates from that dedup level up (rewrite: independent reports only)\n',
    )
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
