/**
 * Projectivity. The arc-eager parser builds projective trees only; the few crossing arcs of the
 * training trees (0.17% of the treebank's arcs) are lifted to their head's head until none
 * cross, the tree the parser can learn that is closest to the gold one.
 */

/** Whether the arc to `d` from `heads[d]` is projective (`heads` uses `n` for the root). */
export function isProjectiveArc(heads: Int32Array, d: number): boolean {
  const n = heads.length
  const h = heads[d]!
  if (h < 0 || h >= n) return true
  const lo = Math.min(h, d)
  const hi = Math.max(h, d)
  for (let k = lo + 1; k < hi; k++) {
    let a = k
    let steps = 0
    while (a !== h && a >= 0 && a < n && steps++ <= n) a = heads[a]!
    if (a !== h) return false
  }
  return true
}

/** Lifts crossing arcs (shortest first) until the tree is projective; returns the number of lifts. */
export function projectivize(heads: Int32Array): number {
  const n = heads.length
  let lifts = 0
  for (;;) {
    let pick = -1
    let span = Infinity
    for (let d = 0; d < n; d++) {
      if (isProjectiveArc(heads, d)) continue
      const s = Math.abs(heads[d]! - d)
      if (s < span) {
        span = s
        pick = d
      }
    }
    if (pick < 0) return lifts
    const h = heads[pick]!
    heads[pick] = heads[h]!
    lifts++
  }
}
