/**
 * Who did it and to whom: for each event, every role candidate of its sentence is scored as its
 * actor (source), its recipient (target) or neither by a trained linear model, from where the
 * candidate stands relative to the trigger (before or after, how far, after which preposition),
 * the voice of the trigger ("was found fatally wounded", "damaged by airstrikes"), the clause
 * boundaries and reporting verbs between them ("X said Y attacked Z": Y attacked), and what kind
 * of phrase the candidate is (police, a country, a hospital).
 */
import { argumentsOf, subjectsOf, type Oblique, type PredicateArguments, type Subject } from '../syntax/relations.js'
import type { ArgumentCandidate } from './arguments.js'
import { reportersOf } from './reporters.js'
import { arrestingReporter } from './reported-arrests.js'
import { beyondSubjectPhrase } from './nominal-reach.js'
import { orderGiven, reportedDemand } from './reported-demands.js'
import { syntacticRoles } from './syntactic-roles.js'
import { inChargedAct, undergoesTogether } from './coordinated-roles.js'
import { actPhraseHead } from './act-nouns.js'
import { REACTION_VERBS, WEAPONS } from './role-words.js'
import { keyScores, softmax, type LinearModel } from './linear-model.js'
import { PieceKeys, type PieceSink } from '../../model/feature-hash.js'
import type { SentenceView } from './sentence-view.js'
import type { ActorIndex } from './actor-dictionary.js'
import { isVerbalType } from '../../model/plover.js'
import { functionClass, REPORTING_VERBS } from './word-classes.js'

/** The role model's labels. */
export const ROLE_LABELS = ['NONE', 'SOURCE', 'TARGET'] as const

const PARTICIPLE = /(ed|en|wn|ght|ck|ung|ot|ut|it|id)$/
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', 'found', 'left', "'s"])
const BREAKS = new Set([';', ':', '"', '“', '”', '(', ')'])

/** Whether the trigger at `i` is a passive participle ("was killed", "were found wounded", "damaged by"). */
export function isPassive(view: SentenceView, i: number): boolean {
  const w = view.words[i]!
  if (!PARTICIPLE.test(w) || w === view.lemmas[i]) return false
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const p = view.words[k]!
    if (PASSIVE_AUX.has(p)) return true
    if (!/ly$/.test(p) && p !== 'not' && p !== 'also' && p !== 'reportedly' && p !== 'allegedly') break
  }
  // A reduced relative or participle phrase: "a hospital damaged by airstrikes".
  return view.words[i + 1] === 'by' || (view.words[i + 1] !== undefined && /ly$/.test(view.words[i + 1]!) && view.words[i + 2] === 'by')
}

/** Whether the trigger at `i` is used as a noun ("the attack", "Israel's airstrikes"). */
export function isNominal(view: SentenceView, i: number): boolean {
  const p = view.words[i - 1] ?? ''
  const c = functionClass(p)
  return c === 'DET' || c === 'POSS' || (/(tion|ment|sion|ure|ence|ance|ing|al)$/.test(view.words[i]!) && c === 'PREP')
}

function bucket(d: number): string {
  return d <= 1 ? '1' : d <= 2 ? '2' : d <= 4 ? '3-4' : d <= 7 ? '5-7' : d <= 12 ? '8-12' : 'far'
}

/** What the role features read of an event's trigger: computed once per event, shared by its candidates. */
export interface RoleTrigger {
  readonly view: SentenceView
  /** Local index of the trigger. */
  readonly i: number
  readonly type: string
  readonly lemma: string
  readonly voice: 'pass' | 'nom' | 'act'
  readonly nominal: boolean
  /** The sentence's candidates before the trigger and after it, in text order. */
  readonly left: readonly ArgumentCandidate[]
  readonly right: readonly ArgumentCandidate[]
  /** The trigger's arguments in the parse (article token indices), when parsed. */
  readonly args: PredicateArguments | null
  /** For a nominal or complement trigger, its governing verb's subjects and obliques ("launched an attack on X"). */
  readonly governor: { readonly relation: string; readonly subjects: readonly Subject[]; readonly obliques: readonly Oblique[] } | null
}

/** Prepares the role features of the event whose trigger is local token `i` of type `type`, among the candidates `all`. */
export function roleTrigger(view: SentenceView, i: number, type: string, all: readonly ArgumentCandidate[]): RoleTrigger {
  const passive = isPassive(view, i)
  const nominal = isNominal(view, i)
  const syn = view.syntax
  const article = syn ? view.articleSyntax : undefined
  const from = view.sentence.tokenStart
  let governor: RoleTrigger['governor'] = null
  if (syn && article) {
    const t = syn[i]!
    if (t.head >= 0 && /^(obj|xcomp|ccomp|nsubj:pass|obl)/.test(t.deprel)) {
      governor = { relation: t.deprel.split(':')[0]!, subjects: subjectsOf(article, from + t.head), obliques: argumentsOf(article, from + t.head).obliques }
    }
  }
  return {
    view,
    i,
    type,
    lemma: view.lemmas[i]!,
    voice: passive ? 'pass' : nominal ? 'nom' : 'act',
    nominal,
    left: all.filter((o) => o.last < i),
    right: all.filter((o) => o.first > i),
    args: article ? argumentsOf(article, from + i) : null,
    governor,
  }
}

// Small counts as the digits the feature names spell.
const NUMERALS = ['0', '1', '2', '3', '4']
const numeral = (n: number): string => NUMERALS[n] ?? String(n)

/** Adds the features of candidate `c` for the event `trigger` (names as in the model file: see `model/feature-hash.ts`). */
export function roleFeatures(trigger: RoleTrigger, c: ArgumentCandidate, out: PieceSink): void {
  const { view, i, type, voice, nominal, lemma } = trigger
  const before = c.last < i
  const dir = before ? 'L' : 'R'
  // `|${dir}` and `|${dir}|` as pieces of a name: a name is at most five pieces.
  const barDir = before ? '|L' : '|R'
  const barDirBar = before ? '|L|' : '|R|'
  const dist = before ? i - c.last : c.first - i
  const prepWord = c.first > 0 ? view.words[c.first - 1]! : '<s>'
  const prep =
    functionClass(prepWord) === 'PREP' || prepWord === 'by' || prepWord === 'to'
      ? prepWord
      : functionClass(prepWord) === 'DET' && c.first > 1 && functionClass(view.words[c.first - 2]!) === 'PREP'
        ? view.words[c.first - 2]!
        : '-'
  out.add('bias')
  out.add('dir=', dir)
  out.add('dist=', dir, bucket(dist))
  out.add('voice=', voice)
  out.add('vd=', voice, '|', dir)
  out.add('prep=', dir, '|', prep)
  out.add('vp=', voice, barDirBar, prep)
  out.add('t|dir=', type, '|', dir)
  out.add('t|vd=', type, '|', voice, barDir)
  out.add('t|prep=', type, barDirBar, prep)
  out.add('l|dir=', lemma, '|', dir)
  out.add('l|prep=', lemma, barDirBar, prep)
  // Which candidate it is counting out from the trigger.
  const side = before ? trigger.left : trigger.right
  const rank = before ? side.length - side.indexOf(c) : side.indexOf(c) + 1
  out.add('rank=', dir, numeral(Math.min(rank, 4)))
  out.add('rv=', voice, '|', dir, numeral(Math.min(rank, 3)))
  // What stands between them.
  let reporting = false
  let clause = false
  let comma = 0
  let relative = false
  let conj = false
  const from = before ? c.last + 1 : i + 1
  const to = before ? i : c.first
  for (let k = from; k < to; k++) {
    const w = view.words[k]!
    if (REPORTING_VERBS.has(view.lemmas[k]!)) reporting = true
    if (BREAKS.has(w) || w === 'that' || w === 'while' || w === 'but' || w === 'because') clause = true
    if (w === ',') comma++
    if (w === 'who' || w === 'which') relative = true
    if (w === 'and' || w === 'or') conj = true
  }
  if (reporting) out.add('between=report|', dir)
  if (clause) out.add('between=clause|', dir)
  if (comma) out.add('between=comma', numeral(Math.min(comma, 2)), '|', dir)
  if (relative) out.add('between=rel|', dir)
  if (conj) out.add('between=conj|', dir)
  if (before && to - from <= 3 && !clause && !reporting) {
    out.add('adjacentL')
    out.add('adjacentL|', voice)
  }
  if (!before && to - from <= 1) {
    out.add('adjacentR')
    out.add('adjacentR|', voice)
    out.add('adjacentR|', type)
  }
  // "the man who attacked": the antecedent of a relative pronoun right before the trigger.
  if (before && (view.words[c.last + 1] === 'who' || view.words[c.last + 1] === 'which' || view.words[c.last + 1] === 'that')) {
    out.add('antecedent')
    out.add('antecedent|', voice)
  }
  // Possessor or modifier of a nominal trigger ("Israel's attack", "Israeli airstrikes").
  if (before && nominal && dist <= 2) out.add('possessor')
  // Coordination: "X and Y attacked" — the second conjunct shares the role.
  if (c.first > 1 && view.words[c.first - 1] === 'and') out.add('conjunct|', dir)
  // What the candidate is.
  const m = c.mention
  if (m) {
    const et = m.mention.entity.type
    out.add('et=', et)
    out.add('mk=', m.mention.kind)
    out.add('et|dir=', et, '|', dir)
    out.add('et|t=', et, '|', type, barDir)
  }
  if (c.agent) {
    out.add('ag=', c.agent)
    out.add('ag|dir=', c.agent, '|', dir)
    out.add('ag|t=', c.agent, '|', type, barDir)
  }
  if (!m && !c.agent) {
    out.add('noun')
    out.add('noun|dir=', dir)
    out.add('noun|t=', type, '|', dir)
  }
  out.add('h=', view.lemmas[c.head]!, '|', dir)
  if (view.inQuote[c.head] !== view.inQuote[i]) out.add('quote-mismatch')
  if (view.syntax) parsedRoleFeatures(trigger, c, out)
}

// How the candidate's head relates to the trigger in the parse: its agent or patient (through
// passives, relative clauses, coordination and control), an oblique with its preposition, the
// possessor or modifier of a nominal trigger ("Israel's strikes", "Israeli strikes"), the subject
// of the verb a nominal trigger is the object of ("launched an attack"), or a dependency path.
function parsedRoleFeatures(trigger: RoleTrigger, c: ArgumentCandidate, out: PieceSink): void {
  const { view, i, type, args, governor } = trigger
  const syn = view.syntax!
  const from = view.sentence.tokenStart
  const h = c.head
  const rels: string[] = []
  if (args) {
    if (args.agents.includes(from + h)) rels.push('agent')
    if (args.patients.includes(from + h)) rels.push('patient')
    for (const s of args.subjects) if (s.token === from + h) rels.push(`subj:${s.link}`)
    for (const o of args.obliques) if (o.token === from + h) rels.push(`obl:${o.preposition || '-'}`)
    if (args.passive) out.add('trigger-passive')
    // A nominal or complement trigger: the governing verb's subject and obliques ("launched an attack on X").
    if (governor) {
      for (const s of governor.subjects) if (s.token === from + h) rels.push(s.passive ? 'gov-subj-pass' : `gov-subj:${governor.relation}`)
      for (const o of governor.obliques) if (o.token === from + h) rels.push(`gov-obl:${o.preposition || '-'}`)
    }
  }
  const d = syn[h]!
  if (d.head === i) {
    // One pass over the sentence, no arrays: this runs for every candidate the trigger governs.
    let prep = ''
    for (let k = 0; k < syn.length; k++) {
      const x = syn[k]!
      const w = x.head === h && x.deprel === 'case' ? view.words[k] : ''
      if (w) prep = prep ? `${prep} ${w}` : w
    }
    rels.push(`dep:${d.deprel}${prep ? `:${prep}` : ''}`)
  }
  // A modifier inside the candidate's phrase that is the trigger's own dependent ("Israeli strikes").
  for (let k = c.first; k <= c.last; k++) if (k !== h && syn[k]!.head === i) rels.push(`dep-in:${syn[k]!.deprel}`)
  if (rels.length === 0) rels.push(`path:${path(syn, h, i)}`)
  for (const r of rels) {
    out.add('rel=', r)
    out.add('rel|t=', r, '|', type)
  }
}

// The dependency path from `a` up to the common ancestor and down to `b`, at most four steps.
function path(syn: NonNullable<SentenceView['syntax']>, a: number, b: number): string {
  const up = (x: number): number[] => {
    const out = [x]
    for (let steps = 0; steps < 6 && syn[x]!.head >= 0; steps++) out.push((x = syn[x]!.head))
    return out
  }
  const ua = up(a)
  const ub = up(b)
  const common = ua.find((x) => ub.includes(x))
  if (common === undefined) return 'none'
  const left = ua.slice(0, ua.indexOf(common)).map((x) => syn[x]!.deprel.split(':')[0])
  const right = ub
    .slice(0, ub.indexOf(common))
    .map((x) => syn[x]!.deprel.split(':')[0])
    .reverse()
  if (left.length + right.length > 4) return 'long'
  return `${left.join('^')}|${right.join('v')}`
}

/** The chosen actor and recipient of one event, with their probabilities. */
export interface RoleChoice {
  readonly actor: ArgumentCandidate | null
  readonly recipient: ArgumentCandidate | null
  readonly actorP: number
  readonly recipientP: number
  /** The sentence says nobody acted, or names the act only as a backdrop: no actor may be guessed from elsewhere. */
  readonly noActorGuess?: boolean
  /** The role was read off the parse, not guessed by the model. */
  readonly actorParsed?: boolean
  readonly recipientParsed?: boolean
}

/**
 * Picks actor and recipient for the trigger at `i` among `cands`, by the role model. `clauseAct`:
 * the event's type is its clause's act (a refusal, a threat) rather than what the trigger names.
 */
export function chooseRoles(
  model: LinearModel,
  view: SentenceView,
  i: number,
  triggerLast: number,
  type: string,
  cands: readonly ArgumentCandidate[],
  minP = 0.4,
  actors?: ActorIndex,
  clauseAct = false,
): RoleChoice {
  const scored: Array<{ c: ArgumentCandidate; s: number; t: number }> = []
  const feats = new PieceKeys()
  const scores = new Float64Array(model.labels.length)
  const trigger = roleTrigger(view, i, type, cands)
  // "X said Y attacked Z": X is who tells it, not a participant.
  const reporters = reportersOf(view, i)
  // "the onset of the war", "since the beginning of the conflict": a noun the trigger completes
  // that names no one is when or how much of it, not who took part; and where that noun dates
  // another clause, the act is only its backdrop: that clause's participants are not the act's,
  // so only the parse may name them ("since the beginning of the conflict, mosques have been
  // damaged, the ministry reports").
  const syn = view.syntax
  const governor = syn && syn[i]!.head >= 0 && /^nmod/.test(syn[i]!.deprel) ? syn[i]!.head : -1
  const backdrop = cands.find((c) => c.head === governor && !c.mention && !c.agent)
  // "Ramaswamy spent much of the debate throwing bombs", "DeSantis made news during the debate": a
  // debate named as a noun is a show the sentence's people act in, not their talks with each other;
  // only its own phrase names who debated ("the Clinton-Trump debate", "a debate between them").
  const noGuess =
    (backdrop !== undefined && /^obl/.test(syn![governor]!.deprel) && view.words[backdrop.first - 1] !== undefined && TIME_PREPOSITIONS.has(view.words[backdrop.first - 1]!)) ||
    (type === 'CONSULT' && DEBATES.has(view.words[i]!.toLowerCase()))
  for (const c of cands) {
    if (c.first <= triggerLast && c.last >= i) continue
    if (reporters.has(c.head)) continue
    // A relative pronoun stands for its antecedent, which is a candidate of its own.
    if (c.first === c.last && RELATIVE.has(view.words[c.head]!)) continue
    if (c === backdrop) continue
    feats.clear()
    roleFeatures(trigger, c, feats)
    const p = softmax(keyScores(model, feats, scores))
    scored.push({ c, s: p[1]!, t: p[2]! })
  }
  // What the parse says comes first; the model fills a role the parse leaves empty.
  const parsed = syntacticRoles(view, i, type, cands, actors, triggerLast)
  // A participant the parse finds inside the trigger's own phrase ("Israeli airstrikes") is no candidate of the model's.
  // (Nor is whoever reports it, even where the parser reads the reporter as the clause's subject.)
  const own = (c: ArgumentCandidate | null): (typeof scored)[number] | undefined =>
    c && !reporters.has(c.head) ? (scored.find((x) => x.c === c) ?? ((c.first > triggerLast || c.last < i) && !RELATIVE.has(view.words[c.head]!) ? { c, s: 1, t: 1 } : undefined)) : undefined
  let recipient: (typeof scored)[number] | undefined = own(parsed.recipient)
  let actor: (typeof scored)[number] | undefined = own(parsed.actor)
  // "Russia said Sudan must return the helicopter": the speaker demands it of the clause's subject;
  // "the government ordered the paper to suspend publication": the government coerces the paper.
  const demand = type === 'REQUEST' ? (reportedDemand(view, i) ?? orderGiven(view, i)) : type === 'COERCE' ? orderGiven(view, i) : null
  const demander = demand ? candidateAt(cands, demand.speaker) : undefined
  const demanded = demand ? candidateAt(cands, demand.addressee) : undefined
  // (A speaker that can demand: a named party, an agent word or a pronoun, not "no law".)
  const canDemand = demander !== undefined && (demander.mention !== undefined || demander.agent !== undefined || syn?.[demander.head]?.upos === 'PRON')
  if (demander && demanded && demander !== demanded && canDemand) {
    return { actor: demander, recipient: demanded, actorP: 1, recipientP: 1, actorParsed: true, recipientParsed: true }
  }
  // A phrase inside what was hit ("50 of its installations in Gaza") did not do it.
  const inRecipient = (c: ArgumentCandidate): boolean => recipient !== undefined && within(view, c.head, recipient.c.head)
  // Nor is whoever only judges or reports the act ("the attack was condemned by the UN").
  const reacts = (c: ArgumentCandidate): boolean => parsed.reactors?.includes(c) ?? false
  // An act named by a noun has the doer its own phrase or its light verb names ("Russia's attack",
  // "an attack by rebels", "rebels launched an attack"), read from the parse above, or none: a noun
  // nearby is no guess ("people near the blast", "police seek a man wanted over the bombings").
  // (An act named as the object of a verb may still be the verb's own event, "rejected calls for
  // aid", "continued their hunger strike": there the model may guess; so may it where the clause
  // makes the noun its own act, `clauseAct`: "refused to deploy a peacekeeping force" is a refusal.)
  const nominal = !clauseAct && syn !== null && syn[i]!.upos === 'NOUN' && isBackgroundAct(view, i, type)
  // "Russia and the Syrian government have been accused of bombing hospitals in Aleppo": conjoined
  // passive subjects both undergo it (acts done with one another aside), and the act charged names
  // who did that act, not who accuses, arrests or punishes.
  const mutual = MUTUAL_TYPES.has(type) || RECIPROCAL_LEMMAS.has(view.lemmas[i]!)
  const together = (c: ArgumentCandidate): boolean => !mutual && undergoesTogether(view, i, trigger.args, parsed.recipient, c)
  const charged = (c: ArgumentCandidate): boolean => ACCOUNTABLE_TYPES.has(type) && inChargedAct(view, i, c.head)
  // "Two men were arrested, police said": the police made the arrest they report.
  if (!actor) {
    const police = arrestingReporter(view, i, type, cands, reporters)
    if (police) actor = { c: police, s: 1, t: 0 }
  }
  if (!actor && !parsed.noActorGuess && !noGuess && !nominal)
    for (const x of scored) if (x.s >= minP && (!actor || x.s > actor.s) && x.c !== parsed.recipient && !inRecipient(x.c) && !reacts(x.c) && !together(x.c) && !charged(x.c)) actor = x
  // The means of an assault is not what it hit ("detonated explosives"), nor is the actor's own
  // conjunct its recipient ("airstrikes by the United States and France"), reciprocal acts aside.
  const means = (c: ArgumentCandidate): boolean => type === 'ASSAULT' && WEAPONS.has(view.lemmas[c.head]!)
  const partner = (c: ArgumentCandidate): boolean => actor !== undefined && !MUTUAL_TYPES.has(type) && !RECIPROCAL_LEMMAS.has(view.lemmas[i]!) && conjoined(view, actor.c.head, c.head)
  // Nor is a phrase inside the actor's own ("attributed to the Medellin cartel, one of the main
  // trafficking organizations": the apposition is the cartel).
  const inActor = (c: ArgumentCandidate): boolean => actor !== undefined && inApposition(view, c.head, actor.c.head)
  // Nor, for an act named by a noun in a clause's subject, the rest of that clause (`nominal-reach.ts`).
  if (!recipient && !noGuess)
    for (const x of scored)
      if (x !== actor && x.t >= minP && (!recipient || x.t > recipient.t) && !means(x.c) && !partner(x.c) && !inActor(x.c) && !beyondSubjectPhrase(view, i, type, x.c)) recipient = x
  return {
    actor: actor?.c ?? null,
    recipient: recipient?.c ?? null,
    actorP: actor?.s ?? 0,
    recipientP: recipient?.t ?? 0,
    ...(parsed.noActorGuess || noGuess ? { noActorGuess: true } : {}),
    ...(actor && actor.c === parsed.actor ? { actorParsed: true } : {}),
    ...(recipient && recipient.c === parsed.recipient ? { recipientParsed: true } : {}),
  }
}

// The candidate a token heads, or else the one it lies in.
function candidateAt(cands: readonly ArgumentCandidate[], k: number): ArgumentCandidate | undefined {
  return cands.find((c) => c.head === k) ?? cands.find((c) => c.first <= k && k <= c.last)
}

// Types that hold someone to account for an act their "of"/"for"/"over" phrase names.
const ACCOUNTABLE_TYPES = new Set(['ACCUSE', 'SANCTION', 'COERCE'])

// Types of acts done with a partner, where two conjoined parties are each other's ("DeSantis and Haley debated").
const MUTUAL_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE'])
// Acts done with one another, where the actor's conjunct may be the other side ("Russia and Georgia clashed").
const RECIPROCAL_LEMMAS = new Set(['clash', 'skirmish', 'fight', 'battle', 'scuffle', 'brawl', 'meet', 'talk', 'negotiate', 'agree', 'cooperate', 'sign'])

// Whether local tokens `a` and `b` are conjuncts of one coordination ("the United States and France").
function conjoined(view: SentenceView, a: number, b: number): boolean {
  const syn = view.syntax
  if (!syn || a === b) return false
  const top = (k: number): number => (syn[k]!.deprel === 'conj' && syn[k]!.head >= 0 ? syn[k]!.head : k)
  return top(a) === top(b)
}

// Whether local token `k` hangs from the noun `head` through an apposition ("one of the largest
// organizations" in "the Medellin cartel, one of the largest organizations"), not just a modifier
// ("the murder by machinegun fire of two missionaries" may hang the victims from the weapon).
function inApposition(view: SentenceView, k: number, head: number): boolean {
  const syn = view.syntax
  if (!syn || k === head) return false
  let appos = false
  for (let u = k, steps = 0; steps < 4 && u >= 0; steps++) {
    const d = syn[u]!
    if (!/^(nmod|appos)/.test(d.deprel)) return false
    if (d.deprel === 'appos') appos = true
    if (d.head === head) return appos
    u = d.head
  }
  return false
}

// Whether local token `k` hangs from the noun `head` through modifiers ("Gaza" in "50 of its installations in Gaza").
function within(view: SentenceView, k: number, head: number): boolean {
  const syn = view.syntax
  if (!syn || k === head) return false
  for (let u = k, steps = 0; steps < 4 && u >= 0; steps++) {
    const d = syn[u]!
    if (!/^(nmod|appos)/.test(d.deprel)) return false
    if (d.head === head) return true
    u = d.head
  }
  return false
}

/**
 * An actor is never its own recipient ("REQUEST Trump -> Trump" from two mentions of one man): when
 * both roles name the same entity, or the same words, a guessed role yields to one the parse gave,
 * else the less likely role is left empty.
 */
export function distinctRoles(view: SentenceView, roles: RoleChoice): RoleChoice {
  const { actor, recipient } = roles
  if (!actor || !recipient || !sameParticipant(view, actor, recipient)) return roles
  // What the parse names outranks the model's guess ("Roslovtsev says he is protesting over the
  // laws cited in his arrests": he protests; "his arrests" was only a guess for whom against).
  const dropActor = roles.actorParsed === roles.recipientParsed ? roles.recipientP > roles.actorP : !roles.actorParsed
  return dropActor ? { ...roles, actor: null, actorP: 0, actorParsed: false } : { ...roles, recipient: null, recipientP: 0, recipientParsed: false }
}

// The entity a candidate is, when its head word is the mention's own ("Trump", "he"); a
// nationality that only qualifies it ("Algerian landowners", "Algerian government forces") is not
// who it is.
function entityOf(c: ArgumentCandidate): string | undefined {
  const m = c.mention
  return m && m.first <= c.head && c.head <= m.last ? m.mention.entity.id : undefined
}

function sameParticipant(view: SentenceView, a: ArgumentCandidate, b: ArgumentCandidate): boolean {
  if (a === b) return true
  // One person on both sides, even as a qualifier ("Trump" and "his hand-picked ambassador"),
  // prints that person as actor and recipient; a shared nationality is a domestic event.
  const pa = a.mention?.mention.entity
  if (pa && pa.type === 'PERSON' && pa.id === b.mention?.mention.entity.id) return true
  const ea = entityOf(a)
  const eb = entityOf(b)
  if (ea !== undefined && eb !== undefined) return ea === eb
  const words = (c: ArgumentCandidate): string => view.words.slice(c.first, c.last + 1).join(' ')
  return words(a) === words(b)
}

// The nouns of a public debate (the verb "debate" keeps its subject).
const DEBATES = new Set(['debate', 'debates'])

// Prepositions of a time phrase ("since the beginning of the conflict").
const TIME_PREPOSITIONS = new Set(['since', 'after', 'before', 'during', 'until', 'till', 'following', 'amid', 'throughout'])

const RELATIVE = new Set(['which', 'who', 'whom', 'that', 'whose'])

const LOCATIVE = new Set(['in', 'at', 'near', 'during', 'since', 'from', 'of', 'outside', 'inside', 'across', 'around', 'before', 'after'])

/** Actor and recipient without a role model: the subject-side candidate and the first object, swapped for a passive. */
export function heuristicRoles(view: SentenceView, i: number, triggerLast: number, cands: readonly ArgumentCandidate[]): RoleChoice {
  const before = cands.filter((c) => c.last < i && i - c.last <= 12)
  const after = cands.filter((c) => c.first > triggerLast && c.first - triggerLast <= 8)
  const prep = (c: ArgumentCandidate): string => view.words[c.first - 1] ?? ''
  const subject = [...before].reverse().find((c) => !LOCATIVE.has(prep(c)) && prep(c) !== 'by' && prep(c) !== 'to') ?? null
  if (isPassive(view, i)) {
    const agent = after.find((c) => prep(c) === 'by') ?? null
    return { actor: agent, recipient: subject, actorP: agent ? 0.5 : 0, recipientP: subject ? 0.5 : 0 }
  }
  const object = after.find((c) => !LOCATIVE.has(prep(c)) && prep(c) !== 'by') ?? null
  return { actor: subject, recipient: object, actorP: subject ? 0.5 : 0, recipientP: object ? 0.5 : 0 }
}

// Verbs of perceiving, learning or explaining: their object is an act talked about, not done.
const PERCEIVING = new Set('hear see feel watch notice study understand examine analyse analyze recall remember know learn explain determine investigate probe review'.split(' '))

/**
 * Whether the event noun at `i` (through the compounds it modifies) is an act the clause only
 * mentions: in a prepositional phrase ("people near the blast", "killed in the attack"), a subject
 * ("the explosion was powerful") or the object of a verb of perceiving ("heard the explosion").
 */
function isBackgroundAct(view: SentenceView, i: number, type: string): boolean {
  const syn = view.syntax!
  const t = syn[actPhraseHead(view, i)]!
  if (/^(obl|nmod|nsubj|csubj)/.test(t.deprel) || t.deprel === 'root' || t.deprel === 'appos') return true
  if (/^(obj|xcomp|conj)/.test(t.deprel) && t.head >= 0) {
    const gov = view.lemmas[t.head]!
    // (A verbal act typed on the noun a reaction verb takes is that verb's own: "opposed the
    // deployment" is a rejection by whoever opposed.)
    return PERCEIVING.has(gov) || (REACTION_VERBS.has(gov) && !isVerbalType(type))
  }
  return false
}
