/**
 * Scores a k-fold cross-validation of the event models fold by fold with the shared scorers
 * (`score-events.mjs` for the PLOVER sentences, `score-news-events.mjs` for the news sets), so a
 * recipe is judged on every annotated sentence held out once, with the spread between folds
 * beside the pooled figure (one PLOVER fold alone holds about 30 sentences: one sentence moves it
 * three points).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../src/model/article.js'
import type { PreparedDoc } from './prepared.js'

/** The figures read off a scorer's last line (NaN where the set does not give one). */
export type CvFigures = Readonly<Record<string, number>>

/** The figures of one set: per fold, and pooled over all its held-out documents. */
export interface CvSetFigures {
  readonly set: string
  readonly documents: number
  readonly folds: readonly CvFigures[]
  readonly pooled: CvFigures
}

const PLOVER_FIGURES = ['type R', 'P', 'type+actor R'] as const
const NEWS_FIGURES = ['type P', 'type R', 'type F1', 'source R', 'target R', 'false-event'] as const

/** Reads the figures of a scorer's last line. */
export function readFigures(line: string, plover: boolean): CvFigures {
  const num = (re: RegExp): number => {
    const m = re.exec(line)
    return m && m[1] !== 'n/a' ? Number(m[1]) : NaN
  }
  if (plover) {
    return {
      'type R': num(/type R ([\d.]+)/),
      P: num(/ P ([\d.]+)/),
      'type+actor R': num(/type\+actor R ([\d.]+)/),
    }
  }
  // "detection P .. R .. F1 .. | type P .. R .. F1 .. | source R .. | target R .. | false-event rate .."
  const type = /\| type P (\S+) R (\S+) F1 (\S+)/.exec(line)
  const value = (s: string | undefined): number => (s === undefined || s === 'n/a' ? NaN : Number(s))
  return {
    'type P': value(type?.[1]),
    'type R': value(type?.[2]),
    'type F1': value(type?.[3]),
    'source R': num(/\| source R ([\d.]+)/),
    'target R': num(/\| target R ([\d.]+)/),
    'false-event': num(/false-event rate ([\d.]+|n\/a)/),
  }
}

/** Mean, sample standard deviation, least and greatest of the finite values. */
export function spread(values: readonly number[]): { mean: number; sd: number; min: number; max: number } {
  const v = values.filter((x) => Number.isFinite(x))
  if (v.length === 0) return { mean: NaN, sd: NaN, min: NaN, max: NaN }
  const mean = v.reduce((a, b) => a + b, 0) / v.length
  const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : 0
  return { mean, sd, min: Math.min(...v), max: Math.max(...v) }
}

/**
 * Scores the out-of-fold articles set by set and fold by fold (CoNLL-2003 reports carry no gold
 * events and are left out), prints one table per set and returns the figures.
 */
export function scoreFolds(training: readonly PreparedDoc[], oof: ReadonlyMap<string, Article>, foldOfDoc: (p: PreparedDoc) => number, folds: number, shared: string, dir: string): CvSetFigures[] {
  mkdirSync(dir, { recursive: true })
  const gsr = JSON.parse(readFileSync(join(shared, 'data/nlp/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt'), 'utf8')) as Array<{ id: string }>
  const bySet = new Map<string, PreparedDoc[]>()
  for (const p of training) {
    if (!oof.has(p.doc.id) || p.doc.set.startsWith('conll') || p.doc.set === 'contrast' || p.doc.set === 'pages') continue
    bySet.set(p.doc.set, [...(bySet.get(p.doc.set) ?? []), p])
  }
  const score = (set: string, docs: readonly PreparedDoc[], name: string): CvFigures => {
    const plover = set === 'plover'
    const goldPath = join(dir, `${set}-${name}-gold.${plover ? 'json' : 'jsonl'}`)
    if (plover) {
      const ids = new Set(docs.map((p) => p.doc.id))
      writeFileSync(goldPath, JSON.stringify(gsr.filter((r) => ids.has(r.id))))
    } else writeFileSync(goldPath, docs.map((p) => JSON.stringify(p.doc)).join('\n') + '\n')
    const predPath = join(dir, `${set}-${name}-pred.jsonl`)
    writeFileSync(predPath, docs.map((p) => JSON.stringify(oof.get(p.doc.id))).join('\n') + '\n')
    const tool = plover ? 'score-events.mjs' : 'score-news-events.mjs'
    const out = execFileSync(process.execPath, [join(shared, 'tools', tool), 'score', goldPath, predPath], { encoding: 'utf8', maxBuffer: 64 << 20 })
    return readFigures(out.trim().split('\n').pop() ?? '', plover)
  }
  const result: CvSetFigures[] = []
  for (const [set, docs] of bySet) {
    const perFold: CvFigures[] = []
    for (let f = 0; f < folds; f++)
      perFold.push(
        score(
          set,
          docs.filter((p) => foldOfDoc(p) === f),
          `fold${f}`,
        ),
      )
    const pooled = score(set, docs, 'all')
    result.push({ set, documents: docs.length, folds: perFold, pooled })
    const names = set === 'plover' ? PLOVER_FIGURES : NEWS_FIGURES
    const sizes = Array.from({ length: folds }, (_, f) => docs.filter((p) => foldOfDoc(p) === f).length)
    console.log(`cv ${set}: ${docs.length} documents held out once (folds of ${sizes.join(' / ')})`)
    for (const n of names) {
      const s = spread(perFold.map((x) => x[n]!))
      if (!Number.isFinite(s.mean)) continue
      const each = perFold.map((x) => (Number.isFinite(x[n]!) ? x[n]!.toFixed(3) : 'n/a')).join(' ')
      console.log(
        `cv ${set.padEnd(10)} ${n.padEnd(12)} pooled ${pooled[n]!.toFixed(3)} | folds mean ${s.mean.toFixed(3)} sd ${s.sd.toFixed(3)} min ${s.min.toFixed(3)} max ${s.max.toFixed(3)} | ${each}`,
      )
    }
  }
  return result
}
