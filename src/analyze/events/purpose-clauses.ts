/**
 * An act told only as the aim of another: "talks aimed at ending a civil war", "a military aid
 * program aimed at bringing the armed forces together", "sent troops in order to restore order".
 * The aim is what the act is for, not what the sentence reports done; PLOVER codes the act (the
 * demand at the talks, the suspended program, the deployment). So an act inside the complement of
 * "aimed at", "designed to", "intended to", or a clause of "in order to" / "so as to", is no event
 * of its own when the sentence codes another act outside that clause. A bare infinitive of purpose
 * is left ("protesters gathered to demand an end to the shelling" did demand it; RAMS annotates
 * those acts), and so is a purpose told alone.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'
import { isSubordinateAct } from './subordinate-acts.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly type: string
}

// Words of aim whose complement is what an act is for ("sought to", "meant to": an aim, not yet an act).
const AIMING = new Set(['aim', 'design', 'intend', 'mean', 'seek'])

/** Whether the act at `d` is only the purpose of another act in `events` (see the file comment). */
export function isPurposeAct(ts: TriggerSentence, d: Trigger, events: readonly Trigger[]): boolean {
  return isSubordinateAct(ts, d, events, (c) => isPurpose(ts, c))
}

// Whether the clause headed by `c` is a purpose said as one ("aimed at", "in order to").
function isPurpose(ts: TriggerSentence, c: number): boolean {
  const syn = ts.view.syntax!
  const t = syn[c]!
  if (t.upos !== 'VERB' || t.head < 0) return false
  const r = rel(ts, c)
  const marks = kidsOf(ts, c)
    .filter((k) => rel(ts, k) === 'mark' || rel(ts, k) === 'fixed')
    .map((k) => word(ts, k))
  // "aimed at ending", "designed to bring".
  if (/^(advcl|xcomp)/.test(r) && AIMING.has(lemma(ts, t.head)) && (marks.includes('at') || marks.includes('to'))) return true
  // "in order to restore order", "so as to avoid": a purpose said as one. A bare infinitive
  // adjunct is left: "protesters gathered to demand an end to the shelling" did demand it, and
  // RAMS annotates such acts.
  if (r !== 'advcl' || t.xpos !== 'VB' || !marks.includes('to')) return false
  return kidsOf(ts, c).some((k) => rel(ts, k) === 'mark' && /^(in|so)$/.test(word(ts, k)) && kidsOf(ts, k).some((m) => rel(ts, m) === 'fixed' && /^(order|as)$/.test(word(ts, m))))
}
