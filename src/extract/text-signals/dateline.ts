/**
 * Datelines: where and when a story was filed, as wire copy writes it at the start of the lede
 * ("SEOUL, May 8 (Yonhap) --", "WASHINGTON (Reuters) -", "NEW DELHI:") or as a rewrite phrases
 * it in prose ("On May 8, 2025, in Seoul, ..."). The dateline date anchors relative dates when a
 * page states no publication date.
 */
import { ENGLISH_MONTH_PATTERN } from '../../model/dates/calendar-names.js'
import { findDatelineDates, withYear, type TextDate } from './text-dates.js'
import { wireAgency } from './credit.js'
import { isKnownPlace } from './known-places.js'

/** A dateline read from a paragraph. */
export interface Dateline {
  readonly place: string | null
  /** The date as written, resolved to a full date when the year is known. */
  readonly date: TextDate | null
  /** A wire agency named in the dateline ("(Reuters)"), as its display name. */
  readonly agency: string | null
  /** Length of the dateline prefix; equal to the paragraph length for a dateline on its own line. */
  readonly length: number
}

const WORD = "\\p{Lu}[\\p{L}.'’-]*"
const PLACE = `${WORD}(?:\\s+(?:de\\s+|del\\s+|al-|el-)?${WORD}){0,3}`
const DATE = `(?:${ENGLISH_MONTH_PATTERN}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${ENGLISH_MONTH_PATTERN}(?:\\s+\\d{4})?)`
const WIRE_RE = new RegExp(`^(${PLACE})(?:,\\s*(${PLACE})|\\s*\\[(${PLACE})\\])?(?:,?\\s+(${DATE}))?\\s*(?:\\(([^()]{2,40})\\))?\\s*([-–—]{1,2}|:)(?:\\s+|$)`, 'u')
const PROSE_RE = new RegExp(`(?:^|[.!?]\\s+)(?:On\\s+(?:\\p{L}+day,\\s+)?(${DATE})\\s*,?\\s+in\\s+(${PLACE})|In\\s+(${PLACE})\\s*,?\\s+on\\s+(?:\\p{L}+day,\\s+)?(${DATE}))\\b`, 'u')
const AGENCY_NAME_RE = /^\s*\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,3}\s*$/u
/** Labels that open a paragraph like a dateline but name no place ("DEAR ABBY:", "UPDATE —", "PUBLISHED:"). */
const NOT_PLACE_RE =
  /^(?:posted|published|modified|last|filed|date|time|by|photo|image|source|sources|credit|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|dear|update|updated|editor'?s|editors|note|correction|clarification|warning|breaking|exclusive|watch|listen|read|analysis|opinion|photos?|video|live|q|a|faq|spoiler|disclaimer|disclosure|transcript|summary|tl;?dr|ps|p\.s\.|bottom line|the bottom line|why it matters|what happened|background|context|sponsored|advertisement|related|more|also)\b/i
const MONTH_ONLY_RE = new RegExp(`^${ENGLISH_MONTH_PATTERN}$`, 'i')

/** Upper-case place names in title case ("NEW YORK" -> "New York"); mixed case is kept. */
function placeName(raw: string): string {
  const clean = raw.trim().replace(/,+$/, '')
  if (clean !== clean.toUpperCase()) return clean
  return (
    clean
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
      // Abbreviations keep their capitals: "N.M.", "D.C.", "U.S.".
      .replace(/(?<![\p{L}])(?:\p{L}\.)+/gu, (m) => m.toUpperCase())
  )
}

function isUpperWords(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && s === s.toUpperCase()
}

/** Headlines run to about 100 characters (PolNeAR's 924 titles: at most 95); a line longer than this is body text. */
const TITLE_MAX_CHARS = 150
/** A title is a line, not a sentence run on into the next: it ends without a comma or an opening dash. */
const TITLE_END_RE = /[,;\-–—(]\s*$/

/**
 * Where the wire dateline that opens a text's body lies (naming a place), or null: the span
 * extraction keeps on the Article for the analysis steps. The body opens the text, or follows a
 * title line, as plain text saved with its headline writes it ("Trump signs order\n\nWASHINGTON
 * (AP) — ..."): a first line short enough for a headline, then the dateline on the next line or
 * after blank lines. Only the first line counts as a title: a dateline below a deck or a byline
 * is not looked for, since lines further down are as often body text.
 */
export function openingDatelineSpan(text: string): { start: number; end: number } | null {
  const first = lineAt(text, 0)
  if (first) return first
  const newline = text.indexOf('\n')
  const title = newline === -1 ? '' : text.slice(0, newline).trim()
  if (title === '' || title.length > TITLE_MAX_CHARS || TITLE_END_RE.test(title)) return null
  const blank = /\n(?:[ \t\r]*\n)*(?=\S)/y
  blank.lastIndex = newline
  return blank.test(text) ? lineAt(text, blank.lastIndex) : null
}

/** The wire dateline opening the line that starts at `start`, or null. */
function lineAt(text: string, start: number): { start: number; end: number } | null {
  const newline = text.indexOf('\n', start)
  const dateline = parseWireDateline(text.slice(start, newline === -1 ? text.length : newline), null)
  return dateline?.place ? { start, end: start + dateline.length } : null
}

/** Reads a wire-style dateline at the start of a paragraph, or null. */
export function parseWireDateline(paragraph: string, year: number | null): Dateline | null {
  const m = WIRE_RE.exec(paragraph)
  if (!m) return null
  const [whole, place = '', commaRegion, bracketRegion, dateText, agencyText, sep = ''] = m
  // "Montreal [Canada], Jan 1 (ANI):" puts the region in brackets.
  const region = commaRegion ?? bracketRegion
  // Known agencies anywhere; other names only after an upper-case place, where wire style is certain.
  const agency = agencyText ? (wireAgency(agencyText) ?? (isUpperWords(place) && AGENCY_NAME_RE.test(agencyText) ? agencyText.trim() : null)) : null
  if (agencyText && !agency) return null
  // Mixed-case openings ("Meanwhile, Russia —") are ordinary prose unless a date or agency follows.
  if (!isUpperWords(place) && !dateText && !agency) return null
  if (sep === ':' && !dateText && !agency && (!isUpperWords(place) || !isKnownPlace(place))) return null
  if (NOT_PLACE_RE.test(place)) return null
  if (MONTH_ONLY_RE.test(place) || (region !== undefined && MONTH_ONLY_RE.test(region))) return null
  const date = dateText ? (findDatelineDates(dateText)[0] ?? null) : null
  // "JAKARTA, KOMPAS.com -": the second part is the outlet, not a region.
  const regionIsOutlet = region !== undefined && /\.[a-z]{2,}$/i.test(region)
  const fullPlace = region && !regionIsOutlet ? `${placeName(place)}, ${placeName(region)}` : placeName(place)
  return { place: fullPlace, date: date ? withYear(date, year) : null, agency: agency ?? (regionIsOutlet ? region : null), length: whole.length }
}

/** Reads a prose dateline ("On May 8, 2025, in Seoul") in a paragraph's first sentences, or null. */
export function parseProseDateline(paragraph: string, year: number | null): Dateline | null {
  const m = PROSE_RE.exec(paragraph.slice(0, 400))
  if (!m) return null
  const dateText = m[1] ?? m[4] ?? ''
  const place = m[2] ?? m[3] ?? ''
  const date = findDatelineDates(dateText)[0] ?? null
  return { place: placeName(place), date: date ? withYear(date, year) : null, agency: null, length: 0 }
}
