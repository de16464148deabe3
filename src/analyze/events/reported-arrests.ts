/**
 * Arrests the police report ("Two men were arrested in the raid, police said", "24 people were
 * detained, the superintendent of police said"): a passive arrest that names no one who made it,
 * told by the police, was made by the police. Any other reporter stays the event's source only
 * (`reporters.ts`): officials or witnesses reporting an arrest need not have made it, and the
 * police reporting a killing did not do it.
 */
import { dependents } from '../syntax/relations.js'
import type { ArgumentCandidate } from './arguments.js'
import { PERSON_NOUN } from './act-nouns.js'
import type { SentenceView } from './sentence-view.js'

// The agent sector of the police.
const POLICE = 'COP'
// Verbs of taking someone into custody (not a kidnapping or a seizure, which others do too).
const ARRESTS = new Set(['arrest', 'detain', 'take', 'book', 'nab', 'apprehend', 'round', 'hold', 'remand', 'jail', 'imprison', 'custody', 'arrests', 'detention'])

/**
 * The police phrase among the reporters of the trigger at local `i` (local token indices) when the
 * trigger is a passive arrest or detention with no agent, else undefined.
 */
export function arrestingReporter(view: SentenceView, i: number, type: string, cands: readonly ArgumentCandidate[], reporters: ReadonlySet<number>): ArgumentCandidate | undefined {
  const article = view.articleSyntax
  if (type !== 'COERCE' || !article || reporters.size === 0 || !ARRESTS.has(view.lemmas[i]!)) return undefined
  const from = view.sentence.tokenStart
  const at = from + i
  // A passive with its auxiliary ("were arrested") or a reduced one ("31 people arrested near here").
  const passive = dependents(article, at, 'aux:pass', 'nsubj:pass').length > 0 || (article[at]!.xpos === 'VBN' && /^acl/.test(article[at]!.deprel))
  // (No agent, and no active subject beside the passive one: `dependents` reads subtypes too.)
  if (!passive || dependents(article, at, 'obl:agent').length > 0 || dependents(article, at, 'nsubj').some((s) => article[s]!.deprel === 'nsubj')) return undefined
  // The police themselves: "police", "police sources" (the modifier), "the superintendent of police"
  // (the of-phrase of a person noun); a spokesman speaks for the police, who made the arrest.
  for (const r of reporters) {
    const own = cands.find((c) => c.head === r)
    if (!own) continue
    if (own.agent === POLICE) return own
    const modifier = own.modifierAgents?.find((m) => m.agent === POLICE)
    if (modifier) return { first: modifier.at, last: modifier.at, head: modifier.at, agent: POLICE }
    // (Not "statistics of the secret police".)
    const of = cands.find((c) => c.agent === POLICE && view.syntax?.[c.head]?.head === r && /^nmod/.test(view.syntax[c.head]!.deprel))
    if (of && PERSON_NOUN.test(view.words[own.head]!)) return of
  }
  return undefined
}
