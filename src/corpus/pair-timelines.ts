/**
 * Country-pair relations over time, across the corpus: stored events are turned back into the
 * analysis stage's event shape and fed to `countryPairs` once per calendar month, so the
 * timeline's counts and scores are computed exactly as an article's own `relations` are. An
 * undated event is placed in the month of the article that states it.
 */
import type { ArticleEvent } from '../model/article.js'
import type { EventRecord } from '../store/article-store.js'
import { countryPairs, type CountryPairRelation } from '../model/country-pairs.js'

/** One month of one pair. */
export interface PairMonth {
  /** `YYYY-MM`. */
  readonly month: string
  readonly events: number
  readonly cooperation: number
  readonly conflict: number
  readonly score: number
  readonly byQuadClass: Record<string, number>
}

/** One ordered pair across the corpus (an article's relation without the evidence list), with its months oldest first. */
export interface PairTimeline extends Omit<CountryPairRelation, 'evidence'> {
  readonly months: readonly PairMonth[]
  /** Events whose month is unknown (neither the event nor its article is dated). */
  readonly undated: number
}

/** The stored event as the analysis stage's type (entity keys stand in for entity ids). */
export function toArticleEvent(r: EventRecord): ArticleEvent {
  return {
    id: r.event,
    type: r.type,
    actor: r.actorKey,
    recipient: r.recipientKey,
    date: r.date,
    negated: r.negated,
    modality: r.modality as ArticleEvent['modality'],
    actorCountry: r.actorCountry,
    recipientCountry: r.recipientCountry,
    ...(r.quadClass ? { quadClass: r.quadClass } : {}),
    evidence: r.evidence,
  }
}

function monthOf(r: EventRecord): string | null {
  const d = /^\d{4}-\d{2}/.exec(r.date ?? '')?.[0] ?? /^\d{4}-\d{2}/.exec(r.articleDate ?? '')?.[0]
  return d ?? null
}

const sumWhere = (counts: Record<string, number>, test: (k: string) => boolean): number => Object.entries(counts).reduce((n, [k, v]) => (test(k) ? n + v : n), 0)

/** Builds pair timelines from event records, busiest pair first. */
export function pairTimelines(records: readonly EventRecord[]): PairTimeline[] {
  const whole = countryPairs(records.map((r) => ({ article: r.article, event: toArticleEvent(r) })))
  const byMonth = new Map<string, EventRecord[]>()
  const undatedByPair = new Map<string, number>()
  for (const r of records) {
    const m = monthOf(r)
    if (m === null) {
      const key = `${r.actorCountry}>${r.recipientCountry}`
      undatedByPair.set(key, (undatedByPair.get(key) ?? 0) + 1)
      continue
    }
    const list = byMonth.get(m)
    if (list) list.push(r)
    else byMonth.set(m, [r])
  }
  const monthly = new Map<string, PairMonth[]>()
  for (const month of [...byMonth.keys()].sort()) {
    for (const rel of countryPairs(byMonth.get(month)!.map((r) => ({ article: r.article, event: toArticleEvent(r) })))) {
      const list = monthly.get(rel.pair) ?? []
      list.push(monthEntry(month, rel))
      monthly.set(rel.pair, list)
    }
  }
  const out = whole.map((rel) => ({
    pair: rel.pair,
    actor: rel.actor,
    recipient: rel.recipient,
    events: rel.events,
    score: rel.score,
    byType: rel.byType,
    byQuadClass: rel.byQuadClass,
    months: monthly.get(rel.pair) ?? [],
    undated: undatedByPair.get(rel.pair) ?? 0,
  }))
  return out
}

function monthEntry(month: string, rel: CountryPairRelation): PairMonth {
  return {
    month,
    events: rel.events,
    cooperation: sumWhere(rel.byQuadClass, (k) => k.endsWith('cooperation')),
    conflict: sumWhere(rel.byQuadClass, (k) => k.endsWith('conflict')),
    score: rel.score,
    byQuadClass: rel.byQuadClass,
  }
}
