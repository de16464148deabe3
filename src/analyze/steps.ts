/**
 * The analysis steps as one table. Each entry names the steps whose results it reads (`needs`)
 * and the Article fields it fills in (`produces`); `analyze` runs the entries in table order,
 * the asked-for steps and everything they need. A new step is one new entry.
 */
import type { Article, Diagnostic } from '../model/article.js'
import type { AnalysisContext } from './context.js'
import type { Models } from './models.js'
import { findEntities, withNationalityAliases } from './entities/index.js'
import { findDateExpressions } from './dates/index.js'
import { findQuantities } from './quantities/index.js'
import { findQuotes } from './quotes/index.js'
import { findEvents } from './events/index.js'
import { countryPairs } from '../model/country-pairs.js'
import { linkArticle } from './link/index.js'
import { digitQuantities, gazetteerEntities, numericDates, quotedPassages } from './language/language-independent.js'
import { findTone } from './tone/index.js'
import { findTopics } from './topics/index.js'
import { findKeywords, findSummary } from './summary/index.js'

/** Names of the analysis steps, in the order they run. */
export const ANALYSIS_STEPS = ['entities', 'dates', 'quantities', 'quotes', 'topics', 'events', 'tone', 'summary'] as const
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number]

/** The Article fields the analysis steps fill in, in the order they appear on the Article. */
export const RESULT_FIELDS = ['entities', 'dates', 'quantities', 'quotes', 'events', 'relations', 'focus', 'tone', 'topics', 'summary', 'keywords'] as const
export type ResultField = (typeof RESULT_FIELDS)[number]
export type AnalysisResults = Pick<Article, ResultField>

/** One analysis step. */
export interface StepDefinition {
  readonly name: AnalysisStep
  /** Steps whose results this one reads: they run before it, asked for or not. */
  readonly needs: readonly AnalysisStep[]
  /** Article fields this step fills in; they are shown when the step was asked for. */
  readonly produces: readonly ResultField[]
  /**
   * Runs the step over the context (earlier steps' results filled in) and returns its fields,
   * plus any earlier field it refines. `english` is false when the language gate keeps the
   * English-only models out: the step then does what reads any language, or nothing.
   */
  readonly run: (ctx: AnalysisContext, english: boolean) => Partial<AnalysisResults>
  /** The warning an English article gets when the model this step reads is not loaded. */
  readonly modelMissing?: (models: Models) => Diagnostic | null
}

const missing = (code: string, message: string): Diagnostic => ({ level: 'warning', code, message })

/** Every step, in run order: a step comes after the steps it needs. */
export const STEPS: readonly StepDefinition[] = [
  {
    name: 'entities',
    needs: [],
    produces: ['entities', 'focus'],
    run: (ctx, english) => {
      const found = english ? findEntities(ctx) : gazetteerEntities(ctx)
      // Nationality aliases after linking: "Hungarian" is no name to look a country up by.
      if (!ctx.models.kb) return { entities: withNationalityAliases(found, ctx.models.gazetteer) }
      const linked = linkArticle(ctx.article, found, ctx.tokens, ctx.referenceDate, ctx.models.kb)
      return { ...linked, entities: withNationalityAliases(linked.entities, ctx.models.gazetteer) }
    },
    modelMissing: (m) => (m.ner ? null : missing('ner-model-missing', 'no NER model loaded: entities come from gazetteers and capitalized phrases only')),
  },
  { name: 'dates', needs: [], produces: ['dates'], run: (ctx, english) => ({ dates: english ? findDateExpressions(ctx) : numericDates(ctx) }) },
  // Quantities never overlap dates, so they read the dates found.
  { name: 'quantities', needs: ['dates'], produces: ['quantities'], run: (ctx, english) => ({ quantities: english ? findQuantities(ctx) : digitQuantities(ctx) }) },
  {
    name: 'quotes',
    needs: ['entities'],
    produces: ['quotes'],
    run: (ctx, english) => ({ quotes: english ? findQuotes(ctx) : quotedPassages(ctx) }),
    modelMissing: (m) => (m.quoteCues ? null : missing('quote-model-missing', 'no attribution cue model loaded: quotes use the built-in cue list')),
  },
  // Topics read the title and the lead only; events read them to tell public life from a game review.
  { name: 'topics', needs: [], produces: ['topics'], run: (ctx, english) => (english ? { topics: findTopics(ctx) } : {}) },
  {
    name: 'events',
    needs: ['entities', 'dates', 'quotes', 'topics'],
    produces: ['events', 'relations'],
    run: (ctx, english) => {
      const events = english ? findEvents(ctx) : []
      return { events, relations: countryPairs(events.map((event) => ({ event }))) }
    },
    modelMissing: (m) => (m.events ? null : missing('event-model-missing', 'no event model loaded: no events are coded')),
  },
  // Tone needs nothing, and adds a tone to the entities and quotes found when those steps ran.
  // The tone and topic models learned English news; another language gets neither (the gate's diagnostic says so).
  {
    name: 'tone',
    needs: [],
    produces: ['tone'],
    run: (ctx, english) => (english ? findTone(ctx) : {}),
    modelMissing: (m) => (m.tone ? null : missing('tone-model-missing', 'no tone model loaded: tone gives the lexicon figure only')),
  },
  {
    name: 'summary',
    needs: ['entities'],
    produces: ['summary', 'keywords'],
    // Keyword words and phrases rest on English stop words; elsewhere only entity keywords stay.
    run: (ctx, english) => ({ summary: findSummary(ctx), keywords: english ? findKeywords(ctx) : findKeywords(ctx).filter((k) => k.kind === 'entity') }),
  },
]

/** Throws a TypeError naming the steps when `steps` holds a name that is not one. */
export function checkSteps(caller: string, steps: unknown): asserts steps is readonly AnalysisStep[] {
  if (!Array.isArray(steps)) throw new TypeError(`\`${caller}\`: \`steps\` must be an array of step names (${ANALYSIS_STEPS.join(', ')}); got ${typeof steps}`)
  const unknown = (steps as unknown[]).find((s) => !(ANALYSIS_STEPS as readonly unknown[]).includes(s))
  if (unknown !== undefined) throw new TypeError(`\`${caller}\`: unknown analysis step \`${String(unknown)}\`; the steps are ${ANALYSIS_STEPS.join(', ')}`)
}

/** The steps to run for the ones asked: those and, transitively, every step they need. */
export function stepsToRun(asked: Iterable<AnalysisStep>): ReadonlySet<AnalysisStep> {
  const runs = new Set<AnalysisStep>()
  const add = (name: AnalysisStep): void => {
    if (runs.has(name)) return
    runs.add(name)
    for (const need of stepNamed(name).needs) add(need)
  }
  for (const name of asked) add(name)
  return runs
}

/** The table entry of a step. */
export function stepNamed(name: AnalysisStep): StepDefinition {
  return STEPS.find((s) => s.name === name)!
}

/** The step that fills in `field`. */
export function producerOf(field: ResultField): StepDefinition {
  return STEPS.find((s) => s.produces.includes(field))!
}
