/**
 * Builds `models/entities/first-name-gender.json`, the given names the pronoun step trusts to
 * tell a person's gender before any pronoun is read ("Janet Yellen ... Trump ... she" -> Yellen).
 * Reads the people lists of the shared knowledge base (EveryPolitician 2015, US congress and
 * executive, Pantheon 1.0), counts each person once under the first word of each Latin-script
 * name they carry, and keeps a name only when enough people carry it and nearly all of them are
 * one gender, or (women's names, thin in these sources) a few women and no man carry it.
 * Usage: `npx tsx scripts/build-name-genders.ts <shared data folder>` (the folder holding
 * `kb/people/`, e.g. ../shared/data).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { nameKey } from '../src/analyze/kb/name-gender.js'

type Gender = 'm' | 'f'

interface Person {
  readonly ids: readonly string[]
  readonly names: readonly string[]
  readonly gender: Gender
  readonly country: string
}

/** People carrying a name before it counts: with 5 people all of one gender the chance that a
 * name shared 70/30 looks one-sided is 0.7^5 = 0.17 at most, against 0.34 with 3. */
const MIN_PEOPLE = 5
/** Share of those people that must be the name's gender. */
const MIN_SHARE = 0.95
/** Women carrying a name, and no man, before it counts as a woman's name. The sources hold about
 * four men per woman, so a name carried evenly in the world shows 3 women and no man in about
 * 0.2^3 = 1% of samples of 3; the same test does not work for men (3 men and no woman: 0.8^3 = 51%). */
const MIN_WOMEN_ALONE = 3
/** Times a word may end a name, as a share of the people it opens a name for. */
const MAX_SURNAME_SHARE = 0.5

// Countries whose names (also on English Wikipedia) put the family name first: a word opening
// those names is a surname ("Choe", "Pak", "Sun") whatever the counts say.
const SURNAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'SGP', 'KHM'])
// A given name: letters of the Latin script, possibly joined by a hyphen or apostrophe.
const LATIN_NAME = /^\p{Script=Latin}{2,}(?:[-'’]\p{Script=Latin}+)*$/u
// Words that open a name without being a given name.
const NOT_GIVEN = new Set(['sir', 'dame', 'lord', 'lady', 'dr', 'saint', 'st', 'sheikh', 'prince', 'princess', 'king', 'queen', 'pope', 'empress', 'emperor'])

function gender(value: unknown): Gender | undefined {
  const v = String(value ?? '').toLowerCase()
  if (v === 'm' || v === 'male') return 'm'
  if (v === 'f' || v === 'female') return 'f'
  return undefined
}

/** A person's name from an English Wikipedia title ("Theresa_May_(politician)" -> "Theresa May"). */
function titleName(title: string): string {
  return title.replace(/_/g, ' ').replace(/\s*\(.*\)$/, '')
}

function readGz(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8')
}

function jsonPeople(path: string, givenFirst: boolean): Person[] {
  const out: Person[] = []
  for (const line of readGz(path).split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line) as { qid?: string; enwiki?: string; name?: string; aliases?: string[]; gender?: string; country?: string }
    const g = gender(r.gender)
    if (!g) continue
    const ids = [r.qid, r.enwiki && `w:${r.enwiki}`].filter((x): x is string => !!x)
    // Some legislatures list "Surname Given"; an English Wikipedia title puts a Western given name
    // first, so other name strings count only when the source writes them in that order.
    const names = r.enwiki ? [titleName(r.enwiki)] : []
    out.push({ ids, names: givenFirst ? [...names, r.name ?? '', ...(r.aliases ?? [])] : names, gender: g, country: r.country ?? '' })
  }
  return out
}

function pantheonPeople(path: string): Person[] {
  const [header, ...rows] = readGz(path).split('\n')
  const cols = (header ?? '').split('\t')
  const [title, name, sex, country] = ['enwiki_title', 'name', 'gender', 'country_iso3'].map((c) => cols.indexOf(c))
  const out: Person[] = []
  for (const row of rows) {
    const cells = row.split('\t')
    const g = gender(cells[sex!])
    if (!g) continue
    out.push({ ids: [`w:${cells[title!]}`], names: [titleName(cells[title!] ?? ''), cells[name!] ?? ''], gender: g, country: cells[country!] ?? '' })
  }
  return out
}

/** The last word of a name string, as a key, when it is a plain Latin word. */
function surname(name: string): string | undefined {
  const words = name.trim().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  return words.length >= 2 && LATIN_NAME.test(last) ? nameKey(last) : undefined
}

/** The given name a name string opens with, or undefined when it is not a plain Latin word. */
function givenName(name: string): string | undefined {
  const words = name.trim().split(/\s+/)
  let first = words[0] ?? ''
  if (NOT_GIVEN.has(first.toLowerCase().replace(/\.$/, '')) && words.length > 2) first = words[1] ?? ''
  if (words.length < 2 || !LATIN_NAME.test(first)) return undefined
  // "SMITH John" lists put the surname first in capitals.
  if (first === first.toUpperCase()) return undefined
  return nameKey(first)
}

function main(): void {
  const root = process.argv[2]
  if (!root) throw new Error('usage: build-name-genders.ts <shared data folder>')
  const dir = join(root, 'kb', 'people')
  const sources = [
    jsonPeople(join(dir, 'everypolitician-2015-legislators.jsonl.gz'), false),
    jsonPeople(join(dir, 'us-congress-executive.jsonl.gz'), true),
    pantheonPeople(join(dir, 'pantheon-1.0-people.tsv.gz')),
  ]
  // One person listed by several sources counts once (same QID or English Wikipedia title).
  const seen = new Set<string>()
  const counts = new Map<string, { m: number; f: number; surnameFirst: number; plain: boolean }>()
  const asSurname = new Map<string, number>()
  let people = 0
  for (const source of sources) {
    for (const p of source) {
      if (p.ids.some((id) => seen.has(id))) continue
      p.ids.forEach((id) => seen.add(id))
      people++
      const given = new Set(p.names.map(givenName).filter((x): x is string => !!x))
      // Given names this person writes without accents: "Åsa" alone does not make "Asa" a name.
      const plain = new Set(p.names.map((n) => n.trim().split(/\s+/)[0]?.toLowerCase()))
      for (const key of new Set(p.names.map(surname).filter((x): x is string => !!x))) asSurname.set(key, (asSurname.get(key) ?? 0) + 1)
      for (const key of given) {
        const c = counts.get(key) ?? { m: 0, f: 0, surnameFirst: 0, plain: false }
        c[p.gender]++
        c.plain ||= plain.has(key)
        if (SURNAME_FIRST.has(p.country)) c.surnameFirst++
        counts.set(key, c)
      }
    }
  }
  const kept: Record<Gender, string[]> = { m: [], f: [] }
  const dropped: string[] = []
  const womenAlone: string[] = []
  for (const [key, c] of counts) {
    const total = c.m + c.f
    // Below MIN_PEOPLE, a name only women carry, written without accents by one of them at least.
    const onlyWomen = total < MIN_PEOPLE && c.m === 0 && c.f >= MIN_WOMEN_ALONE && c.plain
    if (total < MIN_PEOPLE && !onlyWomen) continue
    // A word that often ends a name is a surname written first as often as a given name
    // ("Lee Hsien Loong", "Sun Chunlan"): its gender says nothing.
    if ((asSurname.get(key) ?? 0) > MAX_SURNAME_SHARE * total || c.surnameFirst * 2 >= total) {
      dropped.push(key)
      continue
    }
    const g: Gender = c.m >= c.f ? 'm' : 'f'
    if (c[g] / total >= MIN_SHARE) kept[g].push(key)
    if (onlyWomen) womenAlone.push(key)
  }
  kept.m.sort()
  kept.f.sort()
  const out = new URL('../models/entities/first-name-gender.json', import.meta.url)
  writeFileSync(out, JSON.stringify({ minPeople: MIN_PEOPLE, minShare: MIN_SHARE, minWomenAlone: MIN_WOMEN_ALONE, m: kept.m, f: kept.f }) + '\n')
  console.log(`dropped as surnames: ${dropped.sort().join(' ')}`)
  console.log(`women's names under ${MIN_PEOPLE} people (${womenAlone.length}): ${womenAlone.sort().join(' ')}`)
  console.log(`people ${people}, given names ${counts.size}, kept m ${kept.m.length} f ${kept.f.length}`)
}

main()
