/**
 * Date reading for page metadata: machine values (ISO 8601, timestamps, RFC 2822), a time
 * written after a date, and whether a date can be a publication date. Dates written in text
 * are read by `model/dates/written-dates`.
 */
import { dateParts, findWrittenDates, isCalendarDate, type DateParts, type DayOrder } from '../../model/dates/written-dates.js'
import { ownEntry } from '../../model/own-entry.js'

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

const ISO_RE = /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?(?![\d])/i

/** Fixed-offset abbreviations US and European pages print after a time. */
const ZONES: Readonly<Record<string, string>> = {
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  cet: '+01:00',
  cest: '+02:00',
  bst: '+01:00',
  eet: '+02:00',
  eest: '+03:00',
  ist: '+05:30',
  jst: '+09:00',
  kst: '+09:00',
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
  const offset = zone ? (ownEntry(ZONES, zone) ?? normalizeOffset(zone)) : undefined
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
    return dateParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), {
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
      h !== undefined ? { hour: Number(h), minute: Number(mi), ...(sec ? { second: Number(sec) } : {}), ...(frac ? { fraction: frac } : {}), ...(offset ? { offset } : {}) } : undefined
    const parts = dateParts(Number(y), Number(mo), Number(d), time)
    if (parts) return parts
  }
  const found = findWrittenDates(s, order)[0]
  if (!found) return null
  const time = timeAfter(s.slice(found.index + found.length))
  const p = found.parts
  return time ? dateParts(p.year, p.month, p.day, time) : p
}
