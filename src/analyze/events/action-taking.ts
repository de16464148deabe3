/**
 * Taking action is no threat by itself (issue 15, read on scrapinghub pages under V4's retrained
 * detector): "Bosma said lawmakers would take action to prevent the use of student test scores"
 * coded THREATEN on "take". A threat is a warning of harm to someone ("threatened to take action
 * against the company", "warned it would take military action"); an act announced or done for a
 * goal is not. The training gold never codes the phrase: of the 49 sentences with "take ... action"
 * in MUC-4 train (15), IndiaPoliceEvents (33) and WikiEvents dev (1), none has a gold trigger on
 * "take" or "action", and PLOVER's gold standard records have none. So a THREATEN read on "take"
 * with "action", "steps" or "measures" for object is no event unless the sentence holds a word
 * of threat or warning, whose own trigger then carries it.
 * What it leaves: "take action against" told as a threat without any such word ("will take action
 * against anyone who protests": left to the detector).
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly type: string
}

// Objects that make "take X" a phrase for acting.
const ACTING = new Set(['action', 'actions', 'steps', 'measures'])
// Words of a threat or warning in the sentence.
const THREAT = new Set(['threaten', 'threat', 'warn', 'warning', 'vow', 'ultimatum', 'retaliate', 'retaliation', 'consequence', 'consequences'])

/** Whether the trigger at `d` is a THREATEN read on "take action" with no threat in the sentence (see the file comment). */
export function isActionTaken(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'THREATEN' || lemma(ts, d.index) !== 'take') return false
  const object = kidsOf(ts, d.index).some((k) => rel(ts, k) === 'obj' && ACTING.has(word(ts, k)))
  const next = ts.view.words.slice(d.index + 1, d.index + 4).some((w) => ACTING.has(w.toLowerCase()))
  if (!object && !next) return false
  return !ts.view.words.some((_, k) => THREAT.has(lemma(ts, k)) || THREAT.has(word(ts, k)))
}
