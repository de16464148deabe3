/**
 * The analyze stage: an Article in, the same Article with entities, quotes, dates, quantities
 * and events filled in. Steps run in a fixed order over one shared tokenization.
 */
import type { Article } from '../model/article.js'
import type { AnalysisContext } from './context.js'
import type { Models } from './models.js'
import { tokenize } from './tokens/tokenize.js'
import { findEntities } from './entities/index.js'
import { findDates } from './dates/index.js'
import { findQuantities } from './quantities/index.js'
import { findQuotes } from './quotes/index.js'
import { findEvents } from './events/index.js'
import { countryPairs } from './events/country-pairs.js'
import { linkArticle } from './link/index.js'
import { parseTokens } from './syntax/parse-tokens.js'
import type { Syntax } from './syntax/types.js'
import { findTone } from './tone/index.js'
import { findTopics } from './topics/index.js'
import { findKeywords, findSummary } from './summary/index.js'

export { loadModels, type Models } from './models.js'

/** Names of the analysis steps, in the order they run. */
export const ANALYSIS_STEPS = ['entities', 'dates', 'quantities', 'quotes', 'events', 'tone', 'topics', 'summary'] as const
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number]

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Loaded models; load once with `loadModels()` and reuse. */
  readonly models: Models
  /** Steps to run (default: all). Later steps that need an earlier one still run it. */
  readonly steps?: readonly AnalysisStep[]
  /** Overrides the article's reference date, ISO `YYYY-MM-DD`. */
  readonly referenceDate?: string
}

/** Runs the analysis steps over an article and returns a new Article with their results. */
export function analyze(article: Article, options: AnalyzeOptions): Article {
  const steps = new Set(options.steps ?? ANALYSIS_STEPS)
  const { tokens, sentences } = tokenize(article.text)
  // Parsed on first read only, so steps that never look at syntax cost nothing.
  const parser = options.models.parser
  let syntax: Syntax | null | undefined = parser ? undefined : null
  const ctx: AnalysisContext = {
    article,
    text: article.text,
    tokens,
    sentences,
    referenceDate: options.referenceDate ?? article.referenceDate,
    models: options.models,
    get syntax(): Syntax | null {
      if (syntax === undefined) syntax = parser ? parseTokens(parser, tokens, sentences) : null
      return syntax
    },
    entities: [],
    dates: [],
    quantities: [],
    quotes: [],
    scratch: new Map(),
  }
  const diagnostics = [...article.diagnostics]
  // A missing model degrades a step instead of failing it; say so on the document.
  if (!options.models.ner && (steps.has('entities') || steps.has('quotes') || steps.has('events'))) {
    diagnostics.push({ level: 'warning', code: 'ner-model-missing', message: 'no NER model loaded: entities come from gazetteers and capitalized phrases only' })
  }
  if (!options.models.quoteCues && steps.has('quotes')) {
    diagnostics.push({ level: 'warning', code: 'quote-model-missing', message: 'no attribution cue model loaded: quotes use the built-in cue list' })
  }
  let focus: Article['focus']
  if (steps.has('entities') || steps.has('quotes') || steps.has('events')) {
    ctx.entities = findEntities(ctx)
    if (options.models.kb) {
      const linked = linkArticle(article, ctx.entities, tokens, ctx.referenceDate, options.models.kb)
      ctx.entities = linked.entities
      focus = linked.focus
    }
  }
  if (steps.has('dates') || steps.has('events')) ctx.dates = findDates(ctx)
  if (steps.has('quantities')) ctx.quantities = findQuantities(ctx)
  if (steps.has('quotes') || steps.has('events')) ctx.quotes = findQuotes(ctx)
  const events = steps.has('events') ? findEvents(ctx) : []
  if (steps.has('tone') && !options.models.tone) diagnostics.push({ level: 'warning', code: 'tone-model-missing', message: 'no tone model loaded: tone gives the lexicon figure only' })
  // The tone and topic models learned English news; another language gets neither rather than noise.
  const english = article.language === 'en'
  if (!english && (steps.has('tone') || steps.has('topics'))) diagnostics.push({ level: 'info', code: 'tone-topics-english-only', message: `tone and topics are read for English articles only (this one is \`${article.language}\`)` })
  const toned = steps.has('tone') && english ? findTone(ctx) : null
  if (toned) {
    ctx.entities = toned.entities
    ctx.quotes = toned.quotes
  }
  return {
    ...article,
    referenceDate: ctx.referenceDate,
    entities: steps.has('entities') ? ctx.entities : [],
    dates: steps.has('dates') ? ctx.dates : [],
    quantities: ctx.quantities,
    quotes: steps.has('quotes') ? ctx.quotes : [],
    events,
    ...(steps.has('events') ? { relations: countryPairs(events.map((event) => ({ event }))) } : {}),
    ...(focus && steps.has('entities') ? { focus } : {}),
    ...(toned ? { tone: toned.tone } : {}),
    ...(steps.has('topics') && english ? { topics: findTopics(ctx) } : {}),
    ...(steps.has('summary') ? { summary: findSummary(ctx), keywords: findKeywords(ctx) } : {}),
    diagnostics,
  }
}
