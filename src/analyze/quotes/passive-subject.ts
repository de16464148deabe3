/**
 * What a passive or raising cue reports starts at its subject: "He was charged with assault",
 * "Russia has long been known for engaging in such propaganda warfare", "Donald Trump on Tuesday
 * seemed to imply that ...". PolNeAR train (months before 2016-08) marks the content from the
 * subject for such cues with no source before them: passive 240 of 308 (39 start after the cue,
 * most of them a listener's passive: "was asked", "is briefed"), passive with an infinitive 82 of
 * 99 (5 after), seem/appear/expect-like verbs with an infinitive 102 of 125 (2 after; most others
 * start earlier).
 */
import type { QuoteDoc } from './document-index.js'
import type { CueSite } from './span-candidates.js'
import type { Syntax } from '../syntax/types.js'
import { children, subtreeSpan } from '../syntax/relations.js'

/** Verbs whose subject is what is said of it when an infinitive follows ("seemed to imply", "is expected to run"). */
const RAISING = /^(?:seem|appear|expect|consider|know|believe|think|report|suppose|allege|show|view|regard|deem|estimate|project|predict|rumor|rumour|say|tip|likely)$/
/** Passives whose subject is the listener, not what was said ("was asked if ...", "were told that ..."). */
const LISTENER = /^(?:ask|tell|brief|inform|advise|question|urge|warn|invite|remind|assure|promise|instruct|order|encourage|focus|quote|interview|reach|contact)$/

/**
 * Verbs that give a name ("The rooms are often called iceboxes"): the name stays the content, so the
 * quotes step can tell a name given to something (class other) from words said.
 */
const NAMING = /^(?:call|name|dub|title|label|know|nickname|term|brand|refer)$/

/**
 * The first token of the subject a passive or raising cue reports on, when the cue has one before
 * it in its sentence and no clause of its own after it ("it was revealed that ..."); -1 otherwise.
 */
export function reportedSubjectStart(doc: QuoteDoc, cue: CueSite, syntax: Syntax): number {
  let verb = -1
  for (let t = cue.from; t < cue.to && verb < 0; t++) if (syntax[t]!.upos === 'VERB' || syntax[t]!.upos === 'ADJ') verb = t
  if (verb < 0) return -1
  const lemma = syntax[verb]!.lemma.toLowerCase()
  if (LISTENER.test(lemma) || NAMING.test(lemma)) return -1
  const deps = children(syntax, verb)
  if (deps.some((d) => d > verb && /^(?:ccomp|csubj)/.test(syntax[d]!.deprel))) return -1
  const infinitive = deps.some((d) => d > verb && syntax[d]!.deprel === 'xcomp')
  // A passive has its "be" ("who's called for" is "has called for", read as a passive by the parse).
  const passive = deps.some((d) => d < verb && syntax[d]!.deprel === 'aux:pass' && /^(?:is|are|was|were|be|been|being|am|get|got|gets|getting|gotten)$/.test(doc.lower[d]!))
  for (const d of deps) {
    if (d >= cue.from) continue
    const rel = syntax[d]!.deprel
    if (!(rel === 'nsubj:pass' && passive) && !(rel === 'nsubj' && infinitive && RAISING.test(lemma))) continue
    const start = subtreeSpan(syntax, d).start
    if (start < cue.sentenceStart || doc.quoteOf[start] || /^(?:it|there)$/.test(doc.lower[d]!)) return -1
    return start
  }
  return -1
}
