/**
 * A war named as the setting of the sentence's act, not as an act: "threatened a new offensive in
 * its Gulf war with Iraq", "a key U.S. ally in the war against terrorism", "murdered 15,000 officers
 * during World War Two", "refugees fleeing the civil war". The war is the time, place or
 * circumstance the act is told in; PLOVER codes that act, and the war's own acts are coded where a
 * sentence tells them. So a war or conflict noun that is a prepositional phrase of time or place,
 * or the thing fled, is no event of its own when the sentence codes another act. A war that a verb
 * starts, wages, ends or that acts itself ("the war killed thousands", "Russia launched a war")
 * stays; so does a war told alone in its sentence. (The definite, bare "the war" as a topic is
 * `natural-causes.ts`'s.)
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

// Names of a state of war, not of one act in it.
const WARS = new Set(['war', 'wars', 'conflict', 'warfare', 'hostilities'])
// Prepositions that set a phrase in time or place ("during", "in"); not "of": RAMS annotates
// "a president of endless war".
const SETTINGS = new Set(['in', 'during', 'after', 'since', 'before', 'until', 'throughout', 'amid', 'amidst', 'through', 'from', 'over'])
// Verbs whose object is a war one leaves behind.
const FLEEING = new Set(['flee', 'escape', 'survive'])
// Verbs that start, wage, widen or end a war: the war under them is that act's, not a setting.
const WAGING = new Set([
  'launch',
  'wage',
  'start',
  'begin',
  'fight',
  'declare',
  'end',
  'win',
  'lose',
  'escalate',
  'enter',
  'join',
  'spark',
  'trigger',
  'provoke',
  'resume',
  'wind',
  'outbreak',
  'declaration',
  'escalation',
])

/** Whether the war noun at `d` is only the setting of another act in `events` (see the file comment). */
export function isBackdropWar(ts: TriggerSentence, d: Trigger, events: readonly Trigger[]): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  // The war noun: the trigger or the last word of its phrase ("civil war").
  const n = WARS.has(lemma(ts, d.index)) ? d.index : WARS.has(lemma(ts, d.last)) ? d.last : -1
  if (n < 0 || syn[n]!.upos !== 'NOUN') return false
  const head = syn[n]!.head
  if (head >= 0 && WAGING.has(lemma(ts, head))) return false
  const r = rel(ts, n)
  const setting = /^(obl|nmod)/.test(r) && kidsOf(ts, n).some((k) => rel(ts, k) === 'case' && SETTINGS.has(word(ts, k)))
  const fled = r === 'obj' && head >= 0 && FLEEING.has(lemma(ts, head))
  if (!setting && !fled) return false
  return events.some((e) => e.index < d.index || e.index > d.last)
}
