/** `newsgraph export`: every stored article as JSON lines or CSV, or every event as GDELT-style rows. */
import { parseArgs } from 'node:util'
import { ARTICLE_CSV_HEADER, GDELT_HEADER, articleCsvRow, gdeltRow } from '../../corpus/export-formats.js'
import { UsageError } from '../usage-error.js'
import { DB, withStore } from './store-access.js'

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
