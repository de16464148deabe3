/**
 * `npm run eval:parser`: tags and parses UD English EWT dev and test on their gold tokenization
 * through the same code path as `newsgraph parse --conllu`, scores each with the shared
 * `score-ud.mjs` unchanged, and checks UPOS, UAS and LAS against their floors. Lemma accuracy
 * (which the scorer does not measure) is printed beside them.
 *
 *   npm run eval:parser -- [UD_DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_MODELS_DIR } from '../../src/analyze/models.js'
import { readConllu } from '../../src/analyze/syntax/conllu.js'
import { loadSyntaxModel, SyntaxParser } from '../../src/analyze/syntax/model.js'
import { parseConlluText } from '../../src/cli/commands/parse.js'
import { checkFloors, EVAL_DIR, figure, lastLine, runScorer, sharedPath } from './lib.js'

const dir = process.argv[2] ?? sharedPath('data/nlp/ud-ewt')
const model = loadSyntaxModel(join(DEFAULT_MODELS_DIR, 'parser'))
if (!model) {
  console.error('eval:parser: no parser model in models/parser (run npm run train:parser)')
  process.exit(1)
}
const parser = new SyntaxParser(model)
mkdirSync(EVAL_DIR, { recursive: true })
const figures: Record<string, number> = {}
for (const split of ['dev', 'test'] as const) {
  const gold = join(dir, `en_ewt-ud-${split}.conllu`)
  const text = readFileSync(gold, 'utf8')
  const started = performance.now()
  const { output } = parseConlluText(text, parser)
  const seconds = (performance.now() - started) / 1000
  const pred = join(EVAL_DIR, `parser-${split}.conllu`)
  writeFileSync(pred, output)
  const line = lastLine(runScorer('score-ud.mjs', [gold, pred]))
  console.log(`${split}: ${line} (parsed in ${seconds.toFixed(1)} s)`)
  for (const name of ['UPOS', 'UAS', 'LAS']) figures[`parser.${split}.${name.toLowerCase()}`] = figure(line, name)
  // Lemmas: the scorer leaves them out, so they are counted here, word by word.
  const g = readConllu(text).sentences.flatMap((s) => s.words)
  const p = readConllu(output).sentences.flatMap((s) => s.words)
  let right = 0
  for (let i = 0; i < g.length; i++) if (g[i]!.lemma === p[i]!.lemma) right++
  figures[`parser.${split}.lemma`] = (100 * right) / g.length
}
if (!checkFloors(figures)) process.exitCode = 1
