/** The quotes analysis step (to be implemented by its issue). */
import type { Quote } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'

/** Finds quotes in the article text. */
export function findQuotes(_ctx: AnalysisContext): Quote[] {
  return []
}
