/**
 * The quotes step: attributions (who said or believes what) found around cue phrases, with the
 * content span, the span naming the source, the cue, and the speaker linked to an entity when
 * the entity step has a mention there (pronouns resolve through its coreference).
 */
import type { Entity, Quote } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { findAttributions, type CharSpan } from './attribution-rules.js'
import { findQuotedSpans } from './quote-marks.js'

/** Finds attributions in the article text; empty (with no error) when the cue lexicon is absent. */
export function findQuotes(ctx: AnalysisContext): Quote[] {
  const lexicon = ctx.models.quoteCues
  if (!lexicon) return []
  const quoted = findQuotedSpans(ctx.text)
  const found = findAttributions(ctx.text, ctx.tokens, ctx.sentences, quoted, lexicon)
  return found.map((a) => {
    const speaker = a.source ? linkSpeaker(ctx.entities, a.source) : null
    return {
      text: ctx.text.slice(a.content.start, a.content.end),
      start: a.content.start,
      end: a.content.end,
      kind: a.direct ? 'direct' : 'indirect',
      speaker: speaker?.id ?? null,
      speakerName: speaker?.name ?? (a.source ? ctx.text.slice(a.source.start, a.source.end) : null),
      speakerMention: a.source ? { start: a.source.start, end: a.source.end } : null,
      cue: ctx.text.slice(a.cue.start, a.cue.end),
      cueSpan: { start: a.cue.start, end: a.cue.end },
      confidence: Math.round(a.confidence * 100) / 100,
    }
  })
}

/** The entity with a mention inside the source span; people first, then the mention nearest the cue end. */
function linkSpeaker(entities: readonly Entity[], source: CharSpan): Entity | null {
  let best: Entity | null = null
  let bestScore = -Infinity
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < source.start || m.end > source.end) continue
      const score = (e.type === 'PERSON' ? 1000 : e.type === 'ORG' ? 500 : 0) - (m.start - source.start) / 1000
      if (score > bestScore) {
        best = e
        bestScore = score
      }
    }
  }
  return best
}
