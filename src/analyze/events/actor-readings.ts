/**
 * Readings of an actor phrase's words that the dictionaries alone get wrong: a short name the
 * Phoenix dictionary lists in capitals ("US") written as an ordinary lower-case word ("they met
 * us"), a group's name whose nationality word only the dictionary knows ("Bosnian Serbs"), and an
 * ethnic group, which CAMEO codes by the country it lives in ("ethnic Albanians" in Serbia: SRB).
 */
import type { Entity } from '../../model/article.js'
import { codeOn, splitCode, type ActorIndex } from './actor-dictionary.js'

// The dictionary is upper case, so "US" and "us" are one key there; a name this short written
// all in lower case is the common word ("us", "un"), as an abbreviation is written in capitals.
const SHORT_NAME = 3

/** Whether a dictionary name matched on `original` is an ordinary lower-case word, not the abbreviation. */
export function isCommonWord(original: string): boolean {
  const letters = original.replace(/\./g, '')
  return letters.length <= SHORT_NAME && /^\p{Ll}+$/u.test(letters)
}

/**
 * The country a group's name carries through a word the actor dictionary gives a bare country code
 * ("Bosnian Serbs": BOSNIAN is Bosnia's in Phoenix, while the gazetteer has no such demonym).
 */
export function nameCountry(name: string, index: ActorIndex, date: string | null): string | null {
  const words = name.split(/\s+/)
  for (const [i, w] of words.entries()) {
    if (isCommonWord(w) || isRegionWord(words, i)) continue
    const codes = index.actors.get(w.toLowerCase())
    const code = codes ? codeOn(codes, date) : undefined
    // A bare country code only: "MED" (a newspaper's name) is a sector, not a country.
    if (code?.length === 3) {
      const { country, sector } = splitCode(index, code)
      if (country && !sector) return country
    }
  }
  return null
}

/** Mentions of each country among the article's states and nationalities. */
export function countryMentions(entities: readonly Entity[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of entities) {
    if (!e.country || (e.type !== 'GPE' && e.type !== 'NORP')) continue
    counts.set(e.country, (counts.get(e.country) ?? 0) + Math.max(1, e.mentions.length))
  }
  return counts
}

/**
 * The country an ethnic group lives in, as CAMEO codes ethnic groups ("ethnic Albanians" in a
 * story about Serbia: SRB, not ALB): the phrase says "ethnic" before its nationality, and one other
 * country leads the article's places and nationalities (the only one, or twice the next). Null
 * when the phrase is no ethnic group or no other country clearly leads.
 */
export function residenceCountry(phrase: readonly string[], nationality: string | null, mentions: ReadonlyMap<string, number> | undefined): string | null {
  if (!nationality || !mentions || !phrase.includes('ethnic')) return null
  const others = [...mentions].filter(([c]) => c !== nationality).sort((a, b) => b[1] - a[1])
  const [first, second] = others
  if (!first || (second && first[1] < 2 * second[1])) return null
  return first[0]
}

// Words that make a nationality word a region's ("North American", "West African").
const REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'latin'])

/**
 * Whether the nationality word at `i` is part of a region's name ("North American neighbours",
 * "West Africans"): the word before is a compass or region word. The gazetteer's own entries of
 * two words ("South African", "North Korean") are looked up before this is asked.
 */
export function isRegionWord(words: readonly string[], i: number): boolean {
  return i > 0 && REGION_WORDS.has((words[i - 1] ?? '').toLowerCase()) && /^\p{Lu}/u.test(words[i - 1] ?? '')
}

/**
 * Whether the agent word the phrase holds is a person's surname ("Kevin King", "King and Weeks
 * were abducted"): written with a capital and last in the name of the person the phrase stands
 * for, it is no king, judge or bishop. A title before the name stays one ("King Abdullah").
 */
export function isSurnameAgent(agentWords: readonly string[], entity: Entity | undefined): boolean {
  if (entity?.type !== 'PERSON' || agentWords.length !== 1 || !/^\p{Lu}/u.test(agentWords[0]!)) return false
  const names = entity.name.split(/\s+/)
  return names.length >= 2 && names[names.length - 1]!.toLowerCase() === agentWords[0]!.toLowerCase()
}
