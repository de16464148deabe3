/**
 * An act told only as the condition or the pending sequel of the sentence's act: "Nigeria
 * announced it will withdraw its force unless Goukouni arranged a ceasefire", "threatened to ban
 * voting if Hamas ran", "must agree to changes before they demobilize", "opposed the deployment
 * until their demands are met". The clause says what has not happened (a condition, or what waits
 * on the main act); PLOVER codes the main act (the threat, the demand, the refusal), and an
 * analyst counting acts would not count the ceasefire. So an act inside an adverbial clause of
 * condition ("if", "unless"), or of time ahead ("before", "until" with a present or modal verb:
 * "before they demobilize"; not "before police arrived", which happened) is no event of its own
 * when the sentence codes another act outside that clause. A lone conditional act stays (flagged
 * by the clause's modality): a sentence that says nothing else keeps its one act.
 * Gerunds after "before" are left: "fired shots before fleeing" did flee.
 */
import { kidsAt as kidsOf, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'
import { isSubordinateAct } from './subordinate-acts.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly type: string
}

const CONDITIONS = new Set(['if', 'unless'])
const PENDING = new Set(['before', 'until', 'till'])
// Past forms: a "before"/"until" clause in the past tells what happened next.
const PAST = new Set(['VBD'])

/** Whether the act at `d` is only the condition or pending sequel of another act in `events` (see the file comment). */
export function isUnrealizedClauseAct(ts: TriggerSentence, d: Trigger, events: readonly Trigger[]): boolean {
  return isSubordinateAct(ts, d, events, (c) => rel(ts, c).startsWith('advcl') && isUnrealized(ts, c))
}

// Whether the adverbial clause headed by `c` is a condition or a sequel not yet come.
function isUnrealized(ts: TriggerSentence, c: number): boolean {
  const syn = ts.view.syntax!
  const marks = kidsOf(ts, c)
    .filter((k) => rel(ts, k) === 'mark')
    .map((k) => word(ts, k))
  if (marks.some((m) => CONDITIONS.has(m))) return true
  if (!marks.some((m) => PENDING.has(m))) return false
  if (syn[c]!.xpos === 'VBG' || PAST.has(syn[c]!.xpos)) return false
  // "before they had left", "until police were called": a past auxiliary tells a past sequel.
  return !kidsOf(ts, c).some((k) => /^aux/.test(rel(ts, k)) && PAST.has(syn[k]!.xpos))
}
