/**
 * Acts only asked about or feared (issue 15, read on real pages): "I asked the office whether the
 * lack of information could put some New Yorkers in danger of being harmed" reports no harm, and
 * "'So he's going to do the investigation?'" no investigation. A verb inside a question, direct
 * (its clause ends on "?") or embedded ("whether ...", "if ..." after a word of asking), is put
 * as hypothetical, as PLOVER's mode for what is not asserted (not in a relative clause, nor a
 * noun, which the question takes as given); an act named only as what someone
 * is in danger or at risk of ("at risk of being deported", "in danger of being harmed") is none.
 */
import type { ClauseModality } from './modality.js'
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

// Words of asking or not knowing, whose "whether"- or "if"-clause is a question rather than a
// condition ("without caring whether they destroyed homes" asks nothing: the homes were destroyed).
const ASKING = new Set(['ask', 'wonder', 'question', 'inquire', 'enquire', 'query', 'unclear', 'uncertain', 'unsure', 'doubt'])
// Relations that end the climb: the trigger's clause is reported, set beside or is the sentence.
const CLAUSE_TOPS = /^(ccomp|parataxis|root|csubj)/
const MAX_CLIMB = 12

/** Whether the trigger at local index `i` lies in a direct or embedded question (see the file comment). */
export function isAsked(ts: TriggerSentence, i: number): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  let n = i
  for (let step = 0; step < MAX_CLIMB && n >= 0; step++) {
    // A relative clause says what is so of someone the question names ("asks if those who were
    // killed belonged to a militia": they were killed).
    if (/^acl/.test(rel(ts, n))) return false
    const kids = kidsOf(ts, n)
    const head = syn[n]!.head
    if (head >= 0 && /^(ccomp|obj|advcl|csubj)/.test(rel(ts, n)) && ASKING.has(lemma(ts, head)) && kids.some((k) => rel(ts, k) === 'mark' && /^(whether|if)$/.test(word(ts, k)))) return true
    if (kids.some((k) => ts.view.words[k] === '?')) return true
    if (CLAUSE_TOPS.test(rel(ts, n))) return false
    n = head
  }
  return false
}

/** The mood of an act at local index `i`: hypothetical inside a question, else `mood` as it is. */
export function askedMood(ts: TriggerSentence, i: number, mood: ClauseModality): ClauseModality {
  return mood.modality !== 'hypothetical' && !mood.negated && isQuestioned(ts, i) && isAsked(ts, i) ? { ...mood, modality: 'hypothetical' } : mood
}

// What a question asks about is its verbs; a noun in it is presupposed ("worried about
// retaliation to the US ban": the ban was imposed; "whether to join the investigation": it is open).
function isQuestioned(ts: TriggerSentence, i: number): boolean {
  return ts.view.syntax?.[i]?.upos === 'VERB'
}

// Nouns of a danger someone is in or a risk run: what they are "of" has not happened.
const RISKS = new Set(['danger', 'risk', 'peril', 'fear', 'fears', 'prospect', 'possibility', 'likelihood', 'chance', 'spectre', 'specter'])

/**
 * "put some New Yorkers in danger of being profiled and harmed", "migrants at risk of being
 * deported": the act is what may befall them, and it has not (a verb, or a conjunct of one, that
 * completes a noun of risk with "of").
 */
export function isRiskedAct(ts: TriggerSentence, d: { readonly index: number }): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'VERB') return false
  let n = d.index
  // "profiled and harmed": the second conjunct shares the first's risk.
  if (rel(ts, n) === 'conj' && syn[n]!.head >= 0) n = syn[n]!.head
  const head = syn[n]!.head
  if (head < 0 || !/^(acl|advcl)/.test(rel(ts, n)) || !RISKS.has(lemma(ts, head))) return false
  return kidsOf(ts, n).some((k) => rel(ts, k) === 'mark' && word(ts, k) === 'of')
}

/**
 * "'So he's going to do the investigation?' the president asked": asking a question that the
 * sentence quotes is no REQUEST (the reported question ends on "?"), nor a CONSULT: a question
 * put is speech, not a meeting or talks.
 */
export function isQuestionAsked(ts: TriggerSentence, d: { readonly index: number; readonly type: string }): boolean {
  if ((d.type !== 'REQUEST' && d.type !== 'CONSULT') || !ts.view.syntax || !/^(ask|inquire|enquire|wonder)$/.test(lemma(ts, d.index))) return false
  const kids = kidsOf(ts, d.index)
  if (kids.some((k) => rel(ts, k) === 'xcomp' || (/^obl/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => word(ts, c) === 'for')))) return false
  if (kids.some((k) => /^(ccomp|parataxis|obj)/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => ts.view.words[c] === '?'))) return true
  // The parser often hangs the quoted question elsewhere ("heard Trump ask, quote, 'So he's going
  // to do the investigation?'"): a sentence that ends on the question after the verb.
  const words = ts.view.words
  let end = words.length - 1
  while (end > d.index && /^["'“”‘’)]+$/.test(words[end]!)) end--
  return end > d.index && words[end] === '?' && /^[,:“"‘']$/.test(words[d.index + 1] ?? '')
}
