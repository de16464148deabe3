/**
 * `npm run eval:ner`: tags CoNLL-2003 dev (eng.testa) with the shipped model through the same
 * code path as `newsgraph ner --conll`, scores it with the shared conlleval unchanged, prints its
 * per-type lines and headline, and checks `ner.dev.f1` (a fraction) against its floor.
 *
 *   npm run eval:ner -- [CONLL_FILE]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadModels } from '../../src/analyze/models.js'
import { tagConllText } from '../../src/cli/commands/ner.js'
import { checkFloors, EVAL_DIR, figure, lastLine, runScorer, sharedPath } from './lib.js'

const input = process.argv[2] ?? sharedPath('data/nlp/conll2003/valid.txt')
const models = loadModels()
if (!models.ner) {
  console.error('eval:ner: no NER model in models/ner (run npm run train:ner)')
  process.exit(1)
}
const started = performance.now()
const tagged = tagConllText(readFileSync(input, 'utf8'), models.ner)
const seconds = (performance.now() - started) / 1000
mkdirSync(EVAL_DIR, { recursive: true })
const path = join(EVAL_DIR, 'ner-dev.txt')
writeFileSync(path, tagged)
const output = runScorer('conlleval.mjs', [path])
process.stdout.write(output)
const line = lastLine(output)
console.log(`tagged in ${seconds.toFixed(1)} s`)
if (!checkFloors({ 'ner.dev.f1': figure(line, 'F1') / 100 })) process.exitCode = 1
