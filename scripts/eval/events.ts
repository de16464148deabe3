/**
 * `npm run eval:events`: PLOVER event coding on the shared gold sentences, scored by the shared
 * `score-events.mjs` on output identical to `newsgraph analyze --from-jsonl docs.jsonl --jsonl`.
 *
 *   tsx scripts/eval/events.ts [GSR.json] [--models DIR]
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createPipeline } from '../../src/pipeline.js'
import { loadModels } from '../../src/analyze/models.js'
import { parseJsonlDocuments } from '../../src/ingest/jsonl-documents.js'
import { EVAL_DIR, checkFloors, figure, lastLine, runScorer, sharedPath, writeJsonl } from './lib.js'

const { values: args, positionals } = parseArgs({ options: { models: { type: 'string' } }, allowPositionals: true })
const gsr = positionals[0] ?? sharedPath('data/nlp/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt')
const docs = runScorer('score-events.mjs', ['prepare', gsr])
writeJsonl('events-docs.jsonl', [])
writeFileSync(join(EVAL_DIR, 'events-docs.jsonl'), docs)
const pipeline = createPipeline(args.models ? { models: loadModels({ dir: args.models }) } : {})
const rows = parseJsonlDocuments(docs, 'events-docs.jsonl').map((doc) => ('error' in doc ? { input: doc.input } : pipeline.run(doc)))
const pred = writeJsonl('events-pred.jsonl', rows)
const output = runScorer('score-events.mjs', ['score', gsr, pred])
const line = lastLine(output)
console.log(line)
const ok = checkFloors({
  'events.gsr.type.recall': figure(line, 'type R'),
  'events.gsr.type.precision': figure(line, 'P'),
  'events.gsr.type_actor.recall': figure(line.slice(line.indexOf('type+actor')), 'R'),
})
if (!ok) process.exitCode = 1
