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
import { REPORTING_VERBS } from './word-classes.js'

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

// Verbs whose subject judges, reports or fears an act named by their object rather than doing it.
const REACTION_VERBS = new Set([
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'deplore',
  'decry',
  'praise',
  'welcome',
  'hail',
  'applaud',
  'oppose',
  'protest',
  'reject',
  'deny',
  'blame',
  'accuse',
  'report',
  'investigate',
  'mourn',
  'fear',
  'witness',
  'describe',
  'discuss',
  'debate',
  'question',
  'ignore',
  'support',
  'back',
  'lift',
  'ease',
  'end',
  'avoid',
  'prevent',
  'stop',
  'escape',
  'survive',
  'suffer',
  'face',
  'endure',
  'repel',
  'thwart',
  'foil',
])
// Verbs whose subject undergoes the act their object names ("the convoy came under attack").
const UNDERGOING_VERBS = new Set(['suffer', 'face', 'endure', 'survive', 'sustain', 'receive', 'get', 'undergo', 'escape'])

// Verbs whose passive keeps an object ("refugees denied asylum", "the man given a book").
const DOUBLE_OBJECT = new Set([
  'give',
  'grant',
  'award',
  'offer',
  'send',
  'show',
  'deny',
  'tell',
  'ask',
  'pay',
  'promise',
  'lend',
  'sell',
  'hand',
  'teach',
  'charge',
  'fine',
  'allow',
  'spare',
  'assign',
  'issue',
  'owe',
])

/** The actor and recipient the parse gives, each null when it gives none. */
export interface SyntacticRoles {
  readonly actor: ArgumentCandidate | null
  readonly recipient: ArgumentCandidate | null
  /**
   * No actor may be guessed beyond what the parse gives: the trigger describes what its subject
   * underwent ("was found shot dead"), or names an act its governor's subject only reacts to
   * ("Pyongyang condemned the sanctions").
   */
  readonly noActorGuess?: boolean
}

/** Reads the roles of the trigger at local index `i` of type `type` from the sentence's parse. */
export function syntacticRoles(view: SentenceView, i: number, type: string, cands: readonly ArgumentCandidate[]): SyntacticRoles {
  const syn = view.syntax
  const article = view.articleSyntax
  if (!syn || !article) return { actor: null, recipient: null }
  const from = view.sentence.tokenStart
  const at = (global: number): ArgumentCandidate | null => {
    const k = global - from
    const c = cands.find((x) => x.head === k) ?? cands.find((x) => x.first <= k && k <= x.last && (k < i || k > i)) ?? null
    // "Israeli airstrikes": the phrase is the trigger's own; the nationality inside it is the participant.
    if (c && c.first <= i && i <= c.last) {
      const vm = view.mentions.find((m) => m.first <= k && k <= m.last && (m.last < i || m.first > i))
      return vm ? { first: vm.first, last: vm.last, head: k, mention: vm } : null
    }
    return c
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
  // "Israeli tanks shelled positions": a participle read as a reduced relative that has a direct
  // object is an active past tense (a reduced passive takes no object, "the aid given them"
  // aside), so the noun it hangs from did it.
  if (t.deprel === 'acl' && t.xpos === 'VBN' && t.head < i && !DOUBLE_OBJECT.has(view.lemmas[i]!) && dependents(article, from + i, 'aux', 'aux:pass', 'obl:agent').length === 0) {
    const objects = dependents(article, from + i, 'obj')
    if (objects.length > 0) {
      const actor = at(from + t.head)
      const recipient = first(objects)
      return { actor, recipient: recipient === actor ? null : recipient }
    }
  }
  // A participle that describes its subject ("was found fatally wounded", "lay wounded") says what
  // happened to the subject; it has no subject of its own doing it.
  const undergone = t.upos === 'ADJ' || (t.xpos === 'VBN' && !dependents(article, from + i, 'aux').some((a) => article[a]!.lemma === 'have') && dependents(article, from + i, 'nsubj').length === 0)
  // A passive keeps its by-phrase agent ("was killed by police").
  let actor = undergone && !args.passive ? null : first(args.agents)
  const undergoer = undergone ? first(undergoers(article, from + i)) : null
  let recipient = undergone ? undergoer : first(args.patients)
  // Nobody is guessed as the actor of what a named subject underwent ("was found shot dead").
  let noActorGuess = undergone && !args.passive && undergoer !== null
  if (!recipient) recipient = first(args.obliques.filter((o) => preps.includes(o.preposition)).map((o) => o.token))
  if (t.upos === 'NOUN') {
    // "Israel's strikes", "Israeli strikes", "U.S. strikes", "an attack by rebels"; but the
    // possessor of an arrest, a trial or a release is who it is done to ("Rousseff's trial").
    const mods = dependents(article, from + i, 'nmod:poss', 'amod', 'compound').filter((m) => cands.some((c) => c.head === m - from || (c.first <= m - from && m - from <= c.last)))
    const nmods = dependents(article, from + i, 'nmod')
    const prepOf = (m: number): string =>
      dependents(article, m, 'case')
        .map((c) => article[c]!.lemma.toLowerCase())
        .join(' ')
    // The preposition its type takes names the recipient before a possessor does ("its sanctions
    // against the EU": the EU).
    recipient ??= first(nmods.filter((m) => preps.includes(prepOf(m))))
    if (UNDERGOER_POSSESSOR.has(type)) recipient ??= first(mods)
    else actor ??= first(mods)
    actor ??= first(nmods.filter((m) => ACTOR_PREPOSITIONS.has(prepOf(m))))
    // "sanctions imposed by Washington": the agent of the participle that describes it.
    for (const p of dependents(article, from + i, 'acl')) actor ??= first(argumentsOf(article, p).passive ? argumentsOf(article, p).agents : [])
    // The verb it is the object of: "launched an attack on X", "returned fire"; but whoever
    // condemns, welcomes or suffers an attack did not carry it out ("Pyongyang condemned the
    // sanctions", "the village suffered an attack").
    if (t.head >= 0) {
      const gov = from + t.head
      const rel = t.deprel
      const govLemma = article[gov]!.lemma.toLowerCase()
      if ((rel === 'obj' || rel.startsWith('xcomp')) && UNDERGOING_VERBS.has(govLemma)) {
        recipient ??= first(
          subjectsOf(article, gov)
            .filter((s) => !s.passive)
            .map((s) => s.token),
        )
      } else if ((rel === 'obj' || rel.startsWith('xcomp')) && REACTION_VERBS.has(govLemma)) {
        noActorGuess = true
      } else if (rel === 'obj' || rel.startsWith('xcomp')) {
        actor ??= first(
          subjectsOf(article, gov)
            .filter((s) => !s.passive)
            .map((s) => s.token),
        )
        recipient ??= first(
          argumentsOf(article, gov)
            .obliques.filter((o) => preps.includes(o.preposition))
            .map((o) => o.token),
        )
      }
      // "a hospital damaged by airstrikes": the airstrikes hit what the verb's patient is.
      if (rel === 'obl:agent' || rel === 'nsubj') recipient ??= first(argumentsOf(article, gov).patients)
    }
  }
  if (actor && recipient && actor === recipient) recipient = null
  return { actor, recipient, noActorGuess }
}

// Who underwent a describing participle: its own subject, else that of the word it describes
// ("was found [shot] dead": shot -> dead -> found, whose passive subject was found).
function undergoers(article: NonNullable<SentenceView['articleSyntax']>, at: number): number[] {
  let k = at
  for (let steps = 0; steps < 3; steps++) {
    const subjects = subjectsOf(article, k)
    if (subjects.length) return subjects.map((s) => s.token)
    const d = article[k]!
    if (d.head < 0 || !/^(amod|xcomp|advmod|conj)/.test(d.deprel)) break
    k = d.head
  }
  return []
}

/**
 * Who reports the trigger's clause ("Authorities say [a stabbing killed a passenger]"): the subjects
 * of the first reporting verb above it whose complement holds it, as sentence-local token indices.
 * They are the event's source, never its actor or recipient, unless the reported clause's subject
 * is a pronoun that may stand for them.
 */
export function reportersOf(view: SentenceView, i: number): Set<number> {
  const syn = view.syntax
  const article = view.articleSyntax
  const out = new Set<number>()
  if (!syn || !article) return out
  const from = view.sentence.tokenStart
  let k = i
  for (let steps = 0; steps < 6 && syn[k]!.head >= 0; steps++) {
    const h = syn[k]!.head
    // Only a reported clause: "Italy announced a suspension of air links" is Italy's own act.
    if (/^(ccomp|parataxis)/.test(syn[k]!.deprel) && REPORTING_VERBS.has(view.lemmas[h]!)) {
      // "Police said they arrested him", "Serbs said their forces withdrew": a pronoun in the
      // reported clause's subject may stand for the reporter.
      const pronoun = (t: number): boolean => article[t]!.upos === 'PRON' || dependents(article, t, 'nmod:poss').some((p) => article[p]!.upos === 'PRON')
      if (subjectsOf(article, from + k).some((s) => pronoun(s.token))) return out
      for (const s of subjectsOf(article, from + h)) if (!s.passive) out.add(s.token - from)
      return out
    }
    k = h
  }
  return out
}
