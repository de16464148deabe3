/**
 * Actor coding as CAMEO and PLOVER coders do it: an actor phrase ("Afghan police", "the Kremlin",
 * "Russian President Vladimir Putin", "the South" in a story about Korea) resolves to a country
 * (ISO alpha-3) and a sector code (GOV, MIL, COP, REB, OPP, CVL, BUS, MED, IGO, ...). Named actors
 * come from the Phoenix dictionaries with the code they held on the article's date; generic
 * agents ("police", "rebels") give the sector; countries, nationalities and capitals come from
 * the entity gazetteer the entity step uses (`Models.gazetteer`), so there is one list of them.
 */
import type { Entity } from '../../model/article.js'
import { EMPTY_GAZETTEER, gazetteerKey, type Gazetteer } from '../kb/gazetteer.js'
import { codeOn, sectorOf, splitCode, type ActorIndex } from './actor-dictionary.js'
import { personRoles, type PersonRole } from './actor-person.js'
import { countryMentions, isCommonWord, isRegionWord, isSurnameAgent, nameCountry, residenceCountry } from './actor-readings.js'
import type { Token } from '../tokens/token.js'
import { sectorCode } from '../../model/actor-sectors.js'

/** A coded actor. */
export interface ActorCode {
  readonly country: string | null
  readonly sector: string | null
  /** CAMEO-style code: country then sector ("RUSGOV"), or the sector alone for an IGO ("IGOUNO"). */
  readonly code: string | null
}

/** What coding an actor needs besides its words. */
export interface ActorContext {
  readonly index: ActorIndex
  /** ISO date the article speaks of (codes of named actors change with time). */
  readonly date: string | null
  /** Countries the article names, for "the South" / "the North". */
  readonly countries: ReadonlySet<string>
  /** The country most of the article's places and nationalities belong to, if one clearly leads. */
  readonly dominant?: string | null
  /** The article's entity of each country it names by the country's own name, by ISO code. */
  readonly states?: ReadonlyMap<string, Entity>
  /** The country and office the article's titles give each person, by entity id. */
  readonly people?: ReadonlyMap<string, PersonRole>
  /** Entities the article names with a model number after them ("Falcon 9"): things, not groups. */
  readonly designations?: ReadonlySet<string>
  /** The country of each place the linker placed, by its names in lower case ("birmingham" -> USA in an Alabama story). */
  readonly places?: ReadonlyMap<string, string>
  /** Countries, nationalities and capitals (`Models.gazetteer`); absent, phrases name no country by those words. */
  readonly gazetteer?: Gazetteer
  /** Offices the article gives "of police" ("inspector general", "commissioner"), lower case: police, not government. */
  readonly policeOffices?: ReadonlySet<string>
  /** Mentions of each country among the article's states and nationalities (where an ethnic group lives). */
  readonly countryMentions?: ReadonlyMap<string, number>
}

/** What coding needs from the article: its date, the countries it names and the one it is mostly about, its people's titles. */
export function actorContext(index: ActorIndex, date: string | null, entities: readonly Entity[], tokens?: readonly Token[], gazetteer?: Gazetteer): ActorContext {
  const gz = gazetteer ?? EMPTY_GAZETTEER
  return {
    index,
    date,
    countries: articleCountries(entities),
    dominant: dominantCountry(entities),
    countryMentions: countryMentions(entities),
    states: stateEntities(entities, gz),
    places: linkedPlaces(entities),
    ...(tokens ? { people: personRoles(entities, tokens, gz), designations: designations(entities, tokens), policeOffices: policeOffices(tokens) } : {}),
    ...(gazetteer ? { gazetteer } : {}),
  }
}

// Words before "of police" that are no office of their own: "general" alone is an army rank.
const NOT_OFFICE = new Set(['the', 'a', 'an', "'s", 'general', 'and', 'of', 'for'])

// The offices the article writes "<office> of (the) police" ("the Inspector General of Police",
// "commissioner of police"): CAMEO and Phoenix code those officers as police (COP), while the
// event's actor phrase usually stops before "of" ("The inspector general ... arrested").
// Each office is kept as its last word and its last two words ("commissioner", "deputy commissioner").
function policeOffices(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>()
  const w = (i: number): string => (tokens[i]?.text ?? '').toLowerCase().replace(/’/g, "'")
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (w(i) !== 'of' || (w(i + 1) !== 'police' && !(w(i + 1) === 'the' && w(i + 2) === 'police'))) continue
    const last = w(i - 1)
    if (!/^\p{L}[\p{L}-]*$/u.test(last) || last === 'the') continue
    if (!NOT_OFFICE.has(last)) out.add(last)
    const before = w(i - 2)
    if (i >= 2 && /^\p{L}[\p{L}-]*$/u.test(before) && !NOT_OFFICE.has(before)) out.add(`${before} ${last}`)
  }
  return out
}

// Whether an actor phrase is an office the article gives "of police": its last one or two words,
// after nothing but capitalized words ("Kenya's inspector general", "the Lagos State commissioner";
// not "the election commissioner").
function policeOffice(phrase: readonly string[], original: readonly string[], offices: ReadonlySet<string> | undefined): boolean {
  if (!offices?.size) return false
  for (const k of [2, 1]) {
    if (phrase.length < k || !offices.has(phrase.slice(-k).join(' '))) continue
    if (original.slice(0, -k).every((w) => /^\p{Lu}/u.test(w))) return true
  }
  return false
}

// Entities with a mention followed by a number ("the Falcon 9", "a Boeing 737"): a model's name.
function designations(entities: readonly Entity[], tokens: readonly Token[]): Set<string> {
  const numberAt = new Map<number, boolean>()
  for (const [i, t] of tokens.entries()) if (i > 0) numberAt.set(tokens[i - 1]!.end, /^\d+[A-Za-z]?$/.test(t.text))
  const out = new Set<string>()
  for (const e of entities) if (e.mentions.some((m) => numberAt.get(m.end) === true)) out.add(e.id)
  return out
}

const COMPASS = new Set(['north', 'south', 'east', 'west'])

// The country of each place the entity step linked to the knowledge base, by every name it goes by.
function linkedPlaces(entities: readonly Entity[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of entities) {
    if ((e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC') || e.linkConfidence === undefined || !e.country) continue
    for (const n of [e.name, ...e.aliases]) out.set(n.toLowerCase(), e.country)
  }
  return out
}

/** Countries an article names (states and nationalities), the context of "the North" and of unnamed offices. */
export function articleCountries(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>()
  for (const e of entities) if (e.country && (e.type === 'GPE' || e.type === 'NORP') && !COMPASS.has(e.name.toLowerCase())) out.add(e.country)
  return out
}

// Sectors that belong to the country they act in.
// Sectors of armed groups outside a state's forces.
const ARMED_GROUPS = new Set(['REB', 'INS', 'UAF'])
const DOMESTIC = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'OPP', 'PTY', 'UAF'])
// Sectors of a state's own offices and organs.
const STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY'])

// The country an article is about: its places and nationalities are counted by mention, and one
// country leads when it has at least two mentions and twice as many as the next ("the federal
// government" in a New York story that mentions Cuba once).
function dominantCountry(entities: readonly Entity[]): string | null {
  const counts = new Map<string, number>()
  for (const e of entities) {
    if (!e.country || (e.type !== 'GPE' && e.type !== 'NORP') || COMPASS.has(e.name.toLowerCase())) continue
    counts.set(e.country, (counts.get(e.country) ?? 0) + Math.max(1, e.mentions.length))
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  return first && first[1] >= 2 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null
}

// The entity of each country the article names by the country's name ("North Korea", not "Pyongyang").
function stateEntities(entities: readonly Entity[], gazetteer: Gazetteer): Map<string, Entity> {
  const out = new Map<string, Entity>()
  for (const e of entities) {
    if (e.type !== 'GPE' || !e.country || out.has(e.country)) continue
    const entry = gazetteer.entries.get(gazetteerKey(e.name.split(' ')))
    if (entry?.kind === 'country' && entry.country === e.country) out.set(e.country, e)
  }
  return out
}

/**
 * The entity an actor stands for once coded: a nationality acting through a state office or organ
 * ("no North Korean leader", "Russian troops", "the Chinese foreign ministry") is that state, as
 * GDELT-style users count it, when the article names the country; the nationality otherwise.
 */
export function codedEntity(entity: Entity | undefined, code: ActorCode, ctx: ActorContext): Entity | undefined {
  if (entity?.type !== 'NORP' || !code.country || code.country !== entity.country || !code.sector || !STATE.has(code.sector)) return entity
  return ctx.states?.get(code.country) ?? entity
}

// Words for a state's people in office and its armed forces that the Phoenix agent dictionary
// leaves out ("Senior Hungarian officials", "Palestinian leaders", "Russian forces"). They code only
// a phrase no dictionary entry codes, or one whose only agent word is a modifying "government"
// ("government forces", "government opponents").
// A Map, not an object literal: a phrase's head word can be "constructor".
const GENERIC_AGENTS: ReadonlyMap<string, string> = new Map([
  ['leader', 'GOV'],
  ['leaders', 'GOV'],
  ['leadership', 'GOV'],
  ['official', 'GOV'],
  ['officials', 'GOV'],
  ['forces', 'MIL'],
  ['opposition', 'OPP'],
  ['opponents', 'OPP'],
  ['negotiators', 'GOV'],
])
// Sectors of people that the country a story is mostly about is taken for (not armed groups or
// weapons of no named side: "a suicide bomber" in Bagram is no American in a story about NATO).
const DOMINANT = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'OPP', 'PTY'])

// CAMEO religion codes the agent dictionary gives some words ("Moslem", "Christian").
const RELIGIONS = new Set(['BUD', 'CHR', 'HIN', 'JEW', 'MUS', 'CTH', 'PRO', 'SHI', 'SUN', 'SIK'])

// A surname the dictionary codes alone names another person when the phrase's entity has a first
// name the dictionary's full names of that surname do not ("Hunter Biden").
function otherPerson(surname: string, entity: Entity | undefined, index: ActorIndex): boolean {
  if (entity?.type !== 'PERSON') return false
  const words = entity.name.toLowerCase().split(/\s+/)
  const firsts = index.firstNames.get(surname)
  return words.length >= 2 && words[words.length - 1] === surname && firsts !== undefined && !firsts.has(words[0]!)
}

// Entity types that can be an armed group: what the recogniser takes for a product, a facility or
// a work is not one.
const GROUP_TYPES = new Set(['ORG', 'NORP'])

// A one-word name the dictionary gives an armed group's code ("Falcon", an alias of an Iranian
// group) is another thing of that name (a rocket, a brand) unless the recogniser took it for a
// group or the article names the group's country: one common word is too weak a sign alone. A
// name with a model number ("the Falcon 9") is a thing even where the recogniser took it for a group.
function unsupportedGroup(name: string, code: string | undefined, entity: Entity | undefined, ctx: ActorContext): boolean {
  if (!code || name.includes(' ')) return false
  if (entity && GROUP_TYPES.has(entity.type) && !ctx.designations?.has(entity.id)) return false
  const { country, sector } = splitCode(ctx.index, code)
  return ARMED_GROUPS.has(sector ?? '') && country !== null && !ctx.countries.has(country)
}

// Halves of a divided country that a story names by compass point alone.
const DIVIDED: ReadonlyArray<{ readonly countries: readonly string[]; readonly north: string; readonly south: string }> = [
  { countries: ['KOR', 'PRK'], north: 'PRK', south: 'KOR' },
  { countries: ['SDN', 'SSD'], north: 'SDN', south: 'SSD' },
]

// Weapons and war machines, which the Phoenix agent dictionary does not list.
const WEAPONS = new Set([
  'tank',
  'tanks',
  'warplane',
  'warplanes',
  'jet',
  'jets',
  'fighter jets',
  'bomber',
  'bombers',
  'drone',
  'drones',
  'artillery',
  'gunboat',
  'gunboats',
  'warship',
  'warships',
  'helicopter',
  'helicopters',
  'gunship',
  'gunships',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'airstrike',
  'airstrikes',
])

// Heads that count people, whose place says where they are, not that its government acts.
const COUNTS = new Set(['tens', 'hundreds', 'thousands', 'dozens', 'millions', 'scores', 'crowd', 'crowds', 'group', 'groups', 'members'])

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'two', 'three', 'four', 'five'])

/** Codes an actor from the words of its phrase (original case) and, when known, its entity. */
export function codeActor(words: readonly string[], entity: Entity | undefined, ctx: ActorContext): ActorCode {
  const lower = words.map((w) => w.toLowerCase().replace(/’/g, "'"))
  let from = 0
  while (from < lower.length - 1 && DETERMINERS.has(lower[from]!)) from++
  const phrase = lower.slice(from).filter((w) => w !== "'s")
  const original = words.slice(from).filter((w) => !/^['’]s$/i.test(w))
  let country: string | null = null
  let sector: string | null = null
  let named: string | undefined
  // The words the dictionary's entry matched, to check against the article's linked places.
  let namedKey: string | undefined

  // A named actor: the whole phrase, the entity's names, then the longest run of words. `inName`
  // is where the phrase spells the name, when it does.
  let inName: readonly [number, number] | null = null
  const names = [phrase.join(' '), ...(entity ? [entity.name, ...entity.aliases].map((n) => n.toLowerCase()) : [])]
  for (const [k, n] of names.entries()) {
    if (k === 0 && original.length === 1 && isCommonWord(original[0]!)) continue
    const codes = ctx.index.actors.get(n) ?? undefined
    if (codes && !unsupportedGroup(n, codeOn(codes, ctx.date), entity, ctx)) {
      named = codeOn(codes, ctx.date)
      namedKey = n
      if (k === 0) inName = [0, phrase.length]
      break
    }
  }
  let agentSector: string | null = null
  let agentAt: readonly [number, number] | null = null
  let metonym: string | undefined
  for (let len = Math.min(ctx.index.maxWords, phrase.length); len >= 1; len--) {
    for (let i = 0; i + len <= phrase.length; i++) {
      const key = phrase.slice(i, i + len).join(' ')
      if (metonym === undefined) metonym = ctx.index.metonyms.get(key)
      // The rightmost agent is the head ("Afghan police officers": officers).
      if (agentSector === null || i + len === phrase.length) {
        const a = ctx.index.agents.get(key)
        if (a && (agentSector === null || i + len === phrase.length)) [agentSector, agentAt] = [a, [i, i + len]]
      }
      if (named === undefined && len > 1) {
        const codes = ctx.index.actors.get(key)
        if (codes) [named, inName, namedKey] = [codeOn(codes, ctx.date), [i, i + len], key]
      }
    }
  }
  if (named === undefined) {
    for (const [i, w] of phrase.entries()) {
      const codes = ctx.index.actors.get(w)
      if (
        codes &&
        !isCommonWord(original[i] ?? '') &&
        !isRegionWord(original, i) &&
        !ctx.index.agents.has(w) &&
        !otherPerson(w, entity, ctx.index) &&
        !unsupportedGroup(w, codeOn(codes, ctx.date), entity, ctx)
      ) {
        ;[named, inName, namedKey] = [codeOn(codes, ctx.date), [i, i + 1], w]
        break
      }
    }
  }
  // A town the dictionary gives one country ("Birmingham": GBR) is where the linker placed it, when
  // that is the country the story is mostly about ("police in Birmingham, Alabama" in a story about
  // North Dakota are American police; a link against the story's country is too often wrong).
  const placed = namedKey === undefined ? undefined : ctx.places?.get(namedKey)
  if (named && placed && placed === ctx.dominant && splitCode(ctx.index, named).sector === null && splitCode(ctx.index, named).country !== placed) named = placed
  // A person's surname is no agent word ("Kevin King": no king).
  if (agentAt && isSurnameAgent(original.slice(agentAt[0], agentAt[1]), entity)) [agentSector, agentAt] = [null, null]
  // An agent word that is part of a name with its own sector is no agent ("the U.N. Security
  // Council" is IGOUNO, not a council of government).
  if (named && named.length > 3 && agentAt && inName && inName[0] <= agentAt[0] && agentAt[1] <= inName[1]) agentSector = null
  // A state's own name holds no agent and names no other country ("the Democratic People's
  // Republic of Korea" is neither people nor the South).
  const stateName = entity?.type === 'GPE' && [entity.name, ...entity.aliases].some((n) => flat(n) === flat(phrase.join(' ')))
  if (stateName) agentSector = null
  if (stateName && inName && (inName[0] > 0 || inName[1] < phrase.length)) named = undefined
  const head = phrase[phrase.length - 1] ?? ''
  // A suicide bomber is a person, not a warplane.
  if (/^bombers?$/.test(head) && phrase.includes('suicide')) agentSector = 'UAF'
  // "Israeli tanks", "Russian warplanes": the weapons of a state are its military.
  const weapon = agentSector === null && WEAPONS.has(head)
  if (weapon) agentSector = 'MIL'
  // A religion word modifies its head ("Moslem forces" are forces).
  const modifierOnly = (agentSector === 'GOV' || RELIGIONS.has(agentSector ?? '')) && agentAt !== null && agentAt[1] < phrase.length
  // "an opposition leader" is the opposition's.
  const generic = GENERIC_AGENTS.get(head)
  if ((agentSector === null || modifierOnly) && generic !== undefined && (named === undefined || named.length <= 3)) agentSector = phrase.includes('opposition') ? 'OPP' : generic
  // "Ugandan opposition candidates": whoever the word "opposition" qualifies is the opposition.
  if (agentSector === null && named === undefined && phrase.slice(0, -1).includes('opposition')) agentSector = 'OPP'
  // "Hamas militants", "Hamas-led fighters": a word for armed men of no side takes the sector of
  // the armed group the phrase names (PSE REB, not UAF).
  if (agentSector === 'UAF' && named && ARMED_GROUPS.has(splitCode(ctx.index, named).sector ?? '')) agentSector = null
  if (named) ({ country, sector } = splitCode(ctx.index, named))
  if (metonym) {
    const m = splitCode(ctx.index, metonym)
    country ??= m.country
    sector ??= m.sector
  }
  // "The North" names a half of a divided country only by the story's context: the entity step's
  // link of a bare compass point (a region of Cameroon, say) is no evidence.
  // A person the article titles ("US secretary of state X", "X, Jordan's foreign minister") is of
  // the title's country before any place the phrase holds ("China's ambassador to Britain X").
  const person = entity?.type === 'PERSON' ? ctx.people?.get(entity.id) : undefined
  // A bare country the phrase holds is the place of the office, not the person's ("Britain" there).
  if (person?.country && (!named || named.length === 3)) country = person.country
  const compass = phrase.length === 1 && COMPASS.has(phrase[0]!) ? phrase[0]! : entity && COMPASS.has(entity.name.toLowerCase()) ? entity.name.toLowerCase() : null
  if (stateName && entity?.country) country ??= entity.country
  const place = compass ? null : gazetteerCountry(original, ctx.gazetteer ?? EMPTY_GAZETTEER)
  if (place) {
    country ??= place.country
    // A capital acting stands for its government ("Pyongyang said", "Seoul protested").
    if (place.capitalOnly) sector ??= 'GOV'
  }
  country ??= compass ? dividedCountry(compass, ctx.countries) : (entity?.country ?? null)
  // "Iraqi Kurds", "Bosnian Serbs": a group's name carries its country when the entity has none.
  if (country === null && entity && !compass) country = gazetteerCountry(entity.name.split(' '), ctx.gazetteer ?? EMPTY_GAZETTEER)?.country ?? nameCountry(entity.name, ctx.index, ctx.date)
  // "ethnic Albanians" in a story about Serbia live there: CAMEO codes them SRB.
  const residence = residenceCountry(phrase, country, ctx.countryMentions)
  if (residence) [country, sector] = [residence, sector ?? 'CVL']
  // "The inspector general [of police]": police, the article says, whatever the office word alone would be.
  if ((!named || named.length === 3) && (agentSector === null || sectorOf(agentSector) === 'GOV') && policeOffice(phrase, original, ctx.policeOffices)) agentSector = 'COP'
  if (agentSector) sector = sectorOf(agentSector)
  // "a former U.S. ambassador" holds the office no more: CAMEO's elites (of the office's country).
  const former = agentSector !== null && STATE.has(sector ?? '') && agentAt !== null && phrase.slice(0, agentAt[0]).some((w) => w === 'former' || w.startsWith('ex-'))
  // A person who held the office before ("the former special envoy") is of the elites now.
  if (person?.sector === 'ELI' && !named && (sector === null || STATE.has(sector))) sector = 'ELI'
  sector ??= person?.sector ?? sectorCode(entity?.sector)
  // An office or force of no named country in a story about one country is that country's ("the
  // interior minister", "police", "President X" whom the dictionary does not know).
  if (country === null && sector !== null && DOMESTIC.has(sector) && ctx.countries.size === 1) country = [...ctx.countries][0]!
  // ... or in a story mostly about one country ("the government", "police" in a Caracas story that names Cuba once).
  if (country === null && sector !== null && DOMINANT.has(sector) && !weapon && ctx.dominant) country = ctx.dominant
  // A state named as an actor acts through its government; "tens of thousands of students
  // throughout Indonesia" (the phrase "Tens" linked to the place after it) do not.
  // A region the dictionary codes to its country ("Gaza": PSEGZA) is a place, not a government.
  const region = named !== undefined && named.length > 3 && !ctx.index.nonCountries.has(named.slice(0, 3)) && splitCode(ctx.index, named).sector === null
  if (sector === null && country && entity?.type === 'GPE' && (phrase.length <= 3 || stateName) && !COUNTS.has(head) && !region) sector = 'GOV'
  if (former) sector = 'ELI'
  // A named actor's own code ("IGOUNO", "RUSGOV") unless an agent word or the context adds to a bare country code.
  const code = named && !agentSector && named.length > 3 ? named : country || sector ? `${country ?? ''}${sector ?? ''}` : (named ?? null)
  return { country, sector, code }
}

// The country a phrase's words name (a country, nationality or capital), and whether the phrase is
// only a capital.
function gazetteerCountry(words: readonly string[], gazetteer: Gazetteer): { country: string; capitalOnly: boolean } | null {
  // Words a longer name of no country holds ("Latin American") name no country by themselves.
  const covered = new Set<number>()
  for (let len = Math.min(gazetteer.maxTokens, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const slice = words.slice(i, i + len)
      const entry = gazetteer.entries.get(gazetteerKey(slice)) ?? gazetteer.entries.get(gazetteerKey(slice.map(titleCase)))
      if (entry && !entry.country && len > 1) for (let k = i; k < i + len; k++) covered.add(k)
      if (!entry?.country || covered.has(i)) continue
      if (len === 1 && entry.kind === 'demonym' && isRegionWord(words, i)) continue
      if (entry.kind === 'country' || entry.kind === 'demonym' || entry.kind === 'capital' || entry.kind === 'facility') {
        return { country: entry.country, capitalOnly: (entry.kind === 'capital' || entry.kind === 'facility') && len === words.length }
      }
    }
  }
  return null
}

// A name's words for comparison: lower case, no possessive, no punctuation.
function flat(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function titleCase(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1)
}

// "the South", "the North" in a story about a divided country.
function dividedCountry(point: string, countries: ReadonlySet<string>): string | null {
  if (point !== 'south' && point !== 'north') return null
  const d = DIVIDED.find((x) => x.countries.some((c) => countries.has(c)))
  if (!d) return null
  return point === 'south' ? d.south : d.north
}
