/**
 * Entities from mention groups: ids in order of first mention, the fullest name, the other
 * surface forms as aliases, a country for places, nationalities and (from "North Korean leader
 * X") people, a stable cross-document key and a salience score.
 */
import type { Entity, EntityType } from '../../model/article.js'
import type { MentionGroup } from './coreference.js'
import { normalizeName } from './coreference.js'
import { sectorOf } from './sector.js'
import type { Token } from '../tokens/tokenize.js'

/** What assembling needs besides the groups. */
export interface AssembleInput {
  readonly groups: readonly MentionGroup[]
  /** Length of the text, to weigh how early an entity is first named. */
  readonly textLength: number
  /** The headline, when known: being named there makes an entity salient. */
  readonly title: string | null
  /** Common English country names by ISO alpha-3. */
  readonly countryNames: ReadonlyMap<string, string>
  /** The country a name itself names, if any ("Bank of Korea" -> KOR). */
  readonly countryInName?: (name: string) => string | undefined
  /** The text's tokens, to read titles and appositives for sectors. */
  readonly tokens?: readonly Token[]
}

const KEY_PREFIX: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'org',
  GPE: 'gpe',
  LOC: 'loc',
  FAC: 'fac',
  NORP: 'norp',
  EVENT: 'event',
  PRODUCT: 'product',
}

/** Builds the article's entities from coreferent mention groups. */
export function assembleEntities(input: AssembleInput): Entity[] {
  const { groups, textLength, title, countryNames } = input
  const ordered = [...groups].filter((g) => g.mentions.length > 0).sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start)
  const maxMentions = Math.max(1, ...ordered.map((g) => g.mentions.length))
  return ordered.map((g, i) => {
    const name = chooseName(g, countryNames)
    const surfaces = [...new Set(g.mentions.filter((m) => m.kind === 'name' || m.kind === 'short').map((m) => m.text))]
    const aliases = surfaces.filter((s) => s !== name)
    const actor = g.type === 'PERSON' || g.type === 'ORG'
    const country = g.country ?? (actor ? contextCountry(g) : undefined) ?? (g.type === 'ORG' || g.type === 'FAC' ? input.countryInName?.(name) : undefined)
    const first = g.mentions[0]!.start
    const inTitle = title !== null && surfaces.some((s) => mentionedIn(title, s))
    const salience = round(0.55 * Math.min(1, g.mentions.length / maxMentions) + 0.3 * (1 - first / Math.max(1, textLength)) + (inTitle ? 0.15 : 0))
    return {
      id: `e${i + 1}`,
      name,
      type: g.type,
      aliases,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
      ...(country ? { country } : {}),
      key: entityKey(g.type, name, g.country, g.gazetteerKind),
      salience,
      ...withSector(g, name, input.tokens),
    }
  })
}

function withSector(g: MentionGroup, name: string, tokens: readonly Token[] | undefined): { sector?: string } {
  const sector = tokens ? sectorOf(g.type, g, tokens, name) : undefined
  return sector ? { sector } : {}
}

/**
 * A mention's text without a bracket whose pair lies outside it: "Coach (Frank) Vogel", a first
 * name the writer added in brackets, is read as the mention "Frank) Vogel" and named Frank Vogel.
 */
function withoutStrayBrackets(text: string): string {
  const opens = (text.match(/[([]/g) ?? []).length
  const closes = (text.match(/[)\]]/g) ?? []).length
  return opens === closes
    ? text
    : text
        .replace(/\s*[()[\]]\s*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
}

/** The fullest name: most words, then the most frequent spelling, then the plainest; a country's common name when used. */
function chooseName(g: MentionGroup, countryNames: ReadonlyMap<string, string>): string {
  const names = g.mentions.filter((m) => m.kind === 'name').map((m) => withoutStrayBrackets(m.text))
  const pool = names.length > 0 ? names : g.mentions.map((m) => withoutStrayBrackets(m.text))
  if (g.country && g.gazetteerKind === 'country') {
    const common = countryNames.get(g.country)
    // A country named only in capitals ("CHINA" in a headline) takes its usual spelling.
    if (common !== undefined && (pool.includes(common) || pool.every((n) => !/\p{Ll}/u.test(n)))) return common
  }
  const count = new Map<string, number>()
  for (const n of pool) count.set(n, (count.get(n) ?? 0) + 1)
  const words = (s: string): number => s.split(/\s+/).length
  // Headlines capitalize every part ("Kim Jong-Un"); at a tie the body's spelling has fewer capitals.
  const capitals = (s: string): number => s.replace(/[^\p{Lu}]/gu, '').length
  return [...count.keys()].sort((x, y) => words(y) - words(x) || count.get(y)! - count.get(x)! || capitals(x) - capitals(y) || y.length - x.length)[0]!
}

/** The country most of a person's or organization's mentions are qualified with ("Russian President X"). */
function contextCountry(g: MentionGroup): string | undefined {
  const votes = new Map<string, number>()
  for (const m of g.mentions) if (m.titleCountry) votes.set(m.titleCountry, (votes.get(m.titleCountry) ?? 0) + 1)
  return [...votes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]
}

/** A stable key that names the same thing in every article. */
export function entityKey(type: EntityType, name: string, country?: string, kind?: string): string {
  if (country && (kind === 'country' || (type === 'GPE' && kind === undefined))) return `country:${country}`
  if (type === 'NORP' && country) return `norp:${country}`
  const slug = normalizeName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
  return `${KEY_PREFIX[type]}:${slug}${type === 'GPE' && country ? `-${country.toLowerCase()}` : ''}`
}

function mentionedIn(title: string, surface: string): boolean {
  const t = normalizeName(title)
  const s = normalizeName(surface)
  const at = t.indexOf(s)
  if (at < 0) return false
  const before = t[at - 1]
  const after = t[at + s.length]
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000
}
