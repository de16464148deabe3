/**
 * A page saved as text (what a scraper keeps of a news page) to an Article. The page still has
 * its chrome ("Loading Now", "Post Comment"), a headline, maybe a byline and a date line, then
 * the story, then credit lines and an author bio. This module finds the headline, cuts the chrome
 * and the byline, and hands the story paragraphs to the text signals shared with the HTML path.
 */
import type { Article, FieldSource, Removed } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { newArticle } from '../model/new-article.js'
import type { ExtractOptions } from './options.js'
import { decideLanguage, languageDiagnostics } from './language.js'
import { applyTextSignals, chromeReason, isMenuBlock, parseByline, parseCreditLine } from './text-signals/index.js'
import { findDatelineDates, withYear } from './text-signals/text-dates.js'

/** How many leading units may hold the headline, bylines and date lines. */
const HEAD_UNITS = 10

/** Extracts title, body and metadata from a page saved as plain text. */
export function extractFromPlainText(source: string, doc: RawDocument, _options: ExtractOptions): Article {
  const removed: Removed[] = []
  const units: string[] = []
  for (const block of blocksOf(source)) {
    if (isMenuBlock(block)) removed.push({ text: block.join('\n'), reason: 'chrome' })
    else for (const unit of unitsOf(block)) units.push(unit)
  }

  const kept: string[] = []
  const authors: string[] = []
  const fieldSources: Record<string, FieldSource> = {}
  let title: string | null = null
  let published: string | null = null
  let modified: string | null = null
  let inHead = true
  units.forEach((unit, index) => {
    const chrome = chromeReason(unit)
    if (chrome) {
      removed.push({ text: unit, reason: chrome })
      return
    }
    if (inHead && (index >= HEAD_UNITS || isProse(unit))) inHead = false
    if (inHead) {
      const byline = parseByline(unit)
      if (byline) {
        removed.push({ text: unit, reason: 'byline' })
        for (const a of byline.authors) if (!authors.includes(a)) authors.push(a)
        if (byline.date?.year != null) published ??= byline.date.value
        return
      }
      const dateLine = parseDateLine(unit)
      if (dateLine) {
        removed.push({ text: unit, reason: 'dateline' })
        // An "Updated:" line dates the last edit, not the publication.
        if (/^\s*(?:last\s+)?updated\b/i.test(unit)) modified ??= dateLine
        else published ??= dateLine
        return
      }
      if (title === null && isTitleLike(unit)) {
        title = unit
        return
      }
      // Above the headline, a label of a word or two is the site name or a section tab.
      if (title === null && wordCount(unit) < 3) {
        removed.push({ text: unit, reason: 'chrome' })
        return
      }
    }
    kept.push(unit)
  })

  const story = cutLabels(kept, removed)
  const signals = applyTextSignals(story, { authors, originalSource: null, published })
  removed.push(...signals.removed)
  if (authors.length > 0) fieldSources['authors'] = 'byline'
  else if (signals.authors.length > 0) fieldSources['authors'] = 'text'
  if (title !== null) fieldSources['title'] = 'text'
  if (published !== null) fieldSources['published'] = 'text'
  if (signals.dateline) fieldSources['dateline'] = 'text'
  if (signals.originalSource) fieldSources['originalSource'] = 'text'
  if (modified !== null) fieldSources['modified'] = 'text'
  const referenceDate = published ?? signals.referenceDate ?? modified
  if (referenceDate !== null) fieldSources['referenceDate'] = 'text'
  const { kept: removedKept, dropped } = boundRemoved(removed)
  const diagnostics: Article['diagnostics'] = []
  if (dropped > 0) diagnostics.push({ level: 'info', code: 'removed-truncated', message: `${dropped} more removed pieces were not listed` })
  const text = signals.paragraphs.join('\n\n')
  const language = decideLanguage(null, text, title)
  if (language.source === 'text') fieldSources['language'] = 'text'
  diagnostics.push(...languageDiagnostics(language))
  return newArticle({
    input: doc.input,
    text,
    title,
    url: doc.url ?? doc.hints?.url ?? null,
    authors: authors.length > 0 ? authors : signals.authors,
    published,
    ...(modified !== null ? { modified } : {}),
    referenceDate,
    dateline: signals.dateline,
    language: language.code,
    languageConfidence: language.confidence,
    originalSource: signals.originalSource,
    fieldSources,
    removed: removedKept,
    diagnostics,
  })
}

/** Most removed pieces listed; a page can repeat "Share" thousands of times. */
const MAX_REMOVED = 200

/** Keeps every credit, bio, byline and date line, and other cuts only up to the bound, in their original order. */
function boundRemoved(removed: readonly Removed[]): { kept: Removed[]; dropped: number } {
  if (removed.length <= MAX_REMOVED) return { kept: [...removed], dropped: 0 }
  // Credits, bios, bylines and date lines come from a bounded head and tail of the page.
  const important = (r: Removed): boolean => r.reason === 'credit' || r.reason === 'bio' || r.reason === 'byline' || r.reason === 'dateline'
  let room = Math.max(0, MAX_REMOVED - removed.filter(important).length)
  const kept = removed.filter((r) => important(r) || room-- > 0)
  return { kept, dropped: removed.length - kept.length }
}

/** A menu item or section label: a few words that do not end like a sentence. */
function isLabel(unit: string): boolean {
  return unit.length <= 40 && wordCount(unit) <= 4 && !/[.!?:;,"”’')]$/.test(unit) && parseCreditLine(unit) === null
}

/**
 * Cuts what reads as navigation once the headline is known: three or more labels in a row
 * anywhere, and labels after the last sentence of the story ("Most Popular", "World", "Sport").
 * Credit lines are left for the text signals.
 */
function cutLabels(units: readonly string[], removed: Removed[]): string[] {
  const cut = new Set<number>()
  for (let i = 0; i < units.length;) {
    let j = i
    while (j < units.length && isLabel(units[j] ?? '')) j++
    if (j - i >= 3) for (let k = i; k < j; k++) cut.add(k)
    i = j > i ? j : i + 1
  }
  let lastProse = -1
  units.forEach((u, i) => {
    if (isProse(u)) lastProse = i
  })
  if (lastProse >= 0) for (let i = lastProse + 1; i < units.length; i++) if (isLabel(units[i] ?? '')) cut.add(i)
  if (cut.size === 0) return [...units]
  units.forEach((u, i) => {
    if (cut.has(i)) removed.push({ text: u, reason: 'chrome' })
  })
  return units.filter((_, i) => !cut.has(i))
}

/** Blocks of non-empty lines separated by blank lines, each line trimmed. */
function blocksOf(source: string): string[][] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .split('\n')
  const blocks: string[][] = []
  let current: string[] = []
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim()
    if (line === '') {
      if (current.length) blocks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length) blocks.push(current)
  return blocks
}

/**
 * Paragraph units of a block. A hard-wrapped paragraph (long lines of similar length) is one
 * unit; otherwise each line is its own unit, as in pages saved one paragraph per line.
 */
function unitsOf(block: readonly string[]): string[] {
  if (block.length < 2) return [...block]
  const body = block.slice(0, -1)
  // Wrapped lines break mid-sentence; one-paragraph-per-line pages end every line with a stop.
  const ended = body.filter((l) => /[.!?:"”]$/.test(l)).length
  const wrapped = body.every((l) => l.length >= 40 && l.length <= 110) && ended * 2 < body.length + (body.length === 1 ? 0 : 1)
  return wrapped ? [block.join(' ')] : [...block]
}

/** A sentence-like paragraph: the story has begun. */
function isProse(unit: string): boolean {
  const n = wordCount(unit)
  return n >= 28 || (n >= 10 && /[.!?]["”’)]?$/.test(unit))
}

/** A headline: a handful of words, no sentence ending, not a label. */
function isTitleLike(unit: string): boolean {
  const n = wordCount(unit)
  return n >= 3 && n <= 30 && unit.length <= 250 && !/[.:;,]$/.test(unit)
}

/** A date on its own line, optionally labelled ("Published: May 8, 2025 10:32 AM"), as ISO. */
function parseDateLine(unit: string): string | null {
  // The label may be followed by a time before the date: "PUBLISHED: 22:07 GMT, 7 July 2012".
  const m =
    /^(?:(?:published|posted|updated|last updated|date|first published)\s*(?:on|at)?\s*:?\s*)?(?:\d{1,2}\s*[:.]\s*\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?(?:\p{L}+day,?\s+)?(.+)$/iu.exec(
      unit,
    )
  const rest = m?.[1] ?? ''
  if (rest.length > 60) return null
  const date = findDatelineDates(rest)[0]
  if (!date || date.start !== 0 || date.year === null) return null
  // Only a time of day and a zone may follow the date on such a line.
  const tail = rest.slice(date.end).trim()
  if (tail && !/^(?:[,|•·-]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i.test(tail)) return null
  return withYear(date, null).value
}

/** Words in a string, counted up to `cap`: callers only compare against small thresholds. */
function wordCount(s: string, cap = 64): number {
  let n = 0
  for (const _ of s.matchAll(/\S+/g)) if (++n >= cap) break
  return n
}
