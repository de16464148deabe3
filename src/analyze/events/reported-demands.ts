/**
 * A demand or an order put on another party. A demand put as what someone else must do ("Russia said Sudan must return the helicopter", "the
 * forum concluded that the US should allocate more"): CAMEO and PLOVER code it as the speaker's
 * REQUEST of the clause's subject. Everywhere else the reporter of a clause is its source and never
 * a participant ("X said Y attacked Z" codes Y); a modal of obligation on another party's act turns
 * the saying itself into the act. So does an order: "the government ordered the newspaper to
 * suspend publication", read as a COERCE or REQUEST on the complement, is the government's act on
 * the newspaper, not the newspaper's.
 */
import { REPORTED_BY } from './reporters.js'
import type { SentenceView } from './sentence-view.js'

// Modals that put an obligation on the clause's subject ("must", "should", "ought to").
const OBLIGATION = new Set(['must', 'should', 'ought'])

/** Who demands and of whom, as sentence-local token indices. */
export interface ReportedDemand {
  readonly speaker: number
  readonly addressee: number
  /** The verb of saying or ordering, whose own clause gives the demand's mood. */
  readonly verb: number
}

/**
 * The speaker and the addressee of a REQUEST read at local token `i` when its clause is an
 * obligation laid on another party inside what the speaker says, or null. `i` may be the predicate
 * or its modal (a control pattern matched on "must" anchors there).
 */
export function reportedDemand(view: SentenceView, i: number): ReportedDemand | null {
  const syn = view.syntax
  if (!syn) return null
  const word = (k: number): string => (view.words[k] ?? '').toLowerCase()
  const pred = syn[i]!.deprel === 'aux' && OBLIGATION.has(word(i)) ? syn[i]!.head : i
  if (pred < 0 || !syn.some((t, k) => t.head === pred && t.deprel === 'aux' && OBLIGATION.has(word(k)))) return null
  // "must have fled" infers what happened; it lays no duty on anyone.
  if (syn.some((t, k) => t.head === pred && t.deprel === 'aux' && /^(have|has|had|'ve)$/.test(word(k)))) return null
  const p = syn[pred]!
  if (!/^(ccomp|parataxis)/.test(p.deprel) || p.head < 0 || !REPORTED_BY.has(view.lemmas[p.head]!)) return null
  // The clause's active subject is who must act; a pronoun may be the speaker himself ("Russia
  // said it must withdraw" is a commitment, not a demand), and a passive subject only undergoes
  // what is demanded ("the refugees must be protected" asks it of nobody named).
  const addressee = syn.findIndex((t, k) => t.head === pred && t.deprel === 'nsubj' && t.upos !== 'PRON' && k !== pred)
  const speaker = syn.findIndex((t) => t.head === p.head && t.deprel === 'nsubj')
  if (addressee < 0 || speaker < 0) return null
  return { speaker, addressee, verb: p.head }
}

// Verbs of ordering whose object is made to do the complement.
const ORDERING = new Set(['order', 'force', 'compel', 'instruct', 'direct', 'require', 'oblige'])

/**
 * Who orders and whom, as sentence-local token indices, when the COERCE or REQUEST read at local
 * token `i` is the complement of a verb of ordering with an object ("ordered La Prensa to
 * suspend publication"), or null.
 */
export function orderGiven(view: SentenceView, i: number): ReportedDemand | null {
  const syn = view.syntax
  if (!syn) return null
  const t = syn[i]!
  if (!t.deprel.startsWith('xcomp') || t.head < 0 || !ORDERING.has(view.lemmas[t.head]!)) return null
  const speaker = syn.findIndex((x) => x.head === t.head && x.deprel === 'nsubj')
  const addressee = syn.findIndex((x, k) => x.head === t.head && x.deprel === 'obj' && k < i)
  if (addressee < 0 || speaker < 0) return null
  return { speaker, addressee, verb: t.head }
}
