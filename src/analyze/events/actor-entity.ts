/**
 * The entity an event participant stands for when its phrase is not itself a name, as a coder
 * reads it: a name inside the phrase ("some 800,000 Iraqi Kurds"), the possessor before it
 * ("Taiwan's vice foreign minister"), the place or group after a generic head ("rebels in the Ivory
 * Coast", "a group of Moroccan diplomats"), or the name a pronoun takes up earlier in the sentence
 * ("Nigeria announced that it will withdraw", "Bosnian Serbs said their forces"). The entity gives
 * the actor its country; the phrase's own agent noun still gives the sector.
 */
import type { Entity } from '../../model/article.js'
import type { ArgumentCandidate } from './arguments.js'
import type { SentenceView, ViewMention } from './sentence-view.js'

// A mention of a thing that happened is no participant.
const NOT_ACTORS = new Set(['EVENT'])
// Pronouns that take up a state, an organization or a group (never a person).
const SINGULAR_PRONOUNS = new Set(['it', 'its', 'itself'])
const PLURAL_PRONOUNS = new Set(['they', 'their', 'them', 'themselves'])
// Pronouns that take up a person.
const PERSONAL_PRONOUNS = new Set(['he', 'his', 'him', 'she', 'her'])
const COLLECTIVE_TYPES = new Set(['GPE', 'ORG', 'NORP'])
// Names that qualify an agent noun they stand right before as its country.
const QUALIFIER_TYPES = new Set(['GPE', 'NORP'])
// What each kind of pronoun can take up; a group the recogniser took for a product ("Bosnian Serbs") is plural.
const ANTECEDENT_TYPES: Readonly<Record<'singular' | 'plural' | 'person', ReadonlySet<string>>> = {
  singular: new Set(['GPE', 'ORG']),
  plural: new Set(['GPE', 'ORG', 'NORP', 'PRODUCT']),
  person: new Set(['PERSON']),
}
// Prepositions after a generic head that name whose or where it is ("rebels in", "students throughout").
const LINKS = new Set(['of', 'in', 'from', 'throughout', 'across'])
// Words between a link and the name it reaches ("tens of thousands of university students in").
const FILLER = /^(?:the|a|an|some|several|many|thousands|hundreds|dozens|tens|millions|\d[\d,.]*)$/
// Heads that count people without saying who they are ("thousands of", "a group of") or name a
// body of them, led or sent ("the leadership of ETA", "the first deployment of NATO troops").
const GROUPS = new Set([
  'group',
  'groups',
  'thousands',
  'hundreds',
  'dozens',
  'tens',
  'millions',
  'scores',
  'crowd',
  'crowds',
  'members',
  'delegation',
  'delegations',
  'contingent',
  'band',
  'bands',
  'leaders',
  'leadership',
  'deployment',
  'deployments',
  'unit',
  'units',
  'battalion',
  'battalions',
  'detachment',
  'convoy',
  'patrol',
  'squad',
  'team',
  'teams',
])
// How far past the phrase a link may reach for its name.
const MAX_REACH = 8

/** The mention a participant stands for, or undefined; `exclude` is the other participant's entity. */
export function actorMention(view: SentenceView, c: ArgumentCandidate, exclude: string | undefined): ViewMention | undefined {
  if (c.mention) return c.mention
  const usable = (m: ViewMention): boolean => !NOT_ACTORS.has(m.mention.entity.type) && m.mention.entity.id !== exclude
  // A name inside the phrase: the rightmost, which is nearest the head.
  const inside = view.mentions.filter((m) => m.first >= c.first && m.last <= c.last && usable(m))
  if (inside.length) return inside[inside.length - 1]
  const first = view.words[c.first] ?? ''
  // A pronoun, alone or as the possessor of the phrase ("their forces").
  const kind = SINGULAR_PRONOUNS.has(first) ? 'singular' : PLURAL_PRONOUNS.has(first) ? 'plural' : PERSONAL_PRONOUNS.has(first) ? 'person' : null
  if (kind) return antecedent(view, c.first, ANTECEDENT_TYPES[kind], usable)
  // "Taiwan's vice foreign minister": the possessor just before the phrase.
  if (c.first >= 2 && /^'s?$/.test(view.words[c.first - 1] ?? '')) {
    const owner = view.mentions.find((m) => m.last === c.first - 2 && usable(m))
    if (owner) return owner
  }
  // "Hong Kong police", "Kenyan troops" where the phrase found starts at its agent noun: a state
  // or nationality right before it qualifies it.
  if (c.agent && c.head === c.first) {
    const qualifier = view.mentions.find((m) => m.last === c.first - 1 && usable(m) && QUALIFIER_TYPES.has(m.mention.entity.type))
    if (qualifier) return qualifier
  }
  return linkedMention(view, c, usable)
}

/**
 * The words to code a pronoun participant by: the nationality it takes up and the noun after it
 * ("Palestinian leaders said they would boycott": "Palestinian leaders", a government), or null.
 */
export function antecedentWords(view: SentenceView, c: ArgumentCandidate, taken: ViewMention | undefined): string[] | null {
  if (!taken || c.mention || taken.mention.entity.type !== 'NORP' || taken.last >= c.first) return null
  const first = view.words[c.first] ?? ''
  if (!PLURAL_PRONOUNS.has(first) || c.last !== c.first) return null
  const next = view.tokens[taken.last + 1]?.text ?? ''
  if (!/^\p{Ll}+$/u.test(next)) return null
  return view.tokens.slice(taken.first, taken.last + 2).map((t) => t.text)
}

// "rebels in the Ivory Coast", "a group of Moroccan diplomats", "thousands of Iraqi Kurds".
function linkedMention(view: SentenceView, c: ArgumentCandidate, usable: (m: ViewMention) => boolean): ViewMention | undefined {
  // Only people stand for the group or place after them: "the rigging of Russia's elections" is no Russian act.
  if (!c.agent && !GROUPS.has(view.words[c.head] ?? '')) return undefined
  let i = c.last + 1
  if (!LINKS.has(view.words[i] ?? '')) return undefined
  const end = Math.min(view.words.length, c.last + 1 + MAX_REACH)
  for (i++; i < end; i++) {
    const m = view.mentions.find((x) => x.first === i && usable(x))
    if (m) return COLLECTIVE_TYPES.has(m.mention.entity.type) || view.words[c.last + 1] === 'of' ? m : undefined
    const w = view.words[i]!
    // Nouns and adjectives of the phrase itself ("university students") or a further link.
    if (!FILLER.test(w) && !LINKS.has(w) && !/^[a-z][a-z-]*$/.test(w)) return undefined
  }
  return undefined
}

// The nearest earlier name in the sentence a pronoun can take up.
function antecedent(view: SentenceView, at: number, types: ReadonlySet<string>, usable: (m: ViewMention) => boolean): ViewMention | undefined {
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!
    if (m.last >= at || !usable(m)) continue
    if (types.has(m.mention.entity.type)) return m
  }
  return undefined
}

// "Hamas-led militants", "Iranian-backed fighters": a compound that names who leads or backs the
// group. The tokenizer keeps it one word, so the entity step finds no name inside it.
const LED_BY = /^(.+?)-(?:led|backed|linked|allied|aligned|affiliated|sponsored|supported|controlled|run|dominated)$/i

/** The article's group or state that a "-led"/"-backed" word of a participant's phrase names, or undefined. */
export function ledByEntity(words: readonly string[], entities: readonly Entity[], exclude: string | undefined): Entity | undefined {
  for (const w of words) {
    const m = LED_BY.exec(w.replace(/’/g, "'"))
    if (!m) continue
    const name = m[1]!.toLowerCase()
    const e = entities.find((x) => x.id !== exclude && COLLECTIVE_TYPES.has(x.type) && [x.name, ...x.aliases].some((n) => n.toLowerCase() === name))
    if (e) return e
  }
  return undefined
}
