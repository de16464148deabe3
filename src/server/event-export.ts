/**
 * Event listings as downloadable files: JSON lines, CSV, or the GDELT-style TSV of
 * `newsgraph export` (same columns, same code), so a file fetched from the API and one exported
 * on the command line line up.
 */
import type { Article } from '../model/article.js'
import type { ArticleStore, EventRecord } from '../store/article-store.js'
import { GDELT_HEADER, csvLine, gdeltRow } from '../corpus/export-formats.js'

/** Header of the event CSV. */
export const EVENT_CSV_HEADER = [
  'article',
  'event',
  'type',
  'quadClass',
  'actorKey',
  'actorCountry',
  'recipientKey',
  'recipientCountry',
  'date',
  'articleDate',
  'negated',
  'modality',
  'evidenceStart',
  'evidenceEnd',
] as const

/** A downloadable body with its media type. */
export interface ExportBody {
  readonly body: string
  readonly contentType: string
  readonly extension: string
}

/** Renders event records in the asked format. */
export async function exportEvents(store: ArticleStore, items: readonly EventRecord[], format: 'jsonl' | 'csv' | 'gdelt'): Promise<ExportBody> {
  if (format === 'jsonl') return { body: items.map((r) => `${JSON.stringify(r)}\n`).join(''), contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' }
  if (format === 'csv') {
    const rows = items.map((r) =>
      csvLine([
        r.article,
        r.event,
        r.type,
        r.quadClass ?? '',
        r.actorKey ?? '',
        r.actorCountry ?? '',
        r.recipientKey ?? '',
        r.recipientCountry ?? '',
        r.date ?? '',
        r.articleDate ?? '',
        r.negated ? '1' : '0',
        r.modality,
        String(r.evidence.start),
        String(r.evidence.end),
      ]),
    )
    return { body: [EVENT_CSV_HEADER.join(','), ...rows].join('\n') + '\n', contentType: 'text/csv; charset=utf-8', extension: 'csv' }
  }
  const articles = new Map<string, Article | null>()
  const lines: string[] = [GDELT_HEADER.join('\t')]
  for (const r of items) {
    if (!articles.has(r.article)) {
      // Decoding thousands of stored articles takes seconds of CPU: give other requests their turn between them.
      if (articles.size % 100 === 99) await new Promise((resolve) => setImmediate(resolve))
      articles.set(r.article, await store.getArticle(r.article))
    }
    const a = articles.get(r.article)
    const e = a?.events.find((x) => x.id === r.event)
    if (a && e) lines.push(gdeltRow(a, e))
  }
  return { body: lines.join('\n') + '\n', contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' }
}
