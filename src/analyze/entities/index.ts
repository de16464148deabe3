/** The entities analysis step (to be implemented by its issue). */
import type { Entity } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'

/** Finds entities in the article text. */
export function findEntities(_ctx: AnalysisContext): Entity[] {
  return []
}
