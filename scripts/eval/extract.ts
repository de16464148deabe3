/**
 * `npm run eval:extract`: extraction accuracy on the shared sets, measured with the shared
 * scorer on JSON lines identical to `newsgraph extract --jsonl` output, checked against floors.
 *
 *   tsx scripts/eval/extract.ts [--shared ../shared] [--only body,meta,dates]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createPipeline } from '../../src/pipeline.js'
import { checkFloors, figure, lastLine, runScorer, sharedPath, writeJsonl } from './lib.js'

const only = new Set((process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? 'body,meta,dates').split(','))
const pipeline = createPipeline({ analyze: false })

function extractFolder(dir: string): unknown[] {
  const rows: unknown[] = []
  for (const name of readdirSync(dir)
    .filter((n) => /\.html?$/i.test(n))
    .sort()) {
    const input = join(dir, name)
    rows.push(pipeline.run({ input, body: new Uint8Array(readFileSync(input)) }))
  }
  return rows
}

const figures: Record<string, number> = {}
if (only.has('body')) {
  const pred = writeJsonl('extract-body.jsonl', extractFolder(sharedPath('data/extraction/scrapinghub/html')))
  const line = lastLine(runScorer('score-extraction.mjs', ['body', sharedPath('data/extraction/scrapinghub/ground-truth.json'), pred]))
  console.log(`scrapinghub: ${line}`)
  figures['extract.body.f1'] = figure(line, 'F1')
  figures['extract.body.precision'] = figure(line, 'P')
  // Recall is reported, not floored: the bar is on F1 and precision.
  figures['extract.body.recall'] = figure(line, 'R')
}
if (only.has('meta')) {
  const pred = writeJsonl('extract-meta.jsonl', extractFolder(sharedPath('data/extraction/news-metadata/html')))
  const line = lastLine(runScorer('score-extraction.mjs', ['meta', sharedPath('data/extraction/news-metadata/gold.json'), pred]))
  console.log(`news-metadata: ${line}`)
  figures['extract.meta.title'] = figure(line, 'title exact')
  figures['extract.meta.author'] = figure(line, 'author exact')
  figures['extract.meta.date'] = figure(line, 'date F1')
}
if (only.has('dates')) {
  const pred = writeJsonl('extract-dates.jsonl', extractFolder(sharedPath('data/extraction/dates/html')))
  const line = lastLine(runScorer('score-extraction.mjs', ['dates', sharedPath('data/extraction/dates/gold.json'), pred]))
  console.log(`dates: ${line}`)
  figures['extract.dates.f1'] = figure(line, 'F1')
  figures['extract.dates.precision'] = figure(line, 'P')
}
if (!checkFloors(figures)) process.exitCode = 1
