/** The dates analysis step (to be implemented by its issue). */
import type { DateExpression } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'

/** Finds dates in the article text. */
export function findDates(_ctx: AnalysisContext): DateExpression[] {
  return []
}
