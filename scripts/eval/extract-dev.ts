/**
 * `npm run eval:extract-dev`: extraction figures on the public pages fetched into
 * `.data/extraction` by `npm run data:extraction-dev`, scored by the shared scorer unchanged.
 * No floors: these sets are not in CI (the data is not in the repository).
 *
 *   tsx scripts/eval/extract-dev.ts [--split dev|held|all] [--sets trafilatura,readability]
 *                                   [--engine newsgraph|readability] [--misses]
 *
 * trafilatura: `segments` mode (must-have / must-not-have text segments, the trafilatura
 * metric) with title, author and date; readability: `body` mode (4-gram F1 against the text of
 * Readability's expected output) and `meta` mode (title and byline, Readability's own output, so a
 * noisy reference). `--misses` writes every failed segment, title, author and date per page to
 * `.eval/dev-misses-<set>-<split>.json` for reading; look at `held` only now and then.
 */
import { readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { createPipeline } from '../../src/pipeline.js'
import type { SegmentItem } from '../dev-data/fetch-extraction.js'
import { lastLine, runScorer, writeJsonl } from './lib.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const split = option('split', 'dev')
const sets = option('sets', 'trafilatura,readability').split(',')
const engine = option('engine', 'newsgraph')
const misses = args.includes('--misses')
const DATA = resolve(process.env['NEWSGRAPH_DEV_DATA'] ?? join(import.meta.dirname, '../../.data/extraction'))

if (!existsSync(DATA)) {
  console.error(`no dev data at ${DATA}: run \`npm run data:extraction-dev\` first`)
  process.exit(2)
}

const pipeline = createPipeline({ analyze: false })

interface Row {
  input: string
  text: string
  title: string | null
  authors: string[]
  published: string | null
}

function extractPage(path: string, name: string): Row {
  const bytes = new Uint8Array(readFileSync(path))
  if (engine === 'readability') {
    const { document } = parseHTML(new TextDecoder('utf-8').decode(bytes)) as { document: unknown }
    const r = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
    return { input: name, text: r?.textContent ?? '', title: r?.title ?? null, authors: r?.byline ? [r.byline] : [], published: r?.publishedTime ?? null }
  }
  const a = pipeline.run({ input: name, body: bytes })
  return { input: name, text: a.text, title: a.title, authors: a.authors, published: a.published }
}

function splits(): ('dev' | 'held')[] {
  return split === 'all' ? ['dev', 'held'] : [split as 'dev' | 'held']
}

function readGold<T>(set: string, file: string): T {
  return JSON.parse(readFileSync(join(DATA, set, file), 'utf8')) as T
}

function runTrafilatura(s: 'dev' | 'held'): void {
  const gold = readGold<Record<string, SegmentItem>>('trafilatura', `${s}.json`)
  const rows = Object.values(gold).map((item) => extractPage(join(DATA, 'trafilatura/html', item.file), item.file))
  const pred = writeJsonl(`dev-trafilatura-${s}-${engine}.jsonl`, rows)
  const line = lastLine(runScorer('score-extraction.mjs', ['segments', join(DATA, 'trafilatura', `${s}.json`), pred]))
  console.log(`trafilatura ${s} (${engine}): ${line}`)
  if (misses) writeMisses(`trafilatura-${s}`, Object.values(gold), rows)
}

function runReadability(s: 'dev' | 'held'): void {
  const gold = readGold<Record<string, unknown>>('readability', `${s}.json`)
  const rows = Object.keys(gold).map((name) => extractPage(join(DATA, 'readability/html', `${name}.html`), `${name}.html`))
  const pred = writeJsonl(`dev-readability-${s}-${engine}.jsonl`, rows)
  const body = lastLine(runScorer('score-extraction.mjs', ['body', join(DATA, 'readability', `${s}.json`), pred]))
  const meta = lastLine(runScorer('score-extraction.mjs', ['meta', join(DATA, 'readability', `${s}-meta.json`), pred]))
  console.log(`readability ${s} (${engine}): ${body}`)
  console.log(`readability ${s} (${engine}): ${meta}`)
}

/** Loose text form for reading misses (the figures come from the shared scorer). */
const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()

function writeMisses(name: string, items: SegmentItem[], rows: Row[]): void {
  const out: unknown[] = []
  items.forEach((item, i) => {
    const row = rows[i] as Row
    const text = norm(row.text)
    const lost = (item.with ?? []).filter((seg) => !text.includes(norm(seg)))
    const leaked = (item.without ?? []).filter((seg) => text.includes(norm(seg)))
    const titleWrong = item.title && norm(item.title).toLowerCase() !== norm(row.title).toLowerCase()
    const authorWrong = item.author && norm(item.author).toLowerCase() !== norm(row.authors.join('; ')).toLowerCase()
    const dateWrong = item.date && !(row.published ?? '').startsWith(item.date)
    if (!lost.length && !leaked.length && !titleWrong && !authorWrong && !dateWrong) return
    out.push({
      file: item.file,
      ...(lost.length ? { lost } : {}),
      ...(leaked.length ? { leaked } : {}),
      ...(titleWrong ? { title: [item.title, row.title] } : {}),
      ...(authorWrong ? { author: [item.author, row.authors.join('; ')] } : {}),
      ...(dateWrong ? { date: [item.date, row.published] } : {}),
      chars: row.text.length,
    })
  })
  const path = writeJsonl(`dev-misses-${name}.jsonl`, out)
  console.log(`  misses of ${out.length} pages -> ${path}`)
}

for (const s of splits()) {
  if (sets.includes('trafilatura')) runTrafilatura(s)
  if (sets.includes('readability')) runReadability(s)
}
