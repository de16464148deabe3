/**
 * Fine entity types for name candidates: CoNLL's PER/ORG/LOC/MISC and capitalized phrases
 * become PERSON, ORG, GPE, LOC, FAC, NORP, EVENT or PRODUCT through the gazetteer, head words
 * and context. A candidate that stays untyped may still become a short form of a person.
 */
import type { EntityType } from '../../model/article.js'
import type { Candidate } from './candidates.js'
import { EVENT_HEADS, FACILITY_HEADS, ORG_HEADS, TITLE_WORDS } from './cue-words.js'
import type { Token } from '../tokens/tokenize.js'
import { apStateName } from '../kb/us-state-abbreviations.js'

/** A candidate with its fine type (null: only a short form of a known name can keep it). */
export interface TypedCandidate extends Candidate {
  readonly type: EntityType | null
  /** ISO alpha-3 of the country it is or belongs to, when the gazetteer says. */
  readonly country?: string
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u
const PLACE_KINDS = new Set(['country', 'capital', 'city', 'state'])
const CITY_KINDS = new Set(['capital', 'city', 'state'])
// Capitalized words, hyphenated only with capitalized parts: "Al-Qaeda", not "New York-based".
const NAME_WORD = /^\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*$/u
const BUILDING_HEADS = new Set(['centre', 'center', 'hospital', 'school', 'college', 'university', 'academy', 'church', 'studio', 'studios'])
// Facility heads that name ways, not buildings: a given name before one is still a street's.
const WAY_HEADS = new Set(['street', 'avenue', 'road', 'highway', 'square', 'plaza', 'bridge', 'canal', 'tunnel', 'gate'])
const MODEL_CODE = /\p{L}.*\p{N}|\p{N}.*\p{L}/u
// Endings of nationality and ethnic words the gazetteer does not list ("Chechen" is listed).
const NATIONALITY = /(?:an|ans|ese|ish|ic)$/u
// The words that make an administrative division of a state or country ("Cook County", "Orleans Parish").
const COUNTY_WORDS = new Set(['County', 'Parish', 'Borough', 'Prefecture'])
const YEAR_OR_EDITION = /^(?:\p{N}{2}|\p{N}{4})$/u

/** What typing may consult besides the candidate. */
export interface ClassifyOptions {
  /** Whether the knowledge base knows a place of this name (when a KB is loaded). */
  readonly knownPlace?: (name: string) => boolean
  /** The text's tokens, to read the word after a name. */
  readonly tokens?: readonly Token[]
  /** Whether a word is a known given name (the given-name list), to read "Linda Park" as a person. */
  readonly givenName?: (word: string) => boolean
  /**
   * What the knowledge base knows under a name: a person, something else (`exact`: only entries
   * whose own name is this one, not a loose spelling or an alias).
   */
  readonly kbKnows?: (name: string, exact: boolean) => { readonly person: boolean; readonly other: boolean }
}

// Verbs of saying right after a one-word name make it a person ("Sissi said"), whatever the tagger's MISC.
const SAYING = new Set(['said', 'says', 'told', 'added', 'stated', 'argued', 'insisted', 'warned', 'wrote', 'tweeted', 'replied', 'asked'])

/** Decides the fine type of each candidate; drops those that name nothing typable. */
export function classifyCandidates(candidates: readonly Candidate[], tagged: boolean, options: ClassifyOptions = {}): TypedCandidate[] {
  const out: TypedCandidate[] = []
  for (const c of candidates) {
    const type = refine(c, classify(c, tagged, options), options)
    if (type === undefined) continue
    const country = c.gazetteer?.country
    out.push({ ...c, type, ...(country && type !== 'PERSON' ? { country } : {}) })
  }
  return out
}

/**
 * Corrects two typing errors read on real news: a one-word name the tagger calls MISC that then
 * speaks ("Sissi said") is a person, not a product; a one-word "place" no gazetteer or KB knows,
 * used as a modifier of a common noun ("Neanderthal remains", "Genetics department"), is no place.
 */
function refine(c: Candidate, type: EntityType | null | undefined, options: ClassifyOptions): EntityType | null | undefined {
  const next = options.tokens?.[c.tokenEnd]?.text ?? ''
  // "Cook County", "County Cork": a county is a place, though the tagger most often calls it an
  // organization; "Cook County Board" and "County Council" end on their body's word and stay one,
  // and a club in a score line or table ("Notts County 1 Burnley 2") stays a team.
  const prev = options.tokens?.[c.tokenStart - 1]?.text ?? ''
  if (type !== undefined && type !== 'GPE' && type !== 'NORP' && isCountyName(c.text) && !/^\p{N}/u.test(next) && !/^\p{N}/u.test(prev)) return 'GPE'
  // "Orlando, Fla.", "HAYWARD, Calif. (AP)", "(R-Wis.)": an AP state abbreviation after a place
  // and a comma, or after a party's initial, is the state, whatever the tagger read in it.
  if (type !== undefined && apStateName(c.text) !== undefined && (prev === ',' || c.start > (options.tokens?.[c.tokenStart]?.start ?? c.start))) return 'GPE'
  if ((type === 'ORG' || type === 'LOC') && personShaped(c, options)) return 'PERSON'
  if (type === 'PRODUCT' && c.hint !== 'PRODUCT' && !/\s/.test(c.text) && SAYING.has(next)) return 'PERSON'
  if ((type === 'LOC' || type === 'GPE') && !c.gazetteer && !/\s/.test(c.text) && options.knownPlace && !options.knownPlace(c.text) && /^\p{Ll}+$/u.test(next)) {
    return /s$/.test(c.text) ? 'NORP' : undefined
  }
  return type
}

// Words no person's name holds: the heads of organizations, facilities and events, and titles.
const NOT_IN_PERSON_NAMES = new Set([...ORG_HEADS, ...FACILITY_HEADS, ...BUILDING_HEADS, ...EVENT_HEADS, ...TITLE_WORDS])
const MIDDLE_INITIAL = /^\p{Lu}\.$/u

/**
 * Whether a name the tagger calls an organization or a place is written as a person's: a
 * known given name then a surname ("Victoria Guida"), a middle initial ("Douglas W. Diamond"),
 * or a lone given name no place or organization bears ("Monique"). The knowledge base vetoes
 * names it knows as something else ("Charles Schwab", "John Deere").
 */
function personShaped(c: Candidate, options: ClassifyOptions): boolean {
  // MISC stays: works and ships named after people ("Michael Collins", "Carl Vinson") are no people.
  if ((c.label !== 'ORG' && c.label !== 'LOC') || c.gazetteer || c.hint || !options.givenName) return false
  const words = c.text.split(/\s+/)
  if (words.length > 4 || !words.every((w) => MIDDLE_INITIAL.test(w) || (NAME_WORD.test(w) && /\p{Ll}/u.test(w) && !NOT_IN_PERSON_NAMES.has(w.toLowerCase())))) return false
  const first = words[0]!
  if (words.length === 1) {
    if (!options.givenName(first)) return false
    const known = options.kbKnows?.(first, true)
    return known === undefined || !known.other
  }
  const initial = words.length >= 3 && words.slice(1, -1).every((w) => MIDDLE_INITIAL.test(w))
  if (!initial && !(options.givenName(first) && words.length <= 3)) return false
  if (MIDDLE_INITIAL.test(words[words.length - 1]!)) return false
  const known = options.kbKnows?.(c.text, false)
  return known === undefined || known.person || !known.other
}

/** Whether a name is a county's: "Harris County", "Miami-Dade County", "County Durham", "Orleans Parish". */
function isCountyName(text: string): boolean {
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return false
  return COUNTY_WORDS.has(words[words.length - 1]!) || (words.length === 2 && words[0] === 'County')
}

/** The fine type of one candidate, null when unknown yet, undefined when it is no entity. */
function classify(c: Candidate, tagged: boolean, options: ClassifyOptions = {}): EntityType | null | undefined {
  const words = c.text.split(/\s+/)
  const last = (words[words.length - 1] ?? '').toLowerCase()
  const g = c.gazetteer
  if (c.hint === 'PRODUCT') return 'PRODUCT'
  // Right after a person's title ("research fellow Hong Min") an unknown name is that person,
  // whatever coarse label the tagger gave it.
  if (c.titled && !g && !c.hint && c.label !== 'LOC' && words.every((w) => /^\p{Lu}/u.test(w))) return 'PERSON'
  switch (c.label) {
    case 'PER':
      // The tagger reads context the gazetteer cannot ("Jordan said"), but not for demonyms,
      // multi-word country names ("United Arab Emirates") or well-known companies ("Alibaba").
      if (g?.kind === 'demonym') return 'NORP'
      if (g && ((g.kind === 'country' && words.length > 1) || g.kind === 'organization')) return g.type
      // "Riverside Park" is a place, but not after a person's title ("Mayor Linda Park") nor after
      // a given name: then the tagger's person holds, and the facility word is a surname.
      // Streets keep a given name ("Douglas Road"); "Park" and "Hall" are surnames too.
      if (words.length > 1 && (FACILITY_HEADS.has(last) || BUILDING_HEADS.has(last)) && !c.titled && !(words.length === 2 && !WAY_HEADS.has(last) && options.givenName?.(words[0]!))) return 'FAC'
      return 'PERSON'
    case 'ORG':
      // A city or state the tagger calls an organization is a team or a government seat; a
      // country is still the country ("Russia said").
      if (g && !CITY_KINDS.has(g.kind)) return g.type
      return 'ORG'
    case 'LOC':
      if (g) return PLACE_KINDS.has(g.kind) ? 'GPE' : g.type
      // A place named after an institution is its building ("National Tennis Centre").
      if (FACILITY_HEADS.has(last) || BUILDING_HEADS.has(last)) return 'FAC'
      if (ORG_HEADS.has(last)) return 'ORG'
      return 'LOC'
    case 'MISC':
      // A country name the tagger reads as MISC is used as an adjective: the nationality ("Thai", "Czech").
      if (g?.kind === 'country') return 'NORP'
      if (g && g.kind !== 'city' && g.kind !== 'region' && g.kind !== 'state') return g.type
      if (c.hint) return c.hint
      return miscType(words)
    case undefined:
      break
  }
  if (g) return g.type
  if (c.hint) return c.hint
  // Without a tagger an all-capitals word is most often an organization; the tagger knows better.
  if (!tagged && ACRONYM.test(c.text)) return 'ORG'
  if (c.titled) return 'PERSON'
  // Without a tagger a run of two to four capitalized words is most often a person's name.
  if (!tagged && words.length >= 2 && words.length <= 4 && !TITLE_WORDS.has(last.replace(/\.$/, ''))) return 'PERSON'
  return null
}

/**
 * A type for a MISC span nothing else explains: tournaments, wars and holidays are events,
 * nationality-like words are groups of people ("Chechens", "Iraqi Kurds"), other short names
 * are products and brands ("Sportback", "Kalashnikov"); adjectives ("New York-based"),
 * currencies and long titles of works are dropped.
 */
function miscType(words: readonly string[]): EntityType | undefined {
  const last = (words[words.length - 1] ?? '').toLowerCase()
  if (words.some((w) => EVENT_HEADS.has(w.toLowerCase())) || YEAR_OR_EDITION.test(last)) return 'EVENT'
  if (words.length === 1 && MODEL_CODE.test(words[0] ?? '')) return 'PRODUCT'
  if (!words.every((w) => NAME_WORD.test(w))) return undefined
  if (words.length <= 2 && NATIONALITY.test(last)) return 'NORP'
  return words.length <= 3 ? 'PRODUCT' : undefined
}
