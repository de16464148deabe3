/**
 * Text signals shared by the HTML and plain-text paths: what the words of an article say about
 * its provenance and setting, beyond its markup. Standalone credit lines and closing author bios
 * are cut (with their reason); the dateline and wire credit of the lede are read but left in the
 * text; a reference date is inferred when the page states no publication date.
 */
import type { Removed } from '../../model/article.js'
import { parseBio } from './bio.js'
import { findInlineWireCredit, parseCreditLine, type Credit } from './credit.js'
import { parseProseDateline, parseWireDateline, type Dateline } from './dateline.js'
import { findDatelineDates, withYear, yearsIn } from './text-dates.js'

export type { Credit } from './credit.js'
export { chromeReason, isMenuBlock } from './chrome.js'
export { parseByline } from './byline.js'
export { parseBio } from './bio.js'
export { parseCreditLine, findInlineWireCredit, wireAgency } from './credit.js'

/** What is already known about the article, so text signals never contradict or repeat it. */
export interface TextSignalContext {
  /** Authors found in markup or bylines; a bio author is added only when there are none. */
  readonly authors: readonly string[]
  /** Credit already found (e.g. in metadata); text credits then only fill in when absent. */
  readonly originalSource: Credit | null
  /** Publication date already known (ISO); its year completes a year-less dateline. */
  readonly published: string | null
  /** The publishing site; a credit to the site itself ("WASHINGTON (CNN) —" on cnn.com) is no source. */
  readonly site?: { readonly name: string | null; readonly domain: string | null }
}

/** The paragraphs left after the cuts, and what the text said. */
export interface TextSignals {
  readonly paragraphs: string[]
  readonly removed: Removed[]
  /** Authors named by closing bios (empty when the context already had authors). */
  readonly authors: string[]
  /** Credit found in the text, or null when none was found or the context had one. */
  readonly originalSource: Credit | null
  readonly dateline: { place: string | null; date: string | null } | null
  /** A date inferred from the text: the dateline date, else the first full date of the opening paragraphs. */
  readonly referenceDate: string | null
}

/** Credit lines stand at the top or the bottom; a "Source:" line mid-article usually captions a chart. */
const HEAD = 3
const TAIL = 8
/** How far into the article the reference date and dateline are sought. */
const OPENING = 3

/** Reads credits, bios, the dateline and a reference date from an article's paragraphs. */
export function applyTextSignals(paragraphs: readonly string[], context: TextSignalContext): TextSignals {
  const cut = new Map<number, Removed>()
  let credit: Credit | null = null
  paragraphs.forEach((p, i) => {
    if (i >= HEAD && i < paragraphs.length - TAIL) return
    const line = parseCreditLine(p)
    if (!line) return
    cut.set(i, { text: p, reason: 'credit' })
    credit ??= line.credit
  })

  const authors: string[] = []
  for (let i = paragraphs.length - 1; i >= 0 && i >= paragraphs.length - TAIL; i--) {
    if (cut.has(i)) continue
    const author = parseBio(paragraphs[i] ?? '')
    if (author === null) break
    cut.set(i, { text: paragraphs[i] ?? '', reason: 'bio' })
    if (!authors.includes(author)) authors.unshift(author)
  }

  const kept = paragraphs.map((p, i) => ({ p, i })).filter(({ i }) => !cut.has(i))
  const opening = kept.slice(0, OPENING)
  const year = context.published
    ? Number(context.published.slice(0, 4))
    : (yearsIn(
        kept
          .slice(0, 6)
          .map((k) => k.p)
          .join('\n'),
      )[0] ?? null)
  let dateline: Dateline | null = null
  const lede = opening[0]
  if (lede) {
    dateline = parseWireDateline(lede.p, year)
    if (dateline && dateline.length >= lede.p.trim().length) cut.set(lede.i, { text: lede.p, reason: 'dateline' })
  }
  for (const { p } of opening) {
    if (dateline) break
    dateline = parseProseDateline(p, year)
  }
  if (!credit && dateline?.agency) credit = { name: dateline.agency, url: null }
  if (!credit && lede) credit = findInlineWireCredit(lede.p)?.credit ?? null

  if (credit && isSelf(credit, context.site)) credit = null
  const referenceDate =
    dateline?.date?.year != null
      ? dateline.date.value
      : firstFullDate(
          opening.map((k) => k.p),
          year,
        )
  return {
    paragraphs: paragraphs.filter((_, i) => !cut.has(i)),
    removed: [...cut.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r),
    authors: context.authors.length > 0 ? [] : authors,
    originalSource: context.originalSource ? null : credit,
    dateline: dateline ? { place: dateline.place, date: dateline.date?.year != null ? dateline.date.value : null } : null,
    referenceDate,
  }
}

/** A credit naming the publishing site itself ("BOSTON (WHDH) —" on whdh.com) is no outside source. */
function isSelf(credit: Credit, site: TextSignalContext['site']): boolean {
  if (!site) return false
  const key = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/[^\p{L}\p{N}]/gu, '')
  const name = key(credit.name.replace(/\.[a-z]{2,}$/i, ''))
  if (name.length < 2) return false
  const siteName = site.name ? key(site.name) : ''
  const domain = site.domain ? key(site.domain.replace(/\.[a-z]{2,}$/i, '')) : ''
  return siteName === name || (name.length >= 3 && (siteName.includes(name) || domain.includes(name)))
}

/** The first explicit full date of the opening paragraphs, else the first month-day given a known year. */
function firstFullDate(opening: readonly string[], year: number | null): string | null {
  const dates = opening.flatMap((p) => findDatelineDates(p))
  const explicit = dates.find((d) => d.year !== null && d.year >= 1900)
  if (explicit) return explicit.value
  const first = dates[0] ? withYear(dates[0], year) : null
  return first?.year != null ? first.value : null
}
