/**
 * Document-level tone on SemEval-2022 Task 8 (shared/data/cluster/semeval2022-task8-sample):
 * annotators rated how different two news articles are in tone (1 very similar .. 4 very
 * dissimilar). A good article tone puts pairs of different tone further apart: the figure is the
 * Spearman correlation between |tone(a) - tone(b)| and the annotated dissimilarity, for the shipped
 * model and, in the same run, for GDELT-style lexicon tone. Nothing was tuned on either split, so
 * both are reported, and all 354 pairs together (the least noisy figure) carry the floor.
 * Usage: npm run eval:tone-docs
 */
import { readFileSync } from 'node:fs'
import { analyze, loadModels } from '../../src/analyze/index.js'
import { newArticle } from '../../src/model/new-article.js'
import { checkFloors, sharedPath } from './lib.js'

const models = loadModels()
const rows = readFileSync(sharedPath('data', 'cluster', 'semeval2022-task8-sample', 'en_en.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { split: string; text1: string; text2: string; Tone: number })

const tone = (text: string): { score: number; lexicon: number } => {
  const a = analyze(newArticle({ input: 'pair', text: text.trim() }), { models, steps: ['tone'] })
  return { score: a.tone?.score ?? 0, lexicon: a.tone?.lexicon ?? 0 }
}
const pairs = rows.map((r) => {
  const a = tone(r.text1)
  const b = tone(r.text2)
  return { split: r.split, gold: r.Tone, ours: Math.abs(a.score - b.score), lexicon: Math.abs(a.lexicon - b.lexicon) }
})
let model = 0
let baseline = 0
for (const split of ['train', 'test', 'all']) {
  const p = pairs.filter((x) => split === 'all' || x.split === split)
  const m = spearman(
    p.map((x) => x.ours),
    p.map((x) => x.gold),
  )
  const l = spearman(
    p.map((x) => x.lexicon),
    p.map((x) => x.gold),
  )
  console.log(`SemEval-2022 Task 8 ${split} pairs (${p.length}): Spearman(|tone difference|, annotated tone dissimilarity) model ${m.toFixed(3)}, lexicon baseline ${l.toFixed(3)}`)
  if (split === 'all') [model, baseline] = [m, l]
}
const ok = checkFloors({ 'tone.semeval-docs.spearman': model, 'tone.semeval-docs.lexicon.spearman': baseline })
if (model <= baseline) console.log('the model does not beat the lexicon baseline on all pairs')
process.exit(ok && model > baseline ? 0 : 1)

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0])
  const r = new Array<number>(xs.length)
  for (let i = 0; i < order.length;) {
    let j = i
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1
    i = j + 1
  }
  return r
}

function spearman(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x)
  const ry = ranks(y)
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length
  const mx = mean(rx)
  const my = mean(ry)
  let num = 0
  let dx = 0
  let dy = 0
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my)
    dx += (rx[i]! - mx) ** 2
    dy += (ry[i]! - my) ** 2
  }
  return num / Math.sqrt(dx * dy)
}
