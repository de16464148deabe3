/**
 * Dateline and byline dates: the small English date reader of the text signals, for full dates
 * ("May 8, 2025", "8 May 2025", "2025-05-08") and year-less ones ("May 8") as datelines, bylines
 * and date lines write them. Page dates in any language are read by `model/dates/written-dates`
 * and dates in the analysed text by `analyze/dates`; this one only serves datelines and
 * reference-date inference, where speed and predictability matter more than coverage.
 */
import { ENGLISH_MONTH_PATTERN, monthNumber } from '../../model/dates/calendar-names.js'

/** A date found in text, with the offsets of its match. */
export interface TextDate {
  /** ISO `YYYY-MM-DD` when the year is known, else `--MM-DD`. */
  readonly value: string
  readonly year: number | null
  readonly month: number
  readonly day: number
  readonly start: number
  readonly end: number
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** ISO date string, or null when the parts do not form a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const DATE_RE = new RegExp(
  [
    // May 8, 2025 / May 8 2025 / May 8
    `\\b(${ENGLISH_MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
    // 8 May 2025 / 8 May
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENGLISH_MONTH_PATTERN})(?:,?\\s+(\\d{4})\\b)?`,
    // 2025-05-08
    `\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b`,
  ].join('|'),
  'g',
)

/** Every month-day date in the text, with or without a year, in order of appearance. */
export function findDatelineDates(text: string): TextDate[] {
  const out: TextDate[] = []
  for (const m of text.matchAll(DATE_RE)) {
    let year: number | null
    let month: number | null
    let day: number
    if (m[1] !== undefined) {
      month = monthNumber(m[1])
      day = Number(m[2])
      year = m[3] !== undefined ? Number(m[3]) : null
    } else if (m[4] !== undefined) {
      day = Number(m[4])
      month = monthNumber(m[5] ?? '')
      year = m[6] !== undefined ? Number(m[6]) : null
    } else {
      year = Number(m[7])
      month = Number(m[8])
      day = Number(m[9])
    }
    if (month === null || month < 1 || month > 12 || day < 1 || day > 31) continue
    const value = year !== null ? isoDate(year, month, day) : isoDate(2000, month, day) && `--${pad(month)}-${pad(day)}`
    if (!value) continue
    out.push({ value, year, month, day, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Parses one date expression that makes up the whole string, or null. */
export function parseDate(text: string): TextDate | null {
  const found = findDatelineDates(text.trim())
  const first = found[0]
  return first && first.start === 0 && first.end === text.trim().length ? first : null
}

/** Four-digit years (1900-2099) named in the text, most frequent first, ties to the latest. */
export function yearsIn(text: string): number[] {
  const counts = new Map<number, number>()
  for (const m of text.matchAll(/\b(19\d{2}|20\d{2})\b/g)) {
    const y = Number(m[1])
    counts.set(y, (counts.get(y) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y)
}

/** Gives a year-less date its year, when one is known. */
export function withYear(date: TextDate, year: number | null): TextDate {
  if (date.year !== null || year === null) return date
  const value = isoDate(year, date.month, date.day)
  return value ? { ...date, year, value } : date
}
