/**
 * Writes links onto entities: the KB id becomes the entity's key (the name-based key stays as
 * `slug`), with `wikidata`, `wikipedia`, `linkConfidence`, a place's `geo` and country, and a
 * nationality's country as a related entity ("Israeli" -> Israel's key).
 */
import type { Entity } from '../../model/article.js'
import type { KbEntity, KnowledgeBase } from '../kb/knowledge-base.js'
import type { EntityLink } from './link-entities.js'

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC'])

/** The KB key of an entity: its QID, else its KB id. */
export function kbKey(k: KbEntity): string {
  return k.qid ?? k.id
}

/** Entities with their links applied. */
export function applyLinks(entities: readonly Entity[], links: ReadonlyMap<string, EntityLink>, kb: KnowledgeBase): Entity[] {
  return entities.map((e) => {
    const link = links.get(e.id)
    if (!link) return withRelated(e, kb)
    const k = link.kb
    const place = PLACE_TYPES.has(e.type) && k.lat !== undefined && k.lon !== undefined
    const country = PLACE_TYPES.has(e.type) || k.type === 'GPE' ? (k.country ?? e.country) : (e.country ?? k.country)
    return {
      ...e,
      key: kbKey(k),
      ...(e.key && e.key !== kbKey(k) ? { slug: e.key } : {}),
      ...(k.qid ? { wikidata: k.qid } : {}),
      ...(k.wikipedia ? { wikipedia: k.wikipedia } : {}),
      linkConfidence: link.confidence,
      ...(country ? { country } : {}),
      ...(place
        ? {
            geo: {
              lat: k.lat!,
              lon: k.lon!,
              ...(k.country ? { country: k.country } : {}),
              ...(k.admin1 ? { admin1: k.admin1 } : {}),
              ...(k.geonameid ? { geonameid: k.geonameid } : {}),
              ...(k.kind ? { feature: k.kind } : {}),
            },
          }
        : {}),
    }
  })
}

/** A nationality gets its country as a related entity, so the country's page counts its events. */
function withRelated(e: Entity, kb: KnowledgeBase): Entity {
  if (e.type !== 'NORP' || !e.country) return e
  const country = kb.country(e.country)
  return country ? { ...e, related: [{ key: kbKey(country), relation: 'nationality-of' }] } : e
}
