/**
 * What the parse says about a trigger candidate: its part of speech and relation (a main verb, a
 * noun used as a modifier, a clause under "said"), its particle ("fire back", "beat up"), who its
 * subject and object are (a government, a storm, a team), the verb governing it ("launched an
 * attack", "threatened to strike") and whether it is passive. Read from `ctx.syntax` through the
 * shared relation helpers.
 */
import { subjectsOf } from '../syntax/relations.js'
import type { TriggerSentence } from './trigger-sentence.js'
import { topicClass } from './word-classes.js'

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
  const topic = topicClass(ts.view.lemmas[k]!)
  if (topic) return topic
  const t = ts.view.syntax?.[k]
  if (t?.upos === 'PRON') return 'PRON'
  if (t?.upos === 'PROPN') return 'NAME'
  return 'N'
}

const base = (deprel: string): string => deprel.split(':')[0]!

/** Appends the syntax features of candidate `i` (the sentence must have a parse). */
export function syntaxFeatures(ts: TriggerSentence, i: number, kids: readonly (readonly number[])[], out: string[]): void {
  const { view } = ts
  const syn = view.syntax!
  const t = syn[i]!
  const l = view.lemmas[i]!
  const dep = t.deprel
  const lex = ts.lexicon[i]!
  out.push(`pos=${t.upos}`, `xpos=${t.xpos}`, `dep=${dep}`, `l|pos=${l}|${t.upos}`, `l|dep=${l}|${base(dep)}`)
  for (const x of lex) out.push(`lex|pos=${x}|${t.upos}`, `lex|dep=${x}|${base(dep)}`)
  if (dep === 'compound') out.push('modifier', `modifier|l=${l}`)
  // The governing word: a light verb for a noun ("launched an attack"), a control or reporting verb.
  if (t.head >= 0) {
    const hl = view.lemmas[t.head]!
    out.push(`hl=${hl}`, `dep|hl=${base(dep)}|${hl}`, `hpos=${syn[t.head]!.upos}`)
    for (const x of ts.lexicon[t.head]!) out.push(`hlex=${x}`, `hlex|dep=${x}|${base(dep)}`)
  } else out.push('root')
  // The clause it sits in, walking up to the main clause.
  let a = i
  for (let steps = 0; steps < 6 && syn[a]!.head >= 0; steps++) {
    const r = base(syn[a]!.deprel)
    if (SUBORDINATE.has(r) && r !== 'conj' && r !== 'obj' && r !== 'nsubj' && r !== 'obl' && r !== 'nmod') {
      out.push(`clause=${r}`, `clause|gov=${r}|${view.lemmas[syn[a]!.head]}`)
      break
    }
    a = syn[a]!.head
  }
  // Its own dependents: particles, auxiliaries, subjects, objects, prepositions.
  let passive = false
  for (const c of kids[i]!) {
    const r = syn[c]!.deprel
    const cl = view.lemmas[c]!
    if (r === 'compound:prt') out.push(`prt=${cl}`, `l|prt=${l}|${cl}`)
    else if (r === 'aux' || r === 'mark' || r === 'advmod' || r === 'det' || r === 'cop') out.push(`${r}=${cl}`)
    else if (r === 'aux:pass' || r === 'nsubj:pass') passive = true
    if (r === 'obj' || r === 'iobj') out.push(`obj=${participantKind(ts, c)}`, `obj|l=${l}|${participantKind(ts, c)}`, `objl=${cl}`)
    else if (base(r) === 'obl' || base(r) === 'nmod') {
      const prep =
        kids[c]!.filter((k) => syn[k]!.deprel === 'case')
          .map((k) => view.words[k])
          .join(' ') || '-'
      out.push(`${base(r)}=${prep}`, `${base(r)}|kind=${prep}|${participantKind(ts, c)}`)
      if (r === 'nmod:poss') out.push(`poss=${participantKind(ts, c)}`)
    } else if (r === 'amod' && view.entityType[c]) out.push(`amod=${view.entityType[c]}`)
    else if (r === 'ccomp') out.push('has-ccomp')
  }
  if (passive) out.push('passive', ...lex.map((x) => `passive|lex=${x}`))
  // Its subjects, through relative clauses, coordination and control.
  if (view.articleSyntax) {
    const from = view.sentence.tokenStart
    const subjects = subjectsOf(view.articleSyntax, from + i)
    for (const s of subjects.slice(0, 2)) {
      const k = s.token - from
      if (k < 0 || k >= syn.length) continue
      const kind = participantKind(ts, k)
      out.push(`subj=${kind}`, `subj|l=${l}|${kind}`, `subjl=${view.lemmas[k]}`, `subjlink=${s.link}`)
      for (const x of lex) out.push(`subj|lex=${kind}|${x}`)
    }
    if (subjects.length === 0) out.push('no-subj')
  }
}
