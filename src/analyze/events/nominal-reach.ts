/**
 * How far a guessed role of an act named by a noun may reach: a noun inside a clause's subject
 * ("a report on the shutdown due to a terrorist threat reveals a confused chain of command") names
 * an act whose participants are in its own phrase; the rest of that clause is what the subject
 * does, not who the act was aimed at. Only for acts that are said (a threat, a warning, a
 * demand): what a done act does is often its target ("the explosion caused damage to the
 * embassy", MUC-4 targets).
 */
import { isVerbalType } from '../../model/plover.js'
import type { ArgumentCandidate } from './arguments.js'
import type { SentenceView } from './sentence-view.js'

// Relations a noun's phrase holds its modifiers by, up to the phrase's head.
const INSIDE = /^(nmod|compound|appos|conj|flat|amod)/
const SUBJECT = /^(nsubj|csubj)/

/**
 * Whether candidate `c` lies outside the subject phrase the noun at `i` (a said act of `type`) sits
 * in, below the phrase's head, among the other arguments of that subject's verb: then it is no
 * guess for the noun's recipient.
 */
export function beyondSubjectPhrase(view: SentenceView, i: number, type: string, c: ArgumentCandidate): boolean {
  const syn = view.syntax
  if (!syn || syn[i]?.upos !== 'NOUN' || !isVerbalType(type)) return false
  // Up from the noun through its phrase to the phrase's head.
  let top = i
  for (let steps = 0; steps < 8 && INSIDE.test(syn[top]!.deprel) && syn[top]!.head >= 0; steps++) top = syn[top]!.head
  // The subject's own head act keeps its clause ("the threat of tariffs prompted officials from
  // Mexico": aimed at them), and so does a copula's subject ("the hearings are an effort to ...").
  if (top === i || !SUBJECT.test(syn[top]!.deprel) || syn[top]!.head < 0) return false
  const verb = syn[top]!.head
  if (syn[verb]!.upos !== 'VERB') return false
  // The candidate's head hangs from the subject's verb (or is it), outside the subject phrase.
  let u = c.head
  for (let steps = 0; steps < 8 && u >= 0; steps++) {
    if (u === top) return false
    if (u === verb) return true
    u = syn[u]!.head
  }
  return false
}
