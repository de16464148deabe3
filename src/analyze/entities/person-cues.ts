/**
 * Names the tagger calls people that nothing in the text treats as a person, while the
 * knowledge base knows the very name as a place or an organization ("Verizon", "Denver",
 * "Clanton" in a list of towns): they take the knowledge base's type. A person is read from a
 * title before a mention, a pronoun or "the aide" that refers back to it, a short form of a
 * longer name, a known given name, or a verb of saying right after it. Without one, a noun of
 * works or of firms right before a mention says what it is ("the movie Blade Runner", "the
 * company Verizon").
 */
import type { EntityType } from '../../model/article.js'
import type { Token } from '../tokens/tokenize.js'
import type { MentionGroup } from './coreference.js'

/** What the check reads besides the groups. */
export interface PersonCueOptions {
  readonly tokens: readonly Token[]
  /** Whether a word is a known given name. */
  readonly givenName?: (word: string) => boolean
  /**
   * The type the knowledge base gives this exact name when it knows it only as something other
   * than a person (and no known person bears it as a surname); undefined otherwise.
   */
  readonly otherThanPerson: (name: string) => EntityType | undefined
}

// Verbs that make whatever stands before them a speaker ("Verizon said" is still Verizon, but a
// speaking name is more often a person: the tagger's reading then holds).
const SAYING = new Set(['said', 'says', 'told', 'added', 'stated', 'argued', 'insisted', 'warned', 'wrote', 'tweeted', 'replied', 'asked', 'explained', 'recalled'])

// Common nouns that name the kind of a work or a firm written right before its name.
const WORK_NOUNS = new Set(['movie', 'film', 'show', 'series', 'sitcom', 'album', 'song', 'single', 'book', 'novel', 'app', 'game', 'podcast', 'documentary', 'musical', 'debut', 'franchise'])
const FIRM_NOUNS = new Set([
  'company',
  'firm',
  'brand',
  'startup',
  'website',
  'site',
  'magazine',
  'newspaper',
  'outlet',
  'platform',
  'network',
  'service',
  'retailer',
  'chain',
  'maker',
  'automaker',
  'carmaker',
  'label',
  'imprint',
  'publisher',
  'band',
  'airline',
  'conglomerate',
])

/** The groups, with people that show no person cue and that the KB knows as something else retyped. */
export function retypeCuelessPeople(groups: readonly MentionGroup[], options: PersonCueOptions): MentionGroup[] {
  const places = new Uint8Array(options.tokens.length)
  for (const g of groups) {
    if (g.type !== 'GPE' && g.type !== 'LOC' && g.type !== 'PERSON') continue
    // A person-typed name counts as a neighbour in the list too when the KB knows it as a place.
    if (g.type === 'PERSON' && !g.mentions.every((m) => m.kind === 'name' && !m.titled && isPlace(options.otherThanPerson(m.text)))) continue
    for (const m of g.mentions) if (m.kind === 'name') places.fill(1, m.tokenStart, m.tokenEnd)
  }
  return groups.map((g) => {
    if (g.type !== 'PERSON' || hasPersonCue(g, options)) return g
    const kind = kindNounBefore(g, options.tokens)
    if (kind !== undefined) return { ...g, type: kind }
    const names = [...new Set(g.mentions.map((m) => m.text))]
    const types = new Set(names.map((n) => options.otherThanPerson(n)))
    const type = types.size === 1 ? [...types][0] : undefined
    if (type === undefined) return g
    // Towns are named after people by the thousand ("Dole", "Townsend"): a place needs a place
    // beside it in a list as well ("Athens, Clanton, Falkville and Huntsville").
    if ((type === 'GPE' || type === 'LOC') && !g.mentions.some((m) => listedWithPlace(m.tokenStart, m.tokenEnd, places, options.tokens))) return g
    return { ...g, type }
  })
}

function hasPersonCue(g: MentionGroup, options: PersonCueOptions): boolean {
  const { tokens } = options
  for (const m of g.mentions) {
    if (m.kind !== 'name' || m.titled) return true
    const first = m.text.split(/\s+/)[0] ?? ''
    if (options.givenName?.(first)) return true
    if (SAYING.has(tokens[m.tokenEnd]?.text.toLowerCase() ?? '')) return true
  }
  return false
}

/**
 * PRODUCT or ORG when a noun of works or of firms stands right before a name mention, or before
 * the list the name stands in ("companies including Belkin, Honeywell and iHome", "apps such as
 * Zentrix").
 */
function kindNounBefore(g: MentionGroup, tokens: readonly Token[]): EntityType | undefined {
  for (const m of g.mentions) {
    const kind = kindOf(tokens[m.tokenStart - 1]?.text.toLowerCase() ?? '') ?? kindOf(listNoun(m.tokenStart, tokens))
    if (kind) return kind
  }
  return undefined
}

/** PRODUCT for a noun of works, ORG for a noun of firms (singular or plural), else undefined. */
function kindOf(noun: string): EntityType | undefined {
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') ? noun.slice(0, -1) : noun
  if (WORK_NOUNS.has(noun) || WORK_NOUNS.has(singular)) return 'PRODUCT'
  if (FIRM_NOUNS.has(noun) || FIRM_NOUNS.has(singular)) return 'ORG'
  return undefined
}

/** Most tokens between a name and the "including" or "such as" that opens its list. */
const LIST_REACH = 12

/**
 * The lower-case noun before "including", "such as" or "like" when the name at `start` stands in
 * the list they open (only names, commas and "and"/"or" between), else ''.
 */
function listNoun(start: number, tokens: readonly Token[]): string {
  for (let i = start - 1; i >= 0 && i >= start - LIST_REACH; i--) {
    const word = tokens[i]!.text
    const lower = word.toLowerCase()
    if (lower === 'including' || lower === 'like') return tokens[i - 1]?.text.toLowerCase() ?? ''
    if (lower === 'as' && tokens[i - 1]?.text.toLowerCase() === 'such') return tokens[i - 2]?.text.toLowerCase() ?? ''
    if (!LIST_JOINTS.has(word) && !/^\p{Lu}/u.test(word)) return ''
  }
  return ''
}

const isPlace = (type: EntityType | undefined): boolean => type === 'GPE' || type === 'LOC'
const LIST_JOINTS = new Set([',', 'and', 'or'])

/** Whether the name at tokens [a, b) stands in a list beside a place: "X, Y", "X and Y", "X, and Y". */
function listedWithPlace(a: number, b: number, places: Uint8Array, tokens: readonly Token[]): boolean {
  const joint = (i: number): boolean => LIST_JOINTS.has(tokens[i]?.text ?? '')
  let after = b
  while (after < b + 2 && joint(after)) after++
  if (after > b && places[after] === 1) return true
  let before = a - 1
  while (before > a - 3 && joint(before)) before--
  return before < a - 1 && before >= 0 && places[before] === 1
}
