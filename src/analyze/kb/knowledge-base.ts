/**
 * The offline knowledge base (`models/kb/kb.tsv.gz`, built by `npm run build:kb`): people,
 * organizations and places with their Wikidata id, English Wikipedia title, country, coordinates,
 * role and a popularity prior, indexed by folded name and alias. Loaded once per process (about
 * 100k entities; see MODEL_CARD.md for the load time and memory it costs).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { EntityType } from '../../model/article.js'
import { foldName } from './fold-name.js'
import { KB_COLUMNS, KB_FILES } from './kb-file.js'

/** One knowledge-base entity. */
export interface KbEntity {
  /** KB id: a Wikidata QID (`Q30`), else `enwiki:Title`, `geonames:N`, ... */
  readonly id: string
  readonly qid?: string
  readonly type: EntityType
  readonly name: string
  readonly aliases: readonly string[]
  /** English Wikipedia title (spaces, not underscores), when known. */
  readonly wikipedia?: string
  /** The title follows Wikipedia's naming rule for US places rather than a stated sitelink. */
  readonly titleByRule?: boolean
  /** ISO 3166-1 alpha-3. */
  readonly country?: string
  readonly lat?: number
  readonly lon?: number
  /** GeoNames feature code (PPLC, PPLA, ADM1...), country-coder level, role or organization kind. */
  readonly kind: string
  readonly admin1?: string
  /** 0..1: how often news is likely to mean this entity among those sharing its name. */
  readonly prior: number
  readonly description: string
  /** Years of the role or office, `2009-2017`, `2012-present`. */
  readonly years?: string
  /** CAMEO sector of a linked political actor (GOV, MIL...). */
  readonly sector?: string
  readonly geonameid?: number
}

/** The loaded knowledge base. */
export interface KnowledgeBase {
  readonly size: number
  /** Entities whose name or an alias folds to this name (see `foldName`), as indexes. */
  lookup(name: string): readonly number[]
  /** Entities whose primary name (not an alias) folds to this name. */
  isPrimaryName(index: number, name: string): boolean
  entity(index: number): KbEntity
  /** Entity by KB id or QID. */
  byId(id: string): KbEntity | undefined
  /** The country entity of an ISO alpha-3 code. */
  country(iso3: string): KbEntity | undefined
  /** Whether a known person's name ends with this word ("Obama"), folded like names. */
  personSurname?(word: string): boolean
}

const EMPTY: readonly number[] = []

/** Builds a knowledge base from the text of `kb.tsv.gz` (after gunzip). */
export function parseKnowledgeBase(tsv: string): KnowledgeBase {
  const lines = tsv.split('\n')
  const header = lines[0]!.split('\t')
  if (header.join('\t') !== KB_COLUMNS.join('\t')) throw new TypeError('kb.tsv.gz: unexpected columns; rebuild with npm run build:kb')
  const blank = lines.indexOf('', 1)
  const rows = lines.slice(1, blank < 0 ? lines.length : blank)
  const index = blank < 0 ? [] : lines.slice(blank + 1).filter((l) => l !== '')
  const find = (key: string): readonly number[] => {
    if (!key) return EMPTY
    const probe = `${key}\t`
    let lo = 0
    let hi = index.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const line = index[mid]!
      if (line.startsWith(probe)) return line.slice(probe.length).split(',').map(Number)
      if (line < probe) lo = mid + 1
      else hi = mid - 1
    }
    return EMPTY
  }
  let ids: Map<string, number> | undefined
  let countries: Map<string, number> | undefined
  // Built on first use: most analyses never ask by id.
  const idIndex = (): Map<string, number> => {
    if (!ids) {
      ids = new Map()
      countries = new Map()
      rows.forEach((line, i) => {
        ids!.set(line.slice(0, line.indexOf('\t')), i)
        if (line.includes('\tcountry\t')) {
          const cols = line.split('\t')
          if (cols[6] && cols[9] === 'country' && !countries!.has(cols[6])) countries!.set(cols[6], i)
        }
      })
    }
    return ids
  }
  let surnames: Set<string> | undefined
  // Built on first use: only a name the tagger calls a person and the KB knows otherwise asks.
  const surnameSet = (): Set<string> => {
    if (!surnames) {
      surnames = new Set()
      for (const line of rows) {
        const a = line.indexOf('\t')
        if (line.slice(a + 1, a + 8) !== 'PERSON\t') continue
        const name = line.slice(a + 8, line.indexOf('\t', a + 8))
        surnames.add(foldName(name.slice(name.lastIndexOf(' ') + 1)))
      }
    }
    return surnames
  }
  const cache = new Map<number, KbEntity>()
  const entity = (i: number): KbEntity => {
    let e = cache.get(i)
    if (!e) {
      e = parseRow(rows[i]!)
      if (cache.size > 50_000) cache.clear()
      cache.set(i, e)
    }
    return e
  }
  return {
    size: rows.length,
    lookup: (name) => find(foldName(name)),
    isPrimaryName: (i, name) => {
      const row = rows[i]
      if (row === undefined) return false
      const a = row.indexOf('\t', row.indexOf('\t') + 1)
      return foldName(row.slice(a + 1, row.indexOf('\t', a + 1))) === foldName(name)
    },
    entity,
    byId: (id) => {
      const i = idIndex().get(id)
      return i === undefined ? undefined : entity(i)
    },
    personSurname: (word) => surnameSet().has(foldName(word)),
    country: (iso3) => {
      idIndex()
      const i = countries!.get(iso3)
      return i === undefined ? undefined : entity(i)
    },
  }
}

function parseRow(line: string): KbEntity {
  const c = line.split('\t')
  const [id, type, name, aliases, wikipedia, basis, country, lat, lon, kind, admin1, prior, description, years, sector, geonameid] = c.slice(0, KB_COLUMNS.length - 1)
  return {
    id: id!,
    ...(/^Q\d+$/.test(id!) ? { qid: id! } : {}),
    type: type as EntityType,
    name: name!,
    aliases: aliases ? aliases.split('|') : [],
    ...(wikipedia ? { wikipedia } : {}),
    ...(basis === 'r' ? { titleByRule: true } : {}),
    ...(country ? { country } : {}),
    ...(lat && lon ? { lat: Number(lat), lon: Number(lon) } : {}),
    kind: kind ?? '',
    ...(admin1 ? { admin1 } : {}),
    prior: Number(prior) || 0,
    description: description ?? '',
    ...(years ? { years } : {}),
    ...(sector ? { sector } : {}),
    ...(geonameid ? { geonameid: Number(geonameid) } : {}),
  }
}

/** Loads `kb.tsv.gz` from a model directory; undefined when the file is absent. */
export function loadKnowledgeBase(dir: string): KnowledgeBase | undefined {
  const path = join(dir, KB_FILES.entities)
  if (!existsSync(path)) return undefined
  return parseKnowledgeBase(gunzipSync(readFileSync(path)).toString('utf8'))
}
