/**
 * Dates written in text, in the languages and orders news pages use ("18. März 2019", "March 18,
 * 2019", "18/03/2019", "2019年3月18日", "ngày 18 tháng 3 năm 2019"), read into calendar parts that
 * keep the precision the source gave. Extraction reads page dates with it; it lives in `model/`
 * beside the calendar names so every stage reads a written date the same way.
 */
import { FOLDED_MONTH_PATTERN, foldName, monthNumber } from './calendar-names.js'

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

/** Calendar parts of a date (and a time, when valid), or null when the day does not exist. */
export function dateParts(year: number, month: number, day: number, time?: Partial<DateParts>): DateParts | null {
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

const TEXT_DMY = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|e|eme|º|°)?\.?\s*(?:de\s+|of\s+|-|/)?(${FOLDED_MONTH_PATTERN})(?!\p{L})\.?(?:\s*,)?\s*(?:de\s+|del\s+|-|/)?(\d{4})(?!\d)`,
  'gu',
)
const TEXT_MDY = new RegExp(String.raw`(?<![\p{L}\d])(${FOLDED_MONTH_PATTERN})(?!\p{L})\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*(?:,\s*|\s+|,?\s*of\s+)(\d{4})(?!\d)`, 'gu')
const TEXT_YMD = new RegExp(String.raw`(?<![\p{L}\d])(\d{4})\.?\s+(${FOLDED_MONTH_PATTERN})(?!\p{L})\.?\s*(\d{1,2})(?!\d)`, 'gu')
const NUM_YMD = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g
const NUM_XXY = /(?<![\d.:/])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|\.\d)/g
/** German typesetting spaces dotted dates ("4. 2. 2022", often with thin spaces); only with a four-digit year. */
const NUM_DOTTED_SPACED = /(?<![\d.:/])(\d{1,2})\.[ \u00a0\u2009\u202f](\d{1,2})\.[ \u00a0\u2009\u202f]?(\d{4})(?![\d]|\.\d)/g
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
export function findWrittenDates(text: string, order: DayOrder = 'dmy'): FoundDate[] {
  const folded = asciiDigits(foldName(text))
  const out: FoundDate[] = []
  const push = (index: number, length: number, parts: DateParts | null): void => {
    // The overlap check is quadratic, so a text full of dates stops being read at MAX_DATES.
    if (parts && out.length < MAX_DATES && !out.some((f) => index < f.index + f.length && f.index < index + length)) out.push({ parts, index, length })
  }
  for (const m of folded.matchAll(CJK)) push(m.index, m[0].length, dateParts(Number(m[1]), Number(m[2]), Number(m[3])))
  for (const m of folded.matchAll(VIET)) push(m.index, m[0].length, dateParts(Number(m[3]), Number(m[2]), Number(m[1])))
  for (const m of folded.matchAll(TEXT_DMY)) {
    const month = monthNumber(m[2] ?? '')
    if (month) push(m.index, m[0].length, dateParts(gregorianYear(Number(m[3])), month, Number(m[1])))
  }
  for (const m of folded.matchAll(TEXT_MDY)) {
    const month = monthNumber(m[1] ?? '')
    if (month) push(m.index, m[0].length, dateParts(Number(m[3]), month, Number(m[2])))
  }
  for (const m of folded.matchAll(TEXT_YMD)) {
    const month = monthNumber(m[2] ?? '')
    if (month) push(m.index, m[0].length, dateParts(Number(m[1]), month, Number(m[3])))
  }
  for (const m of folded.matchAll(NUM_YMD)) push(m.index, m[0].length, dateParts(Number(m[1]), Number(m[3]), Number(m[4])))
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
    push(m.index, m[0].length, monthFirst ? dateParts(year, a, b) : dateParts(year, b, a))
  }
  for (const m of folded.matchAll(NUM_DOTTED_SPACED)) {
    const a = Number(m[1])
    const b = Number(m[2])
    push(m.index, m[0].length, a <= 12 && b > 12 ? dateParts(Number(m[3]), a, b) : dateParts(Number(m[3]), b, a))
  }
  return out.sort((x, y) => x.index - y.index)
}
