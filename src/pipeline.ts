/**
 * A Pipeline is built once from options (which stages, which models, which limits) and then run
 * over any number of documents. The CLI, the server and the workers all drive the same Pipeline.
 */
import type { Article } from './model/article.js'
import type { RawDocument } from './model/raw-document.js'
import { extract, resolveExtractOptions, type ExtractOptions } from './extract/index.js'
import { analyze, checkSteps, loadModels, type AnalysisStep, type Models } from './analyze/index.js'
import { checkOptions, checkRawDocument } from './model/argument-checks.js'

/** Options for building a pipeline. */
export interface PipelineOptions {
  /** Run the analysis stage after extraction (default true). */
  readonly analyze?: boolean
  /** Analysis steps to run (default all; the steps they need run too, see `AnalyzeOptions`). */
  readonly steps?: readonly AnalysisStep[]
  /** Extraction limits. */
  readonly extract?: Partial<ExtractOptions>
  /** Reference date relative dates resolve against, ISO `YYYY-MM-DD` (`--reference-date`); an analysis input, see `AnalyzeOptions`. */
  readonly referenceDate?: string
  /** Pre-loaded models; loaded once here when absent. */
  readonly models?: Models
  /** Adds every token's syntax to analyzed articles (default false; see `AnalyzeOptions`). */
  readonly withSyntax?: boolean
}

/** A frozen, reusable processor from raw documents to articles. */
export interface Pipeline {
  /** Extracts (and, unless disabled, analyzes) one document. */
  run(doc: RawDocument): Article
  /** Analyzes an article that was already extracted. */
  analyze(article: Article): Article
  readonly models: Models
}

/** Builds a pipeline; models load here, once. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  checkOptions('createPipeline', options, true)
  if (options.steps !== undefined) checkSteps('createPipeline', options.steps)
  // The reference date was once an extraction option; say where it went rather than drop it silently.
  if (options.extract && 'referenceDate' in options.extract) throw new TypeError('`createPipeline`: `extract.referenceDate` is not an extraction option; pass `referenceDate` (an analysis input)')
  const models = options.models ?? (options.analyze === false ? { loaded: [] } : loadModels())
  const extractOptions = resolveExtractOptions(options.extract)
  const analyzeOptions = {
    models,
    ...(options.steps ? { steps: options.steps } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.withSyntax ? { withSyntax: true } : {}),
  }
  const doAnalyze = options.analyze !== false
  return Object.freeze({
    models,
    run(doc: RawDocument): Article {
      checkRawDocument('pipeline.run', doc)
      const article = extract(doc, extractOptions)
      return doAnalyze ? analyze(article, analyzeOptions) : article
    },
    analyze(article: Article): Article {
      return analyze(article, analyzeOptions)
    },
  })
}
