/**
 * A country answers to its nationality word: when an article names both "Hungary" and "Hungarian",
 * the country entity lists "Hungarian" among its aliases. Event coding makes "Senior Hungarian
 * officials" the country's entity (a state's office acts for the state), and readers of that event
 * look for the word the article used. The nationality keeps its own entity and mentions: the alias
 * adds no mention, so no span gets two owners.
 */
import type { Entity } from '../../model/article.js'
import { gazetteerKey, type Gazetteer } from '../kb/gazetteer.js'

/** Country entities with the names of the article's nationalities of that country added as aliases. */
export function withNationalityAliases(entities: readonly Entity[], given: Gazetteer | undefined): Entity[] {
  // Without a gazetteer no word is known as a demonym, so no alias is added.
  if (!given) return [...entities]
  const gazetteer = given
  const kindOf = (name: string, kind: 'country' | 'demonym', country: string): boolean => {
    const entry = gazetteer.entries.get(gazetteerKey(name.split(' ')))
    return entry?.kind === kind && entry.country === country
  }
  // Only words the gazetteer lists as that country's demonym: "Kurds" or "West Africans" carry a
  // country from context at most, and are no name of a state.
  const demonyms = new Map<string, string[]>()
  for (const e of entities) {
    if (e.type !== 'NORP' || !e.country) continue
    const words = [e.name, ...e.aliases].filter((n) => kindOf(n, 'demonym', e.country!))
    if (words.length) demonyms.set(e.country, [...(demonyms.get(e.country) ?? []), ...words])
  }
  if (demonyms.size === 0) return [...entities]
  return entities.map((e) => {
    const words = e.type === 'GPE' && e.country ? demonyms.get(e.country) : undefined
    if (!words || !kindOf(e.name, 'country', e.country!)) return e
    const aliases = [...new Set([...e.aliases, ...words])].filter((n) => n !== e.name)
    return aliases.length === e.aliases.length ? e : { ...e, aliases }
  })
}
