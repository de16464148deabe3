/**
 * Export rows for researchers: articles as CSV, and events as GDELT-style tab-separated rows
 * (one line per event, GDELT's column order where a column has a PLOVER counterpart, plus the
 * evidence sentence GDELT does not give).
 */
import type { Article, ArticleEvent, Entity } from '../model/article.js'
import { cameoRoot, goldstein } from './cameo.js'
import { sectorCode } from '../model/actor-sectors.js'

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

/**
 * Header of the GDELT-style event export: GDELT 2.0 event column names where newsgraph has the
 * value (README, "GDELT export columns", says what each holds and when it is empty), plus the
 * PLOVER type and mode, negation, modality and the evidence sentence GDELT does not give.
 */
export const GDELT_HEADER = [
  'GlobalEventID',
  'Day',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Type1Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Type1Code',
  'EventCode',
  'EventRootCode',
  'EventMode',
  'QuadClass',
  'GoldsteinScale',
  'Negated',
  'Modality',
  'SourceName',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'SOURCEURL',
  'ArticleID',
  'EvidenceStart',
  'EvidenceEnd',
  'EvidenceText',
] as const

const QUAD_NUMBER: Record<string, number> = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 }

/** One event as a tab-separated line; tabs and newlines inside fields become spaces. */
export function gdeltRow(a: Article, e: ArticleEvent): string {
  const entity = (id: string | null | undefined): Entity | undefined => (id ? a.entities.find((x) => x.id === id) : undefined)
  const actor = entity(e.actor)
  const recipient = entity(e.recipient)
  const place = entity(e.location)
  const day = (e.date ?? a.referenceDate ?? '').replace(/-/g, '').slice(0, 8)
  const root = cameoRoot(e.type, e.mode)
  const score = goldstein(e.type, e.mode)
  const actorCountry = e.actorCountry ?? actor?.country ?? ''
  const actorType = sectorCode(e.actorSector ?? actor?.sector) ?? ''
  const recipientCountry = e.recipientCountry ?? recipient?.country ?? ''
  // The event's own coding first: it knows the role's agent word ("Russian troops" → MIL) that the
  // entity alone does not.
  const recipientType = sectorCode(e.recipientSector ?? recipient?.sector) ?? ''
  const coordinate = (v: number | undefined): string => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(4) : '')
  const fields = [
    `${a.id}:${e.id}`,
    /^\d{8}$/.test(day) ? day : '',
    e.actorCode ?? `${actorCountry}${actorType}`,
    actor?.name ?? '',
    actorCountry,
    actorType,
    e.recipientCode ?? `${recipientCountry}${recipientType}`,
    recipient?.name ?? '',
    recipientCountry,
    recipientType,
    e.type,
    root ?? '',
    e.mode ?? '',
    e.quadClass ? String(QUAD_NUMBER[e.quadClass] ?? '') : '',
    score === null ? '' : String(score),
    e.negated ? '1' : '0',
    e.modality,
    entity(e.source)?.name ?? '',
    place?.name ?? '',
    place?.geo?.country ?? place?.country ?? '',
    coordinate(place?.geo?.lat),
    coordinate(place?.geo?.lon),
    a.url ?? a.input,
    a.id,
    String(e.evidence.start),
    String(e.evidence.end),
    a.text.slice(e.evidence.start, e.evidence.end),
  ]
  return fields.map((f) => f.replace(/[\t\r\n]+/g, ' ')).join('\t')
}
