/**
 * Fits the logistic that turns a predicted span's Viterbi margin into a confidence, on dev:
 * P(span exactly right | margin) = 1 / (1 + exp(-(slope * margin + intercept))).
 */
import type { ConllDocument } from '../../src/analyze/ner/conll.js'
import { spansFromTags, TAGS } from '../../src/analyze/ner/labels.js'
import type { NerModel } from '../../src/analyze/ner/model.js'
import { tagDocument } from '../../src/analyze/ner/tagger.js'

/** `[slope, intercept]` fitted by gradient descent on the dev spans' margins and correctness. */
export function fitCalibration(model: NerModel, docs: readonly ConllDocument[]): [number, number] {
  const rows: [number, number][] = []
  for (const doc of docs) {
    const tagged = tagDocument(
      model,
      doc.sentences.map((s) => s.words),
    )
    doc.sentences.forEach((s, k) => {
      const gold = new Set(spansFromTags(s.tags).map((x) => `${x.start}:${x.end}:${x.label}`))
      const t = tagged[k]!
      for (const p of spansFromTags(Array.from(t.tags, (x) => TAGS[x]!))) {
        let m = Infinity
        for (let i = p.start; i < p.end; i++) m = Math.min(m, t.margins[i]!)
        rows.push([m, gold.has(`${p.start}:${p.end}:${p.label}`) ? 1 : 0])
      }
    })
  }
  // Margins span about ±100, so the slope gets a smaller step than the intercept.
  let slope = 0.05
  let intercept = 0
  for (let it = 0; it < 2000; it++) {
    let gs = 0
    let gi = 0
    for (const [m, y] of rows) {
      const p = 1 / (1 + Math.exp(-(slope * m + intercept)))
      gs += (p - y) * m
      gi += p - y
    }
    slope -= (0.05 * gs) / rows.length / 10
    intercept -= (0.5 * gi) / rows.length
  }
  return [Number(slope.toFixed(5)), Number(intercept.toFixed(4))]
}
