/**
 * Acts only conjectured (issue 15, false events read on real pages and on WikiEvents dev): "his
 * family suggested he may have been murdered", "conspiracy theories suggesting he had been
 * murdered", "observers suggest the crisis will deepen, prompting the army to seize power",
 * "officials believe drones could in future be used by terrorists", "for fear that he will only
 * demand more". What someone guesses might happen, or might have happened, is nobody's reported
 * act: an analyst counting events rejects it, and KAIROS leaves such sentences without an event.
 * Only verbs are read: an act noun under a guess is as often the matter guessed about.
 *
 * Read off the parse: the trigger's clause, or a clause it hangs in on the way up (an object, a
 * participle, a conjunct), is the content of a word of conjecture, and that content is put as
 * possible or to come (a modal, "going to", "perhaps", "in future"); the content of a theory,
 * rumour or speculation is conjecture whatever its tense. Verbs of belief ("believe", "think",
 * "expect") count only with a modal of possibility or the future and no perfect ("believe the
 * militants may have planted the bomb" still reports a bombing whose doer is unsure).
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
}

// Verbs and nouns whose content is a guess, whatever modal it carries.
const GUESSES = new Set(['suggest', 'speculate', 'theorize', 'theorise', 'surmise', 'hypothesize', 'hypothesise', 'conjecture', 'wonder', 'guess', 'fear', 'imagine', 'predict'])
const GUESS_NOUNS = new Set(['theory', 'theories', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'conjecture', 'hypothesis', 'fear', 'fears', 'possibility', 'scenario', 'scenarios'])
// Verbs of belief: their content is a guess only when put as possible or to come, not as done.
const BELIEFS = new Set(['believe', 'think', 'expect', 'reckon', 'anticipate', 'assume'])
// Modals and adverbs that put a clause as possible or to come.
const MODALS = new Set(['may', 'might', 'could', 'would', 'will', 'shall', "'ll", "'d", 'wo'])
const MAYBE = new Set(['perhaps', 'possibly', 'maybe', 'conceivably'])
// Relations by which a clause or phrase hangs in the clause above it on the way to its content verb
// (not a subject: "suggest the attack may have been planned" guesses who, the attack happened).
const CLIMB = /^(obj|iobj|obl|nmod|advcl|xcomp|conj|acl)$/
// The relations of a content clause to the word of conjecture it completes.
const CONTENT = /^(ccomp|acl|xcomp|parataxis)$/

/** Whether the trigger at `d` is only conjectured (see the file comment). */
export function isConjecturedAct(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  let possible = false
  let perfect = false
  let at = d.index
  // "suggested the financier may have been murdered", parsed with the guess as an adverbial
  // clause of the act and its content's subject as the guess's object.
  if (
    clauseMarks(ts, at).possible &&
    !kidsOf(ts, at).some((k) => rel(ts, k).startsWith('nsubj')) &&
    kidsOf(ts, at).some((k) => rel(ts, k) === 'advcl' && GUESSES.has(lemma(ts, k)) && kidsOf(ts, k).some((o) => rel(ts, o) === 'obj'))
  )
    return true
  // A handful of steps: a content clause a long way up is another clause's matter.
  // Only a verb's act: an act noun under a guess is often the matter guessed about ("the war",
  // "open to blackmail", which RAMS annotates), not a guessed act.
  if (syn[at]!.upos !== 'VERB') return false
  for (let step = 0; step < 6 && at >= 0; step++) {
    const marks = clauseMarks(ts, at)
    possible ||= marks.possible
    perfect ||= marks.perfect
    const head = syn[at]!.head
    if (head < 0) return false
    const r = rel(ts, at)
    if (CONTENT.test(r) && isConjecture(ts, head)) {
      if (isGuessNoun(ts, head)) return r === 'ccomp' || kidsOf(ts, at).some((k) => rel(ts, k) === 'mark' && /^(that|whether|if)$/.test(word(ts, k)))
      // "Conspiracy theories suggesting he had been murdered": a guessing verb whose subject is a guess.
      if (hasGuessSubject(ts, head)) return true
      return possible && (GUESSES.has(lemma(ts, head)) || !perfect)
    }
    if (!CLIMB.test(r)) return false
    // An adverbial clause with its own subject or conjunction ("when Turkey shot down a jet") tells
    // its own time; only a bare participle ("prompting the army to seize power") goes on the guess's mood.
    if (r === 'advcl' && kidsOf(ts, at).some((k) => /^(nsubj|nsubj:pass|mark)$/.test(rel(ts, k)))) return false
    at = head
  }
  return false
}

// Whether the noun at `k` names a guess ("theories", "rumours", "fear").
function isGuessNoun(ts: TriggerSentence, k: number): boolean {
  return ts.view.syntax![k]!.upos === 'NOUN' && (GUESS_NOUNS.has(word(ts, k)) || GUESS_NOUNS.has(lemma(ts, k)))
}

// Whether the word at `k` names a conjecture: a verb of guessing or belief, or a noun of guessing.
function isConjecture(ts: TriggerSentence, k: number): boolean {
  const l = lemma(ts, k)
  return isGuessNoun(ts, k) || (ts.view.syntax![k]!.upos === 'VERB' && (GUESSES.has(l) || BELIEFS.has(l)))
}

// Whether the verb at `k` has a noun of guessing as its subject ("theories suggesting ...").
function hasGuessSubject(ts: TriggerSentence, k: number): boolean {
  const syn = ts.view.syntax!
  const subjects = kidsOf(ts, k).filter((c) => rel(ts, c).startsWith('nsubj'))
  // A participle hung on a noun ("theories suggesting") takes that noun as its subject.
  if (subjects.length === 0 && rel(ts, k) === 'acl' && syn[k]!.head >= 0) subjects.push(syn[k]!.head)
  return subjects.some((c) => isGuessNoun(ts, c))
}

// A clause's own marks of the possible ("may", "will", "going to", "perhaps", "in future") and of the perfect ("have been").
function clauseMarks(ts: TriggerSentence, k: number): { possible: boolean; perfect: boolean } {
  let possible = false
  let perfect = false
  for (const c of kidsOf(ts, k)) {
    const r = rel(ts, c)
    const w = word(ts, c)
    if (r === 'aux' || r === 'aux:pass') {
      if (MODALS.has(w)) possible = true
      if (lemma(ts, c) === 'have') perfect = true
      // "are going to be indicted"
      if (w === 'going' || w === 'gon') possible = true
    }
    if (r === 'advmod' && MAYBE.has(w)) possible = true
    // "could in future be used", "in the future"
    if (/^obl/.test(r) && w === 'future') possible = true
  }
  return { possible, perfect }
}
