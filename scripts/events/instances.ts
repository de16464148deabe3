/**
 * Training examples of the two event models from prepared documents:
 *
 * - detector: each trigger candidate with its feature ids and allowed labels (an annotated
 *   trigger takes its mapped type; an unannotated candidate is NONE only where the annotation is
 *   exhaustive); a sentence-level label without a trigger (IndiaPoliceEvents, several PLOVER
 *   trigger words) becomes a multiple-instance group over the sentence's candidates;
 * - roles: each role candidate of an annotated event with SOURCE, TARGET or NONE from the gold
 *   actor and recipient spans.
 */
import { argumentCandidates } from '../../src/analyze/events/arguments.js'
import type { ActorIndex } from '../../src/analyze/events/actor-dictionary.js'
import { roleFeatures, roleTrigger } from '../../src/analyze/events/roles.js'
import { PieceNames } from '../../src/model/feature-hash.js'
import { mentionLookup, viewSentence, type SentenceView } from '../../src/analyze/events/sentence-view.js'
import { triggerCandidates, triggerFeatures, triggerSentence, type TriggerResources, type TriggerSentence } from '../../src/analyze/events/trigger-features.js'
import type { GoldEvent, Span } from './corpus.js'
import { ALL, EVENT_LABELS, eventMask, mask, NONE_ONLY, unannotatedMask } from './labels.js'
import type { PreparedDoc } from './prepared.js'
import type { Group, Instance } from './softmax-trainer.js'

/** Feature strings to ids, grown while building. */
export class FeatureIndex {
  readonly ids = new Map<string, number>()
  readonly names: string[] = []
  /** Stops adding features (for held-out data). */
  frozen = false
  /** Feature names to leave out (ablation experiments). */
  drop: RegExp | null = process.env['EVENTS_DROP_FEATURES'] ? new RegExp(process.env['EVENTS_DROP_FEATURES']) : null

  /** Ids of the known features among `feats` (new ones added unless frozen). */
  encode(feats: readonly string[]): Int32Array {
    const out: number[] = []
    for (const f of feats) {
      if (this.drop?.test(f)) continue
      let id = this.ids.get(f)
      if (id === undefined) {
        if (this.frozen) continue
        id = this.names.length
        this.ids.set(f, id)
        this.names.push(f)
      }
      out.push(id)
    }
    return Int32Array.from(new Set(out))
  }
}

/** Sentences of a prepared document, viewed and prepared for trigger features. */
export function docSentences(p: PreparedDoc, res: TriggerResources): TriggerSentence[] {
  const lookup = mentionLookup(p.entities)
  return p.sentences.map((s) => triggerSentence(viewSentence(p, s, lookup, res), p.tokens, res.agents))
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

// Local index of the first candidate token of a trigger span in a sentence, or of its first token.
function triggerToken(ts: TriggerSentence, span: Span, candidates: readonly number[]): number {
  const toks = ts.view.tokens
  const inSpan = candidates.filter((i) => overlaps(toks[i]!, span))
  if (inSpan.length) return inSpan[0]!
  for (let i = 0; i < toks.length; i++) if (overlaps(toks[i]!, span)) return i
  return -1
}

/** Detector examples of one document. */
export interface DetectorExamples {
  readonly instances: Instance[]
  readonly groups: Group[]
  /** Where each instance came from: document id, sentence and token. */
  readonly where: Array<{ doc: string; sentence: number; token: number; reading?: true }>
}

/** Options of example building. */
export interface ExampleOptions {
  /** Weight of unannotated candidates known to be NONE by document kind. */
  readonly negativeWeight: (doc: PreparedDoc) => number
  /** Weight of annotated triggers by document kind and allowed labels (a bit mask over `EVENT_LABELS`). */
  readonly positiveWeight: (doc: PreparedDoc, allowed: number) => number
  /**
   * Weight of an unannotated candidate as a known negative by its reading in its sentence
   * (`contrast-readings.ts`), or 0 where the reading says nothing; default none.
   */
  readonly readingNegative?: (ts: TriggerSentence, i: number) => number
  /** The features a reading negative keeps (`contrast-readings.ts`'s `ownFeatures`); default all. */
  readonly readingFeatures?: (names: readonly string[], ts: TriggerSentence, i: number) => string[]
  /** The features an unannotated negative of this document keeps; default all. */
  readonly negativeFeatures?: (doc: PreparedDoc) => ((names: readonly string[], ts: TriggerSentence, i: number) => string[]) | null
  /** Weight of a second, full-feature copy of a narrowed unannotated negative (0 or absent: none). */
  readonly negativeFullWeight?: (doc: PreparedDoc) => number
}

/** Adds one document's detector examples. */
export function addDetectorExamples(p: PreparedDoc, sentences: readonly TriggerSentence[], res: TriggerResources, features: FeatureIndex, out: DetectorExamples, opts: ExampleOptions): void {
  const doc = p.doc
  const unannotated = unannotatedMask(doc)
  sentences.forEach((ts, s) => {
    const cands = triggerCandidates(ts, res)
    const sentenceSpan = { start: ts.view.sentence.start, end: ts.view.sentence.end }
    const labelled = new Map<number, number>()
    const groups: Array<{ members: number[]; target: number }> = []
    for (const e of doc.events) {
      if (e.trigger && overlaps(e.trigger, sentenceSpan) && e.trigger.start >= sentenceSpan.start) {
        const t = triggerToken(ts, e.trigger, cands)
        if (t < 0) continue
        const m = eventMask(doc, e)
        labelled.set(t, (labelled.get(t) ?? 0) | m)
        // Other words the markup marks as part of the same event ("agreed ... cooperate").
        if (e.alsoTrigger?.length && e.type) {
          const members = [t]
          for (const extra of e.alsoTrigger) {
            const k = triggerToken(ts, extra, cands)
            if (k >= 0 && !members.includes(k)) members.push(k)
          }
          if (members.length > 1) groups.push({ members, target: mask([e.type, ...(e.alt ?? [])]) })
        }
      } else if (!e.trigger && e.type && !e.ambiguous && evidenceIn(e, sentenceSpan)) {
        // The trigger is one of the sentence's candidates; the ones a lexicon codes with the
        // labelled type when there are such ("police arrested the accused": arrested, not accused).
        const types = [e.type, ...(e.alt ?? [])]
        const inside = cands.filter((i) => evidenceCovers(e, ts.view.tokens[i]!))
        const coded = inside.filter((i) => ts.lexicon[i]!.some((t) => types.includes(t.replace('!', ''))) && ts.view.syntax?.[i]?.upos !== 'ADJ')
        const members = coded.length ? coded : inside
        if (members.length) groups.push({ members, target: mask(types) })
      }
    }
    const local = new Map<number, number>()
    const negativeCut = opts.negativeFeatures?.(p) ?? null
    const add = (i: number, allowed: number, weight: number, reading = false, negative = false): number => {
      const feats = new PieceNames()
      triggerFeatures(ts, i, res, feats)
      const names = reading && opts.readingFeatures ? opts.readingFeatures(feats.names, ts, i) : negative && negativeCut ? negativeCut(feats.names, ts, i) : feats.names
      out.instances.push({ feats: features.encode(names), allowed, weight })
      // A narrowed reading or CoNLL negative is no candidate as the pipeline sees it (its features
      // are cut), so it is left out of the calibration outcomes.
      out.where.push({ doc: doc.id, sentence: s, token: i, ...((reading && opts.readingFeatures) || (negative && negativeCut) ? { reading: true as const } : {}) })
      local.set(i, out.instances.length - 1)
      return out.instances.length - 1
    }
    for (const [i, m] of labelled) add(i, m, opts.positiveWeight(p, m))
    for (const g of groups) {
      for (const i of g.members) if (!local.has(i)) add(i, g.target | mask(['NONE']), opts.positiveWeight(p, g.target))
      out.groups.push({ members: g.members.map((i) => local.get(i)!), target: g.target })
    }
    // A reading that is no event in any set's scheme ("said" reporting a clause) is a negative
    // in every set, also where the annotation is not exhaustive.
    if (opts.readingNegative && unannotated !== NONE_ONLY) {
      for (const i of cands) {
        const w = local.has(i) ? 0 : opts.readingNegative(ts, i)
        if (w > 0) add(i, NONE_ONLY, w, true)
      }
    }
    if (unannotated !== null) {
      const weight = opts.negativeWeight(p)
      const full = negativeCut ? (opts.negativeFullWeight?.(p) ?? 0) : 0
      for (const i of cands) {
        if (local.has(i)) continue
        add(i, unannotated, weight, false, true)
        if (full > 0) add(i, unannotated, full)
      }
    }
  })
}

// The sentence holds most of the event's evidence sentence (segmentations differ a little).
function evidenceIn(e: GoldEvent, sentence: Span): boolean {
  if (!e.evidence) return false
  const shared = Math.min(e.evidence.end, sentence.end) - Math.max(e.evidence.start, sentence.start)
  return shared * 2 >= e.evidence.end - e.evidence.start
}

function evidenceCovers(e: GoldEvent, t: Span): boolean {
  return e.evidence !== undefined && t.start >= e.evidence.start && t.end <= e.evidence.end
}

/** Role examples: SOURCE / TARGET / NONE for the candidates of each annotated event. */
export function addRoleExamples(p: PreparedDoc, sentences: readonly TriggerSentence[], res: TriggerResources, actors: ActorIndex | undefined, features: FeatureIndex, out: Instance[]): void {
  const [, SOURCE, TARGET] = [0, 1, 2]
  for (const e of p.doc.events) {
    if (!e.trigger || !e.type || e.ambiguous) continue
    if (!e.source?.length && !e.target?.length) continue
    const ts = sentences.find((x) => e.trigger!.start >= x.view.sentence.start && e.trigger!.start < x.view.sentence.end)
    if (!ts) continue
    const view: SentenceView = ts.view
    const cands = triggerCandidates(ts, res)
    const t = triggerToken(ts, e.trigger, cands)
    if (t < 0) continue
    const args = argumentCandidates(view, actors)
    for (const c of args) {
      if (c.first <= t && c.last >= t) continue
      const span = { start: view.tokens[c.first]!.start, end: view.tokens[c.last]!.end }
      const isSource = e.source?.some((s) => overlaps(s, span)) ?? false
      const isTarget = e.target?.some((s) => overlaps(s, span)) ?? false
      // Where only one role is annotated, a candidate outside it may still fill the other.
      let allowed = isSource && isTarget ? (1 << SOURCE) | (1 << TARGET) : isSource ? 1 << SOURCE : isTarget ? 1 << TARGET : 0
      if (!allowed) {
        allowed = 1
        if (!e.source?.length) allowed |= 1 << SOURCE
        if (!e.target?.length) allowed |= 1 << TARGET
        if (allowed === 7) continue
      }
      const feats = new PieceNames()
      roleFeatures(roleTrigger(view, t, e.type, args), c, feats)
      out.push({ feats: features.encode(feats.names), allowed, weight: 1 })
    }
  }
}

export { ALL, EVENT_LABELS }
