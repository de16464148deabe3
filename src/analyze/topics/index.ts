/**
 * The topics step: IPTC Media Topics (top level) with the classifier's probabilities, from the
 * trained topic model (models/topics). Topics at or above `minScore` are kept, best first; the
 * best one is always kept when the text is long enough to judge.
 */
import type { Topic } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { topicFeaturesOfWords } from './features.js'
import { textWords } from '../classify/text-words.js'
import { words } from '../classify/words.js'
import { IPTC_TOP_LEVEL } from './taxonomy.js'

/** Options of the topics step. */
export interface TopicOptions {
  /** Lowest probability listed besides the best topic. Default 0.25. */
  readonly minScore?: number
  /** Fewer words than this and no topic is given. Default 40. */
  readonly minWords?: number
}

/** Classifies the article into IPTC top-level topics. */
export function findTopics(ctx: AnalysisContext, options: TopicOptions = {}): Topic[] {
  const model = ctx.models.topics
  if (!model) return []
  const minWords = options.minWords ?? 40
  if (ctx.tokens.length < minWords) return []
  const p = model.predict(topicFeaturesOfWords(words(ctx.article.title ?? ''), textWords(ctx)))
  const ranked = model.classes.map((code, i) => ({ code, label: IPTC_TOP_LEVEL[code] ?? code, score: Math.round(p[i]! * 1000) / 1000 })).sort((a, b) => b.score - a.score)
  const minScore = options.minScore ?? 0.25
  return ranked.filter((t, i) => i === 0 || t.score >= minScore)
}
