/**
 * Responsibility claimed or disowned for an act ("Hamas claimed responsibility for the attack",
 * "Trump has no responsibility for the murder"): who did it, or that nobody named did.
 */
import { dependents } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'

/**
 * Who answers for the trigger at local `i` when it hangs from "responsibility" or "blame":
 * 'disowned' where "no" qualifies the noun or a negated or denying verb takes it ("has no
 * responsibility for the murder"), the verb (article index) where one claims it ("claimed
 * responsibility for the attack"), else null.
 */
export function responsibilityFor(view: SentenceView, article: NonNullable<SentenceView['articleSyntax']>, from: number, i: number): number | 'disowned' | null {
  const t = article[from + i]!
  if (t.head < 0 || !/^(nmod|obl)/.test(t.deprel)) return null
  const noun = article[t.head]!
  if (!RESPONSIBILITY.has(noun.lemma.toLowerCase())) return null
  const negated = (k: number): boolean => dependents(article, k, 'det', 'advmod').some((d) => NEGATORS.has(article[d]!.lemma.toLowerCase()))
  if (negated(t.head)) return 'disowned'
  const verb = noun.head
  if (verb < 0) return null
  const word = view.words[verb - from]?.toLowerCase() ?? ''
  if (negated(verb) || DENYING.has(article[verb]!.lemma.toLowerCase()) || DENYING.has(word)) return 'disowned'
  return noun.deprel === 'obj' && (CLAIMING.has(article[verb]!.lemma.toLowerCase()) || CLAIMING.has(word)) ? verb : null
}
const RESPONSIBILITY = new Set(['responsibility', 'blame', 'culpability', 'liability'])
const CLAIMING = new Set(['claim', 'claimed', 'claims', 'take', 'took', 'taken', 'accept', 'accepted', 'admit', 'admitted'])
const NEGATORS = new Set(['no', 'not', 'never', "n't", 'nobody'])
const DENYING = new Set(['deny', 'denied', 'denies', 'disclaim', 'reject', 'rejected', 'disavow', 'disavowed'])
