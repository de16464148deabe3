/**
 * Multi-label figures: per topic precision/recall/F1 counted only where the item's source knows
 * the topic, macro F1 over topics with gold positives, and micro F1 over every decision.
 */

/** Figures of one set of predictions. */
export interface MultiLabelFigures {
  readonly microF1: number
  readonly macroF1: number
  /** F1 per class index; NaN where the set has no gold positive for it. */
  readonly perClass: number[]
  /** Share of items given no topic at all. */
  readonly none: number
}

/** Scores `predicted[i][c]` against `targets[i][c]` (1 or 0; any other value is unknown, not counted). */
export function multiLabelScores(targets: readonly Int8Array[], predicted: readonly boolean[][], k: number): MultiLabelFigures {
  const tp = new Array<number>(k).fill(0)
  const fp = new Array<number>(k).fill(0)
  const fn = new Array<number>(k).fill(0)
  let none = 0
  targets.forEach((t, i) => {
    const p = predicted[i]!
    if (!p.some(Boolean)) none++
    for (let c = 0; c < k; c++) {
      if (t[c] !== 0 && t[c] !== 1) continue
      if (p[c] && t[c] === 1) tp[c]!++
      else if (p[c]) fp[c]!++
      else if (t[c] === 1) fn[c]!++
    }
  })
  const perClass = tp.map((x, c) => (x + fn[c]! ? (2 * x) / (2 * x + fp[c]! + fn[c]!) : Number.NaN))
  const present = perClass.filter((f) => !Number.isNaN(f))
  const sum = (a: number[]): number => a.reduce((s, x) => s + x, 0)
  const micro = 2 * sum(tp) + sum(fp) + sum(fn)
  return { microF1: micro ? (2 * sum(tp)) / micro : 0, macroF1: present.length ? sum(present) / present.length : 0, perClass, none: targets.length ? none / targets.length : 0 }
}
