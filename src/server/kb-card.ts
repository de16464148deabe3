/**
 * The knowledge-base card of an entity key (a QID or other KB id): what the offline KB says of
 * it (description, aliases, country, role or kind, years, coordinates, Wikipedia title). The KB
 * is loaded once, on the first entity page that needs it.
 */
import { resolve } from 'node:path'
import { loadKnowledgeBase, type KnowledgeBase } from '../analyze/kb/knowledge-base.js'

/** What an entity page shows of the KB entity. */
export interface KbCard {
  readonly id: string
  readonly wikidata: string | null
  readonly wikipedia: string | null
  readonly name: string
  readonly description: string
  readonly aliases: readonly string[]
  readonly country: string | null
  /** Office, role or kind ("US senator", "PPLC", "international organisation"). */
  readonly role: string | null
  readonly years: string | null
  readonly lat: number | null
  readonly lon: number | null
}

/** A lazily loaded knowledge base: loaded on first call, undefined when `models/kb` is absent. */
export function lazyKnowledgeBase(dir = resolve(import.meta.dirname, '../../models/kb')): () => KnowledgeBase | undefined {
  let kb: KnowledgeBase | undefined | null = null
  return () => {
    if (kb === null) kb = loadKnowledgeBase(dir)
    return kb
  }
}

/** The card of a KB key, or null when the key is not a KB id. */
export function kbCard(kb: KnowledgeBase | undefined, key: string): KbCard | null {
  if (!kb || !/^(Q\d+|enwiki:|geonames:)/.test(key)) return null
  const k = kb.byId(key)
  if (!k) return null
  return {
    id: k.id,
    wikidata: k.qid ?? null,
    wikipedia: k.wikipedia ?? null,
    name: k.name,
    description: k.description,
    aliases: k.aliases,
    country: k.country ?? null,
    role: k.kind || null,
    years: k.years ?? null,
    lat: k.lat ?? null,
    lon: k.lon ?? null,
  }
}
