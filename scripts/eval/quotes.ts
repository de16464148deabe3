/**
 * `npm run eval:quotes`: attribution accuracy (source, cue, content spans) on the PolNeAR dev
 * split, measured with the shared scorer on JSON lines identical to
 * `newsgraph analyze --plain --jsonl .../dev/text/*.txt`, checked against floors.
 *
 *   tsx scripts/eval/quotes.ts [--split=dev|train]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createPipeline } from '../../src/pipeline.js'
import { checkFloors, figure, lastLine, runScorer, sharedPath, writeJsonl } from './lib.js'

const split = process.argv.find((a) => a.startsWith('--split='))?.slice(8) ?? 'dev'
const dir = sharedPath('data/nlp/quotes/polnear/data', split)
const pipeline = createPipeline()

const rows: unknown[] = []
const started = performance.now()
for (const name of readdirSync(join(dir, 'text'))
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const input = join(dir, 'text', name)
  rows.push(pipeline.run({ input, body: readFileSync(input, 'utf8'), format: 'plain' }))
}
const seconds = (performance.now() - started) / 1000
const pred = writeJsonl(`quotes-${split}.jsonl`, rows)
const output = runScorer('score-quotes.mjs', [dir, pred])
const line = lastLine(output)
console.log(output.trim())
console.log(`${rows.length} texts analyzed in ${seconds.toFixed(1)} s`)
const figures: Record<string, number> = {}
const exact = line.split('|')[0] ?? ''
figures[`quotes.${split}.source`] = figure(exact, 'source')
figures[`quotes.${split}.cue`] = figure(exact, 'cue')
figures[`quotes.${split}.content`] = figure(exact, 'content')
// Who said what: the source and the content of one gold attribution both found (overlap).
figures[`quotes.${split}.attribution`] = figure(line, 'attribution F1')
if (!checkFloors(figures)) process.exitCode = 1
