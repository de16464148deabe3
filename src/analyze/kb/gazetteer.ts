/**
 * The entity gazetteer: countries, demonyms, capitals, large cities, states, regions, landmarks,
 * well-known organizations and events: `models/entities/gazetteer.json` (built by
 * `scripts/build-entity-gazetteer.ts`), read by `loadModels` and passed through the models, indexed
 * by token sequence so the entity step can match it against the article's tokens.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { EntityType } from '../../model/article.js'
import { splitTokens } from '../tokens/tokenize.js'

/** What a gazetteer name is. */
export type GazetteerKind = 'country' | 'capital' | 'city' | 'state' | 'region' | 'demonym' | 'facility' | 'organization' | 'event' | 'product'

/** One gazetteer name. */
export interface GazetteerEntry {
  readonly surface: string
  readonly type: EntityType
  readonly kind: GazetteerKind
  /** ISO 3166-1 alpha-3 of the country it is, belongs to or names the people of. */
  readonly country?: string
}

/** An indexed gazetteer. */
export interface Gazetteer {
  /** Entries by normalized token sequence (see `gazetteerKey`). */
  readonly entries: ReadonlyMap<string, GazetteerEntry>
  /** Common English name of each country by ISO alpha-3 ("PRK" -> "North Korea"). */
  readonly countryNames: ReadonlyMap<string, string>
  /** Longest entry in tokens, to bound the matcher. */
  readonly maxTokens: number
  /** Every key prefix of whole tokens ("North", "North Korea"), so matching stops early. */
  readonly prefixes: ReadonlySet<string>
}

/** Normalizes one token for gazetteer lookup: one kind of apostrophe and hyphen, case kept. */
export function normalizeToken(token: string): string {
  return token.replace(/[‘’ʼ`´]/g, "'").replace(/[‐‑‒–—]/g, '-')
}

/** The lookup key of a sequence of token texts. */
export function gazetteerKey(tokens: readonly string[]): string {
  return tokens.map(normalizeToken).join(' ')
}

const KINDS = new Set<string>(['country', 'capital', 'city', 'state', 'region', 'demonym', 'facility', 'organization', 'event', 'product'])
const TYPES = new Set<string>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT'])

/** Builds a gazetteer from rows `[surface, type, kind, country]`; the first row of a name wins. */
export function buildGazetteer(rows: readonly (readonly string[])[], countryNames: Record<string, string> = {}): Gazetteer {
  const entries = new Map<string, GazetteerEntry>()
  const prefixes = new Set<string>()
  let maxTokens = 1
  for (const [surface, type, kind, country] of rows) {
    if (surface === undefined || type === undefined || kind === undefined) continue
    if (!TYPES.has(type) || !KINDS.has(kind)) throw new TypeError(`Unknown gazetteer type or kind in \`${surface}\``)
    const tokens = splitTokens(surface).map((t) => t.text)
    const key = gazetteerKey(tokens)
    if (entries.has(key)) continue
    maxTokens = Math.max(maxTokens, tokens.length)
    for (let n = 1; n <= tokens.length; n++) prefixes.add(gazetteerKey(tokens.slice(0, n)))
    const entry: GazetteerEntry = {
      surface,
      type: type as EntityType,
      kind: kind as GazetteerKind,
      ...(country ? { country } : {}),
    }
    entries.set(key, entry)
  }
  return { entries, countryNames: new Map(Object.entries(countryNames)), maxTokens, prefixes }
}

/** Reads a gazetteer file (`{ countries, rows }`); undefined when the file is absent. */
export function loadGazetteer(path: string): Gazetteer | undefined {
  if (!existsSync(path)) return undefined
  const data = JSON.parse(readFileSync(path, 'utf8')) as { countries: Record<string, string>; rows: string[][] }
  return buildGazetteer(data.rows, data.countries)
}

/** A gazetteer with no names: what the steps match when `Models.gazetteer` is absent. */
export const EMPTY_GAZETTEER: Gazetteer = buildGazetteer([])
