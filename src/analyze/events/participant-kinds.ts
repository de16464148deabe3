/**
 * What kind of participant or act a word names for role reading: a verb of a listed class, a
 * participant as against an abstract noun, a place, an authority, a reciprocal or giving act.
 */
import { dependents } from '../syntax/relations.js'
import type { ArgumentCandidate } from './arguments.js'
import type { SentenceView } from './sentence-view.js'

/**
 * Whether the verb at local index `k` is one of `verbs`, by its lemma or, where the parser's lemma
 * is a stem ("toppl"), by the regular past or -ing form of a listed verb ("toppled", "carried").
 */
export function isVerbOf(verbs: ReadonlySet<string>, view: SentenceView, k: number): boolean {
  const lemma = view.lemmas[k]
  if (lemma === undefined) return false
  if (verbs.has(lemma)) return true
  const word = view.words[k]!
  for (const v of verbs) {
    const stem = v.replace(/e$/, '').replace(/y$/, 'i')
    if (word.startsWith(stem) && /^(e?d|ing|e?s)$/.test(word.slice(stem.length))) return true
  }
  return false
}

/** Acts done with one another: either side may be named first. */
export const RECIPROCAL = new Set(['clash', 'skirmish', 'fight', 'battle', 'scuffle', 'brawl', 'meet', 'talk', 'negotiate'])

/**
 * Whether the noun at local index `k` names a participant: an entity, an agent word or a pronoun
 * ("the first country to recognise", "police to intervene"), as against "a decision" or "the need".
 * ("no business" is no business sector.)
 */
export function names(view: SentenceView, cands: readonly ArgumentCandidate[], k: number): boolean {
  const c = cands.find((x) => x.head === k)
  if (c && view.words[c.first]!.toLowerCase() === 'no' && !c.mention) return false
  return !c || c.agent !== undefined || (c.mention !== undefined && c.mention.mention.entity.type !== 'EVENT')
}

/** Whether local token `k` lies in a mention of a town, site or region (not a country, which acts). */
export function isPlace(view: SentenceView, k: number): boolean {
  const e = view.mentions.find((m) => m.first <= k && k <= m.last)?.mention.entity
  if (!e) return false
  if (e.type === 'LOC' || e.type === 'FAC') return true
  return e.type === 'GPE' && (e.geo?.feature ?? '').startsWith('PPL')
}

/** Entity kinds and agent sectors that act as a body: they impose, investigate and detain. */
const BODY_TYPES = new Set(['GPE', 'ORG', 'NORP'])
const AUTHORITY_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'IGO'])

/**
 * Whether the word at local index `k` names a state, an organisation or an authority ("EU",
 * "Republican", "police"), as against a person, who more often undergoes an arrest or a trial.
 */
export function isAuthority(view: SentenceView, cands: readonly ArgumentCandidate[], k: number): boolean {
  const type = view.entityType[k]
  if (type) return BODY_TYPES.has(type)
  const agent = cands.find((c) => c.head === k)?.agent
  return agent !== undefined && AUTHORITY_SECTORS.has(agent)
}

/** Types whose verb's object may be the thing given rather than who gets it. */
export const GIVING = new Set(['AID', 'SUPPORT'])

/**
 * The "to"/"for" phrase of a giving verb or of its object ("provide aid to refugees", where the
 * parser may hang "to refugees" from "aid"), whoever receives what the object names.
 */
export function givenTo(article: NonNullable<SentenceView['articleSyntax']>, at: number, objects: readonly number[], preps: readonly string[]): number[] {
  const prepOf = (m: number): string =>
    dependents(article, m, 'case')
      .map((c) => article[c]!.lemma.toLowerCase())
      .join(' ')
  const own = dependents(article, at, 'obl').filter((o) => preps.includes(prepOf(o)))
  const ofObject = objects.flatMap((o) => dependents(article, o, 'nmod').filter((m) => preps.includes(prepOf(m))))
  return [...own, ...ofObject]
}
