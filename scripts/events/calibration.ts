/**
 * Confidence calibration of the detector: Platt scaling (a logistic curve over the log-odds of
 * the chosen type's probability), fitted on out-of-fold predictions whose rightness is known,
 * with the expected calibration error before and after as the check.
 */

/** One held-out prediction: the model's probability, whether it was right (1) or wrong (0), and its weight (default 1). */
export interface Outcome {
  readonly p: number
  readonly y: number
  readonly w?: number
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p))
  return Math.log(q / (1 - q))
}

/** Expected calibration error over ten equal-width bins. */
export function expectedCalibrationError(outcomes: readonly Outcome[], f: (p: number) => number = (p) => p): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }))
  let total = 0
  for (const o of outcomes) {
    const c = f(o.p)
    const w = o.w ?? 1
    const b = bins[Math.min(9, Math.floor(c * 10))]!
    b.n += w
    b.p += w * c
    b.y += w * o.y
    total += w
  }
  let e = 0
  for (const b of bins) if (b.n) e += (b.n / total) * Math.abs(b.p / b.n - b.y / b.n)
  return e
}

/** Fits `[a, b]` by Newton's method on the log loss; `[1, 0]` (no change) when there is too little data. */
export function fitCalibration(outcomes: readonly Outcome[]): { calibration: [number, number]; threshold: number; report: string } {
  if (outcomes.length < 50) return { calibration: [1, 0], threshold: 0.5, report: `calibration: ${outcomes.length} outcomes, too few, left as is` }
  let a = 1
  let b = 0
  const loss = (a: number, b: number): number => {
    let l = 0
    for (const o of outcomes) {
      const z = a * logit(o.p) + b
      // log(1 + e^z) - y z, computed without overflow.
      l += (o.w ?? 1) * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - o.y * z)
    }
    return l + 1e-3 * ((a - 1) * (a - 1) + b * b)
  }
  for (let it = 0; it < 100; it++) {
    let ga = 2e-3 * (a - 1)
    let gb = 2e-3 * b
    let haa = 2e-3
    let hab = 0
    let hbb = 2e-3
    for (const o of outcomes) {
      const x = logit(o.p)
      const w = o.w ?? 1
      const q = 1 / (1 + Math.exp(-(a * x + b)))
      const r = w * (q - o.y)
      ga += r * x
      gb += r
      const s = w * q * (1 - q)
      haa += s * x * x
      hab += s * x
      hbb += s
    }
    const det = haa * hbb - hab * hab
    if (Math.abs(det) < 1e-12) break
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    // Damped Newton: halve the step until the loss goes down.
    const before = loss(a, b)
    let step = 1
    while (step > 1e-4 && loss(a - step * da, b - step * db) > before) step /= 2
    a -= step * da
    b -= step * db
    if (Math.abs(step * da) + Math.abs(step * db) < 1e-8) break
  }
  const f = (p: number): number => 1 / (1 + Math.exp(-(a * logit(p) + b)))
  const before = expectedCalibrationError(outcomes)
  const after = expectedCalibrationError(outcomes, f)
  const positives = outcomes.filter((o) => o.y).length
  return {
    calibration: [Math.round(a * 1e4) / 1e4, Math.round(b * 1e4) / 1e4],
    threshold: 0.5,
    report: `calibration: ${outcomes.length} held-out outcomes (${positives} right), a ${a.toFixed(3)} b ${b.toFixed(3)}, ECE ${before.toFixed(3)} -> ${after.toFixed(3)}`,
  }
}
