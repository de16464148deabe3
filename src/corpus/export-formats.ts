/**
 * Export rows for researchers: articles as CSV, and events as GDELT-style tab-separated rows
 * (one line per event, GDELT's column order where a column has a PLOVER counterpart, plus the
 * evidence sentence GDELT does not give).
 */
import type { Article, ArticleEvent } from '../model/article.js'
import { COOPERATION_SCORE, PLOVER_TYPES, type PloverType } from '../analyze/events/lexicon.js'

/** Header of the article CSV export. */
export const ARTICLE_CSV_HEADER = ['id', 'url', 'site', 'title', 'authors', 'published', 'referenceDate', 'language', 'originalSource', 'words', 'entities', 'quotes', 'events'] as const

/** One article as a CSV line (RFC 4180 quoting). */
export function articleCsvRow(a: Article): string {
  return csvLine([
    a.id,
    a.url ?? '',
    a.site.domain ?? '',
    a.title ?? '',
    a.authors.join('; '),
    a.published ?? '',
    a.referenceDate ?? '',
    a.language,
    a.originalSource?.name ?? '',
    String(a.text.split(/\s+/).filter(Boolean).length),
    String(a.entities.length),
    String(a.quotes.length),
    String(a.events.length),
  ])
}

/** Quotes a CSV field when needed. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')
}

/** Header of the GDELT-style event export. */
export const GDELT_HEADER = [
  'GlobalEventID', 'Day', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Name', 'Actor2CountryCode',
  'EventCode', 'EventMode', 'QuadClass', 'GoldsteinScale', 'Negated', 'Modality', 'SourceName', 'ActionGeo_FullName',
  'SOURCEURL', 'ArticleID', 'EvidenceStart', 'EvidenceEnd', 'EvidenceText',
] as const

const QUAD_NUMBER: Record<string, number> = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 }

/** One event as a tab-separated line; tabs and newlines inside fields become spaces. */
export function gdeltRow(a: Article, e: ArticleEvent): string {
  const name = (id: string | null | undefined): string => (id ? (a.entities.find((x) => x.id === id)?.name ?? '') : '')
  const day = (e.date ?? a.referenceDate ?? '').replace(/-/g, '').slice(0, 8)
  const type = (PLOVER_TYPES as readonly string[]).includes(e.type) ? (e.type as PloverType) : null
  const fields = [
    `${a.id}:${e.id}`,
    /^\d{8}$/.test(day) ? day : '',
    name(e.actor),
    e.actorCountry ?? '',
    e.actorSector ?? '',
    name(e.recipient),
    e.recipientCountry ?? '',
    e.type,
    e.mode ?? '',
    e.quadClass ? String(QUAD_NUMBER[e.quadClass] ?? '') : '',
    type ? String(COOPERATION_SCORE[type]) : '',
    e.negated ? '1' : '0',
    e.modality,
    name(e.source),
    name(e.location),
    a.url ?? a.input,
    a.id,
    String(e.evidence.start),
    String(e.evidence.end),
    a.text.slice(e.evidence.start, e.evidence.end),
  ]
  return fields.map((f) => f.replace(/[\t\r\n]+/g, ' ')).join('\t')
}
