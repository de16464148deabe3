/**
 * Byline lines of a page saved as text ("By John Smith", "By Ana Ruiz and Lee Min-jun |
 * May 8, 2025", "John Smith, Staff Writer"): the people who wrote the article.
 */
import { isPersonName } from './person-name.js'
import { findDates, type TextDate } from './text-dates.js'

/** Authors (and a date, when the byline carries one) read from a byline line. */
export interface Byline {
  readonly authors: string[]
  readonly date: TextDate | null
}

const ROLE =
  /^(?:(?:senior|chief|deputy|special|foreign|political|staff|contributing|associate|managing|executive|national|global|business|science|health|diplomatic|defen[cs]e|security|investigative|freelance)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|photographer|critic|bureau chief)s?\b/i

/** Splits "A, B and C" into names, dropping roles and outlets ("John Smith, Staff Writer", "Jo Doe for Reuters"). */
function namesIn(list: string): string[] | null {
  const parts = list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((p) => p.trim().replace(/\s+(?:for|in|at|from)\s+.*$/i, '').replace(/^(?:and|&)\s+/i, ''))
    .filter((p) => p.length > 0)
  const names: string[] = []
  for (const part of parts) {
    if (ROLE.test(part)) continue
    if (!isPersonName(part)) return null
    names.push(part)
  }
  return names.length > 0 ? names : null
}

/** Reads a byline line, or null when the line is not one. */
export function parseByline(line: string): Byline | null {
  if (line.length > 300) return null
  const text = line.trim().replace(/\s+/g, ' ')
  if (text.length > 160) return null
  // Bylines often carry a date or an outlet after a separator: "By X | May 8, 2025".
  const [head = '', ...rest] = text.split(/\s+[|•·—–]\s+|\s+-\s+/)
  const date = findDates(rest.join(' '))[0] ?? null
  const prefixed = /^(?:by|written by|words by|story by|posted by|reported by|author|authors)\s*:?\s+(.+)$/i.exec(head)
  if (prefixed?.[1]) {
    const names = namesIn(prefixed[1])
    return names ? { authors: names, date } : null
  }
  // Without "By", only "Name, Role" counts; a bare name line is too easily a caption or a label.
  const comma = /^([^,]+),\s*(.+)$/.exec(head)
  if (comma?.[1] && comma[2] && ROLE.test(comma[2]) && isPersonName(comma[1])) return { authors: [comma[1].trim()], date }
  return null
}
