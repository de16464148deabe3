/**
 * The linking step: entities found by the entity step are linked to the offline knowledge base
 * (identity, coordinates, country), and the article gets its focus countries and places.
 */
import type { Article, Entity, Focus } from '../../model/article.js'
import type { KnowledgeBase } from '../kb/knowledge-base.js'
import type { Token } from '../tokens/tokenize.js'
import { applyLinks } from './apply-links.js'
import { articleFocus } from './focus.js'
import { linkEntities, type LinkOptions } from './link-entities.js'
import { mergeLinkedEntities } from './merge-linked.js'

export { kbKey } from './apply-links.js'
export { articleFocus } from './focus.js'
export { linkEntities, MIN_LINK_CONFIDENCE, type EntityLink, type LinkInput, type LinkOptions } from './link-entities.js'
export { distanceKm, outletCountry } from './document-context.js'
export { mergeLinkedEntities } from './merge-linked.js'

/** Links an article's entities, merges those that prove to be one identity, and computes its focus. */
export function linkArticle(
  article: Pick<Article, 'site' | 'dateline'>,
  entities: readonly Entity[],
  tokens: readonly Token[],
  referenceDate: string | null,
  kb: KnowledgeBase,
  options: LinkOptions = {},
): { entities: Entity[]; focus: Focus } {
  const links = linkEntities({ entities, tokens, kb, referenceDate, domain: article.site.domain, datelinePlace: article.dateline?.place ?? null }, options)
  const textLength = tokens.length > 0 ? tokens[tokens.length - 1]!.end : 0
  const linked = mergeLinkedEntities(applyLinks(entities, links, kb), textLength)
  return { entities: linked, focus: articleFocus(linked) }
}
