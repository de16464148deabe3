/**
 * Plain text through extraction and the entity and quote steps, as the attribution tests read it.
 */
import { analyze, loadModels, type Models } from '../analyze/index.js'
import { extract, resolveExtractOptions } from '../extract/index.js'
import assert from 'node:assert/strict'
import type { Article, Quote } from '../model/article.js'

let models: Models | undefined

/** The article a plain text gives after the entity and quote steps (models loaded once per process). */
export function analyzedForQuotes(text: string): Article {
  models ??= loadModels()
  const article = extract({ input: 'test.txt', body: text, format: 'plain' }, resolveExtractOptions())
  return analyze(article, { models, steps: ['entities', 'quotes'] })
}

/** The first quote whose cue matches `cue`, failing the test with the quote list when there is none. */
export function quoteWithCue(a: Article, cue: string | RegExp): Quote {
  const q = a.quotes.find((x) => (typeof cue === 'string' ? x.cue === cue : cue.test(x.cue ?? '')))
  assert.ok(q, JSON.stringify(a.quotes.map((x) => `${x.speakerName ?? '∅'} | ${x.cue} | ${x.class} | ${x.text}`)))
  return q
}
