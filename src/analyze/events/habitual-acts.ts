/**
 * Acts told as a habit or a kind in a relative clause (issue 15, false events read on real pages
 * and on WikiEvents dev): "the estate where the IRA leaders meet and plan their operations",
 * "impunity for security forces who kill protesters", "Scissors, who consults with administration
 * officials". A relative clause in the simple present describes its noun by what it does as a
 * rule; it reports no act done at a time, and KAIROS leaves such sentences without an event. Only material acts (violence, coercion, meetings, aid, protest, deployment)
 * are read so: a stance in the present ("protesters, who demand his resignation", "Russia, which
 * denies any role") is a statement that holds now and stays.
 */
import { kidsAt as kidsOf, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly type: string
}

// Acts done at a time, which a present relative clause turns into a habit.
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'CONSULT', 'AID', 'PROTEST', 'MOBILIZE', 'COOPERATE'])
// Present-tense verb tags.
const PRESENT = new Set(['VBZ', 'VBP'])

/** Whether the trigger at `d` is an act told as a habit in a present relative clause (see the file comment). */
export function isHabitualAct(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || !MATERIAL.has(d.type) || syn[d.index]!.upos !== 'VERB') return false
  let at = d.index
  // ("insurgents who continue to ambush regime forces" is ongoing violence an analyst wants, and
  // stays: the act is the complement, not the relative clause's own verb.)
  // "where the leaders meet and plan": a later conjunct shares the first one's clause.
  if (rel(ts, at) === 'conj' && syn[at]!.head >= 0 && !kidsOf(ts, at).some((k) => rel(ts, k).startsWith('nsubj'))) at = syn[at]!.head
  if (rel(ts, at) !== 'acl:relcl') return false
  const kids = kidsOf(ts, at)
  // A clause with its own subject ("who", "that", "the leaders"), not one the parser made of a
  // noun ("of clashes"); "when delegates convene" is a time to come, not a habit.
  if (!kids.some((k) => rel(ts, k) === 'nsubj') || kids.some((k) => rel(ts, k) === 'advmod' && word(ts, k) === 'when')) return false
  return isSimplePresent(ts, at)
}

// Whether the verb at `k` is in the simple present active ("meet", "kills"): a passive ("who is
// shot by one of the militants") narrates a picture or a video as often as it tells a habit.
function isSimplePresent(ts: TriggerSentence, k: number): boolean {
  const syn = ts.view.syntax!
  return PRESENT.has(syn[k]!.xpos ?? '') && !kidsOf(ts, k).some((c) => rel(ts, c) === 'aux' || rel(ts, c) === 'aux:pass')
}
