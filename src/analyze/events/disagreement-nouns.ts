/**
 * A dispute, a disagreement, a quarrel or a spat is people at odds, no attack (issue 15, the
 * triage of issue-15z's retrain R1: "the land dispute could reopen old sectarian wounds" coded
 * ASSAULT on "dispute" at 0.53). PLOVER codes the acts of a dispute (an accusation, a rejection, a
 * clash), never the dispute as a physical assault; on the training gold the nouns are no attack:
 * RAMS dev names them 4 times (3 "dispute", 1 "disagreement") and annotates none, the PLOVER gold
 * records' one "border dispute" is what a visit mediates, WikiEvents dev has none. Only the
 * ASSAULT reading is dropped: a violent turn is coded on its own words ("clashes", "killed").
 */
import { lemmaAt as lemma, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

// Nouns of a disagreement between parties; not "feud" or "row", which news also uses for violence
// between clans or a line of seats.
const DISAGREEMENTS = new Set(['dispute', 'disagreement', 'quarrel', 'spat'])

/** Whether the trigger at `d` is a noun of disagreement read as an attack (see the file comment). */
export function isDisagreementNoun(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || d.last !== d.index || syn[d.index]!.upos !== 'NOUN') return false
  return DISAGREEMENTS.has(lemma(ts, d.index))
}
