/**
 * Byline lines of a page saved as text ("By John Smith", "By Ana Ruiz and Lee Min-jun |
 * May 8, 2025", "John Smith, Staff Writer"): the people who wrote the article.
 */
import { isPersonName } from './person-name.js'
import { findDatelineDates, type TextDate } from './text-dates.js'

/** Authors (and a date, when the byline carries one) read from a byline line. */
export interface Byline {
  readonly authors: string[]
  readonly date: TextDate | null
}

const ROLE =
  /^(?:(?:senior|chief|deputy|special|foreign|political|staff|contributing|associate|managing|executive|national|global|business|science|health|diplomatic|defen[cs]e|security|investigative|freelance)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|photographer|critic|bureau chief)s?\b/i

/** A lead-in naming the writer, in the languages of the pages we meet ("Ein Artikel von", "Texte de", "Autorin:"). */
const LEAD =
  /^(?:by|written by|words by|story by|posted by|reported by|authors?|(?:(?:ein|eine)\s+)?(?:artikel|beitrag|kolumne|kommentar|gastbeitrag|reportage|bericht|analyse|interview)\s+von|text\s+von|von|autor(?:in)?|verfasst von|geschrieben von|texte? (?:de|par)|par|por|texto de|di|testo di|door|tekst)\s*:?\s+(.+?)(?:\s+(?:am|on|le|el|il|op)\s+\d.*)?$/i
/** Credits for pictures that follow the writer's ("Text von A Illustration von B"). */
const OTHER_CREDITS = /\s+(?:illustrations?|fotos?|bilder|photos?|photography|grafik|zeichnungen?|video|kamera)\s*(?:von|by|de|par|:)\s.*$/i
/** A part of a stamp line: a date, a time, a label. */
const STAMP_PART = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})$/iu

/** Splits "A, B and C" into names, dropping roles and outlets ("John Smith, Staff Writer", "Jo Doe for Reuters"). */
function namesIn(list: string): string[] | null {
  const parts = list
    .split(/\s*(?:,|;|\b(?:and|und|et|y|e|en)\b|&)\s*/)
    .map((p) =>
      p
        .trim()
        .replace(/\s+(?:for|in|at|from)\s+.*$/i, '')
        .replace(/^(?:and|&)\s+/i, ''),
    )
    .filter((p) => p.length > 0)
  const names: string[] = []
  for (const part of parts) {
    if (ROLE.test(part)) continue
    // What follows the names is their role or place ("Uta Staschewski, Projektleiterin in Tunis").
    if (!isPersonName(part)) return names.length > 0 && /\p{Ll}/u.test(part) ? names : null
    names.push(part)
  }
  return names.length > 0 ? names : null
}

/** Reads a byline line, or null when the line is not one. */
export function parseByline(line: string): Byline | null {
  if (line.length > 300) return null
  const text = line.trim().replace(/\s+/g, ' ').replace(/[.:]$/, '')
  if (text.length > 160) return null
  // Bylines often carry a date or an outlet after a separator: "By X | May 8, 2025".
  const segments = text.split(/\s+[|•·—–]\s+|\s+-\s+/)
  const [head = '', ...rest] = segments
  const date = findDatelineDates(rest.join(' '))[0] ?? null
  // "04.02.2022 | 13:10 Uhr | Uta Helkenberg": a stamp line that ends with the writer.
  const last = segments[segments.length - 1] ?? ''
  if (segments.length >= 2 && segments.slice(0, -1).every((seg) => STAMP_PART.test(seg)) && isPersonName(last)) return { authors: [last], date: null }
  const prefixed = LEAD.exec(head)
  if (prefixed?.[1]) {
    const names = namesIn(prefixed[1].replace(OTHER_CREDITS, ''))
    return names ? { authors: names, date } : null
  }
  // Without "By", only "Name, Role" counts; a bare name line is too easily a caption or a label.
  const comma = /^([^,]+),\s*(.+)$/.exec(head)
  if (comma?.[1] && comma[2] && ROLE.test(comma[2]) && isPersonName(comma[1])) return { authors: [comma[1].trim()], date }
  return null
}
