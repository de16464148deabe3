/**
 * Who a sentence credits with an act without making it the act's subject: whoever takes part in
 * it ("soldiers implicated in the coup attempt", "rebels participated in the attack"), whoever it
 * is blamed on or attributed to ("the bombing was blamed on militants", "the ambush was the work
 * of the Taliban"), and whoever a call or an appeal asks to do it ("called on the UN to convene").
 */
import { dependents, hasCase, markedDependents, subjectsOf } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'
import { REPORTED_BY } from './reporters.js'

type Syntax = NonNullable<SentenceView['articleSyntax']>

// Predicates of taking part, whose "in" phrase names an act their subject did.
// (Adjectives keep their form as lemma: "were involved in".)
const TAKING_PART = new Set(['participate', 'engage', 'involve', 'implicate', 'involved', 'implicated', 'engaged', 'complicit', 'participation', 'involvement', 'complicity'])
// Verbs that lay an act at someone's door, with the preposition that names who.
const ATTRIBUTING: ReadonlyMap<string, string> = new Map([
  ['blame', 'on'],
  ['pin', 'on'],
  ['attribute', 'to'],
  ['ascribe', 'to'],
])
// Calls and appeals whose oblique names who is to do what their infinitive says.
const CALLING: ReadonlyMap<string, readonly string[]> = new Map([
  ['call', ['on', 'upon']],
  ['appeal', ['to']],
  ['plead', ['with']],
  ['prevail', ['on', 'upon']],
])
// Verbs whose object is drawn into the act ("involved juveniles in their acts").
const DRAWING_IN = new Set(['involve', 'implicate'])
const REFLEXIVE = /^(him|her|it|them|our|your|my|one)sel(f|ves)$/i
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'nobody'])
const DENYING = new Set(['deny', 'reject', 'dismiss', 'disavow', 'dispute'])

/** The lemma of an article token, lower-cased (the events step's own lemmas: the parser may leave a stem, "blam"). */
export type LemmaOf = (k: number) => string

// Whether the predicate at `k` is negated or denied ("were not involved in", "denied involvement in").
function disowned(article: Syntax, lemmaOf: LemmaOf, k: number): boolean {
  if (dependents(article, k, 'advmod', 'det').some((d) => NEGATORS.has(article[d]!.lemma.toLowerCase()))) return true
  if (dependents(article, k, 'nsubj', 'nsubj:pass').some((s) => dependents(article, s, 'det').some((d) => NEGATORS.has(article[d]!.lemma.toLowerCase())))) return true
  const h = article[k]!.head
  if (h >= 0 && /^(obj|xcomp|ccomp)/.test(article[k]!.deprel) && DENYING.has(lemmaOf(h))) return true
  // "denied reports they participated in": the clause completes a noun that is denied.
  const g = h >= 0 ? article[h]!.head : -1
  return article[k]!.deprel === 'acl' && g >= 0 && article[h]!.deprel === 'obj' && DENYING.has(lemmaOf(g))
}

/** Who takes part in an act (`partTakers`), and whether that one is the antecedent of a "who". */
export interface PartTakers {
  /** Article indices of the part takers. */
  readonly tokens: readonly number[]
  /** Whether they are named by a "who" the parser hung from a noun ("those who took part in"). */
  readonly byWho: boolean
}

/**
 * Who takes part in the act whose phrase is headed by article token `n` (a noun): the subject of
 * "participate/engage/be involved/be implicated in" it, the noun such a participle describes, or
 * the owner of "involvement in" it, unless negated or denied.
 */
export function partTakers(article: Syntax, lemmaOf: LemmaOf, n: number): PartTakers {
  const none: PartTakers = { tokens: [], byWho: false }
  const d = article[n]!
  const g = d.head
  if (g < 0) return none
  const gl = lemmaOf(g)
  // "took part in the attack": the predicate is the verb "part" is the object of.
  // ("in the attack" hangs from "took" or from "part".)
  const pred = gl === 'part' && article[g]!.deprel === 'obj' && article[g]!.head >= 0 && lemmaOf(article[g]!.head) === 'take' ? article[g]!.head : g
  const takesPart = pred !== g || (gl === 'take' && dependents(article, g, 'obj').some((o) => lemmaOf(o) === 'part'))
  if (/^(obl|nmod)/.test(d.deprel) && hasCase(article, n, 'in') && (TAKING_PART.has(gl) || takesPart)) {
    if (disowned(article, lemmaOf, pred)) return none
    const p = article[pred]!
    if (p.upos === 'NOUN') return { tokens: [...dependents(article, pred, 'nmod:poss'), ...markedDependents(article, pred, 'nmod', 'of', 'by')], byWho: false }
    const own = dependents(article, pred, 'nsubj', 'nsubj:pass').length > 0
    // "soldiers implicated in the coup": the noun the participle describes (not the noun a
    // clause completes: "charges of being implicated in", "the information that advisers participated").
    if (p.deprel === 'acl' && p.head >= 0 && !own && dependents(article, pred, 'mark').length === 0) return { tokens: [p.head], byWho: false }
    // "that could have involved us in the attack", "the terrorists involve juveniles in their acts":
    // whom an active "involve" draws in takes part ("involved herself": the subject).
    // ("engaged Mr Campbell in a discussion", "engaged the enemy in battle": the subject does it.)
    const drawn = DRAWING_IN.has(gl) ? dependents(article, pred, 'obj').filter((o) => !REFLEXIVE.test(article[o]!.lemma)) : []
    if (drawn.length > 0) return { tokens: drawn, byWho: false }
    // Either voice: "rebels participated in", "officers were involved in", "he was implicated in",
    // "suspects who are believed to have participated in"; never a reporter the parser joined to
    // the clause ("Garcia said that the MRTA could be involved in").
    // ("the release of Captain Sanabria, who is implicated in": a "who" the parser hung from a
    // non-person stands for the person above it; `byWho` tells the caller.)
    const byWho = p.deprel === 'acl:relcl' && dependents(article, pred, 'nsubj', 'nsubj:pass').some((k) => article[k]!.lemma.toLowerCase() === 'who')
    const tokens = subjectsOf(article, pred)
      .filter((s) => s.link !== 'participle' && !(article[s.token]!.head >= 0 && REPORTED_BY.has(lemmaOf(article[s.token]!.head))))
      .map((s) => s.token)
    return { tokens, byWho }
  }
  return none
}

/**
 * Whom the act whose phrase is headed by article token `n` (a noun) is laid on: whoever "blame/pin
 * ... on" or "attribute ... to" names, unless negated or denied; "the work of" whom it was.
 * Article indices; the caller checks that it names someone ("blamed the massacre on political
 * correctness" names a cause, not a doer).
 */
export function blamedFor(article: Syntax, lemmaOf: LemmaOf, n: number): number[] {
  const d = article[n]!
  const g = d.head
  if (g < 0) return []
  const gl = lemmaOf(g)
  // "blamed the bombing on militants", "the bombing was blamed on militants".
  const by = ATTRIBUTING.get(gl)
  if (by && /^(obj|nsubj:pass)$/.test(d.deprel)) {
    if (disowned(article, lemmaOf, g)) return []
    return [...markedDependents(article, g, 'obl', by), ...markedDependents(article, n, 'nmod', by)]
  }
  // "the attack, blamed on militants, killed nine".
  for (const p of dependents(article, n, 'acl')) {
    const on = ATTRIBUTING.get(lemmaOf(p))
    if (on && !disowned(article, lemmaOf, p)) return markedDependents(article, p, 'obl', on)
  }
  // "the ambush was the work of Taliban fighters".
  if (d.deprel === 'nsubj' && gl === 'work' && dependents(article, g, 'cop').length > 0) return markedDependents(article, g, 'nmod', 'of')
  return []
}

/** The oblique a blaming or attributing verb at article token `v` lays the act on ("blamed the attack on Hamas": Hamas), if any. */
export function blamedOn(article: Syntax, lemmaOf: LemmaOf, v: number): number[] {
  const by = ATTRIBUTING.get(lemmaOf(v))
  if (!by) return []
  // (The parser may hang the phrase from the object: "blamed the bombing on militants".)
  return [...markedDependents(article, v, 'obl', by), ...dependents(article, v, 'obj').flatMap((o) => markedDependents(article, o, 'nmod', by))]
}

/** The obliques a call or an appeal at article token `v` is made on ("called on the UN", "appealed to the government"). */
export function callees(article: Syntax, lemmaOf: LemmaOf, v: number): number[] {
  const preps = CALLING.get(lemmaOf(v))
  return preps ? markedDependents(article, v, 'obl', ...preps) : []
}

/**
 * Who a call or an appeal asks to do what the infinitive at article token `v` names: "called on
 * the UN to convene" (the infinitive hung from the call, or from the noun called on), "appealed to
 * the government to release". Article indices.
 */
export function calledOn(article: Syntax, lemmaOf: LemmaOf, v: number): number[] {
  const t = article[v]!
  const h = t.head
  if (h < 0) return []
  // "calls on the WHO to convene", parsed with the infinitive describing the WHO.
  const hd = article[h]!
  if (t.deprel === 'acl' && /^(obl|nmod)/.test(hd.deprel) && hd.head >= 0) {
    const preps = CALLING.get(lemmaOf(hd.head))
    if (preps && hasCase(article, h, ...preps)) return [h]
  }
  const preps = CALLING.get(lemmaOf(h))
  if (!preps || !/^(advcl|xcomp|acl|ccomp)/.test(t.deprel)) return []
  return [...markedDependents(article, h, 'obl', ...preps), ...markedDependents(article, h, 'nmod', ...preps)].filter((k) => k < v)
}
