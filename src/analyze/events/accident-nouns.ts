/**
 * A crash, a collision or a derailment named by its noun is an accident, no attack (issue 15,
 * read on real pages: "two catastrophic crashes of its popular 737 Max jet" coded ASSAULT): the
 * vehicle it names after "of" is what crashed, not who did it. RAMS annotates such nouns as
 * accidents (disaster.accidentcrash, no PLOVER type) and the kept-back disaster set counts an event
 * on them false. A noun with a doer of its own ("the sinking of the ship by a torpedo") stays.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

/** Whether the trigger at `d` is an accident noun read as an attack (see the file comment). */
export function isAccidentNoun(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || d.last !== d.index || syn[d.index]!.upos !== 'NOUN' || ts.topics[d.index] !== 'ACCIDENT') return false
  // "Investigators blamed the crash on a bomb": a crash the sentence ties to an attack or a crime.
  if (hasViolence(ts, d.index)) return false
  // A doer: a by-phrase, or an owner that is an actor ("the rebels' sinking of the ferry").
  return !kidsOf(ts, d.index).some(
    (k) => rel(ts, k) === 'obl:agent' || (rel(ts, k) === 'nmod' && kidsOf(ts, k).some((m) => word(ts, m) === 'by')) || (rel(ts, k) === 'nmod:poss' && ts.actorKinds[k] != null),
  )
}

// What an accident does to people, which tells no attack ("crashes that killed 157 people").
const HARM = new Set(['kill', 'die', 'death', 'dead', 'injure', 'wound', 'hurt'])

// Whether another word of the sentence tells of an attack or a crime: an attack word of the
// lexicon other than a word of harm, or a crime word ("bomb", "terrorist attack", "gunman").
function hasViolence(ts: TriggerSentence, except: number): boolean {
  return ts.view.words.some((_, k) => k !== except && !HARM.has(lemma(ts, k)) && (ts.topics[k] === 'CRIME' || ts.lexicon[k]!.some((t) => t.replace('!', '') === 'ASSAULT')))
}
