/**
 * `npm run eval:news-events`: PLOVER event coding on the shared real-news sets, scored by the
 * shared `score-news-events.mjs` on output identical to
 * `newsgraph analyze --plain --from-jsonl docs.jsonl --jsonl`, plus the PLOVER gold sentences
 * held out of training, scored by `score-events.mjs`.
 *
 * Sets: WikiEvents test and RAMS test (never trained on), MUC-4 TST, IndiaPoliceEvents fold 0
 * (held out of training by document), the PLOVER fold 0 sentences (held out). Dev splits are
 * reported with `--dev` (trained on: training figures).
 *
 *   tsx scripts/eval/news-events.ts [--models DIR] [--sets wikievents-test,rams-test,...] [--dev] [--no-floors]
 *                                   [--plover-folds 1,2,3]
 *
 * `--plover-folds` scores other PLOVER folds in place of fold 0 (the training folds, to read
 * errors without reading the held-out fold's); floors are then not checked.
 */
import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createPipeline } from '../../src/pipeline.js'
import { loadModels } from '../../src/analyze/models.js'
import { parseJsonlDocuments } from '../../src/ingest/jsonl-documents.js'
import { foldOf, IPE_FOLDS, PLOVER_FOLDS } from '../events/folds.js'
import { ploverCountryRecall, policeSectorAccuracy } from './event-actors.js'
import { EVAL_DIR, checkFloors, figure, lastLine, runScorer, sharedPath, writeJsonl } from './lib.js'

const { values: args } = parseArgs({
  options: {
    models: { type: 'string' },
    sets: { type: 'string' },
    dev: { type: 'boolean', default: false },
    'no-floors': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'plover-folds': { type: 'string' },
  },
})

const NEWS = 'data/nlp/events-news'
interface NewsSet {
  readonly name: string
  readonly gold: string
  /** Keeps only some items (a held-out fold). */
  readonly keep?: (id: string) => boolean
}
const NEWS_SETS: NewsSet[] = [
  { name: 'wikievents-test', gold: `${NEWS}/wikievents/test.jsonl` },
  { name: 'rams-test', gold: `${NEWS}/rams/test.jsonl` },
  { name: 'muc4-tst', gold: `${NEWS}/muc4/tst.jsonl` },
  { name: 'ipe-heldout', gold: `${NEWS}/india-police-events/docs.jsonl`, keep: (id) => foldOf(id, IPE_FOLDS) === 0 },
  ...(args.dev
    ? [
        { name: 'wikievents-dev', gold: `${NEWS}/wikievents/dev.jsonl` },
        { name: 'rams-dev', gold: `${NEWS}/rams/dev.jsonl` },
        { name: 'muc4-train', gold: `${NEWS}/muc4/train.jsonl` },
      ]
    : []),
]
const wanted = args.sets ? new Set(args.sets.split(',')) : null

// The scorers' `prepare` exits right after writing, which cuts its output short on a pipe: it
// writes to a file, as the documented shell redirect does.
function prepareDocs(tool: string, gold: string, name: string): string {
  const path = join(EVAL_DIR, `${name}-docs.jsonl`)
  mkdirSync(EVAL_DIR, { recursive: true })
  const fd = openSync(path, 'w')
  try {
    execFileSync(process.execPath, [sharedPath('tools', tool), 'prepare', gold], { stdio: ['ignore', fd, 'inherit'] })
  } finally {
    closeSync(fd)
  }
  return readFileSync(path, 'utf8')
}

const models = loadModels(args.models ? { dir: args.models } : {})
const pipeline = createPipeline({ models })
const figures: Record<string, number> = {}

for (const set of NEWS_SETS) {
  if (wanted && !wanted.has(set.name)) continue
  let goldPath = sharedPath(set.gold)
  if (set.keep) {
    const lines = readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && set.keep!((JSON.parse(l) as { id: string }).id))
    goldPath = join(EVAL_DIR, `${set.name}-gold.jsonl`)
    writeFileSync(goldPath, `${lines.join('\n')}\n`)
  }
  const docs = prepareDocs('score-news-events.mjs', goldPath, set.name)
  const t0 = Date.now()
  const rows = parseJsonlDocuments(docs, `${set.name}-docs.jsonl`).map((doc) => ('error' in doc ? { input: doc.input } : pipeline.run(doc)))
  const seconds = (Date.now() - t0) / 1000
  const pred = writeJsonl(`${set.name}-pred.jsonl`, rows)
  const output = runScorer('score-news-events.mjs', ['score', goldPath, pred])
  if (args.verbose) console.log(output.trim())
  const line = lastLine(output)
  console.log(`${set.name.padEnd(16)} ${line.replace('news events: ', '')} (${seconds.toFixed(1)} s)`)
  const key = `events.news.${set.name}`
  if (set.name.startsWith('ipe')) {
    // Actor coding: the shared scorer checks the span; the sector is checked here.
    const sector = policeSectorAccuracy(goldPath, pred)
    console.log(`${set.name.padEnd(16)} actor sector COP on ${sector.matched} matched police actors: ${sector.accuracy.toFixed(3)}`)
    figures[`${key}.actor_sector.accuracy`] = Math.round(sector.accuracy * 1000) / 1000
  }
  for (const [name, label, at] of [
    ['type.f1', 'F1', 'type '],
    ['type.recall', 'R', 'type '],
    ['type.precision', 'P', 'type '],
    ['source.recall', 'R', 'source '],
    ['target.recall', 'R', 'target '],
    ['false_event_rate', 'false-event rate', ''],
  ] as const) {
    const part = at ? line.slice(line.indexOf(at)) : line
    // Non-exhaustive sets print `n/a` for precision and the false-event rate only.
    const segment = at ? part.slice(0, part.indexOf('|') === -1 ? undefined : part.indexOf('|')) : line
    const value = new RegExp(`(^|\\s)${label} n/a`).test(segment) ? NaN : figure(segment, label)
    if (!Number.isNaN(value)) figures[`${key}.${name}`] = value
  }
}

// Fold 0 unless other folds are asked for (their figures are then no held-out measure).
const ploverFolds = new Set((args['plover-folds'] ?? '0').split(',').map(Number))
if (!wanted || wanted.has('plover-heldout')) {
  const all = JSON.parse(readFileSync(sharedPath('data/nlp/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt'), 'utf8')) as Array<{ id: string; event?: string }>
  const held = all.filter((r) => r.event === 'DOCUMENT' || ploverFolds.has(foldOf(r.id, PLOVER_FOLDS)))
  const goldPath = join(EVAL_DIR, 'plover-heldout-gold.json')
  writeFileSync(goldPath, JSON.stringify(held))
  const docs = prepareDocs('score-events.mjs', goldPath, 'plover-heldout')
  const rows = parseJsonlDocuments(docs, 'plover-heldout-docs.jsonl').map((doc) => ('error' in doc ? { input: doc.input } : pipeline.run(doc)))
  const pred = writeJsonl('plover-heldout-pred.jsonl', rows)
  const line = lastLine(runScorer('score-events.mjs', ['score', goldPath, pred]))
  console.log(`plover-heldout   ${line}`)
  figures['events.plover-heldout.type.recall'] = figure(line, 'type R')
  figures['events.plover-heldout.type.precision'] = figure(line, 'P')
  figures['events.plover-heldout.type_actor.recall'] = figure(line.slice(line.indexOf('type+actor')), 'R')
  const countries = ploverCountryRecall(goldPath, pred)
  console.log(
    `plover-heldout   actor country R ${countries.actor.toFixed(3)} (${countries.actors} coded actors), P ${countries.actorPrecision.toFixed(3)} | recipient country R ${countries.recipient.toFixed(3)} (${countries.recipients}) | actor sector ${countries.actorSector.toFixed(3)} (${countries.sectorActors})`,
  )
  figures['events.plover-heldout.actor_country.recall'] = Math.round(countries.actor * 1000) / 1000
  figures['events.plover-heldout.recipient_country.recall'] = Math.round(countries.recipient * 1000) / 1000
  figures['events.plover-heldout.actor_sector.accuracy'] = Math.round(countries.actorSector * 1000) / 1000
}

if (!args['no-floors'] && !args['plover-folds']) {
  const ok = checkFloors(figures)
  if (!ok) process.exitCode = 1
}
