/**
 * `npm run eval:timex`: date detection and normalization on TimeBank, measured with the shared
 * scorer on JSON lines identical to `newsgraph analyze --from-jsonl docs.jsonl --jsonl` (dates
 * step only), checked against floors.
 *
 *   tsx scripts/eval/timex.ts
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { createPipeline } from '../../src/pipeline.js'
import type { RawDocument } from '../../src/model/raw-document.js'
import { SHARED, checkFloors, figure, lastLine, runScorer, sharedPath, writeJsonl } from './lib.js'

interface PreparedDoc {
  readonly input: string
  readonly text: string
  readonly published?: string | null
}

const tml = sharedPath('data/nlp/timeml/TimeBank')
const prepared = execFileSync(process.execPath, [join(SHARED, 'tools', 'score-timex.mjs'), 'prepare', tml], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const docs = prepared
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as PreparedDoc)

const pipeline = createPipeline({ steps: ['dates'] })
const started = performance.now()
// Documents built exactly as `--from-jsonl` builds them, so the output is the CLI's.
const rows = docs.map((d) => {
  const doc: RawDocument = {
    input: d.input,
    body: d.text,
    format: 'plain',
    hints: typeof d.published === 'string' && d.published ? { published: d.published } : {},
  }
  return pipeline.run(doc)
})
const ms = performance.now() - started
const pred = writeJsonl('timex-pred.jsonl', rows)
const output = runScorer('score-timex.mjs', ['score', tml, pred])
const line = lastLine(output)
console.log(output.trim().split('\n').slice(0, -1).join('\n'))
console.log(line)
console.log(`(${docs.length} documents in ${ms.toFixed(0)} ms)`)
const figures = { 'timex.relaxed': figure(line, 'relaxed'), 'timex.value': figure(line, 'value F1') }
if (!checkFloors(figures)) process.exitCode = 1
