/**
 * An act inside a condition, however deep (issue 15): "rejected the US as a mediator if peace
 * talks are ever revived", "if an attack on a tanker is confirmed". The trigger's
 * own "if" is read by `clause-modality.ts`; here the clauses above it are: an act that is a
 * participant of a clause marked "if", "unless" or "whether", or sits further down inside one, is
 * put as a condition or an open question, not reported as done. A relative clause or an aside on
 * the way up is presupposed ("if the man who attacked the guards is caught": the attack happened)
 * and stops the climb; so does an active subject, the doer or cause the condition takes as given
 * ("wondered if the arrests would calm the protests": the arrests were made), where a passive one
 * is what the condition is about ("if peace talks are revived"); a definite or possessed act noun
 * is known and only its predicate is in doubt, and so is any act noun in an open question (a
 * "whether" clause that is no adverbial condition); an act under way that the condition would stop or
 * keep going is real ("if the militia stops attacks on the airport"). Counted on TRAIN: PLOVER
 * codes no act inside a condition (its 9 gold sentences with "if" or "unless" code the main
 * clause's threat or promise), but RAMS dev annotates 5 PLOVER events inside one and WikiEvents
 * dev 1 ("If you shoot it down"), so the act is flagged as hypothetical (the country pairs leave
 * it out), not dropped.
 */
import type { LocalSyntax } from './sentence-view.js'

const CONDITIONS = new Set(['if', 'unless', 'whether'])
// Relations under which a clause is presupposed or set apart, not part of the condition.
const APART = /^(acl|acl:relcl|appos|parataxis|list|vocative|dislocated|reparandum)$/
// Words that open a clause of their own inside a sentence.
const BREAKS = new Set([':', ';', '—', '–'])
// Determiners of a known, particular act.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your'])
// Verbs of an act already under way: "if the militia stops attacks" (the attacks go on).
const GOING_ON = new Set(['stop', 'cease', 'halt', 'end', 'suspend', 'continue', 'abandon', 'quit'])
// How many heads up a condition still reaches.
const CLIMB = 8

/** Whether the word at `at` lies inside a clause of condition or an open question (see the file comment). */
export function isInsideCondition(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], at: number): boolean {
  if (isDefiniteNoun(words, syntax, kids, at)) return false
  const noun = /^(NOUN|PROPN)$/.test(syntax[at]!.upos)
  let p = at
  for (let step = 0; step < CLIMB; step++) {
    const s = syntax[p]!
    if (s.head < 0 || APART.test(s.deprel) || s.deprel === 'nsubj') return false
    if (/^(obj|obl)/.test(s.deprel) && GOING_ON.has(syntax[s.head]!.lemma.toLowerCase())) return false
    p = s.head
    // An open question ("to establish whether Trump withheld military aid") doubts its verbs; the
    // nouns it names are given. Only a condition, an adverbial clause, puts a noun in doubt.
    if (isConditionHead(words, syntax, kids, p, at)) return !noun || syntax[p]!.deprel.startsWith('advcl')
  }
  return false
}

// The clause headed by `h` is marked as a condition. A mark after its head belongs to a later
// clause the parser did not find. A parser also often hangs a reduced condition's "if" on the main
// verb ("If convicted, he could face decades in jail": "if" on "face"); an adverbial clause of `h`
// between the mark and `h` is then the condition, and `h` is not. A colon, semicolon or dash
// between the mark and the trigger opens another clause the parser hung under the condition
// ("unless called by the latter: 'I have come to meet the VHP'").
function isConditionHead(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], h: number, at: number): boolean {
  const own = kids[h] ?? []
  const between = (k: number): readonly string[] => words.slice(Math.min(k, at), Math.max(k, at))
  return own.some(
    (k) =>
      syntax[k]!.deprel === 'mark' &&
      CONDITIONS.has(words[k]!.toLowerCase()) &&
      k < h &&
      !own.some((c) => c > k && c < h && syntax[c]!.deprel.startsWith('advcl')) &&
      !between(k).some((w) => BREAKS.has(w)),
  )
}

/**
 * A noun with a definite determiner or a possessor names an act the sentence takes as known, even
 * inside a condition or an open question ("had not determined whether the stabbings were related
 * to the bombing", "to find out whether the gangs were responsible for the assassination",
 * "considering whether to join New York's investigation"): what is in doubt is the predicate.
 */
function isDefiniteNoun(words: readonly string[], syntax: readonly LocalSyntax[], kids: readonly (readonly number[])[], n: number): boolean {
  if (!/^(NOUN|PROPN)$/.test(syntax[n]!.upos)) return false
  return (kids[n] ?? []).some((k) => syntax[k]!.deprel === 'nmod:poss' || (syntax[k]!.deprel === 'det' && DEFINITE.has(words[k]!.toLowerCase())))
}
