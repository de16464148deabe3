/**
 * What the parse says about a trigger candidate: its part of speech and relation (a main verb, a
 * noun used as a modifier, a clause under "said"), its particle ("fire back", "beat up"), who its
 * subject and object are (a government, a storm, a team), the verb governing it ("launched an
 * attack", "threatened to strike") and whether it is passive. Read from `ctx.syntax` through the
 * shared relation helpers.
 */
import { subjectsOf } from '../syntax/relations.js'
import type { TriggerSentence } from './trigger-sentence.js'
import type { PieceSink } from '../../model/feature-hash.js'

const SUBORDINATE = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'csubj', 'parataxis', 'conj', 'appos', 'obl', 'nmod', 'obj', 'nsubj', 'root'])

/** Children (local indices) of each token of the sentence. */
export function childrenOf(ts: TriggerSentence): number[][] {
  const syn = ts.view.syntax!
  const kids: number[][] = syn.map(() => [])
  syn.forEach((t, i) => {
    if (t.head >= 0 && t.head !== i) kids[t.head]!.push(i)
  })
  return kids
}

/** What kind of participant the token at `k` is: an actor kind, a topic class, a pronoun, or a plain noun. */
export function participantKind(ts: TriggerSentence, k: number): string {
  const actor = ts.actorKinds[k]
  if (actor) return actor
  // The sentence's topic classes (`topicClass` of each lemma), computed once by `triggerSentence`.
  const topic = ts.topics[k]
  if (topic) return topic
  const t = ts.view.syntax?.[k]
  if (t?.upos === 'PRON') return 'PRON'
  if (t?.upos === 'PROPN') return 'NAME'
  return 'N'
}

/** A relation without its subtype: `obl` for `obl:tmod`. */
export function baseRelation(deprel: string): string {
  const colon = deprel.indexOf(':')
  return colon < 0 ? deprel : deprel.slice(0, colon)
}

/** Adds the syntax features of candidate `i` (the sentence must have a parse). */
export function syntaxFeatures(ts: TriggerSentence, i: number, kids: readonly (readonly number[])[], out: PieceSink): void {
  const { view } = ts
  const syn = view.syntax!
  const base = ts.relations ?? syn.map((x) => baseRelation(x.deprel))
  const t = syn[i]!
  const l = view.lemmas[i]!
  // A head in another semicolon-joined clause: the clause is read as a sentence of its own, where
  // the candidate would be the root.
  const own = ts.clauses[i]!
  const inClause = (k: number): boolean => k >= 0 && ts.clauses[k] === own
  const head = inClause(t.head) ? t.head : -1
  const dep = head >= 0 || t.head < 0 ? t.deprel : 'root'
  const depBase = head >= 0 || t.head < 0 ? base[i]! : 'root'
  const lex = ts.lexicon[i]!
  out.add('pos=', t.upos)
  out.add('xpos=', t.xpos)
  out.add('dep=', dep)
  out.add('l|pos=', l, '|', t.upos)
  out.add('l|dep=', l, '|', depBase)
  for (const x of lex) {
    out.add('lex|pos=', x, '|', t.upos)
    out.add('lex|dep=', x, '|', depBase)
  }
  if (dep === 'compound') {
    out.add('modifier')
    out.add('modifier|l=', l)
  }
  // The governing word: a light verb for a noun ("launched an attack"), a control or reporting verb.
  if (head >= 0) {
    const hl = view.lemmas[head]!
    out.add('hl=', hl)
    out.add('dep|hl=', depBase, '|', hl)
    out.add('hpos=', syn[head]!.upos)
    for (const x of ts.lexicon[head]!) {
      out.add('hlex=', x)
      out.add('hlex|dep=', x, '|', depBase)
    }
  } else out.add('root')
  // The clause it sits in, walking up to the main clause.
  let a = i
  for (let steps = 0; steps < 6 && inClause(syn[a]!.head); steps++) {
    const r = base[a]!
    if (SUBORDINATE.has(r) && r !== 'conj' && r !== 'obj' && r !== 'nsubj' && r !== 'obl' && r !== 'nmod') {
      out.add('clause=', r)
      out.add('clause|gov=', r, '|', view.lemmas[syn[a]!.head]!)
      break
    }
    a = syn[a]!.head
  }
  // Its own dependents: particles, auxiliaries, subjects, objects, prepositions.
  let passive = false
  for (const c of kids[i]!) {
    const r = syn[c]!.deprel
    const cl = view.lemmas[c]!
    if (r === 'compound:prt') {
      out.add('prt=', cl)
      out.add('l|prt=', l, '|', cl)
    } else if (r === 'aux' || r === 'mark' || r === 'advmod' || r === 'det' || r === 'cop') out.add(r, '=', cl)
    else if (r === 'aux:pass' || r === 'nsubj:pass') passive = true
    const rb = base[c]!
    if (r === 'obj' || r === 'iobj') {
      const kind = participantKind(ts, c)
      out.add('obj=', kind)
      out.add('obj|l=', l, '|', kind)
      out.add('objl=', cl)
    } else if (rb === 'obl' || rb === 'nmod') {
      const prep =
        kids[c]!.filter((k) => syn[k]!.deprel === 'case')
          .map((k) => view.words[k])
          .join(' ') || '-'
      const kind = participantKind(ts, c)
      out.add(rb, '=', prep)
      out.add(rb, '|kind=', prep, '|', kind)
      if (r === 'nmod:poss') out.add('poss=', kind)
    } else if (r === 'amod' && view.entityType[c]) out.add('amod=', view.entityType[c]!)
    else if (r === 'ccomp') out.add('has-ccomp')
  }
  if (passive) {
    out.add('passive')
    for (const x of lex) out.add('passive|lex=', x)
  }
  // Its subjects, through relative clauses, coordination and control.
  if (view.articleSyntax) {
    const from = view.sentence.tokenStart
    const subjects = subjectsOf(view.articleSyntax, from + i).filter((s) => inClause(s.token - from))
    for (const s of subjects.slice(0, 2)) {
      const k = s.token - from
      if (k < 0 || k >= syn.length) continue
      const kind = participantKind(ts, k)
      out.add('subj=', kind)
      out.add('subj|l=', l, '|', kind)
      out.add('subjl=', view.lemmas[k]!)
      out.add('subjlink=', s.link)
      for (const x of lex) out.add('subj|lex=', kind, '|', x)
    }
    if (subjects.length === 0) out.add('no-subj')
  }
}
