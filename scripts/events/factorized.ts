/**
 * The detector factorized in two models over the same features: whether a candidate is an event
 * at all (NONE / EVENT), trained on every candidate, and which PLOVER type it is given that it is
 * one, trained on the candidates an annotation types. Rare types then borrow what makes a word an
 * event from the frequent ones ("a government did something to someone, in the main clause"),
 * instead of each learning it from its own handful of examples against every non-event.
 */
import { PLOVER_TYPES } from '../../src/model/plover.js'
import { probabilities, trainSoftmax, type Group, type Instance, type TrainOptions } from './softmax-trainer.js'

/** Labels of the event / non-event model. */
export const EVENTNESS_LABELS = ['NONE', 'EVENT'] as const

const popcount = (m: number): number => {
  let n = 0
  for (let x = m; x; x &= x - 1) n++
  return n
}

/** Weights of both models. */
export interface FactorizedWeights {
  readonly eventness: Float32Array
  readonly types: Float32Array
}

/**
 * Trains both models from 17-label instances (bit 0 = NONE, bits 1..16 = PLOVER types). A
 * group's member the eventness model finds likeliest carries the group's type.
 */
export function trainFactorized(
  instances: readonly Instance[],
  groups: readonly Group[],
  opts: Omit<TrainOptions, 'labels' | 'prior'>,
  priors: { eventness: Float32Array; types: Float32Array },
): FactorizedWeights {
  const det: Instance[] = instances.map((i) => ({ feats: i.feats, weight: i.weight, allowed: (i.allowed & 1 ? 1 : 0) | (i.allowed & ~1 ? 2 : 0) }))
  const detGroups: Group[] = groups.map((g) => ({ members: g.members, target: 2 }))
  const eventness = trainSoftmax(det, detGroups, { ...opts, labels: 2, prior: priors.eventness })
  const inGroup = new Set<number>()
  const chosen = new Set<number>()
  const p = new Float64Array(2)
  for (const g of groups) {
    let best = g.members[0]!
    let bestP = -1
    for (const m of g.members) {
      inGroup.add(m)
      probabilities(eventness, instances[m]!.feats, 2, p)
      if (p[1]! > bestP) {
        bestP = p[1]!
        best = m
      }
    }
    chosen.add(best)
  }
  const typed: Instance[] = []
  instances.forEach((inst, k) => {
    const types = inst.allowed >> 1
    // Typed, and informative: a few readings, not "anything but the covered types".
    if (!types || popcount(types) > 4) return
    if (inGroup.has(k) && !chosen.has(k)) return
    const group = groups.find((g) => g.members.includes(k))
    typed.push({ feats: inst.feats, weight: inst.weight, allowed: group ? group.target >> 1 : types })
  })
  const types = trainSoftmax(typed, [], { ...opts, labels: PLOVER_TYPES.length, prior: priors.types })
  return { eventness, types }
}

/** The 17-label probabilities (NONE, then the types) of one instance under both models. */
export function composedProbabilities(w: FactorizedWeights, feats: Int32Array, out: Float64Array): Float64Array {
  const e = probabilities(w.eventness, feats, 2, new Float64Array(2))
  const t = probabilities(w.types, feats, PLOVER_TYPES.length, new Float64Array(PLOVER_TYPES.length))
  out[0] = e[0]!
  for (let k = 0; k < PLOVER_TYPES.length; k++) out[k + 1] = e[1]! * t[k]!
  return out
}
