/**
 * `npm run eval:parser-news`: the parser on news treebanks it never trained on (same UD scheme as
 * EWT, gold tokenization, the shared `score-ud.mjs` unchanged): UD English PUD (all 1,000
 * sentences, and its 215 news documents alone) and the news documents of UD English GUM (dev and
 * test files). The sets are staged by `scripts/data/stage-news-treebanks.sh` (sources and licenses
 * in `scripts/data/README.md`); a missing set is an error, not a skip. No floors: CI does not
 * have these sets. The bar for a kept-back news treebank is UAS >= 85, LAS >= 81.
 *
 *   npm run eval:parser-news
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_MODELS_DIR } from '../../src/analyze/models.js'
import { loadSyntaxModel, SyntaxParser } from '../../src/analyze/syntax/model.js'
import { parseConlluText } from '../../src/cli/commands/parse.js'
import { EVAL_DIR, lastLine, runScorer } from './lib.js'
import { publicFile } from './public-sets.js'

/** The sentence blocks of a CoNLL-U text whose document id (`# newdoc id`) passes `keep`. */
function documents(text: string, keep: (doc: string) => boolean): string {
  let doc = ''
  const out: string[] = []
  for (const block of text.split(/\n\s*\n/)) {
    const m = /^# newdoc id = (\S+)/m.exec(block)
    if (m) doc = m[1]!
    if (block.trim() && keep(doc)) out.push(`${block.trim()}\n`)
  }
  return `${out.join('\n')}\n`
}

const model = loadSyntaxModel(join(DEFAULT_MODELS_DIR, 'parser'))
if (!model) {
  console.error('eval:parser-news: no parser model in models/parser (run npm run train:parser)')
  process.exit(1)
}
const parser = new SyntaxParser(model)
const pud = readFileSync(publicFile('ud-pud', 'en_pud-ud-test.conllu'), 'utf8')
const gum = ['dev', 'test'].map((s) => readFileSync(publicFile('ud-gum', `en_gum-ud-${s}.conllu`), 'utf8')).join('\n')
const sets: Array<[string, string]> = [
  ['pud-all', pud],
  ['pud-news', documents(pud, (d) => d.startsWith('n'))],
  ['gum-news', documents(gum, (d) => d.startsWith('GUM_news_'))],
]
mkdirSync(EVAL_DIR, { recursive: true })
for (const [name, text] of sets) {
  const gold = join(EVAL_DIR, `parser-news-${name}-gold.conllu`)
  const pred = join(EVAL_DIR, `parser-news-${name}.conllu`)
  writeFileSync(gold, text)
  writeFileSync(pred, parseConlluText(text, parser).output)
  console.log(`${name}: ${lastLine(runScorer('score-ud.mjs', [gold, pred]))}`)
}
