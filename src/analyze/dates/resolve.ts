/**
 * Resolution of underspecified dates against the reference date: which year a bare "May 9" or
 * "January" is in, which "Sunday" is meant, which quarter "the quarter" and "a year earlier"
 * point at. The choices follow news usage: a month or day is the nearest one, pushed by the
 * clause's tense (and forced by words like "ended" or "since"); a weekday is the latest one
 * unless the clause looks ahead; a quarter is the one being reported on.
 */
import { addDays, addMonths, daysBetween, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, isValidDay, isoWeek, pad, quarterOf, weekday, type Day } from './calendar.js'
import type { Tense } from './tense.js'

/** A year and quarter. */
export interface YearQuarter {
  readonly y: number
  readonly q: number
}

/** What resolution needs to know about the document and the place of the expression. */
export interface ResolveEnv {
  /** The reference date, or null when none is known. */
  readonly ref: Day | null
  /** Tense of the clause around the expression being resolved. */
  readonly tense: Tense
  /** True when a word right before the expression fixes its direction ("ended March 31", "since May"). */
  readonly strict: boolean
  /** The quarter the document reports on ("third-quarter profit"), else the last completed one. */
  readonly reportingQuarter: YearQuarter | null
  /** Year of the latest explicit year mentioned before the expression, else the reference year. */
  readonly anchorYear: number | null
  /** The latest day named before the expression ("On March 3 ... the next day"), if any. */
  readonly anchorDay: Day | null
  /** The latest month named before the expression, or the month of `anchorDay`. */
  readonly anchorMonth: { readonly y: number; readonly m: number } | null
  /** True when the sentence around the expression talks about quarters or periods. */
  readonly quarterContext: boolean
}

// How much farther a candidate against the clause's tense may be and still win: tense cues
// are noisy ("declared a dividend payable Dec. 1"), nearness to the report is strong evidence.
const DAY_TENSE_PENALTY = 30
const MONTH_TENSE_PENALTY = 3

/** Distance of a candidate from the reference, plus a penalty when it lies against the tense. */
function cost(diff: number, env: ResolveEnv, penalty: number): number {
  const against = (env.tense === 'past' && diff > 0) || (env.tense === 'future' && diff < 0)
  return Math.abs(diff) + (against ? (env.strict ? 100 * penalty : penalty) : 0)
}

/** `YYYY-MM-DD` of a month and day without a year: the nearest to the reference, biased by tense. */
export function resolveMonthDay(month: number, day: number, env: ResolveEnv): string | null {
  const ref = env.ref
  if (!ref) return `XXXX-${pad(month)}-${pad(day)}`
  const options = [ref.y - 1, ref.y, ref.y + 1]
    .map((y) => ({ y, m: month, d: day }))
    .filter(isValidDay)
    .map((d) => ({ d, cost: cost(daysBetween(ref, d), env, DAY_TENSE_PENALTY), diff: daysBetween(ref, d) }))
  options.sort((a, b) => a.cost - b.cost || a.diff - b.diff)
  const best = options[0]
  return best ? formatDay(best.d) : null
}

/** `YYYY-MM` of a month name without a year: the nearest to the reference, biased by tense. */
export function resolveMonth(month: number, env: ResolveEnv, relation: 'last' | 'next' | 'this' | null = null): string | null {
  const ref = env.ref
  if (!ref) return relation === null || relation === 'this' ? `XXXX-${pad(month)}` : null
  const diffOf = (y: number): number => (y - ref.y) * 12 + (month - ref.m)
  const years = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1]
  let pick: number[]
  // "last February" said in March means a year ago; the month just gone is "last month".
  if (relation === 'last') pick = years.filter((y) => diffOf(y) < -1)
  else if (relation === 'next') pick = years.filter((y) => diffOf(y) > 0)
  else if (relation === 'this') pick = [ref.y]
  else pick = years
  pick.sort((a, b) => cost(diffOf(a), env, MONTH_TENSE_PENALTY) - cost(diffOf(b), env, MONTH_TENSE_PENALTY) || diffOf(a) - diffOf(b))
  const y = pick[0]
  return y === undefined ? null : formatMonth(y, month)
}

/** `YYYY-MM-DD` of a weekday ("Sunday", "last Friday", "next Tuesday"). */
export function resolveWeekday(wd: number, env: ResolveEnv, relation: 'last' | 'next' | null = null): string | null {
  const ref = env.ref
  if (!ref) return null
  const back = (weekday(ref) - wd + 7) % 7
  const forward = (wd - weekday(ref) + 7) % 7
  if (relation === 'last') return formatDay(addDays(ref, -(back === 0 ? 7 : back)))
  if (relation === 'next') return formatDay(addDays(ref, forward === 0 ? 7 : forward))
  if (back === 0) return formatDay(ref)
  return formatDay(addDays(ref, env.tense === 'future' ? forward : -back))
}

/** The day `n` days from the reference date. */
export function shiftDays(env: ResolveEnv, n: number): string | null {
  return env.ref ? formatDay(addDays(env.ref, n)) : null
}

/** The ISO week `n` weeks from the reference week. */
export function shiftWeeks(env: ResolveEnv, n: number): string | null {
  return env.ref ? formatWeek(addDays(env.ref, 7 * n)) : null
}

/** The month `n` months from the reference month. */
export function shiftMonths(env: ResolveEnv, n: number): string | null {
  if (!env.ref) return null
  const { y, m } = addMonths(env.ref.y, env.ref.m, n)
  return formatMonth(y, m)
}

/** The year `n` years from the reference year. */
export function shiftYears(env: ResolveEnv, n: number): string | null {
  return env.ref ? formatYear(env.ref.y + n) : null
}

/** The quarter `n` quarters from the one holding the reference date. */
export function shiftQuarters(env: ResolveEnv, n: number): string | null {
  if (!env.ref) return null
  const index = env.ref.y * 4 + quarterOf(env.ref.m) - 1 + n
  return formatQuarter(Math.floor(index / 4), (index % 4) + 1)
}

/** The reporting quarter, `years` years back or forward ("the year-ago quarter": -1). */
export function reportingQuarter(env: ResolveEnv, years = 0): string | null {
  const rq = env.reportingQuarter
  return rq ? formatQuarter(rq.y + years, rq.q) : null
}

/** Year of an ordinal quarter without a year ("the fourth quarter"): the one reported on or next. */
export function quarterYear(q: number, env: ResolveEnv): number | null {
  const ref = env.ref
  if (!ref) return null
  const current = quarterOf(ref.m)
  // Quarters are reported after they end, so even future clauses ("expects to report
  // third-quarter results") mostly mean this year's; only a quarter well behind is next year's.
  if (env.tense === 'future' && q < current - 1) return ref.y + 1
  return q <= current ? ref.y : ref.y - 1
}

/** The last completed quarter before a day (a report in October is about the third quarter). */
export function lastCompletedQuarter(ref: Day): YearQuarter {
  const q = quarterOf(ref.m) - 1
  return q === 0 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q }
}

/** `YYYY-Www-WE` of the weekend before (-1), around (0) or after (+1) the reference date. */
export function resolveWeekend(env: ResolveEnv, relation: -1 | 0 | 1): string | null {
  const ref = env.ref
  if (!ref) return null
  const wd = weekday(ref)
  // The weekend of the current ISO week, unless the week has only just begun and the talk is of the past.
  let saturday = addDays(ref, 6 - wd)
  if (relation === -1 || (relation === 0 && env.tense !== 'future' && wd < 6)) saturday = addDays(saturday, -7)
  if (relation === 1) saturday = addDays(saturday, 7)
  const { y, w } = isoWeek(saturday)
  return `${formatYear(y)}-W${pad(w)}-WE`
}

/** A two-digit year ("'89") placed in the century that puts it nearest the reference year. */
export function expandTwoDigitYear(yy: number, env: ResolveEnv): number {
  const refYear = env.ref?.y ?? 2000
  const century = Math.floor(refYear / 100) * 100
  const options = [century - 100 + yy, century + yy, century + 100 + yy]
  options.sort((a, b) => Math.abs(a - refYear) - Math.abs(b - refYear))
  return options[0] ?? century + yy
}

/** A decade word or digits ("'80s", "nineties") placed in the latest century not after the reference. */
export function decadeValue(tens: number, env: ResolveEnv): string {
  const refYear = env.ref?.y ?? 2000
  let start = Math.floor(refYear / 100) * 100 + tens * 10
  if (start > refYear) start -= 100
  return String(Math.floor(start / 10))
}

/** The day `n` days after the story's latest named day (else the reference date). */
export function anchoredDay(env: ResolveEnv, n: number): string | null {
  const base = env.anchorDay ?? env.ref
  return base ? formatDay(addDays(base, n)) : null
}

/** The ISO week `n` weeks after the story's latest named day (else the reference date). */
export function anchoredWeek(env: ResolveEnv, n: number): string | null {
  const base = env.anchorDay ?? env.ref
  return base ? formatWeek(addDays(base, 7 * n)) : null
}

/** The month `n` months after the story's latest named month (else the reference month). */
export function anchoredMonth(env: ResolveEnv, n: number): string | null {
  const base = env.anchorMonth ?? env.ref
  if (!base) return null
  const { y, m } = addMonths(base.y, base.m, n)
  return formatMonth(y, m)
}
