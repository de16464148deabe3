/**
 * Scores out-of-fold predictions set by set with the shared scorers, at several confidence
 * thresholds: the honest development figures the detector's settings are tuned on (each document
 * scored by a model that never saw it).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../src/model/article.js'
import { calibrate } from '../../src/analyze/events/detect.js'
import type { PreparedDoc } from './prepared.js'

const THRESHOLDS = [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]

/** Prints, per set and threshold, the scorer's last line on the out-of-fold predictions. */
export function scoreOutOfFold(training: readonly PreparedDoc[], oof: ReadonlyMap<string, Article>, calibration: readonly [number, number], shared: string, evalDir: string): void {
  const dir = join(evalDir, 'events-oof')
  mkdirSync(dir, { recursive: true })
  const bySet = new Map<string, PreparedDoc[]>()
  for (const p of training) {
    if (!oof.has(p.doc.id) || p.doc.set.startsWith('conll') || p.doc.set === 'contrast' || p.doc.set === 'pages') continue
    const list = bySet.get(p.doc.set) ?? []
    list.push(p)
    bySet.set(p.doc.set, list)
  }
  const gsr = JSON.parse(readFileSync(join(shared, 'data/nlp/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt'), 'utf8')) as Array<{ id: string }>
  for (const [set, docs] of bySet) {
    const goldPath = join(dir, `${set}-gold.${set === 'plover' ? 'json' : 'jsonl'}`)
    if (set === 'plover') {
      const ids = new Set(docs.map((p) => p.doc.id))
      writeFileSync(goldPath, JSON.stringify(gsr.filter((r) => ids.has(r.id))))
    } else writeFileSync(goldPath, docs.map((p) => JSON.stringify(p.doc)).join('\n') + '\n')
    for (const t of THRESHOLDS) {
      const rows = docs.map((p) => {
        const a = oof.get(p.doc.id)!
        return JSON.stringify({ ...a, events: a.events.filter((e) => calibrate(e.confidence ?? 0, calibration) >= t) })
      })
      const predPath = join(dir, `${set}-pred-${t}.jsonl`)
      writeFileSync(predPath, rows.join('\n') + '\n')
      const tool = set === 'plover' ? 'score-events.mjs' : 'score-news-events.mjs'
      const out = execFileSync(process.execPath, [join(shared, 'tools', tool), 'score', goldPath, predPath], { encoding: 'utf8', maxBuffer: 64 << 20 })
      const last = out.trim().split('\n').pop() ?? ''
      console.log(`oof ${set.padEnd(11)} t=${t.toFixed(2)} ${last.replace(/^(news )?events: /, '').replace(/ \| confusion:.*$/, '')}`)
    }
  }
}
