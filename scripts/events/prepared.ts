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
import { parseTokens } from '../../src/analyze/syntax/parse-tokens.js'
import type { SyntaxParser } from '../../src/analyze/syntax/model.js'
import type { TokenSyntax } from '../../src/analyze/syntax/types.js'
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
  readonly syntax: readonly TokenSyntax[] | null
}

interface Cached {
  readonly key: string
  readonly entities: Entity[]
  readonly dates: DateExpression[]
  readonly quotes: Quote[]
  readonly referenceDate: string | null
}

/** Analyses (or reads from the cache) every document of one set; parses it when a parser is given. */
export function prepare(docs: readonly GoldDoc[], set: string, pipeline: Pipeline, cacheDir: string, parser?: { model: SyntaxParser; file: string }): PreparedDoc[] {
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
    const key = createHash('sha1')
      .update(doc.text)
      .update(doc.published ?? '')
      .digest('hex')
    let c = cache.get(key)
    if (!c) {
      const article: Article = pipeline.run({ input: doc.id, body: doc.text, format: 'plain', ...(doc.published ? { hints: { published: doc.published } } : {}) })
      c = { key, entities: article.entities, dates: article.dates, quotes: article.quotes, referenceDate: article.referenceDate }
      cache.set(key, c)
      added++
    }
    const { tokens, sentences } = tokenize(doc.text)
    return { key, doc, text: doc.text, tokens, sentences, entities: c.entities, dates: c.dates, quotes: c.quotes, referenceDate: c.referenceDate }
  })
  if (added) writeFileSync(path, [...cache.values()].map((c) => JSON.stringify(c)).join('\n') + '\n')
  return out.map(({ key, ...p }) => ({ ...p, syntax: parser ? parsed(p, key, set, parser, cacheDir) : null }))
}

// Parses are cached per parser model file (a hash of its bytes, so a checkout that only touches the
// file's time reuses the cache and a retrained parser never does), as compact rows per token.
const syntaxCaches = new Map<string, { path: string; rows: Map<string, string>; dirty: boolean }>()

function parsed(p: Omit<PreparedDoc, 'syntax'>, key: string, set: string, parser: { model: SyntaxParser; file: string }, cacheDir: string): TokenSyntax[] {
  const version = parserVersion(parser.file)
  const name = `${set}.syntax-${version}`
  let cache = syntaxCaches.get(name)
  if (!cache) {
    const path = join(cacheDir, `${name}.jsonl`)
    const rows = new Map<string, string>()
    if (existsSync(path)) for (const line of readFileSync(path, 'utf8').split('\n')) if (line) rows.set(line.slice(0, 40), line.slice(41))
    cache = { path, rows, dirty: false }
    syntaxCaches.set(name, cache)
  }
  const row = cache.rows.get(key)
  if (row) return (JSON.parse(row) as Array<[string, string, string, number, string]>).map(([upos, xpos, lemma, head, deprel]) => ({ upos, xpos, lemma, head, deprel }))
  const syntax = parseTokens(parser.model, p.tokens, p.sentences)
  cache.rows.set(key, JSON.stringify(syntax.map((t) => [t.upos, t.xpos, t.lemma, t.head, t.deprel])))
  cache.dirty = true
  return syntax
}

const versions = new Map<string, string>()
function parserVersion(file: string): string {
  let v = versions.get(file)
  if (!v) versions.set(file, (v = createHash('sha1').update(readFileSync(file)).digest('hex').slice(0, 8)))
  return v
}

/** Writes the parse caches that gained rows. */
export function saveParses(): void {
  for (const c of syntaxCaches.values()) {
    if (!c.dirty) continue
    writeFileSync(c.path, [...c.rows].map(([k, v]) => `${k} ${v}`).join('\n') + '\n')
    c.dirty = false
  }
}
