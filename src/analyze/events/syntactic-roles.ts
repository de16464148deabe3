/**
 * Actor and recipient read off the parse, the way an event coder reads them: the actor is the
 * trigger's agent — its subject, found through passives ("was attacked by militiamen"),
 * coordination, relative clauses and control ("agreed to withdraw"), and never the speaker of a
 * reporting verb above it ("X said Y attacked Z": Y) — or, for a noun, its possessor or
 * nationality ("Israel's strikes", "Israeli strikes") or the subject of the verb it is the object
 * of ("launched an attack"). The recipient is its patient (object, or passive subject: "Thomas was
 * found fatally wounded") or the oblique of the preposition its type takes ("fired on", "met with",
 * "aid to").
 */
import { argumentsOf, dependents, subjectsOf } from '../syntax/relations.js'
import type { ArgumentCandidate } from './arguments.js'
import type { SentenceView } from './sentence-view.js'

// Prepositions that introduce the recipient of each type ("attack on X", "talks with X").
const RECIPIENT_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  ASSAULT: ['on', 'against', 'at', 'upon', 'into'],
  COERCE: ['on', 'against', 'of'],
  SANCTION: ['on', 'against'],
  PROTEST: ['against', 'outside'],
  CONSULT: ['with'],
  COOPERATE: ['with'],
  AGREE: ['with', 'to'],
  SUPPORT: ['for', 'to'],
  AID: ['to', 'for'],
  RETREAT: ['from', 'to'],
  CONCEDE: ['to'],
  REQUEST: ['to', 'from'],
  ACCUSE: ['against', 'of'],
  REJECT: ['from'],
  THREATEN: ['against', 'with'],
  MOBILIZE: ['against', 'to', 'near'],
}
// Types whose noun's possessor undergoes it ("his arrest", "Rousseff's trial", "their release").
const UNDERGOER_POSSESSOR = new Set(['COERCE', 'ACCUSE', 'SANCTION', 'RETREAT', 'CONCEDE'])
// Prepositions that introduce the actor of a noun ("an attack by rebels", "a visit from the minister").
const ACTOR_PREPOSITIONS = new Set(['by', 'from'])

/** The actor and recipient the parse gives, each null when it gives none. */
export interface SyntacticRoles {
  readonly actor: ArgumentCandidate | null
  readonly recipient: ArgumentCandidate | null
}

/** Reads the roles of the trigger at local index `i` of type `type` from the sentence's parse. */
export function syntacticRoles(view: SentenceView, i: number, type: string, cands: readonly ArgumentCandidate[]): SyntacticRoles {
  const syn = view.syntax
  const article = view.articleSyntax
  if (!syn || !article) return { actor: null, recipient: null }
  const from = view.sentence.tokenStart
  const at = (global: number): ArgumentCandidate | null => {
    const k = global - from
    return cands.find((c) => c.head === k) ?? cands.find((c) => c.first <= k && k <= c.last && (k < i || k > i)) ?? null
  }
  const first = (tokens: readonly number[]): ArgumentCandidate | null => {
    for (const t of tokens) {
      const c = at(t)
      if (c) return c
    }
    return null
  }
  const preps = RECIPIENT_PREPOSITIONS[type] ?? []
  const args = argumentsOf(article, from + i)
  const t = syn[i]!
  // A participle that describes its subject ("was found fatally wounded", "lay wounded") says what
  // happened to the subject; it has no subject of its own doing it.
  const undergone = t.upos === 'ADJ' || (t.xpos === 'VBN' && !dependents(article, from + i, 'aux').some((a) => article[a]!.lemma === 'have') && dependents(article, from + i, 'nsubj').length === 0)
  let actor = undergone ? null : first(args.agents)
  let recipient = first(undergone ? args.subjects.map((s) => s.token) : args.patients)
  if (!recipient) recipient = first(args.obliques.filter((o) => preps.includes(o.preposition)).map((o) => o.token))
  if (t.upos === 'NOUN') {
    // "Israel's strikes", "Israeli strikes", "U.S. strikes", "an attack by rebels"; but the
    // possessor of an arrest, a trial or a release is who it is done to ("Rousseff's trial").
    const mods = dependents(article, from + i, 'nmod:poss', 'amod', 'compound').filter((m) => cands.some((c) => c.head === m - from || (c.first <= m - from && m - from <= c.last)))
    if (UNDERGOER_POSSESSOR.has(type)) recipient ??= first(mods)
    else actor ??= first(mods)
    const nmods = dependents(article, from + i, 'nmod')
    const prepOf = (m: number): string =>
      dependents(article, m, 'case')
        .map((c) => article[c]!.lemma.toLowerCase())
        .join(' ')
    actor ??= first(nmods.filter((m) => ACTOR_PREPOSITIONS.has(prepOf(m))))
    recipient ??= first(nmods.filter((m) => preps.includes(prepOf(m))))
    // The verb it is the object of: "launched an attack on X", "returned fire".
    if (t.head >= 0) {
      const gov = from + t.head
      const rel = t.deprel
      if (rel === 'obj' || rel.startsWith('xcomp')) {
        actor ??= first(subjectsOf(article, gov).filter((s) => !s.passive).map((s) => s.token))
        recipient ??= first(argumentsOf(article, gov).obliques.filter((o) => preps.includes(o.preposition)).map((o) => o.token))
      }
      // "a hospital damaged by airstrikes": the airstrikes hit what the verb's patient is.
      if (rel === 'obl:agent' || rel === 'nsubj') recipient ??= first(argumentsOf(article, gov).patients)
    }
  }
  if (actor && recipient && actor === recipient) recipient = null
  return { actor, recipient }
}
