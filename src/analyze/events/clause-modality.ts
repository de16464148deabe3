/**
 * Negation and modality of an event read from the dependency parse: the words attached to the
 * trigger's own predicate (its auxiliaries, "not"/"never", a denying determiner, "if"/"without"),
 * the light verb whose object the trigger noun is ("did not launch an attack"), and the clauses
 * it complements ("did not try to attack", "denied attacking", "denied that its forces
 * attacked", "if Iran decides to strike"). Words in a relative clause or an aside hang under
 * another head, so "two men, who are not related, are charged" stays asserted. Without a parse
 * the word window of `modality.ts` decides.
 */
import type { LocalSyntax } from './sentence-view.js'
import { eventModality, type ClauseModality, type Modality } from './modality.js'
import { isInsideCondition } from './conditional-scope.js'
import { isFacedPenalty } from './faced-penalties.js'
import { isInQuestion } from './question-scope.js'

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot'])
const FUTURE = new Set(['will', "'ll", 'shall', 'wo'])
const MODAL = new Set(['may', 'might', 'could', 'should', 'can', 'ca', 'must'])
const CONDITIONALS = new Set(['if', 'unless', 'whether'])
// Lemmas after which a plan or expectation, not a fact, follows ("plans to visit").
const EXPECT = new Set(['plan', 'intend', 'expect', 'schedule', 'aim', 'hope', 'seek', 'want', 'prepare', 'vow', 'pledge', 'promise', 'threaten'])
const DENIALS = new Set(['deny', 'refute', 'dismiss', 'reject'])
// Verbs whose complement or object is asked for, not done: "called on the government to withdraw",
// "will ask the court to open an investigation", "calling for a debate", "demanded talks".
const REQUESTS = new Set(['ask', 'urge', 'call', 'demand', 'request', 'press', 'appeal', 'implore', 'petition', 'seek', 'beg'])
// Nouns whose infinitive is an aim, not a deed ("the first delegation to visit" did visit).
const PURPOSES = new Set(
  'attempt bid effort mission plan plot proposal offer call order request demand push drive scheme initiative intention intent ambition goal aim pledge promise vow threat decision move campaign'.split(
    ' ',
  ),
)
// Adjectives of a will or an ability not there ("were not willing" is read by the negation on
// "willing"): the act they complement did not happen ("reluctant to commit to a meeting").
const UNWILLING = new Set(['reluctant', 'unwilling', 'unable', 'hesitant', 'loath', 'loth'])
// Adjectives of a will or a readiness: the act they complement is intended ("ready to negotiate").
const WILLING = new Set(['willing', 'ready', 'prepared', 'eager', 'determined', 'keen', 'poised'])
// Verbs that end an act: "will not stop bombing" says it goes on, so their group stays theirs.
const STOPS = new Set(['stop', 'cease', 'halt', 'quit', 'end', 'finish'])
// Nouns that carry a reported claim a denial may reject ("rejected claims that it attacked").
const CLAIMS = new Set(['claim', 'report', 'allegation', 'accusation', 'suggestion', 'charge'])
// Verbs that only carry an event noun: "launch an attack", "hold talks"; an attack that
// "happens" or "takes place".
// Only their direct object: "don't give these protests the attention" (an indirect one) says
// nothing of the protests.
const LIGHT_OBJECT = new Set(['launch', 'carry', 'conduct', 'stage', 'hold', 'make', 'mount', 'take', 'give', 'sign', 'reach', 'begin', 'start', 'resume', 'impose', 'issue', 'order', 'open'])
const LIGHT_SUBJECT = new Set(['happen', 'occur', 'take', 'begin', 'start', 'continue'])
// Dependents that belong to a predicate's own verb group.
const GROUP_RELATIONS = /^(aux|aux:pass|cop|advmod|det|mark|case|neg)$/
// How far up the complement chain a clause's group still reaches.
const CLIMB = 4

interface Mood {
  negated: boolean
  intended: boolean
  modality: Modality
  conditional: boolean
}

// Reads the verb group of the predicate at `p` into `mood`.
function readGroup(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], p: number, mood: Mood): void {
  for (const k of kids[p] ?? []) {
    const rel = syntax[k]!.deprel
    if (!GROUP_RELATIONS.test(rel)) continue
    const w = words[k]!
    // A negator before the predicate's own subject is another clause's the parser hung here
    // ("it is not the first time officials have suggested").
    const beforeSubject = (): boolean => (kids[p] ?? []).some((j) => j > k && j < p && /^nsubj/.test(syntax[j]!.deprel))
    if (NEGATORS.has(w) && (w !== 'no' || rel === 'det' || rel === 'advmod') && !beforeSubject()) {
      mood.negated = true
      if (w === "n't" && words[k - 1] === 'wo') mood.intended = true
    } else if (FUTURE.has(w) && rel.startsWith('aux')) {
      mood.intended = true
      if (mood.modality === 'asserted') mood.modality = 'future'
    } else if (w === 'would' && rel.startsWith('aux')) {
      mood.intended = true
      mood.modality = 'hypothetical'
    } else if (MODAL.has(w) && rel.startsWith('aux')) mood.modality = 'hypothetical'
    else if (w === 'without' && (rel === 'mark' || rel === 'case')) mood.negated = true
    else if (CONDITIONALS.has(w) && rel === 'mark') {
      mood.modality = 'hypothetical'
      mood.conditional = true
    }
  }
}

// A subject that denies itself: "no leader has attended", "no one was killed", "none of them fled".
const NOBODY = new Set(['nobody', 'none', 'nothing', 'noone'])
function hasNegativeSubject(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], p: number): boolean {
  return (kids[p] ?? []).some((k) => {
    if (!/^nsubj/.test(syntax[k]!.deprel)) return false
    if (NOBODY.has(words[k]!)) return true
    return (kids[k] ?? []).some((d) => words[d] === 'no' && (syntax[d]!.deprel === 'det' || (words[d + 1] === 'one' && d + 1 === k)))
  })
}

// The noun at `at` is the object of its head, or its "for"-phrase ("called for talks").
function isAskedFor(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], at: number): boolean {
  const rel = syntax[at]!.deprel
  if (rel === 'obj') return true
  return /^obl/.test(rel) && (kids[at] ?? []).some((k) => syntax[k]!.deprel === 'case' && words[k]!.toLowerCase() === 'for')
}

const hasOwn = (syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], p: number, rel: RegExp): boolean => (kids[p] ?? []).some((k) => rel.test(syntax[k]!.deprel))

/** Whether the verb at `h` asks someone to act: a request verb, "call" only as "call on/upon". */
function isRequestOf(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], h: number): boolean {
  const lemma = syntax[h]!.lemma
  if (!REQUESTS.has(lemma) || lemma === 'press') return false
  if (lemma !== 'call') return true
  return (kids[h] ?? []).some((k) => /^obl/.test(syntax[k]!.deprel) && (kids[k] ?? []).some((c) => syntax[c]!.deprel === 'case' && /^(on|upon)$/i.test(words[c]!)))
}

/** Negation and modality of the trigger at local index `at`, from the parse when there is one. */
export function clauseModality(words: readonly string[], syntax: readonly LocalSyntax[] | null, kids: readonly (readonly number[])[] | null, at: number): ClauseModality {
  if (!syntax || !kids) return eventModality(words, at)
  const mood: Mood = { negated: false, intended: false, modality: 'asserted', conditional: false }
  readGroup(words, syntax, kids, at, mood)
  // A reduced condition ("If convicted, he faces ..."): the parser often hangs the "if" on the
  // main verb, but a participle or adjective right after it is the condition's own predicate.
  const before = at > 0 ? syntax[at - 1]! : null
  if (before && before.deprel === 'mark' && before.head !== at && CONDITIONALS.has(words[at - 1]!) && /^VB[NG]$|^JJ$/.test(syntax[at]!.xpos)) {
    mood.modality = 'hypothetical'
    mood.conditional = true
  }
  let p = at
  const t = syntax[at]!
  if ((t.upos === 'NOUN' || t.upos === 'PROPN') && t.head >= 0) {
    const head = syntax[t.head]!.lemma
    if ((t.deprel === 'obj' && LIGHT_OBJECT.has(head)) || (/^nsubj/.test(t.deprel) && LIGHT_SUBJECT.has(head))) {
      p = t.head
      readGroup(words, syntax, kids, p, mood)
    }
  }
  if (hasNegativeSubject(words, syntax, kids, p)) mood.negated = true
  // An act named as what is asked for ("calling for a Security Council debate", "demanded an
  // inquiry") is wanted, not done.
  if (p === at && (t.upos === 'NOUN' || t.upos === 'PROPN') && t.head >= 0 && REQUESTS.has(syntax[t.head]!.lemma) && isAskedFor(words, syntax, kids, at)) {
    if (mood.modality === 'asserted') mood.modality = 'hypothetical'
  }
  for (let step = 0; step < CLIMB; step++) {
    const s = syntax[p]!
    // An infinitive that completes a noun of aim names what was meant, not a deed: "a rescue
    // mission to free the hostages" (that failed), "an attempt to force the U.S. out". One of
    // purpose after a verb is left asserted: "rallied to call for better pay" did call.
    const infinitive = (kids[p] ?? []).some((k) => syntax[k]!.deprel === 'mark' && words[k]!.toLowerCase() === 'to')
    if (infinitive && s.deprel === 'acl' && s.head >= 0 && PURPOSES.has(syntax[s.head]!.lemma)) {
      if (mood.modality === 'asserted') mood.modality = 'hypothetical'
      break
    }
    // The parser often hangs what someone is called on or urged to do as an adverbial clause of
    // the request ("called on the government to withdraw military units"): asked for, not done.
    // "call" counts only with its "on"/"upon" phrase ("called the police to report a theft" is a
    // phone call with a purpose).
    if (infinitive && s.deprel === 'advcl' && s.head >= 0 && isRequestOf(words, syntax, kids, s.head)) {
      if (mood.modality === 'asserted') mood.modality = 'hypothetical'
      break
    }
    if (s.head < 0) break
    const h = s.head
    const headLemma = syntax[h]!.lemma
    // "denied using chemical weapons", with the gerund read as an adverbial clause.
    if (s.deprel === 'advcl' && DENIALS.has(headLemma) && /ing$/.test(words[p]!) && !hasOwn(syntax, kids, p, /^mark$/)) {
      mood.negated = true
      break
    }
    if (s.deprel === 'xcomp') {
      // "did not try to attack", "may decide to strike", "plans to visit", "denied attacking".
      if (DENIALS.has(headLemma)) {
        mood.negated = true
        break
      }
      if (STOPS.has(headLemma)) break
      if (EXPECT.has(headLemma) || WILLING.has(headLemma)) {
        mood.intended = true
        if (mood.modality === 'asserted') mood.modality = 'future'
      }
      if (UNWILLING.has(headLemma)) mood.negated = true
      // What someone is asked or urged to do is not done ("called on the army to withdraw").
      if (REQUESTS.has(headLemma) && mood.modality === 'asserted') mood.modality = 'hypothetical'
      readGroup(words, syntax, kids, h, mood)
      p = h
    } else if (s.deprel === 'conj' && !hasOwn(syntax, kids, p, /^(nsubj|aux|mark)/)) {
      // A conjunct with neither subject nor auxiliary shares its first conjunct's group ("will
      // attack and seize"); a negation reaches it only through "or"/"nor" ("did not attack or seize").
      const before = mood.negated
      readGroup(words, syntax, kids, h, mood)
      const alternative = (kids[p] ?? []).some((k) => syntax[k]!.deprel === 'cc' && (words[k] === 'or' || words[k] === 'nor'))
      if (!alternative) mood.negated = before
      p = h
    } else if (s.deprel === 'ccomp' || (s.deprel === 'acl' && CLAIMS.has(headLemma))) {
      // "denied that its forces attacked", "rejected claims that it attacked".
      if (DENIALS.has(headLemma)) mood.negated = true
      else if (CLAIMS.has(headLemma) && syntax[h]!.head >= 0 && DENIALS.has(syntax[syntax[h]!.head]!.lemma)) mood.negated = true
      break
    } else break
  }
  // A clause above the trigger's own that is a condition ("if peace talks are ever revived").
  if (!mood.conditional && isInsideCondition(words, syntax, kids, at)) {
    mood.modality = 'hypothetical'
    mood.conditional = true
  }
  // A penalty someone faces ("could face decades in jail") is not imposed.
  if (isFacedPenalty(words, syntax, at)) mood.modality = 'hypothetical'
  // The condition's own clause ("if Iran attacks") is not what anyone intends.
  if (mood.conditional) mood.intended = false
  // A question asks whether it happens; what the sentence says before it opens the question
  // ("failed to answer the question: who can voters trust?") is stated.
  if (isInQuestion(words, at)) {
    mood.modality = 'hypothetical'
    mood.intended = false
  }
  return { negated: mood.negated, modality: mood.modality, intended: mood.intended }
}
