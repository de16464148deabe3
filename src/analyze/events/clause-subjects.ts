/**
 * Whose subject a predicate has when the parse gives it none of its own or gives it two: a
 * subordinated gerund ("while demanding"), an object-controlled complement ("let him attend"), a
 * conjunct of an active verb ("killed five and wounded"), a trailing participle's clause, and who
 * underwent a describing participle ("was found shot dead").
 */
import { dependents, isPassive, subjectsOf, type Subject } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'
import { ownersOf } from './control.js'

/**
 * The agents of the predicate at `at`, nearest own subject first where the parser gave it two
 * ("This escalation had dire effects: the US now detains ...", an earlier clause misread as
 * part of this one): the subject next to its verb is its own. A clause's subject that names
 * a purpose or plan is no agent of its infinitive ("The primary goal is to provide aid"); its
 * owner is.
 */
export function ownAgents(article: NonNullable<SentenceView['articleSyntax']>, at: number, agents: readonly number[]): number[] {
  const outer = dependents(article, at, 'nsubj:outer')
  const direct = dependents(article, at, 'nsubj').filter((k) => article[k]!.deprel === 'nsubj')
  // ("Smith's plan is to attack": whoever owns the plan.)
  const kept = agents.flatMap((k) => (!outer.includes(k) || article[k]!.upos === 'PROPN' || article[k]!.upos === 'PRON' ? [k] : ownersOf(article, k)))
  if (direct.length < 2) return kept
  const nearest = direct.reduce((a, b) => (Math.abs(b - at) < Math.abs(a - at) ? b : a))
  return [nearest, ...kept.filter((k) => k !== nearest)]
}

/** Subordinators that open a gerund clause without a subject of its own ("while demanding", "after meeting"). */
const SUBORDINATORS = new Set(['while', 'after', 'before', 'by', 'when', 'since', 'without', 'upon', 'in', 'on', 'through', 'despite'])
/** Pronouns that stand for a participant. */
export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you'])

/** Whether the predicate at `at` is an open complement whose subject is its governor's object ("let him attend"). */
export function isObjectControlled(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  const d = article[at]!
  return d.deprel.startsWith('xcomp') && d.head >= 0 && dependents(article, d.head, 'obj', 'iobj').length > 0
}

/** Whether the gerund at `at` has no subject of its own and a subordinator opens its clause. */
export function isSubordinateGerund(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  if (dependents(article, at, 'nsubj', 'nsubj:pass', 'csubj').length > 0) return false
  const marks = dependents(article, at, 'mark', 'case').map((m) => article[m]!.lemma.toLowerCase())
  return marks.length > 0 && marks.every((m) => SUBORDINATORS.has(m))
}

/**
 * Whether the predicate at `at` is the later conjunct of a finite active verb ("killed five and
 * wounded", "worked for the party and donated"): it shares that verb's voice and subject.
 */
export function isActiveConjunct(article: NonNullable<SentenceView['articleSyntax']>, at: number): boolean {
  const d = article[at]!
  if (d.deprel !== 'conj' || d.head < 0 || dependents(article, at, 'aux', 'aux:pass', 'cop').length > 0) return false
  const head = article[d.head]!
  return head.upos === 'VERB' && /^VB[DZP]$/.test(head.xpos) && !isPassive(article, d.head)
}

/**
 * The subjects of the clause a subordinated gerund adjoins (the verb at `at`), climbing through
 * gerund clauses that have none of their own: "The men put bags over her head, beating and
 * kicking them while demanding repayment" (demanding -> kicking -> beating -> put: the men), also
 * where the parser hung a comma-set gerund from the nearest noun ("her head").
 */
export function adjoinedSubjects(article: NonNullable<SentenceView['articleSyntax']>, at: number): Subject[] {
  let k = at
  for (let steps = 0; steps < 4 && k >= 0; steps++) {
    const d = article[k]!
    const gerund = d.xpos === 'VBG' && d.head >= 0 && dependents(article, k, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop').length === 0
    // ("beating and kicking them": a later conjunct shares its first conjunct's clause.)
    if (gerund && d.deprel === 'conj' && article[d.head]!.xpos === 'VBG') {
      k = d.head
      continue
    }
    // ("locked them in a room, beating them": a comma-set gerund the parser hung from a noun of the
    // clause is that clause's, not the noun's.)
    const head = article[d.head]
    if (gerund && /^(acl|advcl)/.test(d.deprel) && head && /^(NOUN|PROPN)$/.test(head.upos) && article[k - 1]?.lemma === ',') {
      k = clauseOf(article, d.head)
      continue
    }
    const subjects = subjectsOf(article, k)
    if (subjects.length) return subjects
    if (!gerund || !/^(advcl|conj)/.test(d.deprel)) return []
    k = d.head
  }
  return []
}

/**
 * The verb whose object or oblique phrase holds the noun at `at` ("taken back a number of
 * [areas]"), or -1: the clause a trailing participle belongs to.
 */
export function clauseOf(article: NonNullable<SentenceView['articleSyntax']>, at: number): number {
  let k = at
  for (let steps = 0; steps < 4; steps++) {
    const d = article[k]!
    if (d.head < 0 || !/^(obj|obl|nmod|conj)/.test(d.deprel)) return -1
    k = d.head
    if (article[k]!.upos === 'VERB') return /^(obj|obl)/.test(d.deprel) || steps > 0 ? k : -1
  }
  return -1
}

/**
 * Who underwent a describing participle: its own subject, else that of the word it describes
 * ("was found [shot] dead": shot -> dead -> found, whose passive subject was found).
 */
export function undergoers(article: NonNullable<SentenceView['articleSyntax']>, at: number): number[] {
  let k = at
  for (let steps = 0; steps < 3; steps++) {
    const subjects = subjectsOf(article, k)
    if (subjects.length) return subjects.map((s) => s.token)
    const d = article[k]!
    if (d.head < 0 || !/^(amod|xcomp|advmod|conj)/.test(d.deprel)) break
    // "imprisoned hacker", "wounded soldiers": the noun it describes.
    if (d.deprel === 'amod' && /^(NOUN|PROPN)$/.test(article[d.head]!.upos) && !dependents(article, d.head, 'nmod:poss').some((p) => p < k)) return [d.head]
    k = d.head
  }
  return []
}
