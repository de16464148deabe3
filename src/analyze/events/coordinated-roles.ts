/**
 * Conjoined participants share one role: "Russia and the Syrian government have been accused of
 * bombing hospitals" names two who are accused, not an accuser and an accused. The role model
 * reads a noun after "and" as a separate participant; this check keeps it on the side of its
 * first conjunct. And the act an accusation or an arrest is for has participants of its own
 * ("accused of bombing hospitals in Aleppo"): none of them is the accuser.
 */
import type { ArgumentCandidate } from './arguments.js'
import { dependents, type PredicateArguments } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'

// Whether local tokens `a` and `b` are conjuncts of one coordination ("Russia and the Syrian government").
function areConjuncts(view: SentenceView, a: number, b: number): boolean {
  const syn = view.syntax
  if (!syn || a === b) return false
  const top = (k: number): number => {
    for (let steps = 0; steps < 4 && syn[k]!.deprel === 'conj' && syn[k]!.head >= 0; steps++) k = syn[k]!.head
    return k
  }
  return top(a) === top(b)
}

// Whether the candidate `c` is a conjunct of the recipient the parse gave, and so undergoes the
// act with it rather than doing it.
function sharesRecipientRole(view: SentenceView, c: ArgumentCandidate, recipient: ArgumentCandidate | null): boolean {
  return recipient !== null && c !== recipient && areConjuncts(view, c.head, recipient.head)
}

/**
 * Whether `c` undergoes the passive trigger at local `i` together with its parsed recipient: a
 * conjunct of that passive subject, with a passive auxiliary and no agent ("Russia and the Syrian
 * government have been accused": both accused, neither the accuser).
 */
export function undergoesTogether(view: SentenceView, i: number, args: PredicateArguments | null, recipient: ArgumentCandidate | null, c: ArgumentCandidate): boolean {
  const article = view.articleSyntax
  if (!article || !args?.passive || args.agents.length > 0 || recipient === null) return false
  const from = view.sentence.tokenStart
  // (Only with a passive auxiliary: "the quartet – the US, Russia, the EU and the UN – recommended"
  // and "prisoners captured at Friedrichsfeld" are misread actives and reduced relatives.)
  if (dependents(article, from + i, 'aux:pass').length === 0) return false
  if (!args.subjects.some((s) => s.passive && s.token - from === recipient.head)) return false
  return sharesRecipientRole(view, c, recipient)
}

/**
 * Whether local token `k` lies in the "of"/"for"/"over" phrase of the trigger at `i` that names
 * the act it holds someone to account for ("accused of bombing hospitals in Aleppo", "arrested for
 * attacking a convoy"): that act's participants are not the accuser's side.
 */
export function inChargedAct(view: SentenceView, i: number, k: number): boolean {
  const syn = view.syntax
  if (!syn) return false
  for (let u = k, steps = 0; steps < 6 && u >= 0; steps++) {
    const d = syn[u]!
    if (d.head === i) {
      // (Not a time: "jailed for a week in the UK" names where and how long.)
      if (!/^(obl|advcl)/.test(d.deprel) || TIME_WORDS.has(view.lemmas[u]!)) return false
      return syn.some((x, m) => x.head === u && (x.deprel === 'case' || x.deprel === 'mark') && CHARGE_MARKS.has(view.words[m]!.toLowerCase()))
    }
    u = d.head
  }
  return false
}

// Nouns of a length of time ("for a week", "for more than a year").
const TIME_WORDS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'time', 'while', 'period', 'term', 'life'])

// Prepositions that introduce what someone is held to account for.
const CHARGE_MARKS = new Set(['of', 'for', 'over'])
