/** The quantities analysis step (to be implemented by its issue). */
import type { Quantity } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'

/** Finds quantities in the article text. */
export function findQuantities(_ctx: AnalysisContext): Quantity[] {
  return []
}
