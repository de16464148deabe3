/**
 * Plain text through extraction and the entity and quote steps, as the attribution tests read it.
 */
import { analyze, loadModels, type Models } from '../analyze/index.js'
import { extract, resolveExtractOptions } from '../extract/index.js'
import type { Article } from '../model/article.js'

let models: Models | undefined

/** The article a plain text gives after the entity and quote steps (models loaded once per process). */
export function analyzedForQuotes(text: string): Article {
  models ??= loadModels()
  const article = extract({ input: 'test.txt', body: text, format: 'plain' }, resolveExtractOptions())
  return analyze(article, { models, steps: ['entities', 'quotes'] })
}
