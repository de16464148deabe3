/**
 * Date reading for page metadata: machine values (ISO 8601, timestamps, RFC 2822) and dates
 * written in text in many languages and orders ("18. März 2019", "March 18, 2019", "18/03/2019",
 * "2019年3月18日", "ngày 18 tháng 3 năm 2019"). Results keep the precision the source gave.
 */
import { foldName, MONTH_PATTERN, monthNumber } from './month-names.js'

/** A calendar date, with a time and UTC offset when the source gave them. */
export interface DateParts {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour?: number
  readonly minute?: number
  readonly second?: number
  /** Fraction of a second as written ("011"). */
  readonly fraction?: string
  /** `Z` or `+HH:MM`. */
  readonly offset?: string
}

/** How an all-numeric date with both parts <= 12 is read: `dmy` (Europe) or `mdy` (United States). */
export type DayOrder = 'dmy' | 'mdy'

/** A date found in free text, with where it starts in the searched string. */
export interface FoundDate {
  readonly parts: DateParts
  readonly index: number
  readonly length: number
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** ISO 8601 text of a date: `YYYY-MM-DD`, or a date-time with seconds and offset when known. */
export function formatDate(p: DateParts): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
  if (p.hour === undefined) return date
  const frac = p.fraction ? `.${p.fraction}` : ''
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${frac}${p.offset ?? ''}`
}

/** True when year, month and day name a real calendar day (no 31 April, no 29 February 2019). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= dim
}

/**
 * True when a date can be a publication date: a real calendar day, not before `minYear`, and
 * not after `now` (a day of slack covers time zones ahead of the clock).
 */
export function isPlausibleDate(p: DateParts, now: Date, minYear = 1990): boolean {
  if (p.year < minYear || !isCalendarDate(p.year, p.month, p.day)) return false
  const instant = toInstant(p)
  return instant <= now.getTime() + 24 * 3600 * 1000
}

/** Milliseconds since the epoch; a date without offset is read as UTC. */
export function toInstant(p: DateParts): number {
  let t = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
  const m = p.offset ? /^([+-])(\d{2}):(\d{2})$/.exec(p.offset) : null
  if (m) t -= (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60000
  return t
}

function makeParts(year: number, month: number, day: number, time?: Partial<DateParts>): DateParts | null {
  if (!isCalendarDate(year, month, day)) return null
  const out: { -readonly [K in keyof DateParts]: DateParts[K] } = { year, month, day }
  if (time?.hour !== undefined) {
    if (time.hour > 23 || (time.minute ?? 0) > 59 || (time.second ?? 0) > 60) return { year, month, day }
    out.hour = time.hour
    out.minute = time.minute ?? 0
    out.second = time.second ?? 0
    if (time.fraction) out.fraction = time.fraction
    if (time.offset) out.offset = time.offset
  }
  return out
}

/** `+0100`, `+01`, `-05:00`, `Z`, `UTC` and `GMT` as `Z` or `+HH:MM`; unknown zones give undefined. */
function normalizeOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  const s = raw.trim().toUpperCase()
  if (s === 'Z' || s === 'UTC' || s === 'GMT' || s === 'UT') return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(s)
  if (!m) return undefined
  const off = `${m[1]}${m[2]}:${m[3] ?? '00'}`
  return off === '+00:00' || off === '-00:00' ? 'Z' : off
}

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?(?![\d])/i

/** Fixed-offset abbreviations US and European pages print after a time. */
const ZONES: Readonly<Record<string, string>> = {
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  cet: '+01:00', cest: '+02:00', bst: '+01:00', eet: '+02:00', eest: '+03:00', ist: '+05:30', jst: '+09:00', kst: '+09:00',
}

const TIME_AFTER_RE =
  /^[\s,|·-]*(?:at\s+|um\s+|a las\s+|alle\s+|a\s+|à\s+|kl\.?\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*uhr)?\s*(z\b|utc|gmt|[+-]\d{2}:?\d{2}|[a-z]{3,4}\b)?/i

/** A time written just after a date ("10:15", "9:13 PM EST", "um 10.15 Uhr"), if any. */
function timeAfter(rest: string): Partial<DateParts> | undefined {
  const m = TIME_AFTER_RE.exec(rest)
  if (!m) return undefined
  let hour = Number(m[1])
  const ampm = m[4]?.toLowerCase().replace(/\./g, '')
  if (ampm === 'pm' && hour < 12) hour += 12
  if (ampm === 'am' && hour === 12) hour = 0
  const zone = m[5]?.toLowerCase()
  const offset = zone ? (ZONES[zone] ?? normalizeOffset(zone)) : undefined
  return { hour, minute: Number(m[2]), ...(m[3] ? { second: Number(m[3]) } : {}), ...(offset ? { offset } : {}) }
}

/**
 * Parses a machine-oriented date value (meta content, JSON-LD, `datetime` attribute): ISO 8601
 * in its common shapes, Unix timestamps, RFC 2822, and as a last resort the first date in it.
 */
export function parseDateValue(value: string, order: DayOrder = 'dmy'): DateParts | null {
  const s = value.trim()
  if (!s) return null
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000
    const d = new Date(ms)
    return makeParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), {
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      offset: 'Z',
    })
  }
  const iso = ISO_RE.exec(s)
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, off] = iso
    const offset = normalizeOffset(off)
    const time: Partial<DateParts> | undefined =
      h !== undefined
        ? { hour: Number(h), minute: Number(mi), ...(sec ? { second: Number(sec) } : {}), ...(frac ? { fraction: frac } : {}), ...(offset ? { offset } : {}) }
        : undefined
    const parts = makeParts(Number(y), Number(mo), Number(d), time)
    if (parts) return parts
  }
  const found = findDates(s, order)[0]
  if (!found) return null
  const time = timeAfter(s.slice(found.index + found.length))
  const p = found.parts
  return time ? makeParts(p.year, p.month, p.day, time) : p
}

const TEXT_DMY = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|e|eme|º|°)?\.?\s*(?:de\s+|of\s+|-|/)?(${MONTH_PATTERN})(?!\p{L})\.?(?:\s*,)?\s*(?:de\s+|del\s+|-|/)?(\d{4})(?!\d)`,
  'gu',
)
const TEXT_MDY = new RegExp(
  String.raw`(?<![\p{L}\d])(${MONTH_PATTERN})(?!\p{L})\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*(?:,\s*|\s+|,?\s*of\s+)(\d{4})(?!\d)`,
  'gu',
)
const TEXT_YMD = new RegExp(String.raw`(?<![\p{L}\d])(\d{4})\.?\s+(${MONTH_PATTERN})(?!\p{L})\.?\s*(\d{1,2})(?!\d)`, 'gu')
const NUM_YMD = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g
const NUM_XXY = /(?<![\d.:/])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|\.\d)/g
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g
const VIET = /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:,|nam)\s*|\s+)(\d{4})/g

/** Arabic-Indic, Persian, Devanagari and full-width digits as ASCII digits (one for one, so offsets hold). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/g, (d) => {
    const c = d.charCodeAt(0)
    const base = c >= 0xff10 ? 0xff10 : c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660
    return String(c - base)
  })
}

/** Thai pages count years in the Buddhist era (2562 = 2019). */
function gregorianYear(year: number): number {
  return year > 2400 && year < 2700 ? year - 543 : year
}

/** Most dates one text yields; a page listing more is an archive, not an article. */
const MAX_DATES = 300

/** Every date written in a text, in order of position; numeric ones read with `order` when ambiguous. */
export function findDates(text: string, order: DayOrder = 'dmy'): FoundDate[] {
  const folded = asciiDigits(foldName(text))
  const out: FoundDate[] = []
  const push = (index: number, length: number, parts: DateParts | null): void => {
    // The overlap check is quadratic, so a text full of dates stops being read at MAX_DATES.
    if (parts && out.length < MAX_DATES && !out.some((f) => index < f.index + f.length && f.index < index + length)) out.push({ parts, index, length })
  }
  for (const m of folded.matchAll(CJK)) push(m.index, m[0].length, makeParts(Number(m[1]), Number(m[2]), Number(m[3])))
  for (const m of folded.matchAll(VIET)) push(m.index, m[0].length, makeParts(Number(m[3]), Number(m[2]), Number(m[1])))
  for (const m of folded.matchAll(TEXT_DMY)) {
    const month = monthNumber(m[2] ?? '')
    if (month) push(m.index, m[0].length, makeParts(gregorianYear(Number(m[3])), month, Number(m[1])))
  }
  for (const m of folded.matchAll(TEXT_MDY)) {
    const month = monthNumber(m[1] ?? '')
    if (month) push(m.index, m[0].length, makeParts(Number(m[3]), month, Number(m[2])))
  }
  for (const m of folded.matchAll(TEXT_YMD)) {
    const month = monthNumber(m[2] ?? '')
    if (month) push(m.index, m[0].length, makeParts(Number(m[1]), month, Number(m[3])))
  }
  for (const m of folded.matchAll(NUM_YMD)) push(m.index, m[0].length, makeParts(Number(m[1]), Number(m[3]), Number(m[4])))
  for (const m of folded.matchAll(NUM_XXY)) {
    const a = Number(m[1])
    const b = Number(m[3])
    const sep = m[2]
    let year = Number(m[4])
    if ((m[4] ?? '').length === 2) {
      // Two-digit years are only trusted with dots or slashes (18.03.19), never with dashes.
      if (sep === '-') continue
      year += year > 69 ? 1900 : 2000
    }
    const monthFirst = a <= 12 && (b > 12 || (order === 'mdy' && sep !== '.'))
    push(m.index, m[0].length, monthFirst ? makeParts(year, a, b) : makeParts(year, b, a))
  }
  return out.sort((x, y) => x.index - y.index)
}
