/**
 * One entity per knowledge-base identity: when linking finds that two of an article's entities
 * are the same thing ("U.S. Federal Reserve" and "Fed", "Los Angeles" and "L.A."), they become one,
 * so an analyst sees one Federal Reserve with all its mentions, and speakers, actors and keys agree.
 * The entity step cannot see this itself: it groups mentions by their names, and these names share
 * no word.
 */
import type { Entity, EntityType } from '../../model/article.js'

/** Types that may hold the same identity: a place is a GPE or a LOC by how it was written. */
const FAMILY: Readonly<Record<EntityType, string>> = {
  PERSON: 'PERSON',
  ORG: 'ORG',
  GPE: 'place',
  LOC: 'place',
  FAC: 'FAC',
  NORP: 'NORP',
  EVENT: 'EVENT',
  PRODUCT: 'PRODUCT',
}

/** The entities with those linked to one Wikidata item (and of one type family) merged into the first of them. */
export function mergeLinkedEntities(entities: readonly Entity[], textLength: number): Entity[] {
  const byIdentity = new Map<string, Entity[]>()
  for (const e of entities) {
    if (!e.wikidata) continue
    const k = `${FAMILY[e.type]}|${e.wikidata}`
    const list = byIdentity.get(k)
    if (list) list.push(e)
    else byIdentity.set(k, [e])
  }
  const merged = new Map<string, Entity | null>()
  const maxMentions = Math.max(1, ...entities.map((e) => e.mentions.length))
  for (const parts of byIdentity.values()) {
    if (parts.length < 2) continue
    const one = mergeParts(parts, maxMentions, textLength)
    merged.set(parts[0]!.id, one)
    for (const p of parts.slice(1)) merged.set(p.id, null)
  }
  if (merged.size === 0) return [...entities]
  const out: Entity[] = []
  for (const e of entities) {
    const m = merged.get(e.id)
    if (m === undefined) out.push(e)
    else if (m !== null) out.push(m)
  }
  return out
}

/** One entity from parts that share an identity; the first part (the earliest mentioned) keeps its id. */
function mergeParts(parts: readonly Entity[], maxMentions: number, textLength: number): Entity {
  const first = parts[0]!
  // The fullest name names the whole ("U.S. Federal Reserve" over "Fed"); ties go to the most mentioned.
  const named = [...parts].sort((x, y) => y.name.length - x.name.length || y.mentions.length - x.mentions.length)[0]!
  const names = new Set(parts.flatMap((p) => [p.name, ...p.aliases]))
  names.delete(named.name)
  const mentions = parts.flatMap((p) => p.mentions).sort((x, y) => x.start - y.start || x.end - y.end)
  const type = parts.some((p) => p.type === 'GPE') ? 'GPE' : first.type
  const country = parts.find((p) => p.country)?.country
  const sector = parts.find((p) => p.sector)?.sector
  const related = parts.find((p) => p.related)?.related
  // The entity step's salience adds a share of the most mentions (0.55) to position and title
  // terms; the merged entity keeps the best part's position and title terms and counts all mentions.
  const best = [...parts].sort((x, y) => (y.salience ?? 0) - (x.salience ?? 0))[0]!
  const share = (n: number): number => 0.55 * Math.min(1, n / maxMentions)
  const earliest = mentions[0]?.start ?? 0
  const bestFirst = best.mentions[0]?.start ?? earliest
  const position = (0.3 * Math.max(0, bestFirst - earliest)) / Math.max(1, textLength)
  const salience = best.salience === undefined ? undefined : Math.round(Math.min(1, best.salience + share(mentions.length) - share(best.mentions.length) + position) * 1000) / 1000
  const linkConfidence = Math.max(...parts.map((p) => p.linkConfidence ?? 0))
  return {
    ...named,
    id: first.id,
    name: named.name,
    type,
    aliases: [...names],
    mentions,
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ...(related ? { related } : {}),
    ...(salience !== undefined ? { salience } : {}),
    ...(linkConfidence > 0 ? { linkConfidence } : {}),
  }
}
