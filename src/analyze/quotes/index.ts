/**
 * The quotes step: attributions (who said or believes what) found around cue phrases, with the
 * content span, the span naming the source, the cue, and the speaker linked to an entity when
 * the entity step has a mention there (pronouns resolve through its coreference).
 */
import type { Entity, Quote } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { findAttributions, type CharSpan } from './attribution-rules.js'
import { findQuotedSpans } from './quote-marks.js'
import { FALLBACK_CUE_LEXICON } from './cue-lexicon.js'
import { parseWireDateline } from '../../extract/text-signals/dateline.js'

/** Finds attributions in the article text (with a small built-in cue list when the model is absent). */
export function findQuotes(ctx: AnalysisContext): Quote[] {
  const lexicon = ctx.models.quoteCues ?? FALLBACK_CUE_LEXICON
  const quoted = findQuotedSpans(ctx.text)
  const found = findAttributions(ctx.text, ctx.tokens, ctx.sentences, quoted, lexicon)
  const lead = datelineEnd(ctx.text)
  return found.map((attribution) => {
    const a = lead > 0 && attribution.source && attribution.source.start < lead ? { ...attribution, source: attribution.source.end > lead ? { start: lead, end: attribution.source.end } : null } : attribution
    const speaker = a.source ? linkSpeaker(ctx.text, ctx.entities, a.source) : null
    // The comma of `...,” he said` and surrounding spaces belong to the quoting sentence.
    let { start, end } = a.content
    while (end > start && /[\s,;:]/.test(ctx.text[end - 1]!)) end--
    while (start < end && /\s/.test(ctx.text[start]!)) start++
    return {
      text: ctx.text.slice(start, end),
      start,
      end,
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

/**
 * Where the dateline that opens the text ends ("SANTIAGO, March 4 (Meridian Press) - "), or 0:
 * the first sentence's speaker starts after it, however the rules read the words before the cue.
 */
function datelineEnd(text: string): number {
  const newline = text.indexOf('\n')
  const dateline = parseWireDateline(newline === -1 ? text : text.slice(0, newline), null)
  return dateline?.place ? dateline.length : 0
}

/**
 * The entity a source phrase names: a person mentioned anywhere in it ("Senior research fellow
 * Hong Min at the institute"), otherwise an entity at its head, the phrase's start or end ("The
 * Kremlin", "officials in Moscow" is not Moscow speaking).
 */
function linkSpeaker(text: string, entities: readonly Entity[], source: CharSpan): Entity | null {
  let best: Entity | null = null
  let bestScore = -Infinity
  const phrase = text.slice(source.start, source.end).replace(/[\s,]+$/, '')
  const end = source.start + phrase.length
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < source.start || m.end > source.end) continue
      // "Her Argentine counterpart, Martín Esquivel": a pronoun inside a longer phrase is a
      // possessive or a modifier, never the speaker; it names one only as the whole source.
      if (m.kind === 'pronoun' && (m.start !== source.start || m.end !== end)) continue
      // "Reports out of North Korea", "relations between North Korea and Russia": an entity after a
      // preposition is not the head of the phrase.
      const before = text.slice(source.start, m.start)
      const headAtEnd = m.end === end && !/\b(?:of|from|between|and|in|at|with|by|for|on|about|to)\s+(?:the\s+)?$/i.test(before)
      const atEdge = m.start === source.start || headAtEnd || /^\s*,/.test(text.slice(m.end, end))
      if (e.type !== 'PERSON' && !atEdge) continue
      if (e.type === 'PERSON' && !atEdge && /^(?:reports?|a report|media|the report)\b/i.test(phrase)) continue
      const score = (e.type === 'PERSON' ? 1000 : e.type === 'ORG' ? 500 : 0) - (m.start - source.start) / 1000
      if (score > bestScore) {
        best = e
        bestScore = score
      }
    }
  }
  return best
}
