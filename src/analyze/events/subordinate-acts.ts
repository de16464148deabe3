/**
 * An act told inside a clause that sets it apart from what the sentence reports done: its
 * condition ("unless Goukouni arranged a ceasefire"), its purpose ("talks aimed at ending a civil
 * war"). The rules that name such clauses (`unrealized-clauses.ts`, `purpose-clauses.ts`) share
 * this walk: from the act up through the words of its own clause (objects, obliques, conjuncts,
 * compounds, modifiers) to the clause's head, and a verdict only when the sentence codes another
 * act outside that clause, so an act told alone is never dropped.
 */
import { relAt as rel, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection the walk reads. */
export interface ClauseTrigger {
  readonly index: number
}

// Relations that keep a word inside its clause (an object, an oblique, a conjunct, a compound).
const OWN = /^(obj|iobj|obl|nmod|conj|compound|amod|xcomp|advmod)/
// How far up the parse the clause's head may be ("aimed at ending a civil war", "arranged a ceasefire").
const REACH = 6

/**
 * Whether the act at `d` lies inside a clause `isHead` names (within its own words: a clause
 * nested inside it tells its own act) while another of `events` lies outside that clause.
 */
export function isSubordinateAct(ts: TriggerSentence, d: ClauseTrigger, events: readonly ClauseTrigger[], isHead: (c: number) => boolean): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  for (let c = d.index, step = 0; c >= 0 && step < REACH; c = syn[c]!.head, step++) {
    if (isHead(c)) return events.some((e) => e.index !== d.index && !within(ts, e.index, c))
    if (!OWN.test(rel(ts, c))) return false
  }
  return false
}

// Whether token `i` is inside the subtree headed by `top`.
function within(ts: TriggerSentence, i: number, top: number): boolean {
  const syn = ts.view.syntax!
  for (let k = i, step = 0; k >= 0 && step < 64; k = syn[k]!.head, step++) if (k === top) return true
  return false
}
