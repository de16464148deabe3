/**
 * Builds the offline knowledge base the entity linker ships with (`models/kb/`), from the staged
 * KB in `../shared/data/kb` (merged index `entities.jsonl.gz`, see its README) and the map shapes
 * from the `world-atlas` package (Natural Earth 1:110m, public domain):
 *
 *   npm run build:kb -- [--kb DIR] [--out DIR] [--include-unverified]
 *
 * Writes `kb.tsv.gz` (one entity a line, the columns of `KB_COLUMNS`), `world.json` (country
 * outlines projected to plain SVG path data) and `build.json` (counts per source and type).
 * Pantheon 1.0 records are left out unless `--include-unverified`: its redistribution terms are not
 * verified (see the KB README and MODEL_CARD.md). Deterministic: the same inputs give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gunzipSync, gzipSync } from 'node:zlib'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { KB_COLUMNS, KB_FILES } from '../src/analyze/kb/kb-file.js'
import { foldName } from '../src/analyze/kb/fold-name.js'
import { projectRings, type Ring } from '../src/analyze/kb/projection.js'

const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const { values: args } = parseArgs({
  options: {
    kb: { type: 'string', default: join(SHARED, 'data/kb') },
    out: { type: 'string', default: join(import.meta.dirname, '../models/kb') },
    'include-unverified': { type: 'boolean', default: false },
  },
})

interface Source {
  readonly id: string
  readonly qid?: string | undefined
  readonly enwiki?: string | undefined
  readonly enwikiLabel?: string | undefined
  readonly type: string
  readonly name?: string | undefined
  readonly aliases?: readonly string[] | undefined
  readonly sources: readonly string[]
  readonly country?: string | undefined
  readonly lat?: number | undefined
  readonly lon?: number | undefined
  readonly geonameid?: number | undefined
  readonly admin1?: string | undefined
  readonly population?: number | undefined
  readonly feature?: string | undefined
  readonly featurecla?: string | undefined
  readonly level?: string | undefined
  readonly role?: string | undefined
  readonly legislature?: string | undefined
  readonly parties?: readonly string[] | undefined
  readonly start?: string | undefined
  readonly end?: string | undefined
  readonly occupation?: string | undefined
  readonly orgKind?: string | undefined
  readonly description?: string | undefined
  readonly usState?: string | undefined
  readonly nsiCategories?: string | undefined
  readonly family?: string | undefined
  readonly cameo?: { readonly id?: string | undefined; readonly sector?: string | null | undefined }
}

/** A record of the Phoenix actor dictionaries (`actors/cameo-actors.jsonl.gz`, MIT). */
interface PhoenixActor {
  readonly id: string
  readonly names: readonly string[]
  readonly country?: string | null
  readonly kind: string
}

const UNVERIFIED = new Set(['pantheon-1.0'])

// Wikipedia's convention for US places is "City, State"; these cities stand alone (the AP list
// the encyclopedia follows), so a title is derived only where the convention is certain.
const US_STANDALONE = new Set(
  'Atlanta|Baltimore|Boston|Chicago|Cincinnati|Cleveland|Dallas|Denver|Detroit|Honolulu|Houston|Indianapolis|Las Vegas|Los Angeles|Miami|Milwaukee|Minneapolis|New Orleans|Oklahoma City|Philadelphia|Phoenix|Pittsburgh|St. Louis|Salt Lake City|San Antonio|San Diego|San Francisco|Seattle'.split(
    '|',
  ),
)
const US_STATES: Record<string, string> = {}
// Places sharing a name, by folded name: population and whether it is a country or region.
const HOMONYMS = new Map<string, { id: string; population: number; region: boolean; country?: string; level?: string }[]>()
const US_STATE_TITLES: Record<string, string> = { Georgia: 'Georgia (U.S. state)', Washington: 'Washington (state)', 'New York': 'New York (state)' }

const clean = (s: string): string => s.replace(/[\t\n\r|]+/g, ' ').trim()
const title = (t: string): string => clean(t.replace(/_/g, ' '))
const year = (d?: string): string => /^(\d{4})/.exec(d ?? '')?.[1] ?? (d?.startsWith('present') ? 'present' : '')

/** An English-looking alias: Latin letters, no digits, not a transliteration cluster of a place. */
function usableAlias(alias: string, type: string): boolean {
  if (alias.length < 2 || alias.length > 60 || /\d/.test(alias)) return false
  if (!/^[\p{Script=Latin}\p{M}\s.'’&,()-]+$/u.test(alias)) return false
  // Places carry dozens of foreign spellings; an English text writes ASCII names of places.
  return type === 'PERSON' || type === 'ORG' ? true : /^[\x20-\x7e]+$/.test(alias)
}

function kindOf(e: Source): string {
  if (e.level) return e.level
  if (e.feature) return e.feature
  if (e.featurecla) return e.featurecla === 'Admin-0 capital' ? 'PPLC' : e.featurecla === 'Admin-1 capital' ? 'PPLA' : 'PPL'
  if (e.sources.includes('us-places')) return e.usState && /^\d{2}$/.test((e as { fips?: string }).fips ?? '') ? 'ADM1' : 'PPL'
  if (e.role) return e.role
  if (e.orgKind) return e.orgKind
  if (e.nsiCategories) return e.nsiCategories.split('|')[0]!.split('/').slice(0, 2).join('/')
  return ''
}

/** How often news names this thing, as a 0..1 prior from what the sources say of it. */
function priorOf(e: Source, kind: string): number {
  if (e.type === 'GPE' || e.type === 'LOC') {
    if (kind === 'country') return 1
    if (kind === 'territory' || kind === 'subterritory' || kind === 'union' || kind === 'sovereign' || kind === 'subcountry') return 0.8
    if (/region|Region|world|Landform|Group/.test(kind)) return 0.7
    if (kind === 'ADM1') return 0.6
    const pop = e.population ?? 0
    const base = pop > 0 ? Math.min(0.9, Math.log10(pop) / 8) : 0.15
    return Math.min(0.95, base + (kind === 'PPLC' ? 0.15 : kind === 'PPLA' ? 0.05 : 0))
  }
  if (e.type === 'PERSON') {
    if (e.role === 'US president' || e.role === 'US vice president') return 0.8
    if (e.role?.startsWith('US ')) return 0.5
    if (e.sources.includes('pantheon-1.0') || e.sources.includes('phoenix-actors')) return 0.6
    return 0.3
  }
  if (e.sources.includes('newsgraph-curated')) return e.type === 'PERSON' ? 0.7 : 0.9
  if (e.orgKind === 'international organisation') return 0.7
  if (e.orgKind === 'political party') return 0.45
  if (e.orgKind === 'newspaper') return 0.3
  return 0.35
}

function describe(e: Source, kind: string): string {
  if (e.description) return clean(e.description)
  const country = e.country ?? ''
  if (e.type === 'PERSON') {
    const role = e.role === 'legislator' ? `legislator${e.legislature ? `, ${e.legislature}` : ''}` : (e.role ?? e.occupation ?? 'person')
    return clean(`${role}${country ? ` (${country})` : ''}${e.parties?.length && e.parties[0] !== 'unknown' ? `, ${e.parties.join('/')}` : ''}`)
  }
  if (e.type === 'GPE' || e.type === 'LOC') {
    const what = kind === 'country' ? 'country' : kind === 'ADM1' ? 'first-level administrative division' : kind === 'PPLC' ? 'capital city' : /^PPL/.test(kind) ? 'populated place' : kind || 'place'
    const where = [e.admin1 && e.admin1 !== e.name ? e.admin1 : '', kind === 'country' ? '' : country].filter(Boolean).join(', ')
    return clean(`${what}${where ? ` in ${where}` : ''}`)
  }
  return clean(`${e.orgKind ?? 'organization'}${country ? ` (${country})` : ''}`)
}

/**
 * The English Wikipedia title: the one a source states, except a place's "title" merged in
 * from a newspaper list ("Fort_Worth_Press" on Fort Worth); US places get "City, State".
 */
function wikipediaOf(e: Source, kind: string, aliases: readonly string[]): { title: string; basis: string } | null {
  const stated = e.enwiki ? title(e.enwiki) : e.enwikiLabel ? title(e.enwikiLabel) : ''
  const isPlace = e.type === 'GPE' || e.type === 'LOC'
  if (stated) {
    if (!isPlace || (e.enwikiLabel && !e.enwiki)) return { title: stated, basis: 'source' }
    const base = stated.replace(/\s*\([^)]*\)$/, '').replace(/,.*$/, '')
    if ([e.name ?? '', ...aliases].some((n) => foldName(n) === foldName(base)) && !(e.orgKind === 'newspaper' && !e.sources.includes('country-coder'))) {
      return { title: stated, basis: 'source' }
    }
  }
  if (isPlace && e.country === 'USA' && e.name && kind === 'ADM1' && e.sources.includes('us-places')) {
    return { title: US_STATE_TITLES[e.name] ?? e.name, basis: 'rule' }
  }
  if (isPlace && e.country !== 'USA' && e.name && /^PPL/.test(kind) && (e.population ?? 0) >= 100_000) {
    // A big city whose name no other sizeable place (nor any country or region) shares is titled
    // by its name alone on Wikipedia ("Kathmandu", "London" at 23 times London, Ontario).
    const others = HOMONYMS.get(foldName(e.name))?.filter((x) => x.id !== e.id) ?? []
    if (others.every((x) => (x.region ? x.country === e.country && x.level !== 'country' : x.population * 10 <= (e.population ?? 0)))) return { title: e.name, basis: 'rule' }
  }
  if (isPlace && e.country === 'USA' && e.name && /^PPL/.test(kind)) {
    const state = e.usState ? (US_STATES[e.usState] ?? e.admin1) : e.admin1
    // Wikipedia spells out "Fort" and "Mount" where sources abbreviate them ("Ft. Worth").
    const name = e.name.replace(/^Ft\.? /, 'Fort ').replace(/^Mt\.? /, 'Mount ')
    if (name.includes(',')) return { title: name, basis: 'rule' }
    if (name === 'New York') return { title: 'New York City', basis: 'rule' }
    if (US_STANDALONE.has(name)) return { title: name, basis: 'rule' }
    if (state) return { title: `${name}, ${state}`, basis: 'rule' }
  }
  return null
}

/** Rows of the curated list `scripts/kb/news-entities.tsv` (written for newsgraph, CC0). */
function curated(): Source[] {
  const rows = readFileSync(join(import.meta.dirname, 'kb/news-entities.tsv'), 'utf8').split('\n')
  return rows
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [id, type, name, aliases, enwiki, country, kind, years] = l.split('\t')
      const [start, end] = (years ?? '').split('-')
      return {
        id: id!,
        ...(/^Q\d+$/.test(id!) ? { qid: id! } : {}),
        type: type!,
        name: name!,
        aliases: aliases ? aliases.split('|') : [],
        enwiki: enwiki!,
        sources: ['newsgraph-curated'],
        ...(country ? { country } : {}),
        ...(type === 'PERSON' ? { role: kind } : { orgKind: kind }),
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
      }
    })
}

/**
 * Corrections to the merged index read on real news: the curated entries replace or add
 * entities; the United Nations is an organization; parts of countries that country-coder lists
 * without a level (England, Denmark, the Netherlands) get their sovereign's country, and where
 * the sovereign is "Kingdom of X" the part named X is what news means by X; countries lacking a
 * point get world-countries' one.
 */
function fixSources(sources: Source[], kbDir: string): Source[] {
  const require = createRequire(import.meta.url)
  const wc = require('world-countries') as { cca2: string; cca3: string; latlng: [number, number] }[]
  const iso3 = new Map(wc.map((c) => [c.cca2, c.cca3]))
  const latlng = new Map(wc.map((c) => [c.cca3, c.latlng]))
  const parents = new Map<string, string>()
  for (const line of gunzipSync(readFileSync(join(kbDir, 'places/countries-regions.tsv.gz')))
    .toString('utf8')
    .split('\n')
    .slice(1)) {
    const c = line.split('\t')
    if (c[0] && c[9] === '' && c[10]) parents.set(c[0], c[10])
  }
  const extra = new Map(curated().map((e) => [e.id, e]))
  const out: Source[] = []
  const byId = new Map<string, Source>()
  for (let e of sources) {
    const fix = extra.get(e.id)
    if (fix) {
      e = { ...e, ...fix, aliases: [...new Set([...(fix.aliases ?? []), ...(e.aliases ?? [])])], sources: [...e.sources, 'newsgraph-curated'] }
      extra.delete(e.id)
    }
    if (e.level === 'unitedNations') e = { ...e, type: 'ORG', level: undefined, orgKind: 'international organisation' }
    const parent = e.sources.includes('country-coder') && !e.level ? parents.get(e.id) : undefined
    if (parent) e = { ...e, level: 'subcountry', country: e.country ?? iso3.get(parent), type: 'GPE' }
    if (e.level === 'country' && e.country && e.lat === undefined) {
      const p = latlng.get(e.country)
      if (p) e = { ...e, lat: p[0], lon: p[1] }
    }
    out.push(e)
    byId.set(e.id, e)
  }
  for (const e of extra.values()) out.push(e)
  // "Kingdom of the Netherlands" is the sovereign; "Netherlands" in news is Q55.
  for (let i = 0; i < out.length; i++) {
    const k = out[i]!
    const m = /^Kingdom of (?:the )?(.+)$/.exec(k.name ?? '')
    if (k.level !== 'country' || !m) continue
    const j = out.findIndex((x) => x.level === 'subcountry' && x.name === m[1] && x.country === k.country)
    if (j < 0) continue
    const part = out[j]!
    out[j] = { ...part, level: 'country', lat: k.lat, lon: k.lon, geonameid: k.geonameid }
    out[i] = { ...k, level: 'sovereign', aliases: (k.aliases ?? []).filter((a) => a !== m[1]) }
  }
  return out
}

/**
 * A person only the unverified source lists, kept where the Phoenix actor dictionaries (MIT) list
 * them too (the merged index's `cameo` link: same name, same country, unique): heads of state and
 * government, ministers and party leaders news names every day (Xi Jinping, Hillary Clinton, Imran
 * Khan) that no legislator list has. Only what the dictionary attests is kept: the name, the
 * dictionary's spellings made of the name's own words ("Hillary Clinton" for "Hillary Rodham
 * Clinton", not "Secretary Clinton"), its country and sector; the page title is the record's key.
 */
function attestedPerson(e: Source, actors: ReadonlyMap<string, PhoenixActor>): Source | null {
  const actor = e.type === 'PERSON' && e.name && e.cameo?.id ? actors.get(e.cameo.id) : undefined
  if (!actor || actor.kind !== 'actor') return null
  const words = new Map(e.name!.split(/\s+/).map((w) => [foldName(w), w]))
  const aliases: string[] = []
  for (const n of actor.names) {
    const parts = n.split(/\s+/).map((w) => words.get(foldName(w)))
    if (parts.length >= 2 && parts.every((w) => w !== undefined)) aliases.push(parts.join(' '))
  }
  return {
    id: e.id,
    type: 'PERSON',
    name: e.name,
    aliases,
    enwiki: e.enwiki,
    sources: ['phoenix-actors'],
    country: actor.country ?? e.country,
    ...(e.cameo ? { cameo: e.cameo } : {}),
  }
}

function readJsonl<T>(path: string): T[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)
}

function main(): void {
  const out = resolve(args.out)
  mkdirSync(out, { recursive: true })
  const kbDir = resolve(args.kb)
  for (const line of gunzipSync(readFileSync(join(kbDir, 'places/us-places-wikidata.tsv.gz')))
    .toString('utf8')
    .split('\n')
    .slice(1)) {
    const c = line.split('\t')
    if (c[2] === 'state' && c[3] && c[4]) US_STATES[c[3]] = c[4]
  }
  // Country names and short forms the entity gazetteer knows ("US", "U.S.", "America", "DPRK").
  const gazetteer = JSON.parse(readFileSync(join(import.meta.dirname, '../models/entities/gazetteer.json'), 'utf8')) as { rows: string[][] }
  const countryNames = new Map<string, string[]>()
  for (const [surface, , kind, country] of gazetteer.rows) {
    if (kind !== 'country' || !surface || !country) continue
    countryNames.set(country, [...(countryNames.get(country) ?? []), surface])
  }
  const sources = fixSources(readJsonl<Source>(join(kbDir, 'entities.jsonl.gz')), kbDir)
  for (const e of sources) {
    if ((e.type !== 'GPE' && e.type !== 'LOC') || !e.name) continue
    const kind = kindOf(e)
    const region = !/^PPL/.test(kind)
    for (const n of [e.name, ...(region ? (e.aliases ?? []) : [])]) {
      const key = foldName(n)
      HOMONYMS.set(key, [...(HOMONYMS.get(key) ?? []), { id: e.id, population: e.population ?? 0, region, ...(e.country ? { country: e.country } : {}), ...(e.level ? { level: e.level } : {}) }])
    }
  }
  const rows: string[] = []
  const index = new Map<string, number[]>()
  const bySource: Record<string, number> = {}
  const byType: Record<string, number> = {}
  const actors = new Map(readJsonl<PhoenixActor>(join(kbDir, 'actors/cameo-actors.jsonl.gz')).map((a) => [a.id, a]))
  let skipped = 0
  let attested = 0
  let titled = 0
  let ruled = 0
  for (const raw of sources) {
    let e = raw
    if (!args['include-unverified'] && e.sources.some((s) => UNVERIFIED.has(s))) {
      const kept = e.sources.filter((s) => !UNVERIFIED.has(s))
      if (kept.length === 0) {
        const person = attestedPerson(e, actors)
        if (!person) {
          skipped++
          continue
        }
        attested++
        e = person
      } else {
        // Facts that only the unverified source gives are dropped with it.
        const { occupation: _o, ...rest } = e
        e = { ...rest, sources: kept, ...(e.qid ? {} : { enwiki: undefined }) } as Source
      }
    }
    if (!e.name) continue
    const kind = kindOf(e)
    const aliases = [...new Set((e.aliases ?? []).map(clean).filter((a) => usableAlias(a, e.type) && a !== e.name))]
    const wiki = wikipediaOf(e, kind, aliases)
    // A newspaper's name merged onto a place is no name of the place.
    const placeAliases = e.type === 'GPE' && e.enwiki && wiki?.basis !== 'source' ? aliases.filter((a) => foldName(a) !== foldName(title(e.enwiki!))) : aliases
    if (wiki) {
      titled++
      if (wiki.basis === 'rule') ruled++
    }
    const cols: Record<(typeof KB_COLUMNS)[number], string> = {
      id: e.id,
      type: e.type,
      name: clean(e.name),
      aliases: placeAliases.slice(0, 8).join('|'),
      wikipedia: wiki?.title ?? '',
      titleBasis: wiki?.basis === 'rule' ? 'r' : '',
      country: e.country ?? '',
      lat: e.lat === undefined ? '' : e.lat.toFixed(4),
      lon: e.lon === undefined ? '' : e.lon.toFixed(4),
      kind,
      admin1: e.admin1 ? clean(e.admin1) : e.usState && US_STATES[e.usState] ? US_STATES[e.usState]! : '',
      prior: priorOf(e, kind).toFixed(3),
      description: describe(e, kind),
      years: e.start || e.end ? `${year(e.start)}-${year(e.end)}` : '',
      sector: e.cameo?.sector ?? '',
      geonameid: e.geonameid ? String(e.geonameid) : '',
    }
    const names = [e.name, ...placeAliases, ...(kind === 'country' ? (countryNames.get(e.country ?? '') ?? []) : [])]
    for (const key of new Set(names.map(foldName).filter(Boolean))) {
      const list = index.get(key)
      if (list) list.push(rows.length)
      else index.set(key, [rows.length])
    }
    rows.push(KB_COLUMNS.map((c) => cols[c]).join('\t'))
    for (const s of e.sources) bySource[s] = (bySource[s] ?? 0) + 1
    byType[e.type] = (byType[e.type] ?? 0) + 1
  }
  const keys = [...index.keys()].map((k) => `${k}\t${index.get(k)!.join(',')}`).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  const tsv = `${KB_COLUMNS.join('\t')}\n${rows.join('\n')}\n\n${keys.join('\n')}\n`
  const file = gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 })
  writeFileSync(join(out, KB_FILES.entities), file)
  const shapes = worldShapes()
  writeFileSync(join(out, KB_FILES.world), `${JSON.stringify(shapes)}\n`)
  const record = {
    source: 'shared/data/kb entities.jsonl.gz (staged 2026-12-05); world-atlas countries-110m.json',
    includeUnverified: args['include-unverified'],
    entities: rows.length,
    skippedUnverifiedOnly: skipped,
    keptOnPhoenixActors: attested,
    withWikipediaTitle: titled,
    titlesByRule: ruled,
    byType,
    bySource,
    bytes: { [KB_FILES.entities]: file.length, [KB_FILES.world]: Buffer.byteLength(JSON.stringify(shapes)) },
  }
  writeFileSync(join(out, 'build.json'), `${JSON.stringify(record, null, 2)}\n`)
  console.log(JSON.stringify(record))
}

/** Country outlines from Natural Earth 1:110m, projected and rounded to SVG path data, by ISO alpha-3. */
function worldShapes(): { width: number; height: number; countries: { id: string; name: string; d: string }[] } {
  const require = createRequire(import.meta.url)
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const codes = require('world-countries') as { ccn3: string; cca3: string }[]
  const iso3 = new Map(codes.map((c) => [c.ccn3, c.cca3]))
  const fc = feature(topo, topo.objects.countries)
  const countries: { id: string; name: string; d: string }[] = []
  for (const f of fc.features) {
    const g = f.geometry
    if (!g) continue
    const polygons: Ring[][] = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : []
    const d = projectRings(polygons.flat())
    if (!d) continue
    countries.push({ id: iso3.get(String(f.id ?? '')) ?? '', name: f.properties?.name ?? '', d })
  }
  return { width: 720, height: 360, countries }
}

main()
