/**
 * Keywords of an article: its most salient named entities, key phrases (runs of two or three
 * content words that recur or stand in the title) and single terms, scored by frequency and
 * how early they appear, never stop words.
 */
import type { Keyword } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { contentKey } from './sentence-scores.js'

/** Options of the keyword step. */
export interface KeywordOptions {
  /** Most keywords of each kind (entity, phrase, term). Default 5, 5, 8. */
  readonly entities?: number
  readonly phrases?: number
  readonly terms?: number
}

interface Tally {
  text: string
  count: number
  first: number
  end: number
}

/** Finds entity, phrase and term keywords. */
export function findKeywords(ctx: AnalysisContext, options: KeywordOptions = {}): Keyword[] {
  const length = Math.max(ctx.text.length, 1)
  const title = (ctx.article.title ?? '').toLowerCase()
  const early = (first: number): number => 1 + 0.5 * (1 - first / length)
  const entities = ctx.entities
    .filter((e) => e.mentions.length > 0 && e.type !== 'NORP')
    .map((e) => {
      const first = Math.min(...e.mentions.map((m) => m.start))
      const m = e.mentions.find((x) => x.start === first)!
      return { text: e.name, kind: 'entity' as const, count: e.mentions.length, score: round(Math.log1p(e.mentions.length) * early(first)), start: m.start, end: m.end }
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, options.entities ?? 5)
  const entityWords = new Set(entities.flatMap((e) => e.text.toLowerCase().split(/\s+/)))
  const terms = new Map<string, Tally>()
  const phrases = new Map<string, Tally>()
  const bump = (map: Map<string, Tally>, key: string, text: string, start: number, end: number): void => {
    const t = map.get(key)
    if (t) t.count++
    else map.set(key, { text, count: 1, first: start, end })
  }
  for (const s of ctx.sentences) {
    let run: Array<{ key: string; text: string; start: number; end: number }> = []
    const flush = (): void => {
      for (let n = 2; n <= 3; n++)
        for (let i = 0; i + n <= run.length; i++) {
          const part = run.slice(i, i + n)
          bump(phrases, part.map((p) => p.key).join(' '), ctx.text.slice(part[0]!.start, part[n - 1]!.end), part[0]!.start, part[n - 1]!.end)
        }
      run = []
    }
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = ctx.tokens[t]!
      const key = contentKey(tok.text)
      if (!key || /^\p{Lu}/u.test(tok.text)) {
        // Capitalized words belong to names, which the entity keywords already cover.
        flush()
        continue
      }
      bump(terms, key, tok.text.toLowerCase(), tok.start, tok.end)
      run.push({ key, text: tok.text, start: tok.start, end: tok.end })
    }
    flush()
  }
  const inTitle = (text: string): number => (title.includes(text.toLowerCase()) ? 1.5 : 1)
  const phraseList = [...phrases.values()]
    .filter((p) => p.count >= 2 || inTitle(p.text) > 1)
    .map((p) => ({ text: p.text, kind: 'phrase' as const, count: p.count, score: round(Math.log1p(p.count) * 1.5 * early(p.first) * inTitle(p.text)), start: p.first, end: p.end }))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.phrases ?? 5)
  const phraseWords = new Set(phraseList.flatMap((p) => p.text.toLowerCase().split(/\s+/)))
  const termList = [...terms.values()]
    .filter((t) => t.count >= 2 && !entityWords.has(t.text) && !phraseWords.has(t.text))
    .map((t) => ({ text: t.text, kind: 'term' as const, count: t.count, score: round(Math.log1p(t.count) * early(t.first) * inTitle(t.text)), start: t.first, end: t.end }))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.terms ?? 8)
  return [...entities, ...phraseList, ...termList]
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
