/** `newsgraph attention`: matching articles per day or week over all stored ones, as CSV. */
import { parseArgs } from 'node:util'
import { openStore, DEFAULT_DB } from '../../store/open-store.js'
import { topicCode } from '../../model/topic-taxonomy.js'
import { attentionCsv, attentionSeries } from '../../server/attention.js'
import { UsageError } from '../usage-error.js'
import { stringFlags } from '../flag-values.js'

/** Prints the attention series of a query as CSV (`period,matching,total,share`). */
export async function runAttentionCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...stringFlags('db', 'entity', 'outlet', 'topic', 'from', 'to', 'by'), help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    process.stdout.write(
      'Usage: newsgraph attention ["words"] [--entity K] [--outlet D] [--topic T] [--from DATE] [--to DATE] [--by day|week] [--db FILE]\n  Prints period,matching,total,share as CSV: share is matching articles over all articles stored for that period.\n',
    )
    return 0
  }
  const by = values.by ?? 'day'
  if (by !== 'day' && by !== 'week') throw new UsageError('--by must be day or week')
  const topic = values.topic !== undefined ? topicCode(values.topic) : undefined
  if (topic === null) throw new UsageError(`--topic must be an IPTC Media Topic code or label, got \`${values.topic}\``)
  for (const flag of ['from', 'to'] as const) if (values[flag] !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values[flag])) throw new UsageError(`--${flag} must be YYYY, YYYY-MM or YYYY-MM-DD`)
  const store = await openStore(values.db ?? DEFAULT_DB, { readonly: true })
  try {
    const points = await attentionSeries(
      store,
      {
        ...(positionals.length ? { text: positionals.join(' ') } : {}),
        ...(values.entity ? { entity: values.entity } : {}),
        ...(values.outlet ? { outlet: values.outlet } : {}),
        ...(topic ? { topic } : {}),
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
      },
      by,
    )
    process.stdout.write(attentionCsv(points))
    return 0
  } finally {
    await store.close()
  }
}
