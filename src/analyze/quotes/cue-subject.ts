/**
 * The cue's own subject, as the source ranker's empty candidate reads it. Without it, "nobody
 * said it" is scored on the cue's words alone, so "Lead attorney Eric Lewis, who represents
 * Soltan, called ..." could lose a named speaker the parse hands over (the empty candidate's
 * features were the cue's word and its neighbours only). Features, not a rule over the pick:
 * PolNeAR marks no source for many cues that do have a parse subject (a subject that is not the
 * speaker: "the poll showed", "he was asked"), so the ranker learns how much each kind weighs.
 */
import type { FeatureSink } from '../../model/feature-hash.js'
import { agentOf, children, headOfSpan, subjectsOf } from '../syntax/relations.js'
import type { Syntax } from '../syntax/types.js'
import type { CueSite } from './span-candidates.js'

const PASSIVE_MARK = /^(?:aux|nsubj|csubj):pass$/

/** A parse word's kind as a speaker reads it: a name, a common noun, a pronoun, or another word. */
function nominalKind(syntax: Syntax, t: number): string {
  const u = syntax[t]!.upos
  return u === 'PROPN' || u === 'NOUN' || u === 'PRON' ? u : 'other'
}

/** Which side of the cue a word lies on, or `out` when it is outside the cue's sentence. */
function sideOfCue(cue: CueSite, t: number): string {
  if (t < cue.sentenceStart || t >= cue.sentenceEnd) return 'out'
  return t < cue.from ? 'B' : t >= cue.to ? 'A' : 'X'
}

/**
 * Writes what the parse says of the cue's own subject for the empty source: "Lead attorney Eric
 * Lewis, who represents Soltan, called ..." has a named subject before the cue, so "nobody said
 * it" should have to beat that, while "called for calm" after a comma has none. The subject is
 * the cue's predicate's (through coordination, control and relative clauses, as `subjectsOf`
 * reads it; a passive's is marked, since "was asked" is said to it), or a passive's `by` agent.
 */
export function writeCueSubject(sink: FeatureSink, syntax: Syntax, cue: CueSite, head: string): void {
  const pred = headOfSpan(syntax, cue.from, cue.to)
  const subject = pred < 0 ? undefined : subjectsOf(syntax, pred)[0]
  const agent = pred < 0 ? -1 : agentOf(syntax, pred)
  // Voice: `p` for a passive the parse marks ("was asked"), `r` for one it reads only from a
  // participle hanging off a noun: "Tax Foundation projected in May that ..." is often parsed as
  // a reduced relative, and the subject is then the speaker after all.
  const marked = pred >= 0 && children(syntax, pred).some((c) => PASSIVE_MARK.test(syntax[c]!.deprel))
  const voice = !subject?.passive ? 'a' : marked ? 'p' : 'r'
  const kind = subject ? `${sideOfCue(cue, subject.token)}|${nominalKind(syntax, subject.token)}|${voice}` : agent >= 0 ? `ag|${sideOfCue(cue, agent)}|${nominalKind(syntax, agent)}` : '0'
  sink.add`none|sj=${kind}`
  sink.add`none|sj|ln=${subject?.link ?? '-'}|${kind}`
  sink.add`none|sj|h=${kind}|${head}`
}
