/**
 * Country-pair relations: events grouped by ordered (actor country, recipient country) pair,
 * counted by PLOVER type and quad class, with a cooperation-conflict score and the evidence
 * spans behind every figure. Works on one article's events or on events pooled from a corpus.
 */
import type { ArticleEvent } from './article.js'
import { COOPERATION_SCORE, PLOVER_TYPES, QUAD_CLASS, type PloverType } from './plover.js'

/** Events of one ordered country pair. */
export interface CountryPairRelation {
  /** `ACTOR>RECIPIENT`, ISO alpha-3 each. */
  readonly pair: string
  readonly actor: string
  readonly recipient: string
  readonly events: number
  readonly byType: Record<string, number>
  readonly byQuadClass: Record<string, number>
  /** Mean cooperation (+10) to conflict (-10) weight of the pair's asserted, non-negated events. */
  readonly score: number
  /** Where each counted event is stated: article id (when pooled) and the evidence span. */
  readonly evidence: Array<{ article?: string; event: string; start: number; end: number }>
}

/** An event with the article it came from, for pooling across a corpus. */
export interface SourcedEvent {
  readonly article?: string
  readonly event: ArticleEvent
}

/** Groups events with a known actor and recipient country into ordered pairs, busiest first. */
export function countryPairs(events: Iterable<SourcedEvent>): CountryPairRelation[] {
  const pairs = new Map<string, { actor: string; recipient: string; list: SourcedEvent[] }>()
  for (const item of events) {
    const { actorCountry, recipientCountry } = item.event
    if (!actorCountry || !recipientCountry || actorCountry === recipientCountry) continue
    const key = `${actorCountry}>${recipientCountry}`
    const entry = pairs.get(key) ?? { actor: actorCountry, recipient: recipientCountry, list: [] }
    entry.list.push(item)
    pairs.set(key, entry)
  }
  const out: CountryPairRelation[] = []
  for (const [pair, { actor, recipient, list }] of pairs) {
    const byType: Record<string, number> = {}
    const byQuadClass: Record<string, number> = {}
    let weighted = 0
    let counted = 0
    for (const { event } of list) {
      byType[event.type] = (byType[event.type] ?? 0) + 1
      const type = isPlover(event.type) ? event.type : null
      if (type) byQuadClass[QUAD_CLASS[type]] = (byQuadClass[QUAD_CLASS[type]] ?? 0) + 1
      // Denied or merely possible events say nothing about how the pair actually behaves.
      if (type && !event.negated && event.modality !== 'hypothetical') {
        weighted += COOPERATION_SCORE[type]
        counted++
      }
    }
    out.push({
      pair,
      actor,
      recipient,
      events: list.length,
      byType,
      byQuadClass,
      score: counted ? Math.round((weighted / counted) * 100) / 100 : 0,
      evidence: list.map(({ article, event }) => ({ ...(article !== undefined ? { article } : {}), event: event.id, ...event.evidence })),
    })
  }
  return out.sort((a, b) => b.events - a.events || a.pair.localeCompare(b.pair))
}

function isPlover(type: string): type is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(type)
}
