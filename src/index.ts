/**
 * The newsgraph library: the stages as plain functions (`extract`, `analyze`), a `Pipeline` that
 * runs them with models loaded once, the corpus stage (dedup, stories, provenance), the store and
 * ingest drivers, and the HTTP app. The CLI is built from exactly these pieces.
 *
 * @example
 * import { createPipeline } from 'newsgraph'
 * const pipeline = createPipeline()
 * const article = pipeline.run({ input: 'page.html', body: html })
 */
export * from './model/index.js'
export { extract, resolveExtractOptions, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './extract/index.js'
export { analyze, loadModels, ANALYSIS_STEPS, type AnalysisStep, type AnalyzeOptions, type Models } from './analyze/index.js'
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline.js'
export * from './corpus/index.js'
export { organizeStories, type OrganizeSummary } from './corpus/organize-stories.js'
export type * from './store/article-store.js'
export { DEDUP_FILTERS } from './store/article-store.js'
export { openStore, DEFAULT_DB } from './store/open-store.js'
export { runIngest, type IngestSummary, type IngestJobOptions } from './ingest/ingest-job.js'
export { expandSources } from './ingest/expand-sources.js'
export { PoliteFetcher, type PoliteFetcherOptions } from './ingest/polite-fetcher.js'
export { fetchUrl, type FetchOptions } from './ingest/fetch-url.js'
export { readWarc, readWarcFile } from './ingest/warc.js'
export { parseSource } from './ingest/feeds.js'
export { createApp, type AppOptions } from './server/create-app.js'
