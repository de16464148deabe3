/**
 * `newsgraph cluster --from-jsonl FILE --jsonl`: one-shot story clustering and provenance over a
 * batch of plain-text documents, without a store. Prints one line per input, in input order:
 * `{input, story, relation, origin, copyOf}`; `--evidence` adds the overlap figures, shared
 * passages, credit line and claim drift behind each label. Without `--jsonl`, a list of stories.
 * `--incremental` streams the lines, in file order, one at a time through the incremental
 * clusterer a store runs per batch, instead of the one-shot pass.
 */
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import type { CorpusDoc } from '../../corpus/corpus-doc.js'
import { storiesOfBatch } from '../../corpus/stories-of-batch.js'
import { storiesInArrivalOrder } from '../../corpus/stories-in-arrival-order.js'
import { describeError } from '../../ingest/read-inputs.js'
import { parseJsonlRecords } from '../../ingest/jsonl-documents.js'
import { UsageError } from '../usage-error.js'

const OPTIONS = {
  'from-jsonl': { type: 'string' },
  jsonl: { type: 'boolean' },
  evidence: { type: 'boolean' },
  incremental: { type: 'boolean' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const HELP = `Usage: newsgraph cluster --from-jsonl FILE [--jsonl] [--evidence] [--incremental | --seed N]

  --from-jsonl FILE  lines {input|id, text, title?, published?, url?, originalSource?}; - for stdin
  --jsonl            one line per input, in input order: {input, story, relation, origin, copyOf}
  --evidence         with --jsonl: add the evidence and claim drift behind each relation
  --incremental      add the lines one at a time, in file order, as a store adds new articles
                     (undated lines take their arrival order as time)
  --seed N           seed of the arrival order simulated for undated batches (default 1)
`

/** `newsgraph cluster`: groups the documents of a JSONL batch into stories with provenance. */
export async function runClusterCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const path = values['from-jsonl']
  if (path === undefined) throw new UsageError('give the documents with --from-jsonl FILE')
  if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\` (documents come from --from-jsonl)`)
  const seed = values.seed === undefined ? 1 : Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got \`${values.seed}\``)
  if (values.incremental && values.seed !== undefined) throw new UsageError('--seed shuffles a one-shot batch; --incremental takes the lines in file order')
  let content: string
  try {
    content = readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read --from-jsonl ${path}: ${describeError(error)}`)
  }
  const { docs, errors } = parseClusterJsonl(content, path)
  for (const e of errors) process.stderr.write(`newsgraph cluster: ${e.input}: ${e.error}\n`)
  const result = values.incremental ? await storiesInArrivalOrder(docs) : storiesOfBatch(docs, { seed })
  if (values.jsonl) {
    for (const row of result.rows) {
      const extra = values.evidence ? { evidence: result.entries.get(row.input)?.evidence ?? null, drift: result.entries.get(row.input)?.drift ?? [] } : {}
      process.stdout.write(`${JSON.stringify({ ...row, ...extra })}\n`)
    }
  } else {
    for (const story of result.stories) {
      const p = result.provenance.get(story.id)
      const span = story.span ? ` ${story.span.first.slice(0, 10)}..${story.span.last.slice(0, 10)}` : ''
      process.stdout.write(`${story.id} (${story.size})${span} ${story.title ?? '(untitled)'}\n`)
      if (story.entities.length > 0) process.stdout.write(`  about: ${story.entities.join(', ')}\n`)
      if (story.outlets.length > 0) process.stdout.write(`  outlets: ${story.outlets.join(', ')}\n`)
      for (const e of p?.entries ?? []) process.stdout.write(`  ${e.relation.padEnd(11)} ${e.input}${e.copyOf && e.copyOf !== p?.origin ? ` (of ${e.copyOf})` : ''}\n`)
    }
  }
  if (errors.length > 0) {
    process.stderr.write(`newsgraph cluster: ${errors.length} of ${docs.length + errors.length} line(s) failed\n`)
    return 1
  }
  return 0
}

/**
 * Reads `--from-jsonl` lines the way `analyze --from-jsonl` does (`parseJsonlRecords`), plus an
 * optional `originalSource`; a line reusing another line's name is an error for that line only.
 */
export function parseClusterJsonl(content: string, path: string): { docs: CorpusDoc[]; errors: Array<{ input: string; error: string }> } {
  const docs: CorpusDoc[] = []
  const errors: Array<{ input: string; error: string }> = []
  const names = new Set<string>()
  for (const r of parseJsonlRecords(content, path)) {
    if ('error' in r) {
      errors.push(r)
      continue
    }
    if (names.has(r.input)) {
      errors.push({ input: r.input, error: 'another line has the same name' })
      continue
    }
    names.add(r.input)
    const source = r.record['originalSource'] as { name?: unknown; url?: unknown } | null | undefined
    docs.push({
      input: r.input,
      text: r.text,
      title: r.str('title') ?? null,
      url: r.str('url') ?? null,
      published: r.str('published') ?? null,
      ...(source && typeof source.name === 'string' ? { originalSource: { name: source.name, url: typeof source.url === 'string' ? source.url : null } } : {}),
    })
  }
  return { docs, errors }
}
