/**
 * Training documents analysed the way the pipeline analyses an article before the events step
 * (tokens, entities, dates, quotes), so training features are the ones the detector meets at run
 * time. The analyses are cached under `.eval/events-cache/` by set, keyed by text.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, DateExpression, Entity, Quote } from '../../src/model/article.js'
import type { Pipeline } from '../../src/pipeline.js'
import { tokenize, type Sentence, type Token } from '../../src/analyze/tokens/tokenize.js'
import type { GoldDoc } from './corpus.js'

/** A gold document with the analysis the events step reads. */
export interface PreparedDoc {
  readonly doc: GoldDoc
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly entities: readonly Entity[]
  readonly dates: readonly DateExpression[]
  readonly quotes: readonly Quote[]
  readonly referenceDate: string | null
}

interface Cached {
  readonly key: string
  readonly entities: Entity[]
  readonly dates: DateExpression[]
  readonly quotes: Quote[]
  readonly referenceDate: string | null
}

/** Analyses (or reads from the cache) every document of one set. */
export function prepare(docs: readonly GoldDoc[], set: string, pipeline: Pipeline, cacheDir: string): PreparedDoc[] {
  mkdirSync(cacheDir, { recursive: true })
  const path = join(cacheDir, `${set}.jsonl`)
  const cache = new Map<string, Cached>()
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue
      const c = JSON.parse(line) as Cached
      cache.set(c.key, c)
    }
  }
  let added = 0
  const out = docs.map((doc) => {
    const key = createHash('sha1').update(doc.text).update(doc.published ?? '').digest('hex')
    let c = cache.get(key)
    if (!c) {
      const article: Article = pipeline.run({ input: doc.id, body: doc.text, format: 'plain', ...(doc.published ? { hints: { published: doc.published } } : {}) })
      c = { key, entities: article.entities, dates: article.dates, quotes: article.quotes, referenceDate: article.referenceDate }
      cache.set(key, c)
      added++
    }
    const { tokens, sentences } = tokenize(doc.text)
    return { doc, text: doc.text, tokens, sentences, entities: c.entities, dates: c.dates, quotes: c.quotes, referenceDate: c.referenceDate }
  })
  if (added) writeFileSync(path, [...cache.values()].map((c) => JSON.stringify(c)).join('\n') + '\n')
  return out
}
