/**
 * The topics step: IPTC Media Topics (top level) from the trained multi-label topic model
 * (models/topics): every topic whose calibrated probability reaches that topic's own threshold
 * (set on held-out data when the model was trained), best first. An article may get several
 * topics, or none when no topic is likely enough: nothing is forced onto it.
 */
import type { Topic } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { splitTokens } from '../tokens/tokenize.js'
import { topicBuckets } from './features.js'
import { assignTopics } from './model.js'
import { IPTC_TOP_LEVEL } from '../../model/topic-taxonomy.js'

// What the topic trainer and eval read, so that training and running share one surface (scripts import this index only).
export { TOPIC_LEAD_CHARS, topicBuckets } from './features.js'
export { assignTopics, loadTopicModel, topicModelFrom, type TopicModel, type TopicModelFile } from './model.js'

/** Options of the topics step. */
export interface TopicOptions {
  /** Fewer tokens than this (title and text) and no topic is given. Default 12. */
  readonly minTokens?: number
  /** Added to every topic's threshold: above 0 fewer topics, below 0 more. Default 0. */
  readonly thresholdShift?: number
  /** At most this many topics. Default 3. */
  readonly maxTopics?: number
  /** Share of its threshold from which the best topic is kept anyway (1: thresholds only). Default: the model's. */
  readonly bestShare?: number
}

/** Classifies the article into IPTC top-level topics. */
export function findTopics(ctx: AnalysisContext, options: TopicOptions = {}): Topic[] {
  const model = ctx.models.topics
  if (!model) return []
  const title = ctx.article.title ?? ''
  const titleTokens = title ? splitTokens(title) : []
  if (titleTokens.length + ctx.tokens.length < (options.minTokens ?? 12)) return []
  const p = model.probabilities(topicBuckets(title, titleTokens, ctx.text, ctx.tokens, model.mask, model.leadChars))
  return assignTopics(model, p, options.thresholdShift ?? 0, options.bestShare ?? model.bestShare)
    .slice(0, options.maxTopics ?? 3)
    .map((i) => ({ code: model.classes[i]!, label: IPTC_TOP_LEVEL[model.classes[i]!] ?? model.classes[i]!, score: Math.round(p[i]! * 1000) / 1000 }))
}
