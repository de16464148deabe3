/**
 * What an article says a person is, as a coder reads it off the titles and appositions around the
 * person's name: "US secretary of state Antony Blinken", "Thailand's foreign minister X", "X,
 * Jordan's foreign minister," give a country and an office; "China's ambassador to Britain X" is
 * Chinese (a country after "to" is where the office is exercised); "X, the former special envoy
 * to Ukraine," holds no office now (CAMEO's elites, ELI) and is no Ukrainian. The entity step reads
 * only the words right before a name; this reads the longer titles and the appositions.
 */
import type { Entity } from '../../model/article.js'
import type { Token } from '../tokens/token.js'
import { gazetteerKey, type Gazetteer } from '../kb/gazetteer.js'

/** A person's country and sector as the article's titles give them. */
export interface PersonRole {
  readonly country: string | null
  readonly sector: string | null
}

// Office words and their CAMEO sector. Lower case; a title's other words (foreign, defence, of,
// state) only link them. A spokesman speaks for whoever he names, so no office here.
const OFFICES: ReadonlyMap<string, string> = new Map([
  ['president', 'GOV'],
  ['vice-president', 'GOV'],
  ['minister', 'GOV'],
  ['premier', 'GOV'],
  ['chancellor', 'GOV'],
  ['secretary', 'GOV'],
  ['secretary-general', 'GOV'],
  ['ambassador', 'GOV'],
  ['envoy', 'GOV'],
  ['diplomat', 'GOV'],
  ['official', 'GOV'],
  ['taoiseach', 'GOV'],
  ['governor', 'GOV'],
  ['mayor', 'GOV'],
  ['king', 'GOV'],
  ['queen', 'GOV'],
  ['emir', 'GOV'],
  ['senator', 'LEG'],
  ['lawmaker', 'LEG'],
  ['legislator', 'LEG'],
  ['congressman', 'LEG'],
  ['congresswoman', 'LEG'],
  ['mp', 'LEG'],
  ['general', 'MIL'],
  ['commander', 'MIL'],
  ['admiral', 'MIL'],
  ['colonel', 'MIL'],
  ['judge', 'JUD'],
  ['prosecutor', 'JUD'],
])
// Words a title may hold between its country and the name ("Thailand's deputy foreign minister").
const TITLE_WORDS = new Set([
  'the',
  'of',
  'for',
  'and',
  'to',
  'state',
  'foreign',
  'defence',
  'defense',
  'interior',
  'home',
  'finance',
  'economy',
  'trade',
  'justice',
  'health',
  'affairs',
  'prime',
  'deputy',
  'vice',
  'first',
  'chief',
  'senior',
  'top',
  'special',
  'acting',
  'army',
  'military',
  'national',
  'security',
  'adviser',
  'advisor',
  'former',
  'ex',
])
const FORMER = new Set(['former', 'ex'])
// How many words a title before a name or an apposition after it may span.
const MAX_TITLE = 8

/** The country and office the article's titles and appositions give each person, by entity id. */
export function personRoles(entities: readonly Entity[], tokens: readonly Token[], gazetteer: Gazetteer): Map<string, PersonRole> {
  const out = new Map<string, PersonRole>()
  const starts = tokens.map((t) => t.start)
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    let country: string | null = null
    let sector: string | null = null
    for (const m of e.mentions) {
      if (m.kind !== 'name' && m.kind !== 'short') continue
      const first = lowerBound(starts, m.start)
      let last = first
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= m.end) last++
      const role = titleBefore(tokens, first, gazetteer) ?? appositionAfter(tokens, last, gazetteer)
      if (!role) continue
      country ??= role.country
      sector ??= role.sector
      if (country && sector) break
    }
    if (country || sector) out.set(e.id, { country, sector })
  }
  return out
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

const word = (t: Token | undefined): string => (t?.text ?? '').toLowerCase().replace(/’/g, "'").replace(/\.$/, '')

// "US secretary of state X", "Thailand's foreign minister X", "former President X": the words right
// before the name, back to the first that is neither a title word nor a country.
function titleBefore(tokens: readonly Token[], first: number, gazetteer: Gazetteer): PersonRole | null {
  let office: string | null = null
  let former = false
  let country: string | null = null
  for (let i = first - 1; i >= 0 && first - i <= MAX_TITLE; i--) {
    const w = word(tokens[i])
    const sector = OFFICES.get(w)
    if (sector) {
      // The title's head is the word nearest the name.
      office ??= sector
      continue
    }
    if (FORMER.has(w)) {
      former = true
      continue
    }
    if (TITLE_WORDS.has(w) || w === "'s" || w === '-') continue
    const place = countryEndingAt(tokens, i, gazetteer)
    // "UAW President Shawn Fain": the office of a named organization is no state's.
    if (!place && /^\p{Lu}/u.test(tokens[i]!.text)) return null
    if (!place) break
    // "ambassador to Britain X": the country where the office is exercised is not the person's.
    if (afterTo(tokens, place.from)) {
      i = place.from
      continue
    }
    country = place.country
    break
  }
  if (!office) return null
  return { country, sector: former ? 'ELI' : office }
}

// "X, Jordan's foreign minister,", "X, the former special envoy to Ukraine,".
function appositionAfter(tokens: readonly Token[], last: number, gazetteer: Gazetteer): PersonRole | null {
  if (tokens[last + 1]?.text !== ',') return null
  let office: string | null = null
  let former = false
  let country: string | null = null
  for (let i = last + 2; i < tokens.length && i - last - 1 <= MAX_TITLE; i++) {
    const w = word(tokens[i])
    if (/^[,.;:)—–]$/.test(w)) break
    if (i === last + 2 && (w === 'a' || w === 'an')) continue
    const sector = OFFICES.get(w)
    if (sector) {
      // "Andrew, Queen Elizabeth's son": a title before another name is that person's.
      if (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !countryStartingAt(tokens, i + 1, gazetteer)) return null
      office ??= sector
      // "the president of the Federal Reserve Bank": an office of an organization names no country.
      if ((word(tokens[i + 1]) === 'of' || word(tokens[i + 1]) === 'for') && !countryStartingAt(tokens, i + 2, gazetteer) && !countryStartingAt(tokens, i + 3, gazetteer)) break
      continue
    }
    if (FORMER.has(w)) {
      former = true
      continue
    }
    if (TITLE_WORDS.has(w) || w === "'s" || w === '-') continue
    const place = countryStartingAt(tokens, i, gazetteer)
    if (!place) break
    if (!afterTo(tokens, i) && country === null) country = place.country
    i = place.to
  }
  if (!office) return null
  return { country, sector: former ? 'ELI' : office }
}

// Whether the place at token `at` follows "to" or "to the" ("ambassador to the Ukraine").
function afterTo(tokens: readonly Token[], at: number): boolean {
  const before = word(tokens[at - 1])
  return before === 'to' || (before === 'the' && word(tokens[at - 2]) === 'to')
}

// A country, nationality or possessive country of one to three words ending at token `end`.
function countryEndingAt(tokens: readonly Token[], end: number, gazetteer: Gazetteer): { country: string; from: number } | null {
  for (let n = 3; n >= 1; n--) {
    const from = end - n + 1
    if (from < 0) continue
    const c = countryOf(tokens.slice(from, end + 1), gazetteer)
    if (c) return { country: c, from }
  }
  return null
}

function countryStartingAt(tokens: readonly Token[], start: number, gazetteer: Gazetteer): { country: string; to: number } | null {
  for (let n = 3; n >= 1; n--) {
    if (start + n > tokens.length) continue
    const c = countryOf(tokens.slice(start, start + n), gazetteer)
    if (c) return { country: c, to: start + n - 1 }
  }
  return null
}

function countryOf(words: readonly Token[], gazetteer: Gazetteer): string | null {
  const entry = gazetteer.entries.get(gazetteerKey(words.map((t) => t.text)))
  return entry?.country && (entry.kind === 'country' || entry.kind === 'demonym') ? entry.country : null
}
