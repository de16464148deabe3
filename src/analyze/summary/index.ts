/**
 * The summary step: an extractive summary of the k most central sentences (kept in text order,
 * with their offsets as evidence). A sentence scores by the weight of its content words, the
 * names it mentions, and its place (news puts the gist first).
 */
import type { SummarySentence } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { contentKey, wordWeights } from './sentence-scores.js'

export { findKeywords, type KeywordOptions } from './keywords.js'

/** Options of the summary step. */
export interface SummaryOptions {
  /** Sentences in the summary. Default 3. */
  readonly sentences?: number
  /** Sentences shorter than this many tokens are never picked (datelines, captions). Default 8. */
  readonly minTokens?: number
  /** Nor longer than this (run-on lists). Default 80. */
  readonly maxTokens?: number
}

/** Picks the summary sentences. */
export function findSummary(ctx: AnalysisContext, options: SummaryOptions = {}): SummarySentence[] {
  const k = options.sentences ?? 3
  const minTokens = options.minTokens ?? 8
  const maxTokens = options.maxTokens ?? 80
  if (k <= 0 || ctx.sentences.length === 0) return []
  const weights = wordWeights(ctx)
  const mentionStarts = ctx.entities.flatMap((e) => e.mentions.map((m) => m.start)).sort((a, b) => a - b)
  const scored = ctx.sentences.map((s, index) => {
    const n = s.tokenEnd - s.tokenStart
    if (n < minTokens || n > maxTokens) return { s, index, score: -1 }
    const seen = new Set<string>()
    let weight = 0
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const key = contentKey(ctx.tokens[t]!.text)
      if (!key || seen.has(key)) continue
      seen.add(key)
      weight += weights.get(key) ?? 0
    }
    const names = countIn(mentionStarts, s.start, s.end)
    // Length-normalized so long sentences do not win by size; the lead gets a bonus that fades.
    const score = weight / Math.sqrt(n) + 0.15 * Math.min(names, 4) + 0.6 / (1 + index)
    return { s, index, score }
  })
  // A sentence the page repeats (a pull quote, a recurring question) is picked once.
  const texts = new Set<string>()
  return scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .filter((x) => {
      const key = ctx.text.slice(x.s.start, x.s.end).toLowerCase().replace(/\W+/g, ' ').trim()
      if (texts.has(key)) return false
      texts.add(key)
      return true
    })
    .slice(0, k)
    .sort((a, b) => a.index - b.index)
    .map(({ s, score }) => ({ start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end).trim(), score: Math.round(score * 1000) / 1000 }))
}

function countIn(sorted: readonly number[], start: number, end: number): number {
  let n = 0
  for (const x of sorted) {
    if (x >= end) break
    if (x >= start) n++
  }
  return n
}
