/**
 * What an article says about where and when it is, for linking: the countries it names (by name,
 * nationality, or through places already linked), the regions and cities it names, its dateline
 * and outlet country, and its year. Each linked place adds its country and region, so
 * "Atlanta" makes a US story and names the region "Georgia".
 */
import { foldName } from '../kb/fold-name.js'
import type { KbEntity } from '../kb/knowledge-base.js'
import { ownEntry } from '../../model/own-entry.js'

/** The evidence the linker scores candidates against. */
export interface DocumentContext {
  /** Country ISO alpha-3 -> weight (mentions of it, its nationality and its places). */
  readonly countries: Map<string, number>
  /** Folded names of places named in the text ("georgia", "atlanta"), with where their mentions start. */
  readonly placeNames: Map<string, number[]>
  /** Regions (first-level divisions) of places already linked ("georgia" for Atlanta). */
  readonly regions: Set<string>
  /** Linked places with coordinates, to prefer a candidate near them. */
  readonly points: { lat: number; lon: number }[]
  /** Year of the article's reference date, when known. */
  readonly year: number | null
}

// Outlet domains whose country the top-level domain shows; generic ones (.com) show none.
const TLD_COUNTRY: Readonly<Record<string, string>> = {
  uk: 'GBR',
  au: 'AUS',
  ca: 'CAN',
  in: 'IND',
  ie: 'IRL',
  nz: 'NZL',
  za: 'ZAF',
  sg: 'SGP',
  pk: 'PAK',
  ng: 'NGA',
  ke: 'KEN',
  ph: 'PHL',
  my: 'MYS',
  de: 'DEU',
  fr: 'FRA',
  it: 'ITA',
  es: 'ESP',
  ru: 'RUS',
  jp: 'JPN',
  kr: 'KOR',
  cn: 'CHN',
  br: 'BRA',
  mx: 'MEX',
  ar: 'ARG',
  il: 'ISR',
  tr: 'TUR',
  ua: 'UKR',
  pl: 'POL',
  nl: 'NLD',
  se: 'SWE',
  no: 'NOR',
  dk: 'DNK',
  fi: 'FIN',
  ch: 'CHE',
  at: 'AUT',
  be: 'BEL',
  gr: 'GRC',
  pt: 'PRT',
  eg: 'EGY',
  gh: 'GHA',
  bd: 'BGD',
  lk: 'LKA',
  np: 'NPL',
  id: 'IDN',
  th: 'THA',
  vn: 'VNM',
  hk: 'HKG',
  tw: 'TWN',
  gov: 'USA',
  mil: 'USA',
}

/** The country an outlet's domain shows, if any ("bbc.co.uk" -> GBR). */
export function outletCountry(domain: string | null | undefined): string | undefined {
  const tld = domain?.toLowerCase().split('.').pop()
  return tld ? ownEntry(TLD_COUNTRY, tld) : undefined
}

/** An empty context for an article of the given year. */
export function newDocumentContext(year: number | null): DocumentContext {
  return { countries: new Map(), placeNames: new Map(), regions: new Set(), points: [], year }
}

/** A copy to add to without changing the original. */
export function cloneContext(ctx: DocumentContext): DocumentContext {
  return { countries: new Map(ctx.countries), placeNames: ctx.placeNames, regions: new Set(ctx.regions), points: [...ctx.points], year: ctx.year }
}

/** Adds weight to a country. */
export function addCountry(ctx: DocumentContext, iso3: string | undefined, weight: number): void {
  if (!iso3) return
  ctx.countries.set(iso3, (ctx.countries.get(iso3) ?? 0) + weight)
}

/** Records a linked place: its country, its region and its position become context. */
export function addLinkedPlace(ctx: DocumentContext, place: KbEntity, mentions: number): void {
  addCountry(ctx, place.country, Math.min(3, mentions) * (place.kind === 'country' ? 1 : 0.7))
  if (place.admin1) ctx.regions.add(foldName(place.admin1))
  if (place.kind === 'ADM1' || place.kind === 'country') ctx.regions.add(foldName(place.name))
  if (place.lat !== undefined && place.lon !== undefined && place.kind !== 'country') ctx.points.push({ lat: place.lat, lon: place.lon })
}

/** Share of the article's country weight a country has (0 when the article never points there). */
export function countryShare(ctx: DocumentContext, iso3: string | undefined): number {
  if (!iso3) return 0
  let total = 0
  for (const w of ctx.countries.values()) total += w
  return total > 0 ? (ctx.countries.get(iso3) ?? 0) / total : 0
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)))
}
