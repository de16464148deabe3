/**
 * PLOVER's coding conventions for events that are promised, threatened or refused rather than
 * done (PLOVER manual 0.8, 2.3 and 3.x): a coder returns one category, never a category plus an
 * auxiliary mode, so
 *
 * - an intended cooperative act ("will visit", "will give aid", "would release") is AGREE;
 * - an intended or conditional act of force or pressure ("will withdraw ... unless",
 *   "would boycott", "will blockade") is THREATEN;
 * - a refused concession ("will not accept", "did not allow") is REJECT;
 * - an act under a control verb is the control verb's event ("offered to negotiate" AGREE,
 *   "threatened to attack" THREATEN, "refused to deploy" REJECT, "urged X to release" REQUEST).
 */
import type { PloverType } from '../../model/plover.js'

const COOPERATIVE = new Set<string>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT'])
const FORCEFUL = new Set<string>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST'])
/** Control verbs' types that take over their complement's event. */
export const CONTROL_TYPES: ReadonlySet<string> = new Set(['AGREE', 'REQUEST', 'THREATEN', 'REJECT'])

/** How the clause puts the event: its verb group's modal (`will`, `would`, `could`...), negation. */
export interface ClauseMood {
  readonly negated: boolean
  /** A future or willed modal in the trigger's own verb group ("will", "would", "plans to"). */
  readonly intended: boolean
}

/** The PLOVER type of an event of `type` put as `mood`. */
export function ploverType(type: string, mood: ClauseMood): string {
  if (mood.negated) return type === 'AGREE' || type === 'CONCEDE' ? 'REJECT' : type
  if (!mood.intended) return type
  if (COOPERATIVE.has(type)) return 'AGREE'
  if (FORCEFUL.has(type)) return 'THREATEN' satisfies PloverType
  return type
}
