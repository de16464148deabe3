/**
 * The analyze stage: an Article in, the same Article with entities, quotes, dates, quantities,
 * events, tone, topics and summary filled in. The steps (`steps.ts`) run in table order over one
 * shared tokenization and one lazy parse.
 */
import type { Article } from '../model/article.js'
import type { AnalysisContext } from './context.js'
import type { Models } from './models.js'
import { tokenize } from './tokens/tokenize.js'
import { parseTokens } from './syntax/parse-tokens.js'
import type { Syntax } from './syntax/types.js'
import { languageGate } from './language/language-gate.js'
import { checkArticle, checkOptions } from '../model/argument-checks.js'
import { openingDatelineSpan } from '../extract/index.js'
import { ANALYSIS_STEPS, RESULT_FIELDS, STEPS, checkSteps, producerOf, stepsToRun, type AnalysisResults, type AnalysisStep } from './steps.js'

export { loadModels, type Models } from './models.js'
export { ANALYSIS_STEPS, checkSteps, type AnalysisStep } from './steps.js'

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Loaded models; load once with `loadModels()` and reuse. */
  readonly models: Models
  /**
   * Steps to run (default: all). The steps they need run too (quotes read entities; events read
   * entities, dates and quotes), but only the asked steps' results are filled in.
   */
  readonly steps?: readonly AnalysisStep[]
  /** Overrides the article's reference date, ISO `YYYY-MM-DD` (its `fieldSources` entry becomes `option`). */
  readonly referenceDate?: string
  /** Adds `syntax` (every token's tags, lemma, head, relation) to the article (default false). */
  readonly withSyntax?: boolean
}

// Fields every Article carries: a step not asked for leaves them empty rather than absent.
const ALWAYS_PRESENT: ReadonlySet<string> = new Set(['entities', 'dates', 'quantities', 'quotes', 'events'])

/** Runs the analysis steps over an article and returns a new Article with their results. */
export function analyze(input: Article, options: AnalyzeOptions): Article {
  checkArticle('analyze', input)
  // Articles extracted (or stored) before extraction kept the dateline's span get it here, read the same way.
  const article = input.datelineSpan === undefined ? { ...input, datelineSpan: openingDatelineSpan(input.text) } : input
  checkOptions('analyze', options, false)
  if (typeof options.models !== 'object' || options.models === null)
    throw new TypeError('`analyze`: `options.models` must be the result of `loadModels()`; got ' + (options.models === null ? 'null' : typeof options.models))
  if (options.steps !== undefined) checkSteps('analyze', options.steps)
  const asked = new Set(options.steps ?? ANALYSIS_STEPS)
  const runs = stepsToRun(asked)
  const { tokens, sentences } = tokenize(article.text, { dateline: article.datelineSpan ?? null })
  const gate = languageGate(article, asked)
  // Parsed on first read only, so steps that never look at syntax cost nothing. The model reads
  // English: a parse of another language would be confidently wrong, so there is none.
  const parser = gate.english ? options.models.parser : undefined
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
    topics: [],
  }
  const diagnostics = [...article.diagnostics, ...(gate.diagnostic ? [gate.diagnostic] : [])]
  const results: Partial<AnalysisResults> = {}
  for (const step of STEPS) {
    if (!runs.has(step.name)) continue
    // A missing model degrades a step instead of failing it; say so on the document.
    const warning = gate.english ? step.modelMissing?.(options.models) : null
    if (warning) diagnostics.push(warning)
    Object.assign(results, step.run(ctx, gate.english))
    ctx.entities = results.entities ?? ctx.entities
    ctx.dates = results.dates ?? ctx.dates
    ctx.quantities = results.quantities ?? ctx.quantities
    ctx.quotes = results.quotes ?? ctx.quotes
    if (results.topics) ctx.topics = results.topics
  }
  // The asked steps' fields, in the Article's field order.
  const shown: Record<string, unknown> = {}
  for (const field of RESULT_FIELDS) {
    const value = asked.has(producerOf(field).name) ? results[field] : undefined
    if (value !== undefined) shown[field] = value
    else if (ALWAYS_PRESENT.has(field)) shown[field] = []
  }
  return {
    ...article,
    referenceDate: ctx.referenceDate,
    ...(options.referenceDate !== undefined ? { fieldSources: { ...article.fieldSources, referenceDate: 'option' } } : {}),
    ...(shown as Partial<AnalysisResults>),
    ...(options.withSyntax && ctx.syntax ? { syntax: syntaxTokens(tokens, ctx.syntax) } : {}),
    diagnostics,
  }
}

/** The article-JSON form of the syntax: each token's offsets with its analysis. */
function syntaxTokens(tokens: AnalysisContext['tokens'], syntax: Syntax): NonNullable<Article['syntax']> {
  return tokens.map((t, i) => {
    const x = syntax[i]!
    return { start: t.start, end: t.end, upos: x.upos, xpos: x.xpos, lemma: x.lemma, head: x.head, deprel: x.deprel }
  })
}
