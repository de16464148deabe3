/**
 * Control: who does what an infinitive names — the object of a verb that makes or asks someone act
 * ("urged Russia to withdraw"), or the owner of a noun an infinitive completes ("the government's
 * decision to withdraw").
 */
import { dependents, markedDependents, subjectsOf } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'
import { REACTION_VERBS } from './role-words.js'

/**
 * Verbs whose object does what their infinitive names ("urged Russia to find", "prompted Johnson to convene").
 */
export const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'prompt',
  'force',
  'order',
  'allow',
  'encourage',
  'pressure',
  'press',
  'persuade',
  'invite',
  'instruct',
  'tell',
  'require',
  'spur',
  'compel',
  'oblige',
  'authorize',
  'authorise',
  'direct',
  'lead',
  'push',
  'convince',
  'call',
  // Who is engaged to act does it ("hired a law firm to investigate the leak").
  'hire',
  'commission',
  'enlist',
  'recruit',
  'employ',
  'task',
  'appoint',
  'assign',
])

/**
 * Whether the predicate at `at` is marked by "to" (an infinitive).
 */
export function isMarkedTo(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  return dependents(article, at, 'mark').some((m) => article[m]!.lemma.toLowerCase() === 'to')
}

/**
 * Whether the predicate at `at` is a to-infinitive without a subject of its own.
 */
export function isInfinitive(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  return dependents(article, at, 'nsubj').length === 0 && isMarkedTo(article, at)
}

/**
 * Who owns the intention, pressure or campaign a noun names: its possessor, by- or of-phrase ("the
 * government's decision", "an offer by Iran", "the right of Russian troops"), else the subject of
 * the verb that has, makes or stages it ("Assad feels no pressure", "students staged protests to
 * demand"; not one that only judges it, "rejected an offer to negotiate"), looking up through a
 * noun it completes ("Russia's stand on the need").
 */
export function ownersOf(article: NonNullable<SentenceView['articleSyntax']>, noun: number): number[] {
  let k = noun
  for (let steps = 0; steps < 3; steps++) {
    const own = [...dependents(article, k, 'nmod:poss'), ...markedDependents(article, k, 'nmod', 'by', 'of')]
    if (own.length) return own
    const d = article[k]!
    if (d.head < 0) return []
    const gov = article[d.head]!
    if (/^(obj|obl)/.test(d.deprel) && gov.upos === 'VERB' && !REACTION_VERBS.has(gov.lemma.toLowerCase())) {
      return subjectsOf(article, d.head)
        .filter((s) => !s.passive)
        .map((s) => s.token)
    }
    if (!/^nmod/.test(d.deprel) || gov.upos !== 'NOUN') return []
    k = d.head
  }
  return []
}
