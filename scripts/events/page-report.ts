/**
 * Out-of-fold precision on our labelled pages (`page-labels.ts`): each page is coded by the fold
 * model that never saw it, and its coded events are matched to the labelled triggers (a label is
 * one a model coded, so an event at a labelled trigger is judged; one elsewhere is unread).
 */
import type { Article } from '../../src/model/article.js'
import { calibrate } from '../../src/analyze/events/detect.js'
import type { PreparedDoc } from './prepared.js'

/** Prints, per threshold, the labelled right and wrong triggers still coded and the precision among them. */
export function pageReport(training: readonly PreparedDoc[], oof: ReadonlyMap<string, Article>, calibration: readonly [number, number], thresholds: readonly number[]): void {
  const pages = training.filter((p) => p.doc.set === 'pages' && oof.has(p.doc.id))
  const right = pages.reduce((n, p) => n + p.doc.events.filter((e) => e.type !== 'NONE').length, 0)
  const wrong = pages.reduce((n, p) => n + p.doc.events.filter((e) => e.type === 'NONE').length, 0)
  for (const t of thresholds) {
    let keptRight = 0
    let typed = 0
    let keptWrong = 0
    let unread = 0
    for (const p of pages) {
      for (const e of oof.get(p.doc.id)!.events) {
        if (calibrate(e.confidence ?? 0, calibration) < t || !e.trigger) continue
        const at = e.trigger
        const label = p.doc.events.find((g) => g.trigger && g.trigger.start < at.end && at.start < g.trigger.end)
        if (!label) unread++
        else if (label.type === 'NONE') keptWrong++
        else {
          keptRight++
          if (label.type === e.type) typed++
        }
      }
    }
    const precision = keptRight + keptWrong ? keptRight / (keptRight + keptWrong) : 0
    console.log(
      `oof pages       t=${t.toFixed(2)} labelled right kept ${keptRight}/${right} (type right ${typed}), wrong kept ${keptWrong}/${wrong}, precision ${precision.toFixed(3)}, unlabelled coded ${unread} (${pages.length} pages)`,
    )
  }
}
