/**
 * Relative clauses in role reading: the noun a relative pronoun stands for, whether a predicate
 * sits in a relative clause, and whose phrase ("said Morris, the uncle of a protester who was
 * arrested") or which person ("a fellow at the Council ... who had been advising Rubio") it describes.
 */
import type { ArgumentCandidate } from './arguments.js'
import type { SentenceView } from './sentence-view.js'
import { REPORTED_BY } from './reporters.js'

/** Pronouns that open a relative clause. */
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom'])

/**
 * The local index of the noun a relative pronoun at `k` stands for, or -1: the head of the
 * relative clause it belongs to.
 */
export function antecedentOf(syn: NonNullable<SentenceView['syntax']>, k: number): number {
  const t = syn[k]
  if (!t || t.upos !== 'PRON' || !RELATIVE_PRONOUNS.has(t.lemma.toLowerCase())) return -1
  const clause = t.head
  if (clause < 0 || syn[clause]!.deprel !== 'acl:relcl' || syn[clause]!.head < 0 || syn[clause]!.head === k) return -1
  return syn[clause]!.head
}

/**
 * Whether the predicate at `at` heads a relative clause, reduced ("suspects arrested on Thursday")
 * or not ("who was arrested"), or is a conjunct of one ("who was arrested and charged").
 */
function isRelativeClause(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  const d = article[at]!
  return d.deprel === 'acl:relcl' || (d.deprel === 'acl' && d.xpos === 'VBN')
}
export function inRelativeClause(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  const d = article[at]!
  return isRelativeClause(article, at) || (d.deprel === 'conj' && d.head >= 0 && isRelativeClause(article, d.head))
}

/**
 * Whether the token at `at` lies inside the subject phrase of a reporting verb ("said Morris, who
 * is the uncle of a protester who was arrested"), up through modifiers and relative clauses.
 */
export function inSpeakerPhrase(view: SentenceView, article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  const from = view.sentence.tokenStart
  let k = at
  for (let steps = 0; steps < 8; steps++) {
    const d = article[k]!
    if (d.head < 0) return false
    if (k !== at && /^nsubj/.test(d.deprel)) return REPORTED_BY.has(view.lemmas[d.head - from] ?? article[d.head]!.lemma.toLowerCase())
    if (!/^(acl|appos|nmod|conj)/.test(d.deprel)) return false
    k = d.head
  }
  return false
}

/**
 * The person a "who" clause is about when the parser hung it from a place, an organisation or
 * another non-person: up through the nouns that phrase modifies to a named person.
 */
export function personAbove(article: NonNullable<SentenceView['articleSyntax']>, noun: number, at: (global: number) => ArgumentCandidate | null): ArgumentCandidate | null {
  const isPerson = (c: ArgumentCandidate | null): boolean => c?.mention?.mention.entity.type === 'PERSON'
  if (isPerson(at(noun))) return null
  let k = noun
  for (let steps = 0; steps < 4; steps++) {
    const d = article[k]!
    if (d.head < 0 || !/^(nmod|appos|conj)/.test(d.deprel)) return null
    k = d.head
    const c = at(k)
    if (isPerson(c)) return c
  }
  return null
}
