/**
 * A gerund used as a noun ("died in the police firing", "their shelling of the town"): the parser
 * tags it a verb and hangs it as a clause, so the clause's subject would pass for its doer ("More
 * villagers died in the police firing": not the villagers). A determiner or possessor before it,
 * or a compound with a preposition heading the phrase, makes it a noun, with no subject and no
 * object of its own; its doer is then read off its phrase as for any act noun.
 */
import { dependents } from '../syntax/relations.js'
import type { Syntax } from '../syntax/types.js'

/** Whether the token at `k` (article index) is an -ing form used as a noun (see the file comment). */
export function isNominalGerund(syntax: Syntax, k: number): boolean {
  const t = syntax[k]!
  if (t.xpos !== 'VBG' || t.upos === 'NOUN') return false
  // A verb's own arguments make it a clause ("police firing tear gas", "the army began shelling").
  if (dependents(syntax, k, 'nsubj', 'obj', 'iobj', 'ccomp', 'xcomp', 'aux', 'mark').length > 0) return false
  const before = (relations: string[]): boolean => dependents(syntax, k, ...relations).some((d) => d < k)
  if (before(['det', 'nmod:poss'])) return true
  // ("since yesterday demanding": a day word the parser hung as a compound is when, not a modifier.)
  const named = dependents(syntax, k, 'compound').some((d) => d < k && syntax[d]!.deprel === 'compound' && !DAY_WORDS.has(syntax[d]!.lemma.toLowerCase()))
  return named && dependents(syntax, k, 'case').length > 0
}

const DAY_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight'])
