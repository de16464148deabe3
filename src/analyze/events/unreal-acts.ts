/**
 * Acts a sentence names without reporting that anyone did them (issue 15, read on real pages):
 * an act of any kind ("it would retaliate against any attack"), one only possible ("a bomb could
 * be planted on a train", "what if somebody dropped a bomb"), an act in the content of evidence
 * nobody has ("no evidence that Iran supplied the weapons"), and an incident that only dates another act
 * ("to brief the board in the early stages of the investigation": the briefing is the matter,
 * the investigation was reported where it began). Each is read off the parse around a trigger
 * noun; a noun with a participant of its own ("attacks on the base", "the army's assaults")
 * reports an act and stays.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

/** Whether the trigger at `d` names an act no one is reported to have done (see the file comment). */
export function isUnrealAct(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  if (isUnprovenClaim(ts, d.index)) return true
  if (syn[d.last]?.upos !== 'NOUN') return false
  return isAnyAct(ts, d.last) || isPossibleAct(ts, d.last) || isDatingIncident(ts, d.last)
}

// Nouns of what would show a claim true.
const EVIDENCE = new Set(['evidence', 'proof', 'sign', 'signs', 'indication', 'indications'])
const DENIALS = new Set(['not', "n't", 'never', 'without'])

/**
 * "Condemned the protesters without offering any evidence that people were being paid", "There
 * is no evidence that Iran supplied the weapons": an act in the content of evidence that is
 * denied or missing is what nobody showed happened.
 */
function isUnprovenClaim(ts: TriggerSentence, i: number): boolean {
  const syn = ts.view.syntax!
  const t = syn[i]!
  if (!/^(acl|ccomp)$/.test(t.deprel) || t.head < 0 || !EVIDENCE.has(word(ts, t.head))) return false
  if (!kidsOf(ts, i).some((k) => rel(ts, k) === 'mark' && word(ts, k) === 'that')) return false
  const noun = t.head
  if (kidsOf(ts, noun).some((k) => rel(ts, k) === 'det' && /^(no|any)$/.test(word(ts, k)))) return true
  const verb = syn[noun]!.head
  return verb >= 0 && kidsOf(ts, verb).some((k) => DENIALS.has(word(ts, k)) && /^(advmod|mark|neg)$/.test(rel(ts, k)))
}

// Determiners that make a noun any act of its kind.
const ANY = new Set(['any', 'whatever'])

/** "Iran warned it would retaliate against any attack": any act of a kind is none in particular. */
function isAnyAct(ts: TriggerSentence, n: number): boolean {
  // "Have there been any more attacks against this embassy?": asking whether acts took place
  // (or further ones, besides those reported) is about particular acts.
  if (ts.view.words.includes('?') || kidsOf(ts, n).some((k) => /^(more|further|other)$/.test(word(ts, k)))) return false
  return kidsOf(ts, n).some((k) => rel(ts, k) === 'det' && ANY.has(word(ts, k)))
}

// Modals that put a clause as only possible; "will" and "would" of reported speech stay intended.
const POSSIBLE = new Set(['could', 'might', 'may', 'can'])
// Doers that are no one in particular.
const ANYONE = new Set(['somebody', 'someone', 'anyone', 'anybody', 'one'])
// Determiners of a noun that names no act in particular.
const INDEFINITE = new Set(['a', 'an'])
// "Explosions could still be heard": what could be perceived happened.
const PERCEIVED = new Set(['hear', 'see', 'feel', 'smell', 'notice', 'watch'])

/**
 * "A bomb could be planted on a crowded train", "What if somebody dropped a bomb on the
 * harbour?": an indefinite or bare act noun that is the subject or object of a clause put as
 * possible or supposed names what might happen, not an event.
 */
function isPossibleAct(ts: TriggerSentence, n: number): boolean {
  if (!isIndefinite(ts, n) || !/^(nsubj|nsubj:pass|obj)$/.test(rel(ts, n))) return false
  const verb = ts.view.syntax![n]!.head
  if (verb < 0 || PERCEIVED.has(lemma(ts, verb))) return false
  const kids = kidsOf(ts, verb)
  // A named doer makes it a threat or a plan of theirs ("the army could launch an attack"), which
  // the clause's modality flags; only a possibility with no one or anyone behind it is dropped.
  if (kids.some((k) => k !== n && /^(nsubj|obl:agent)/.test(rel(ts, k)) && !ANYONE.has(word(ts, k)))) return false
  if (kids.some((k) => rel(ts, k) === 'aux' && POSSIBLE.has(word(ts, k)))) return true
  // A supposition: "what if ...", "suppose ...".
  return kids.some((k) => rel(ts, k) === 'mark' && word(ts, k) === 'if' && k > 0 && /^(what|suppose|imagine)$/.test(word(ts, k - 1)))
}

// Nouns of a stretch of an undertaking: an act under them only dates what the sentence reports.
const PHASES = new Set(['stage', 'stages', 'phase', 'phases', 'outset'])

/**
 * "It would have been wise to inform the board in the early stages of the investigation": a
 * definite act noun under a noun of its phase dates the clause's own act; the incident was
 * reported where it happened.
 */
function isDatingIncident(ts: TriggerSentence, n: number): boolean {
  const syn = ts.view.syntax!
  const t = syn[n]!
  if (t.deprel !== 'nmod' || t.head < 0 || !PHASES.has(word(ts, t.head))) return false
  if (!kidsOf(ts, n).some((k) => rel(ts, k) === 'det' && word(ts, k) === 'the')) return false
  const phase = syn[t.head]!
  return /^(obl|nmod)/.test(phase.deprel) && kidsOf(ts, t.head).some((k) => rel(ts, k) === 'case' && /^(in|during|at|from)$/.test(word(ts, k)))
}

/** Whether `n` names no act in particular: an indefinite article, or a bare noun. */
function isIndefinite(ts: TriggerSentence, n: number): boolean {
  const kids = kidsOf(ts, n)
  if (kids.some((k) => /^(nmod:poss|nummod)$/.test(rel(ts, k)))) return false
  const dets = kids.filter((k) => rel(ts, k) === 'det')
  return dets.length === 0 ? true : dets.every((k) => INDEFINITE.has(word(ts, k)))
}
