/**
 * Local time of a UTC instant. Many pages state the publication instant in UTC in JSON-LD or
 * OpenGraph ("2023-11-09T03:28:35Z") while the day readers saw was local ("Nov. 8, 2023,
 * 10:28 p.m. ET"). When the page also writes the same instant with its offset, or as local wall
 * time, the date is re-expressed with that offset so its calendar day is the local one.
 */
import type { Document } from 'domhandler'
import { isTag, isText } from 'domhandler'
import { parseDateValue, toInstant, type DateParts } from './parse-date.js'

const STAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g

/** Every ISO date-time with seconds written anywhere in the page: text, scripts and attributes. */
export function collectTimestamps(dom: Document, limit = 400): DateParts[] {
  const out: DateParts[] = []
  const scan = (s: string): void => {
    if (out.length >= limit || s.length < 19) return
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
    if (isText(n)) scan(n.data)
    else if (isTag(n)) {
      for (const v of Object.values(n.attribs)) scan(v)
      for (const c of n.children) stack.push(c)
    }
  }
  return out
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
