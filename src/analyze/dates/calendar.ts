/**
 * Proleptic Gregorian calendar arithmetic for date normalization: day shifts, weekdays, ISO
 * weeks, quarters and the TimeML value strings built from them. Works on plain `{y, m, d}`
 * records (UTC noon internally) so no time zone can move a day.
 */

/** A calendar day; `m` is 1-12, `d` is 1-31. */
export interface Day {
  readonly y: number
  readonly m: number
  readonly d: number
}

const MS_PER_DAY = 86_400_000

function toUtc(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d, 12))
  // setUTCFullYear keeps years below 100 from being read as 19xx.
  date.setUTCFullYear(day.y)
  return date
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

/** Parses the date part of an ISO string (`2025-05-08`, `2025-05-08T14:00Z`); null when it has none. */
export function parseIsoDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return null
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  return isValidDay(day) ? day : null
}

/** True when the day exists in the calendar (no 31 April, 29 February only in leap years). */
export function isValidDay(day: Day): boolean {
  if (day.m < 1 || day.m > 12 || day.d < 1) return false
  return day.d <= daysInMonth(day.y, day.m)
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/** The day `n` days after (negative: before) `day`. */
export function addDays(day: Day, n: number): Day {
  return fromUtc(new Date(toUtc(day).getTime() + n * MS_PER_DAY))
}

/** The month `n` months after `{y, m}`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n
  return { y: Math.floor(index / 12), m: (index % 12) + 1 }
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function weekday(day: Day): number {
  const w = toUtc(day).getUTCDay()
  return w === 0 ? 7 : w
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / MS_PER_DAY)
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { y: number; w: number } {
  // The Thursday of a day's week decides which year the week belongs to.
  const thursday = addDays(day, 4 - weekday(day))
  const jan1 = { y: thursday.y, m: 1, d: 1 }
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 }
}

/** Calendar quarter (1-4) of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0')
}

/** `YYYY`. */
export function formatYear(y: number): string {
  return pad(y, 4)
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return `${formatYear(day.y)}-${pad(day.m)}-${pad(day.d)}`
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
  return `${formatYear(y)}-${pad(m)}`
}

/** `YYYY-Www` of the ISO week that holds `day`. */
export function formatWeek(day: Day): string {
  const { y, w } = isoWeek(day)
  return `${formatYear(y)}-W${pad(w)}`
}

/** `YYYY-Qn`. */
export function formatQuarter(y: number, q: number): string {
  return `${formatYear(y)}-Q${q}`
}
