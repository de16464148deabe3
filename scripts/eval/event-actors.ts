/**
 * Actor coding figures the shared scorers do not give: whether an event's actor and recipient
 * carry the right country (PLOVER gold records name each actor's CAMEO country code) and the
 * right sector (IndiaPoliceEvents: every annotated source is the police, CAMEO sector COP).
 */
import { readFileSync } from 'node:fs'

interface PredEvent {
  readonly type: string
  readonly negated?: boolean
  readonly actorCountry?: string | null
  readonly recipientCountry?: string | null
  readonly actorSector?: string | null
  readonly actorMention?: { start: number; end: number }
  readonly trigger?: { start: number }
  readonly evidence: { start: number; end: number }
}
interface PredArticle {
  readonly input?: string
  readonly events?: PredEvent[]
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)
}

interface GoldActor {
  readonly code?: string
  readonly sector?: string
}

const list = <T>(x: T | T[] | undefined | null): T[] => (Array.isArray(x) ? x : x ? [x] : [])
// Country codes only: IGO, NGO, IMG and the like name no country.
const COUNTRY = /^[A-Z]{3}$/
const NOT_COUNTRIES = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UIS', 'ITL'])

/**
 * Country recall of actors and recipients on PLOVER gold records: an event of the gold type must
 * carry the gold country. Sector: of the gold actors with a sector whose country such an event
 * carries, the share where one of those events also carries the gold sector ("Hungarian officials"
 * HUN GOV).
 */
export function ploverCountryRecall(
  goldPath: string,
  predPath: string,
): { actor: number; recipient: number; actors: number; recipients: number; actorPrecision: number; actorSector: number; sectorActors: number } {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Array<{ id: string; event?: string; source?: unknown; target?: unknown }>
  const pred = new Map(readJsonl<PredArticle>(predPath).map((a) => [a.input ?? '', a.events ?? []]))
  let actors = 0
  let actorHits = 0
  let recipients = 0
  let recipientHits = 0
  let coded = 0
  let codedRight = 0
  let sectorActors = 0
  let sectorRight = 0
  for (const r of gold) {
    if (!r.event || r.event === 'DOCUMENT') continue
    const events = (pred.get(r.id) ?? []).filter((e) => e.type === r.event && !e.negated)
    const src = list(r.source as { code?: string } | Array<{ code?: string }>)
      .map((a) => a.code ?? '')
      .filter((c) => COUNTRY.test(c) && !NOT_COUNTRIES.has(c))
    const tar = list(r.target as { code?: string } | Array<{ code?: string }>)
      .map((a) => a.code ?? '')
      .filter((c) => COUNTRY.test(c) && !NOT_COUNTRIES.has(c))
    for (const a of list(r.source as GoldActor | GoldActor[])) {
      const sector = /^[A-Z]{3}/.exec(a.sector ?? '')?.[0]
      const country = events.filter((e) => e.actorCountry && e.actorCountry === a.code)
      if (!sector || !country.length) continue
      sectorActors++
      if (country.some((e) => e.actorSector === sector)) sectorRight++
    }
    if (src.length) {
      actors++
      if (events.some((e) => e.actorCountry && src.includes(e.actorCountry))) actorHits++
      for (const e of events) {
        if (!e.actorCountry) continue
        coded++
        if (src.includes(e.actorCountry)) codedRight++
      }
    }
    if (tar.length) {
      recipients++
      if (events.some((e) => e.recipientCountry && tar.includes(e.recipientCountry))) recipientHits++
    }
  }
  return {
    actor: actorHits / Math.max(1, actors),
    recipient: recipientHits / Math.max(1, recipients),
    actors,
    recipients,
    actorPrecision: codedRight / Math.max(1, coded),
    actorSector: sectorRight / Math.max(1, sectorActors),
    sectorActors,
  }
}

interface NewsItem {
  readonly id: string
  readonly events: Array<{ source?: Array<{ start: number; end: number }> }>
}

/**
 * Sector of actors found on IndiaPoliceEvents: of the predicted events whose actor phrase
 * overlaps an annotated source (always the police), the share coded COP.
 */
export function policeSectorAccuracy(goldPath: string, predPath: string): { accuracy: number; matched: number } {
  const gold = new Map(readJsonl<NewsItem>(goldPath).map((g) => [g.id, g.events.flatMap((e) => e.source ?? [])]))
  let matched = 0
  let right = 0
  for (const a of readJsonl<PredArticle & { id?: string }>(predPath)) {
    const spans = gold.get(a.input ?? a.id ?? '') ?? []
    for (const e of a.events ?? []) {
      const m = e.actorMention
      if (!m || !spans.some((s) => s.start < m.end && m.start < s.end)) continue
      matched++
      if (e.actorSector === 'COP') right++
    }
  }
  return { accuracy: right / Math.max(1, matched), matched }
}
