/**
 * "The person was hospitalized, the news agency said, citing the regional health commission":
 * the noun phrase "citing" or "quoting" takes is where the news came from when it names someone,
 * not what was said. (A reason, "citing a threat to public health", stays the content, as PolNeAR
 * marks it.)
 */
import type { Quote } from '../../model/article.js'
import { sentenceAt, type AnalysisContext } from '../context.js'
import { resolveSpeaker } from './speaker.js'
import { namesSomeone } from './source-kind.js'

const CITING = /^(?:citing|quoting)$/i
// Cues that report news ("the news agency said", "the newspaper reported").
const REPORTING = /\b(?:said|says|say|reported|reports|report|told|tells|wrote|writes|announced|announces|stated|states)\b/i

/**
 * A "citing someone" reading made the attribution it belongs to: the cited party is the source of
 * the content of the nearest attribution in the same sentence ("the news agency said, citing the
 * commission", "The agency, citing a source, reported that …"). Null when there is
 * none: the reading has no content of its own. Any other quote comes back as it is.
 */
export function citedSource(ctx: AnalysisContext, q: Quote, all: readonly Quote[]): Quote | null {
  const cue = q.cueSpan
  if (!cue || !CITING.test(q.cue?.trim() ?? '') || q.kind !== 'indirect' || q.start < cue.end || !namesSomeone(ctx, q)) return q
  const sentence = sentenceAt(ctx.sentences, cue.start)
  const from = sentence?.start ?? cue.start
  const to = sentence?.end ?? cue.end
  const distance = (o: Quote): number => Math.max(cue.start - o.cueSpan!.end, o.cueSpan!.start - cue.end)
  let host: Quote | undefined
  for (const o of all) {
    if (o === q || !o.cueSpan || o.cueSpan.start < from || o.cueSpan.end > to || CITING.test(o.cue?.trim() ?? '')) continue
    if (!host || distance(o) < distance(host)) host = o
  }
  if (!host) return null
  // "“…,” he continued, citing the many Americans who gave up", "calling on attendees to oppose
  // bigotry after citing Trump's ban": beside someone's own words or acts the phrase is a reason
  // they give (PolNeAR marks it so); only news reported in indirect speech has a cited origin.
  if (host.kind !== 'indirect' || !REPORTING.test(host.cue ?? '')) return q
  const cited = resolveSpeaker(ctx.text, ctx.entities, { start: q.start, end: q.end })
  return {
    ...host,
    speaker: cited.entity?.id ?? null,
    speakerName: cited.name,
    speakerMention: { start: q.start, end: q.end },
    // How the cited party put it (a statement, a briefing) is not told: it spoke.
    class: 'speech',
    cue: q.cue,
    cueSpan: cue,
    confidence: q.confidence,
  }
}
