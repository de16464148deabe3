/**
 * Grammatical relations every analysis step shares, read off `ctx.syntax`: who is the subject of
 * a predicate (also through passives, relative clauses, coordination and control), the agent of a
 * passive, objects, obliques with their preposition, clausal complements, the clause a token
 * belongs to, negation, the head of a span (an entity mention), a token's subtree, appositions.
 *
 * Every function takes the article's syntax (`ctx.syntax`) and token indices into `ctx.tokens`;
 * none of them throws on an odd tree (heads that lead nowhere, cycles): they return fewer answers.
 *
 * @example
 * ```ts
 * import { subjectsOf, argumentsOf } from '../syntax/relations.js'
 * if (ctx.syntax) {
 *   const said = 7 // token index of a predicate
 *   const speakers = subjectsOf(ctx.syntax, said).map((s) => s.token)
 *   const { agents, patients } = argumentsOf(ctx.syntax, said)
 * }
 * ```
 */
import type { Syntax, TokenSyntax } from './types.js'

/** How a subject was found. */
export type SubjectLink =
  /** A subject dependent of the predicate itself. */
  | 'direct'
  /** The antecedent of a relative pronoun ("the man who left": man), or the noun a participle modifies ("police officers killed": officers). */
  | 'relative'
  /** Shared with the first conjunct ("He arrived and left": He for left). */
  | 'coordination'
  /** The controller of an open complement ("She wants to leave": She; "They urged him to leave": him). */
  | 'control'
  /** The subject of the clause a participle adjoins ("..., saying it was over": the sayer). */
  | 'participle'

/** A subject of a predicate. */
export interface Subject {
  /** Token index of the subject's head word. */
  readonly token: number
  /** How it was found. */
  readonly link: SubjectLink
  /** Whether the predicate is passive, so the subject is what the action is done to. */
  readonly passive: boolean
}

/** An oblique argument or adjunct with its preposition ("checked out around March 11"). */
export interface Oblique {
  /** Token index of the oblique's head noun ("March"). */
  readonly token: number
  /** Its relation (`obl`, `obl:agent`, `obl:tmod`, `obl:unmarked`...). */
  readonly relation: string
  /** Lower-case preposition, several words joined by a space ("around", "out of"); '' when none. */
  readonly preposition: string
  /** Token indices of the preposition's words. */
  readonly caseTokens: readonly number[]
}

/** The arguments of a predicate, with the passive undone into agents and patients. */
export interface PredicateArguments {
  readonly subjects: readonly Subject[]
  /** Doers: the subjects of an active predicate, the `by` agent of a passive one. */
  readonly agents: readonly number[]
  /** Things acted on: the objects of an active predicate, the subjects of a passive one. */
  readonly patients: readonly number[]
  /** Direct and indirect objects (`obj`, `iobj`), with their conjuncts. */
  readonly objects: readonly number[]
  readonly obliques: readonly Oblique[]
  /** Clausal complements (`ccomp`, `xcomp`): their predicates. */
  readonly complements: readonly number[]
  readonly passive: boolean
  /** The token negating the predicate's clause, or -1. */
  readonly negation: number
}

interface Index {
  /** Children of token i are `kids[start[i] .. start[i+1])`, in text order. */
  readonly start: Int32Array
  readonly kids: Int32Array
  /** Each token's children as an array, made on first request (most tokens are never asked). */
  readonly lists: Array<readonly number[] | undefined>
  /** Each token's subtree as `[spanStart[i], spanEnd[i])`, computed on first request (`spanEnd[i]` 0: not yet). */
  readonly spanStart: Int32Array
  readonly spanEnd: Int32Array
}

const indexes = new WeakMap<Syntax, Index>()

function indexOf(syntax: Syntax): Index {
  let index = indexes.get(syntax)
  if (index) return index
  const n = syntax.length
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const h = syntax[i]!.head
    if (h >= 0 && h < n && h !== i) start[h + 1]!++
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
  const fill = start.slice(0, n)
  const kids = new Int32Array(start[n]!)
  for (let i = 0; i < n; i++) {
    const h = syntax[i]!.head
    if (h >= 0 && h < n && h !== i) kids[fill[h]!++] = i
  }
  index = { start, kids, lists: new Array<readonly number[] | undefined>(n), spanStart: new Int32Array(n), spanEnd: new Int32Array(n) }
  indexes.set(syntax, index)
  return index
}

/** Whether `deprel` is `relation` or one of its subtypes (`nsubj` matches `nsubj:pass`). */
export function isRelation(deprel: string, relation: string): boolean {
  return deprel === relation || (deprel.length > relation.length && deprel.startsWith(relation) && deprel[relation.length] === ':')
}

/** The dependents of token `i`, in text order (one shared array per token: read, never change it). */
export function children(syntax: Syntax, i: number): readonly number[] {
  if (i < 0 || i >= syntax.length) return NONE
  const index = indexOf(syntax)
  // Made once per token and article: steps ask for the same tokens' children many times.
  let list = index.lists[i]
  if (list === undefined) {
    // Copied by hand: `Array.from` of a typed-array view costs several times the loop.
    const from = index.start[i]!
    const copy = new Array<number>(index.start[i + 1]! - from)
    for (let k = 0; k < copy.length; k++) copy[k] = index.kids[from + k]!
    list = index.lists[i] = Object.freeze(copy)
  }
  return list
}

const NONE: readonly number[] = []

/** The dependents of token `i` bearing one of `relations` (a relation also matches its subtypes). */
export function dependents(syntax: Syntax, i: number, ...relations: string[]): number[] {
  // Plain loops: the steps call this for most predicates they read, and two closures per call showed in profiles.
  const out: number[] = []
  for (const c of children(syntax, i)) {
    const deprel = syntax[c]!.deprel
    for (const r of relations) {
      if (isRelation(deprel, r)) {
        out.push(c)
        break
      }
    }
  }
  return out
}

/** Token `i` and the tokens coordinated with it ("Kim, Lee and Park": all three), in text order. */
export function conjunctsOf(syntax: Syntax, i: number): number[] {
  let first = i
  for (let steps = 0; steps < syntax.length && isRelation(syntax[first]!.deprel, 'conj'); steps++) {
    const h = syntax[first]!.head
    if (h < 0) break
    first = h
  }
  return [first, ...dependents(syntax, first, 'conj')].sort((a, b) => a - b)
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose'])

const isRelativePronoun = (t: TokenSyntax): boolean => t.xpos === 'WDT' || t.xpos === 'WP' || t.xpos === 'WP$' || (t.upos === 'PRON' && RELATIVE_PRONOUNS.has(t.lemma.toLowerCase()))

/** Whether the predicate is passive: a passive subject or auxiliary, or a participle modifying a noun ("the man killed"). */
export function isPassive(syntax: Syntax, pred: number): boolean {
  return passiveAt(syntax, pred, 0)
}

function passiveAt(syntax: Syntax, pred: number, depth: number): boolean {
  if (pred < 0 || pred >= syntax.length || depth > 8) return false
  for (const c of children(syntax, pred)) {
    const r = syntax[c]!.deprel
    if (r === 'aux:pass' || r === 'nsubj:pass' || r === 'csubj:pass') return true
  }
  const t = syntax[pred]!
  if (t.xpos !== 'VBN') return false
  if (t.deprel === 'acl') return true
  // "was arrested and charged": the second participle shares the first one's passive. ("was found
  // wounded" is different: the xcomp describes the subject, so it is not passive itself.)
  return t.deprel === 'conj' && t.head >= 0 && dependents(syntax, pred, 'aux').length === 0 && passiveAt(syntax, t.head, depth + 1)
}

/**
 * The subjects of a predicate (the head of a clause: a verb, or the predicate noun or adjective of
 * a copular clause). Direct subjects come with their conjuncts; a relative pronoun is replaced by
 * its antecedent; a predicate without its own subject takes one through coordination, control
 * or the clause a participle adjoins.
 */
export function subjectsOf(syntax: Syntax, pred: number): Subject[] {
  return findSubjects(syntax, pred, 0)
}

function findSubjects(syntax: Syntax, pred: number, depth: number): Subject[] {
  if (pred < 0 || pred >= syntax.length || depth > 8) return []
  const t = syntax[pred]!
  const passive = isPassive(syntax, pred)
  const out: Subject[] = []
  for (const s of dependents(syntax, pred, 'nsubj', 'csubj')) {
    if (isRelativePronoun(syntax[s]!) && isRelation(t.deprel, 'acl') && t.head >= 0) {
      for (const a of conjunctsOf(syntax, t.head)) out.push({ token: a, link: 'relative', passive })
      continue
    }
    for (const c of conjunctsOf(syntax, s)) out.push({ token: c, link: 'direct', passive })
  }
  if (out.length > 0 || t.head < 0) return out
  const relation = t.deprel
  if (isRelation(relation, 'conj')) return inherited(syntax, t.head, depth, 'coordination', passive)
  if (isRelation(relation, 'xcomp')) {
    // Object control ("urged him to leave") when the governing verb has an object, else subject control.
    const objects = dependents(syntax, t.head, 'obj', 'iobj')
    if (objects.length > 0) return objects.map((o) => ({ token: instanceOf(syntax, o), link: 'control' as const, passive }))
    return inherited(syntax, t.head, depth, 'control', passive)
  }
  if (isRelation(relation, 'acl')) return conjunctsOf(syntax, t.head).map((a) => ({ token: a, link: 'relative' as const, passive }))
  if (isRelation(relation, 'advcl') && (t.xpos === 'VBG' || t.xpos === 'VBN') && dependents(syntax, pred, 'mark').length === 0) {
    return inherited(syntax, t.head, depth, 'participle', passive)
  }
  return out
}

// Nouns that point at an instance of what their of-phrase does ("a similar example of voters rejecting").
const INSTANCE_NOUNS = new Set(['example', 'case', 'instance', 'precedent'])

/**
 * The doer an object stands for: "found a similar example of the people rejecting the party" has
 * the people reject, not the example; any other object is itself.
 */
function instanceOf(syntax: Syntax, object: number): number {
  if (!INSTANCE_NOUNS.has(syntax[object]!.lemma.toLowerCase())) return object
  return markedDependents(syntax, object, 'nmod', 'of')[0] ?? object
}

/** The subjects of `from` taken over by a predicate without its own (a module function, not a closure made per call). */
function inherited(syntax: Syntax, from: number, depth: number, link: SubjectLink, passive: boolean): Subject[] {
  return findSubjects(syntax, from, depth + 1).map((s) => ({ token: s.token, link: s.link === 'direct' ? link : s.link, passive }))
}

/** The agent of a passive predicate: the noun of its `by` phrase (`obl:agent`), or -1. */
export function agentOf(syntax: Syntax, pred: number): number {
  return dependents(syntax, pred, 'obl:agent')[0] ?? -1
}

/** Direct and indirect objects of a predicate (`obj`, `iobj`) with their conjuncts, in text order. */
export function objectsOf(syntax: Syntax, pred: number): number[] {
  const out: number[] = []
  for (const o of dependents(syntax, pred, 'obj', 'iobj')) out.push(...conjunctsOf(syntax, o))
  return out.sort((a, b) => a - b)
}

/** Whether the nominal at `nominal` has a preposition (`case` dependent) whose lower-case lemma is one of `prepositions`. */
export function hasCase(syntax: Syntax, nominal: number, ...prepositions: string[]): boolean {
  return dependents(syntax, nominal, 'case').some((c) => prepositions.includes(syntax[c]!.lemma.toLowerCase()))
}

/**
 * The dependents of token `i` bearing `relation` (or a subtype) marked by one of `prepositions`
 * ("an attack by rebels": `markedDependents(syntax, attack, 'nmod', 'by')` gives rebels), in text order.
 */
export function markedDependents(syntax: Syntax, i: number, relation: string, ...prepositions: string[]): number[] {
  return dependents(syntax, i, relation).filter((m) => hasCase(syntax, m, ...prepositions))
}

/** The preposition words (`case` and its `fixed` parts) of a nominal, in text order. */
export function caseMarkersOf(syntax: Syntax, nominal: number): number[] {
  const out: number[] = []
  for (const c of dependents(syntax, nominal, 'case')) {
    out.push(c, ...dependents(syntax, c, 'fixed'))
  }
  return out.sort((a, b) => a - b)
}

/** Obliques of a predicate (`obl` and subtypes, the `by` agent included) with their prepositions. */
export function obliquesOf(syntax: Syntax, pred: number): Oblique[] {
  return dependents(syntax, pred, 'obl').map((o) => {
    const caseTokens = caseMarkersOf(syntax, o)
    return {
      token: o,
      relation: syntax[o]!.deprel,
      preposition: caseTokens.map((c) => syntax[c]!.lemma.toLowerCase()).join(' '),
      caseTokens,
    }
  })
}

/** Clausal complements of a predicate (`ccomp`, `xcomp`): the predicates of the complement clauses. */
export function clausalComplementsOf(syntax: Syntax, pred: number): number[] {
  return dependents(syntax, pred, 'ccomp', 'xcomp')
}

/**
 * The clause a reporting verb reports: its `ccomp`, or, when the verb is attached to the quoted
 * clause as `parataxis` ("'We won,' she said"), that clause's predicate; -1 when neither.
 */
export function reportedClauseOf(syntax: Syntax, verb: number): number {
  const ccomp = dependents(syntax, verb, 'ccomp')[0]
  if (ccomp !== undefined) return ccomp
  const t = syntax[verb]
  return t && isRelation(t.deprel, 'parataxis') && t.head >= 0 ? t.head : -1
}

const CLAUSAL = ['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'csubj', 'parataxis']

/** Whether token `i` heads a clause (a predicate). */
export function isPredicate(syntax: Syntax, i: number): boolean {
  return predicateAt(syntax, i, 0)
}

function predicateAt(syntax: Syntax, i: number, depth: number): boolean {
  const t = syntax[i]
  if (!t || depth > 8) return false
  if (t.head < 0 || CLAUSAL.some((r) => isRelation(t.deprel, r))) return true
  if (dependents(syntax, i, 'nsubj', 'csubj', 'cop', 'aux').length > 0) return true
  return isRelation(t.deprel, 'conj') && (t.upos === 'VERB' || t.upos === 'AUX') && predicateAt(syntax, t.head, depth + 1)
}

/** The predicate of the clause token `i` belongs to (itself when it heads one), or -1. */
export function predicateOf(syntax: Syntax, i: number): number {
  let a = i
  for (let steps = 0; a >= 0 && a < syntax.length && steps <= syntax.length; steps++) {
    if (isPredicate(syntax, a)) return a
    a = syntax[a]!.head
  }
  return -1
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nt', 'cannot'])

/** The token negating the clause headed by `pred` ("did not go", "never went", "cannot say"), or -1. */
export function negationOf(syntax: Syntax, pred: number): number {
  for (const c of children(syntax, pred)) {
    const t = syntax[c]!
    if ((isRelation(t.deprel, 'advmod') || isRelation(t.deprel, 'aux') || t.deprel === 'neg') && NEGATORS.has(t.lemma.toLowerCase().replace('’', "'"))) return c
  }
  return -1
}

/**
 * The head token of the span `[start, end)` (an entity mention, a phrase): the token whose head
 * lies outside the span, the one heading most of the span when several do; -1 for an empty span.
 */
export function headOfSpan(syntax: Syntax, start: number, end: number): number {
  let best = -1
  let bestCount = -1
  for (let i = Math.max(0, start); i < Math.min(end, syntax.length); i++) {
    const h = syntax[i]!.head
    if (h >= start && h < end) continue
    let count = 0
    for (let j = start; j < end; j++) if (dominates(syntax, i, j)) count++
    if (count > bestCount) {
      best = i
      bestCount = count
    }
  }
  return best
}

/** Whether `a` is `b` or one of its ancestors. */
export function dominates(syntax: Syntax, a: number, b: number): boolean {
  let x = b
  for (let steps = 0; x >= 0 && x < syntax.length && steps <= syntax.length; steps++) {
    if (x === a) return true
    x = syntax[x]!.head
  }
  return false
}

/** The token range `[start, end)` covered by token `i` and its descendants. */
export function subtreeSpan(syntax: Syntax, i: number): { start: number; end: number } {
  if (i < 0 || i >= syntax.length) return { start: i, end: i }
  const index = indexOf(syntax)
  const { start, kids, spanStart, spanEnd } = index
  // Kept per token: the quotes step asks for the same heads' subtrees for every candidate span.
  if (spanEnd[i] !== 0) return { start: spanStart[i]!, end: spanEnd[i]! }
  let lo = i
  let hi = i
  const seen = new Set<number>([i])
  const todo = [i]
  while (todo.length > 0) {
    const x = todo.pop()!
    if (x < lo) lo = x
    if (x > hi) hi = x
    for (let k = start[x]!; k < start[x + 1]!; k++) {
      const c = kids[k]!
      if (seen.has(c)) continue
      seen.add(c)
      todo.push(c)
    }
  }
  spanStart[i] = lo
  spanEnd[i] = hi + 1
  return { start: lo, end: hi + 1 }
}

/**
 * Appositions of a nominal ("Hazem el-Beblawi, the former prime minister": each names the
 * other): its `appos` dependents and, when it is itself an apposition, its head.
 */
export function appositionsOf(syntax: Syntax, i: number): number[] {
  const out = dependents(syntax, i, 'appos')
  const t = syntax[i]
  if (t && isRelation(t.deprel, 'appos') && t.head >= 0) out.unshift(t.head)
  return out
}

/** All the arguments of a predicate at once, with agents and patients read through the passive. */
export function argumentsOf(syntax: Syntax, pred: number): PredicateArguments {
  const subjects = subjectsOf(syntax, pred)
  const passive = isPassive(syntax, pred)
  const objects = objectsOf(syntax, pred)
  const agent = agentOf(syntax, pred)
  const subjectTokens = subjects.map((s) => s.token)
  return {
    subjects,
    agents: passive ? (agent >= 0 ? conjunctsOf(syntax, agent) : []) : subjectTokens,
    patients: passive ? subjectTokens : objects,
    objects,
    obliques: obliquesOf(syntax, pred),
    complements: clausalComplementsOf(syntax, pred),
    passive,
    negation: negationOf(syntax, pred),
  }
}
