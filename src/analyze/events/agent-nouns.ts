/**
 * Nouns that name who acts, never an act of their own: "security forces", "the military", "the
 * rebels" (the actor dictionary's agent words). None of the annotated triggers of RAMS dev,
 * WikiEvents dev and MUC-4 train is such a noun in the dictionary, while the detector typed
 * "forces" and "military" as ASSAULT, COERCE, SANCTION or MOBILIZE out of fold (found reading the
 * false events of WikiEvents dev: "insurgents who continue to ambush pro-regime forces").
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
}

// Agent nouns the dictionary lists only inside longer names ("security forces", "government forces").
const GROUP_NOUNS = new Set(['forces'])

/** Whether the one-word trigger at `d` is a noun that names a participant, not an act (see the file comment). */
export function isAgentNoun(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.last !== d.index || !syn || syn[d.index]!.upos === 'VERB') return false
  // An agent word of the dictionary, not a name the entity step found.
  return GROUP_NOUNS.has(ts.view.words[d.index]!.toLowerCase()) || (ts.view.entityType[d.index] == null && ts.actorKinds[d.index] != null)
}
