/**
 * An incident given only as the time or circumstance of the sentence's act: "Turkish authorities
 * imposed a curfew after a demonstration", "lifted the emergency imposed after bloody tribal
 * clashes", "failed to reach agreement despite hours of tense negotiations". PLOVER codes the
 * sentence's act (the curfew, the lifting, the failure); the demonstration is its background,
 * told in passing without anyone doing it. So an event noun under a preposition of time or
 * circumstance, bare or indefinite (a new incident mentioned in passing, not "after the bombing",
 * the story's own incident named again, which WikiEvents annotates) and naming no participant of
 * its own, whose clause is the act of another detected event of another type, is no event of its
 * own.
 */
import type { TriggerSentence } from './trigger-sentence.js'

const CIRCUMSTANCE = new Set(['after', 'during', 'despite', 'amid', 'amidst', 'following', 'since'])
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])
const PARTICIPANT = new Set(['by', 'on', 'against', 'at'])
// How far up the parse the act the incident is the background of may be ("after clashes" on a
// relative clause of the lifted emergency: clashes -> imposed -> emergency -> lifted).
const REACH = 4

/** Whether the noun trigger `d` is only the background of another event in `events` (see the file comment). */
export function isBackgroundIncident(ts: TriggerSentence, d: { readonly index: number; readonly type: string }, events: readonly { readonly index: number; readonly type: string }[]): boolean {
  const syn = ts.view.syntax
  const kids = ts.kids
  if (!syn || !kids || syn[d.index]!.upos !== 'NOUN') return false
  const word = (k: number): string => ts.view.words[k]!.toLowerCase()
  const own = kids[d.index] ?? []
  if (own.some((k) => (syn[k]!.deprel === 'det' && DEFINITE.has(word(k))) || syn[k]!.deprel === 'nmod:poss')) return false
  // An incident with a participant of its own ("during an attack on a military post", "after an
  // attack by the Islamic State") is reported, not only mentioned: RAMS annotates those.
  if (own.some((k) => syn[k]!.deprel.startsWith('nmod') && (kids[k] ?? []).some((m) => syn[m]!.deprel === 'case' && PARTICIPANT.has(word(m))))) return false
  // The phrase the preposition heads: the noun itself, or a measure of it ("hours of negotiations").
  let phrase = d.index
  if (!own.some((k) => syn[k]!.deprel === 'case' && CIRCUMSTANCE.has(word(k)))) {
    const head = syn[d.index]!.head
    const ofCase = own.some((k) => syn[k]!.deprel === 'case' && word(k) === 'of')
    if (!ofCase || head < 0 || syn[head]!.upos !== 'NOUN' || !(kids[head] ?? []).some((k) => syn[k]!.deprel === 'case' && CIRCUMSTANCE.has(word(k)))) return false
    phrase = head
  }
  if (!/^(obl|nmod)/.test(syn[phrase]!.deprel)) return false
  for (let h = syn[phrase]!.head, step = 0; h >= 0 && step < REACH; h = syn[h]!.head, step++) {
    if (events.some((e) => e.index === h && e.type !== d.type)) return true
  }
  return false
}
