/**
 * Attention over time, as Media Cloud shows it: per day or ISO week, the articles matching a
 * query, all articles stored for that period, and the share (matching / all), so a rise in
 * coverage is told apart from a rise in what was collected.
 */
import type { ArticleStore, SearchQuery } from '../store/article-store.js'
import { csvLine } from '../corpus/export-formats.js'

/** One period of an attention series. */
export interface AttentionPoint {
  readonly period: string
  readonly matching: number
  readonly total: number
  /** matching / total, 0 when nothing was stored that period. */
  readonly share: number
}

/** Monday of the ISO week of a `YYYY-MM-DD` day, as `YYYY-MM-DD`. */
export function weekOf(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return day
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7))
  return d.toISOString().slice(0, 10)
}

/** The attention series of a query, oldest period first, periods with no article at all left out. */
export async function attentionSeries(store: ArticleStore, query: SearchQuery, by: 'day' | 'week'): Promise<AttentionPoint[]> {
  const bounds: SearchQuery = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) }
  const [matching, total] = await Promise.all([store.countByDay(query), store.countByDay(bounds)])
  const bucket = (day: string): string => (by === 'week' ? weekOf(day) : day)
  const sums = new Map<string, { matching: number; total: number }>()
  for (const [day, n] of total) {
    const s = sums.get(bucket(day)) ?? { matching: 0, total: 0 }
    s.total += n
    sums.set(bucket(day), s)
  }
  for (const [day, n] of matching) {
    const s = sums.get(bucket(day)) ?? { matching: 0, total: 0 }
    s.matching += n
    sums.set(bucket(day), s)
  }
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([period, s]) => ({ period, matching: s.matching, total: s.total, share: s.total ? Math.round((s.matching / s.total) * 1e6) / 1e6 : 0 }))
}

/** The series as CSV (`period,matching,total,share`). */
export function attentionCsv(points: readonly AttentionPoint[]): string {
  return [csvLine(['period', 'matching', 'total', 'share']), ...points.map((p) => csvLine([p.period, String(p.matching), String(p.total), String(p.share)]))].join('\n') + '\n'
}
