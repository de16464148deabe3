/**
 * Who did it and to whom: for each event, every role candidate of its sentence is scored as its
 * actor (source), its recipient (target) or neither by a trained linear model, from where the
 * candidate stands relative to the trigger (before or after, how far, after which preposition),
 * the voice of the trigger ("was found fatally wounded", "damaged by airstrikes"), the clause
 * boundaries and reporting verbs between them ("X said Y attacked Z": Y attacked), and what kind
 * of phrase the candidate is (police, a country, a hospital).
 */
import type { ArgumentCandidate } from './arguments.js'
import { linearScores, softmax, type LinearModel } from './linear-model.js'
import type { SentenceView } from './sentence-view.js'
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
  return c === 'DET' || c === 'POSS' || /(tion|ment|sion|ure|ence|ance|ing|al)$/.test(view.words[i]!) && c === 'PREP'
}

function bucket(d: number): string {
  return d <= 1 ? '1' : d <= 2 ? '2' : d <= 4 ? '3-4' : d <= 7 ? '5-7' : d <= 12 ? '8-12' : 'far'
}

/** Feature strings of candidate `c` for the event whose trigger is local token `i` of type `type`. */
export function roleFeatures(view: SentenceView, i: number, type: string, c: ArgumentCandidate, all: readonly ArgumentCandidate[], out: string[]): void {
  const before = c.last < i
  const dir = before ? 'L' : 'R'
  const dist = before ? i - c.last : c.first - i
  const passive = isPassive(view, i)
  const nominal = isNominal(view, i)
  const voice = passive ? 'pass' : nominal ? 'nom' : 'act'
  const prepWord = c.first > 0 ? view.words[c.first - 1]! : '<s>'
  const prep = functionClass(prepWord) === 'PREP' || prepWord === 'by' || prepWord === 'to' ? prepWord : functionClass(prepWord) === 'DET' && c.first > 1 && functionClass(view.words[c.first - 2]!) === 'PREP' ? view.words[c.first - 2]! : '-'
  out.push('bias', `dir=${dir}`, `dist=${dir}${bucket(dist)}`, `voice=${voice}`, `vd=${voice}|${dir}`, `prep=${dir}|${prep}`, `vp=${voice}|${dir}|${prep}`)
  out.push(`t|dir=${type}|${dir}`, `t|vd=${type}|${voice}|${dir}`, `t|prep=${type}|${dir}|${prep}`, `l|dir=${view.lemmas[i]}|${dir}`, `l|prep=${view.lemmas[i]}|${dir}|${prep}`)
  // Which candidate it is counting out from the trigger.
  const side = all.filter((o) => (before ? o.last < i : o.first > i))
  const rank = before ? side.length - side.indexOf(c) : side.indexOf(c) + 1
  out.push(`rank=${dir}${Math.min(rank, 4)}`, `rv=${voice}|${dir}${Math.min(rank, 3)}`)
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
  if (reporting) out.push(`between=report|${dir}`)
  if (clause) out.push(`between=clause|${dir}`)
  if (comma) out.push(`between=comma${Math.min(comma, 2)}|${dir}`)
  if (relative) out.push(`between=rel|${dir}`)
  if (conj) out.push(`between=conj|${dir}`)
  if (before && to - from <= 3 && !clause && !reporting) out.push('adjacentL', `adjacentL|${voice}`)
  if (!before && to - from <= 1) out.push('adjacentR', `adjacentR|${voice}`, `adjacentR|${type}`)
  // "the man who attacked": the antecedent of a relative pronoun right before the trigger.
  if (before && (view.words[c.last + 1] === 'who' || view.words[c.last + 1] === 'which' || view.words[c.last + 1] === 'that')) out.push('antecedent', `antecedent|${voice}`)
  // Possessor or modifier of a nominal trigger ("Israel's attack", "Israeli airstrikes").
  if (before && nominal && dist <= 2) out.push('possessor')
  // Coordination: "X and Y attacked" — the second conjunct shares the role.
  if (c.first > 1 && view.words[c.first - 1] === 'and') out.push(`conjunct|${dir}`)
  // What the candidate is.
  const m = c.mention
  if (m) out.push(`et=${m.mention.entity.type}`, `mk=${m.mention.kind}`, `et|dir=${m.mention.entity.type}|${dir}`, `et|t=${m.mention.entity.type}|${type}|${dir}`)
  if (c.agent) out.push(`ag=${c.agent}`, `ag|dir=${c.agent}|${dir}`, `ag|t=${c.agent}|${type}|${dir}`)
  if (!m && !c.agent) out.push('noun', `noun|dir=${dir}`, `noun|t=${type}|${dir}`)
  out.push(`h=${view.lemmas[c.head]}|${dir}`)
  if (view.inQuote[c.head] !== view.inQuote[i]) out.push('quote-mismatch')
}

/** The chosen actor and recipient of one event, with their probabilities. */
export interface RoleChoice {
  readonly actor: ArgumentCandidate | null
  readonly recipient: ArgumentCandidate | null
  readonly actorP: number
  readonly recipientP: number
}

/** Picks actor and recipient for the trigger at `i` among `cands`, by the role model. */
export function chooseRoles(model: LinearModel, view: SentenceView, i: number, triggerLast: number, type: string, cands: readonly ArgumentCandidate[], minP = 0.4): RoleChoice {
  const scored: Array<{ c: ArgumentCandidate; s: number; t: number }> = []
  const feats: string[] = []
  for (const c of cands) {
    if (c.first <= triggerLast && c.last >= i) continue
    feats.length = 0
    roleFeatures(view, i, type, c, cands, feats)
    const p = softmax(linearScores(model, feats))
    scored.push({ c, s: p[1]!, t: p[2]! })
  }
  let actor: (typeof scored)[number] | undefined
  for (const x of scored) if (x.s >= minP && (!actor || x.s > actor.s)) actor = x
  let recipient: (typeof scored)[number] | undefined
  for (const x of scored) if (x !== actor && x.t >= minP && (!recipient || x.t > recipient.t)) recipient = x
  return { actor: actor?.c ?? null, recipient: recipient?.c ?? null, actorP: actor?.s ?? 0, recipientP: recipient?.t ?? 0 }
}

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
