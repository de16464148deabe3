/** The events analysis step (to be implemented by its issue). */
import type { ArticleEvent } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'

/** Finds events in the article text. */
export function findEvents(_ctx: AnalysisContext): ArticleEvent[] {
  return []
}
