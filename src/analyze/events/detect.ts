/**
 * Trigger detection: every candidate of a sentence scored by the detector, its likeliest PLOVER
 * type kept with a calibrated confidence. A complement of a control verb ("agreed to withdraw",
 * "threatened to attack") is part of the control verb's event, not an event of its own; a
 * multi-word trigger ("air strike") is one event.
 */
import type { EventModel } from './event-model.js'
import { linearScores, softmax } from './linear-model.js'
import { triggerCandidates, triggerFeatures, type TriggerSentence } from './trigger-features.js'

/** One detected trigger (local token indices). */
export interface Detection {
  readonly index: number
  /** Last token of the trigger phrase. */
  readonly last: number
  readonly type: string
  /** The detector's probability of that type. */
  readonly p: number
  /** The calibrated confidence that this is a real event of that type. */
  readonly confidence: number
}

// Types whose trigger takes another event as its complement.
const CONTROLLING = new Set(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'SUPPORT', 'ACCUSE'])
const COMPLEMENT_REACH = 8

/** Calibrated confidence of a probability: a logistic curve over its log-odds. */
export function calibrate(p: number, [a, b]: readonly [number, number]): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p))
  return 1 / (1 + Math.exp(-(a * Math.log(q / (1 - q)) + b)))
}

/** Scores every candidate of a sentence; returns them all, most confident first within the sentence order. */
export function scoreCandidates(ts: TriggerSentence, model: EventModel): Detection[] {
  const out: Detection[] = []
  const feats: string[] = []
  const labels = model.detector.labels
  for (const i of triggerCandidates(ts, model.resources)) {
    feats.length = 0
    triggerFeatures(ts, i, model.resources, feats)
    const p = softmax(linearScores(model.detector, feats))
    let best = 1
    for (let k = 2; k < labels.length; k++) if (p[k]! > p[best]!) best = k
    const last = Math.max(i, ts.lexiconEnd[i] ?? i)
    out.push({ index: i, last, type: labels[best]!, p: p[best]!, confidence: calibrate(p[best]!, model.calibration) })
  }
  return out
}

/** The sentence's events: candidates at or over `minConfidence`, with complements and repeats merged. */
export function detectTriggers(ts: TriggerSentence, model: EventModel, minConfidence: number): Detection[] {
  const all = scoreCandidates(ts, model).filter((d) => d.confidence >= minConfidence)
  const kept: Detection[] = []
  for (const d of all) {
    // A trigger inside the phrase of the previous one ("air strike", "hold talks").
    const prev = kept[kept.length - 1]
    if (prev && d.index <= prev.last) {
      if (d.confidence > prev.confidence && d.type !== prev.type) kept[kept.length - 1] = { ...d, index: prev.index, last: Math.max(prev.last, d.last) }
      continue
    }
    kept.push(d)
  }
  const words = ts.view.words
  const out: Detection[] = []
  for (const d of kept) {
    let control: Detection | undefined
    for (let k = out.length - 1; k >= 0 && !control; k--) {
      const c = out[k]!
      if (c.index < d.index && d.index - c.last <= COMPLEMENT_REACH && CONTROLLING.has(c.type)) control = c
    }
    if (control && words.slice(control.last + 1, d.index).includes('to') && !words.slice(control.last + 1, d.index).some((w) => /^[.;:!?]$/.test(w) || w === 'and' || w === 'but')) continue
    out.push(d)
  }
  return out
}
