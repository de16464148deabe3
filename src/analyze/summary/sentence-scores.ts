/**
 * Word weights of one article: how often each content word occurs, damped, over the most
 * frequent one. Central sentences use many heavy words; salient terms are the heavy words.
 */
import type { AnalysisContext } from '../context.js'
import { STOP_WORDS } from '../classify/stop-words.js'

/** Normalized form of a token for counting, or null for tokens that carry no content. */
export function contentKey(token: string): string | null {
  const w = token.toLowerCase().replace(/['’]s$/, '')
  if (w.length < 3 || STOP_WORDS.has(w) || !/\p{L}/u.test(w)) return null
  // Plural and singular count as one word.
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
}

/** Content-word weights of the article in (0, 1]. */
export function wordWeights(ctx: AnalysisContext): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of ctx.tokens) {
    const k = contentKey(t.text)
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const max = Math.max(1, ...counts.values())
  const out = new Map<string, number>()
  for (const [k, n] of counts) out.set(k, Math.log1p(n) / Math.log1p(max))
  return out
}
