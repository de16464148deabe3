/**
 * The actor dictionary behind actor coding, compiled by `scripts/events/build-actors.ts` from the
 * Phoenix (PETRARCH2) actor and agent dictionaries: named actors with their CAMEO codes and the
 * dates each code held ("Vladimir Putin": RUSGOV from 2000, RUSELI before), generic agents
 * ("police" COP, "rebels" REB) and the seats of government that stand for one ("the Kremlin").
 */

/** The dictionary file's content. */
export interface ActorDictionary {
  readonly about: string
  /** Lower-case name to its codes: `CODE`, `CODE>from`, `CODE<to`, `CODE>from<to` (ISO dates), space-separated. */
  readonly actors: Readonly<Record<string, string>>
  /** Lower-case agent noun or phrase (singular and plural forms) to its sector code. */
  readonly agents: Readonly<Record<string, string>>
  /** Non-ISO CAMEO country codes to ISO alpha-3 ("ROM" -> "ROU"). */
  readonly iso: Readonly<Record<string, string>>
  /** CAMEO region and organization-type codes that are not countries ("AFR", "IGO", "NGO"). */
  readonly nonCountries: readonly string[]
  /** Seats of government and institutions that stand for an actor, to a CAMEO code ("kremlin": "RUSGOV"). */
  readonly metonyms: Readonly<Record<string, string>>
}

/** One dated code of a named actor. */
export interface DatedCode {
  readonly code: string
  readonly from?: string
  readonly to?: string
}

/** The dictionary indexed for lookups. */
export interface ActorIndex {
  readonly actors: ReadonlyMap<string, readonly DatedCode[]>
  readonly agents: ReadonlyMap<string, string>
  readonly iso: ReadonlyMap<string, string>
  readonly nonCountries: ReadonlySet<string>
  readonly metonyms: ReadonlyMap<string, string>
  /** Longest agent and actor name in words, to bound phrase lookups. */
  readonly maxWords: number
  /**
   * A surname the dictionary codes alone ("putin") to the first words of the full names coded the
   * same ("vladimir"): "Hunter Biden" is not the Biden the dictionary means.
   */
  readonly firstNames: ReadonlyMap<string, ReadonlySet<string>>
}

/** Indexes a dictionary file. */
export function indexActors(d: ActorDictionary): ActorIndex {
  const actors = new Map<string, DatedCode[]>()
  let maxWords = 1
  for (const [name, codes] of Object.entries(d.actors)) {
    actors.set(name, codes.split(' ').map(parseDated))
    maxWords = Math.max(maxWords, name.split(' ').length)
  }
  for (const name of Object.keys(d.agents)) maxWords = Math.max(maxWords, name.split(' ').length)
  const firstNames = new Map<string, Set<string>>()
  for (const [name, codes] of Object.entries(d.actors)) {
    const words = name.split(' ')
    const last = words[words.length - 1]!
    if (words.length < 2 || d.actors[last] !== codes) continue
    let set = firstNames.get(last)
    if (!set) firstNames.set(last, (set = new Set()))
    set.add(words[0]!)
  }
  return {
    actors,
    agents: new Map(Object.entries(d.agents)),
    iso: new Map(Object.entries(d.iso)),
    nonCountries: new Set(d.nonCountries),
    metonyms: new Map(Object.entries(d.metonyms)),
    maxWords,
    firstNames,
  }
}

function parseDated(s: string): DatedCode {
  const m = /^([A-Z]+)(?:>([\d-]+))?(?:<([\d-]+))?$/.exec(s)
  if (!m) return { code: s }
  return { code: m[1]!, ...(m[2] ? { from: m[2] } : {}), ...(m[3] ? { to: m[3] } : {}) }
}

/** The code of a named actor on `date` (ISO, or null: its latest open-ended code). */
export function codeOn(codes: readonly DatedCode[], date: string | null): string | undefined {
  if (date) {
    const day = date.slice(0, 10)
    const held = codes.find((c) => (!c.from || c.from <= day) && (!c.to || day < c.to))
    if (held) return held.code
  }
  return codes.find((c) => !c.to)?.code ?? codes[codes.length - 1]?.code
}

/**
 * Country (ISO alpha-3) and sector of a CAMEO actor code ("RUSGOV" -> RUS, GOV; "IGOUNO" -> null,
 * IGO; "PSEGZA", a region after the country, -> PSE, null; "ELI", a sector alone, -> null, ELI).
 */
export function splitCode(index: ActorIndex, code: string): { country: string | null; sector: string | null } {
  const head = code.slice(0, 3)
  const rest = code.slice(3, 6)
  if (index.nonCountries.has(head)) return { country: null, sector: ORG_TYPES.has(head) ? head : SECTORS.has(rest) ? rest : null }
  if (SECTORS.has(head)) return { country: null, sector: sectorOf(head) }
  const country = index.iso.get(head) ?? head
  return { country: /^[A-Z]{3}$/.test(country) ? country : null, sector: SECTORS.has(rest) ? sectorOf(rest) : null }
}

// CAMEO organization types that stand in the sector slot of an international actor.
const ORG_TYPES = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT', 'NGM', 'UIS'])
// CAMEO sector codes (Phoenix's `cameo-codes.tsv`, kind "sector"); a region or religion code in
// the sector slot is none.
const SECTORS = new Set([
  'AGR',
  'BUS',
  'COP',
  'CRM',
  'CVL',
  'DEV',
  'EDU',
  'ELI',
  'ENV',
  'GOV',
  'HLH',
  'HRI',
  'INS',
  'JUD',
  'LAB',
  'LEG',
  'MED',
  'MIL',
  'MOD',
  'OPP',
  'PKO',
  'PPL',
  'PTY',
  'RAD',
  'REB',
  'REF',
  'REL',
  'SEP',
  'SET',
  'SPY',
  'UAF',
])

/** The sector newsgraph writes for a CAMEO sector code: Phoenix's "people" (PPL) is CAMEO's civilians (CVL). */
export function sectorOf(code: string): string {
  return code === 'PPL' ? 'CVL' : code
}
