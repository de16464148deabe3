/**
 * Local time of a UTC instant. Many pages state the publication instant in UTC in JSON-LD or
 * OpenGraph ("2023-11-09T03:28:35Z") while the day readers saw was local ("Nov. 8, 2023,
 * 10:28 p.m. ET"). When the page also writes the same instant with its offset, or as local wall
 * time, the date is re-expressed with that offset so its calendar day is the local one.
 */
import type { Document } from 'domhandler'
import { isTag, isText } from 'domhandler'
import type { DateParts } from '../../model/dates/written-dates.js'
import { parseDateValue, toInstant } from './parse-date.js'
import { ownEntry } from '../../model/own-entry.js'
import type { TextParts } from '../parse-html.js'

const STAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g

/** `YYYY-MM-DD` of the day before, of and after an instant: the days its local time can fall on. */
function nearbyDays(date: DateParts): string[] {
  const t = toInstant(date)
  return [-1, 0, 1].map((d) => new Date(t + d * 86400000).toISOString().slice(0, 10))
}

/**
 * Every ISO date-time with seconds written anywhere in the page (text, scripts, attributes) on a
 * day near `near`; only strings naming one of those days are scanned, which keeps big pages cheap.
 */
export function collectTimestamps(dom: Document, near: DateParts, textParts: TextParts = new Map(), limit = 400): DateParts[] {
  const out: DateParts[] = []
  const days = nearbyDays(near)
  // One search for what the three days share ("2023-11-0") rejects nearly every string at the cost of one.
  const first = days[0] ?? ''
  let common = first.length
  for (const d of days) while (common > 0 && d.slice(0, common) !== first.slice(0, common)) common--
  const shared = first.slice(0, common)
  const scan = (s: string): void => {
    if (out.length >= limit || s.length < 19 || !s.includes(shared) || !days.some((d) => s.includes(d))) return
    for (const m of s.matchAll(STAMP)) {
      const p = parseDateValue(m[0])
      if (p && p.hour !== undefined) out.push(p)
      if (out.length >= limit) return
    }
  }
  const stack = [...dom.children]
  while (stack.length) {
    const n = stack.pop()
    if (!n) continue
    if (isText(n)) {
      const parts = textParts.get(n)
      if (!parts || mayHold(parts, n.data.length, shared)) scan(n.data)
    } else if (isTag(n)) {
      const attribs = n.attribs
      for (const k in attribs) scan(attribs[k] ?? '')
      for (const c of n.children) stack.push(c)
    }
  }
  return out
}

/**
 * Whether the text joined from `parts` (of total length `length`) may contain `needle`, asked of
 * the parts and the seams between them so the joined rope is never flattened (see `TextParts`).
 * An occurrence crossing seams starts within `needle.length - 1` characters before the last seam
 * it crosses and ends within as many after it. True when unsure (parts that no longer add up).
 */
function mayHold(parts: readonly string[], length: number, needle: string): boolean {
  const reach = needle.length - 1
  let total = 0
  let tail = ''
  for (const part of parts) {
    total += part.length
    if (part.includes(needle) || (tail && (tail + part.slice(0, reach)).includes(needle))) return true
    // Slicing a long part alone keeps it flat; joining it to the tail first would copy it.
    tail = part.length >= reach ? part.slice(part.length - reach) : (tail + part).slice(-reach)
  }
  return total !== length
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0')

/** `+HH:MM` for an offset in minutes. */
function offsetText(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
}

/** The instant shifted to an offset, as parts carrying that offset. */
function atOffset(p: DateParts, minutes: number): DateParts {
  const d = new Date(toInstant(p) + minutes * 60000)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ...(p.fraction ? { fraction: p.fraction } : {}),
    offset: offsetText(minutes),
  }
}

/**
 * A UTC date re-expressed in the page's local offset when the page writes the same instant with
 * a non-zero offset, or as wall time a whole number of half hours away; otherwise unchanged.
 */
export function toLocalTime(date: DateParts, stamps: readonly DateParts[]): DateParts {
  if (date.offset !== 'Z' || date.hour === undefined) return date
  const t = toInstant(date)
  for (const s of stamps) {
    if (s.offset && s.offset !== 'Z') {
      if (Math.abs(toInstant(s) - t) <= 60000) {
        const m = /^([+-])(\d{2}):(\d{2})$/.exec(s.offset)
        if (m) return atOffset(date, (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])))
      }
    } else if (!s.offset) {
      // Wall time without offset: the difference to the instant is the offset itself.
      const diff = (toInstant(s) - t) / 60000
      if (diff !== 0 && Number.isInteger(diff / 30) && diff >= -12 * 60 && diff <= 14 * 60) return atOffset(date, diff)
    }
  }
  return date
}

/** Standard offsets (minutes) of countries with one zone and European summer time, by ccTLD. */
const EUROPEAN_ZONES: Readonly<Record<string, number>> = {
  uk: 0,
  ie: 0,
  pt: 0,
  is: 0,
  de: 60,
  at: 60,
  ch: 60,
  it: 60,
  fr: 60,
  es: 60,
  nl: 60,
  be: 60,
  lu: 60,
  pl: 60,
  cz: 60,
  sk: 60,
  hu: 60,
  dk: 60,
  se: 60,
  no: 60,
  si: 60,
  hr: 60,
  rs: 60,
  ba: 60,
  me: 60,
  mk: 60,
  al: 60,
  li: 60,
  mt: 60,
  mc: 60,
  sm: 60,
  va: 60,
  ad: 60,
  fi: 120,
  ee: 120,
  lv: 120,
  lt: 120,
  gr: 120,
  ro: 120,
  bg: 120,
  ua: 120,
  cy: 120,
}

/** UTC instant of the last Sunday of a month at 01:00 UTC, when European summer time changes. */
function lastSundayAt1(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0))
  return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1)
}

/** Offsets (minutes) of single-zone countries without summer time, by ccTLD. */
const FIXED_ZONES: Readonly<Record<string, number>> = {
  jp: 540,
  kr: 540,
  cn: 480,
  hk: 480,
  tw: 480,
  sg: 480,
  my: 480,
  ph: 480,
  vn: 420,
  th: 420,
  id: 420,
  kh: 420,
  la: 420,
  in: 330,
  lk: 330,
  np: 345,
  pk: 300,
  bd: 360,
  tr: 180,
  by: 180,
  ae: 240,
  sa: 180,
  qa: 180,
  kw: 180,
  bh: 180,
  ke: 180,
  et: 180,
  za: 120,
  ng: 60,
  gh: 0,
  sn: 0,
  ar: -180,
  br: -180,
  co: -300,
  pe: -300,
  ve: -240,
  mx: -360,
  uy: -180,
  bo: -240,
  do: -240,
  pr: -240,
  ec: -300,
  pa: -300,
  gt: -360,
  sv: -360,
  hn: -360,
  ni: -360,
  cr: -360,
}

/** Zones of languages spoken mostly in one zone, for pages on generic domains (.com, .net...). */
const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  ja: 'jp',
  ko: 'kr',
  zh: 'cn',
  vi: 'vn',
  th: 'th',
  id: 'id',
  ms: 'my',
  hi: 'in',
  bn: 'bd',
  ur: 'pk',
  tr: 'tr',
  de: 'de',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
  cs: 'cz',
  sk: 'sk',
  hu: 'hu',
  da: 'dk',
  sv: 'se',
  nb: 'no',
  no: 'no',
  sl: 'si',
  hr: 'hr',
  fi: 'fi',
  et: 'ee',
  lv: 'lv',
  lt: 'lt',
  el: 'gr',
  ro: 'ro',
  bg: 'bg',
  uk: 'ua',
}

/** The country a page's local time follows: its ccTLD, else its language when that has one zone. */
function countryOf(domain: string | null, language: string | null): string | undefined {
  const tld = domain?.toLowerCase().split('.').pop() ?? ''
  if (ownEntry(EUROPEAN_ZONES, tld) !== undefined || ownEntry(FIXED_ZONES, tld) !== undefined) return tld
  if (tld.length === 2 && tld !== 'io' && tld !== 'co' && tld !== 'me' && tld !== 'tv' && tld !== 'fm') return undefined
  return language ? ownEntry(LANGUAGE_ZONES, language) : undefined
}

/**
 * A UTC date in the local time of the country the page belongs to (by ccTLD, else by a language
 * spoken in one zone), European summer time included; pages of unknown or multi-zone countries
 * keep the date unchanged.
 */
export function toCountryTime(date: DateParts, domain: string | null, language: string | null = null): DateParts {
  if (date.offset !== 'Z' || date.hour === undefined) return date
  const country = countryOf(domain, language)
  if (!country) return date
  const fixed = ownEntry(FIXED_ZONES, country)
  if (fixed !== undefined) return fixed === 0 ? date : atOffset(date, fixed)
  const standard = ownEntry(EUROPEAN_ZONES, country)
  if (standard === undefined) return date
  const t = toInstant(date)
  const summer = t >= lastSundayAt1(date.year, 3) && t < lastSundayAt1(date.year, 10)
  const minutes = standard + (summer ? 60 : 0)
  return minutes === 0 ? date : atOffset(date, minutes)
}
