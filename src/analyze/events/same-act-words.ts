/**
 * Words that name again an act already coded (issue 15, read on real pages): the result of a
 * killing ("stabbed to death", "shot dead"), which the verb reports with its actor and victim;
 * and a threat named again ("The sender vowed to detonate bombs [...] The threat came from an
 * overseas server"), which is the threat the article already coded, not a second one.
 */
import type { EarlierEvent } from './retold-incidents.js'
import { kidsAt as kidsOf, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
}

/**
 * "was stabbed to death", "was shot dead by police": "death" or "dead" that completes a verb the
 * sentence already codes is that verb's act (the verb's own event stays; alone, the word stays).
 */
export function isResultOfAct(ts: TriggerSentence, d: Trigger, others: readonly Trigger[]): boolean {
  const syn = ts.view.syntax
  if (!syn || d.last !== d.index) return false
  const w = word(ts, d.index)
  const t = syn[d.index]!
  let result = false
  if (w === 'death' && t.upos === 'NOUN') result = /^obl/.test(t.deprel) && kidsOf(ts, d.index).some((k) => rel(ts, k) === 'case' && word(ts, k) === 'to')
  else if (w === 'dead') result = /^(xcomp|advmod|obl|advcl)/.test(t.deprel)
  if (!result || t.head < 0 || syn[t.head]!.upos !== 'VERB') return false
  return others.some((o) => o !== d && o.index <= t.head && t.head <= o.last)
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])
// Adjectives that make a threat a new one ("a second threat", "the latest threat").
const NEW_ONE = new Set(['new', 'second', 'third', 'latest', 'another', 'fresh', 'further', 'additional', 'renewed', 'recent', 'other', 'similar', 'next'])
// Prepositions that name a threat's maker or target ("the threat from Pyongyang", "the threat to the school").
const PARTICIPANT_PREPOSITIONS = new Set(['from', 'by', 'against', 'to', 'on', 'of'])

/**
 * Whether the noun at local index `i` is "the threat" again: THREATEN, definite, with no maker,
 * target or mark of a new threat of its own, in an article that coded a THREATEN earlier.
 */
export function isThreatNamedAgain(ts: TriggerSentence, i: number, type: string, sentence: number, earlier: readonly EarlierEvent[]): boolean {
  const syn = ts.view.syntax
  if (type !== 'THREATEN' || !syn || syn[i]!.upos !== 'NOUN' || !/^threats?$/.test(word(ts, i))) return false
  if (!earlier.some((e) => e.sentence < sentence && e.event.type === 'THREATEN')) return false
  const kids = kidsOf(ts, i)
  if (!kids.some((k) => rel(ts, k) === 'det' && DEFINITE.has(word(ts, k)))) return false
  return !kids.some((k) => {
    const r = rel(ts, k)
    if (r === 'nmod:poss' || r === 'compound' || r === 'acl' || r === 'acl:relcl') return true
    if (r === 'amod') return NEW_ONE.has(word(ts, k)) || !!ts.view.entityType[k]
    return /^nmod/.test(r) && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && PARTICIPANT_PREPOSITIONS.has(word(ts, c)))
  })
}
