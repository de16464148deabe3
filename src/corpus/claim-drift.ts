/**
 * Claim drift: what changed between an origin and a copy or rewrite of it. Works on text alone:
 * numbers compared through the words that say what they count ("29 foreign leaders" became
 * "30 foreign leaders"), quotes that were reworded, and quotes credited to someone else.
 */
import { STOPWORDS } from './text-features.js'

/** One difference between the origin and another article. */
export interface ClaimDrift {
  readonly kind: 'number' | 'quote' | 'attribution'
  /** What the origin says, and where (offsets into the origin's text). */
  readonly origin: { readonly text: string; readonly start: number; readonly end: number }
  /** What the other article says instead, and where (offsets into its text). */
  readonly other: { readonly text: string; readonly start: number; readonly end: number }
  /** What the number counts, or who is quoted. */
  readonly context: string
}

interface NumberClaim {
  readonly value: string
  readonly context: string
  readonly text: string
  readonly start: number
  readonly end: number
}

const NUMBER_RE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*-?\s*(%|percent|per cent|million|billion|thousand|trillion))?((?:[\s-]+[\p{L}'’]+){1,3})/gu
const MONTH_WORDS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/
const UNIT_WORDS = new Set(['percent', 'million', 'billion', 'thousand', 'trillion', 'per', 'cent'])

/** One spelling per unit, so "80%" and "80 percent" are the same claim. */
function normalizeUnit(unit: string | undefined): string {
  if (!unit) return ''
  const u = unit.toLowerCase()
  return u === '%' || u === 'percent' || u === 'per cent' ? ' %' : ` ${u}`
}

/** Numbers with the content words that follow them: what they count. Years and times are left out. */
export function numberClaims(text: string): NumberClaim[] {
  const out: NumberClaim[] = []
  for (const m of text.matchAll(NUMBER_RE)) {
    const value = `${m[1]!.replace(/,/g, '')}${normalizeUnit(m[2])}`
    if (/^(1[89]|20)\d\d$/.test(m[1]!) && !m[2]) continue
    const words = (m[3] ?? '')
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !UNIT_WORDS.has(w))
    // Times of day and calendar dates ("10 Nov") are when it was written, not what it claims.
    if (words.length === 0 || /^(am|pm|a|p)$/.test(words[0]!) || MONTH_WORDS.test(words[0]!)) continue
    const context = words.slice(0, 2).join(' ')
    out.push({ value, context, text: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length })
  }
  return out
}

interface QuoteClaim {
  readonly text: string
  readonly words: readonly string[]
  readonly start: number
  readonly end: number
  /** The name next to the quote (`said Smith`, `Smith said`), if any. */
  readonly speaker: string | null
}

// Double quotes only (straight, curly, guillemets, ``TeX''): single quotes double as apostrophes.
const QUOTE_RE = /(?:["“«]|``)([^"“”«»`]{15,400}?)(?:["”»]|'')/gu
const SPEAKER_AFTER = /^[\s,]*(?:said|says|told|added|stated|wrote|according to)\s+((?:\p{Lu}[\p{L}.'’-]+\s?){1,3})/u
const SPEAKER_AFTER_NAME = /^[\s,]*((?:\p{Lu}[\p{L}.'’-]+\s?){1,3})\s(?:said|says|told|added|stated|wrote)/u

/** Quoted passages of at least four words, with the name credited next to them. */
export function quoteClaims(text: string): QuoteClaim[] {
  const out: QuoteClaim[] = []
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1]!
    const words = inner.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    if (words.length < 4) continue
    const start = m.index + m[0].indexOf(inner)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80)
    const speaker = (SPEAKER_AFTER.exec(after)?.[1] ?? SPEAKER_AFTER_NAME.exec(after)?.[1] ?? null)?.trim() ?? null
    out.push({ text: inner, words, start, end: start + inner.length, speaker })
  }
  return out
}

function wordJaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a)
  const sb = new Set(b)
  let shared = 0
  for (const w of sa) if (sb.has(w)) shared++
  const union = sa.size + sb.size - shared
  return union === 0 ? 0 : shared / union
}

/** Numbers, quotes and attributions that differ between an origin text and another text. */
export function claimDrift(originText: string, otherText: string): ClaimDrift[] {
  const drift: ClaimDrift[] = []
  const theirs = new Map<string, NumberClaim[]>()
  const theirValues = new Set<string>()
  for (const c of numberClaims(otherText)) {
    theirs.set(c.context, [...(theirs.get(c.context) ?? []), c])
    theirValues.add(c.value)
  }
  const seen = new Set<string>()
  for (const mine of numberClaims(originText)) {
    const others = theirs.get(mine.context)
    // A context that keeps its value anywhere in the other text did not drift; nor did a
    // number the other text still states somewhere (said in other words around it).
    if (!others || others.some((o) => o.value === mine.value) || seen.has(mine.context)) continue
    if (theirValues.has(mine.value)) continue
    seen.add(mine.context)
    const o = others[0]!
    drift.push({ kind: 'number', context: mine.context, origin: span(mine), other: span(o) })
  }
  const otherQuotes = quoteClaims(otherText)
  for (const q of quoteClaims(originText)) {
    let best: QuoteClaim | null = null
    let bestScore = 0
    for (const o of otherQuotes) {
      const score = wordJaccard(q.words, o.words)
      if (score > bestScore) {
        best = o
        bestScore = score
      }
    }
    if (!best || bestScore < 0.5) continue
    if (q.words.join(' ') !== best.words.join(' ')) drift.push({ kind: 'quote', context: q.speaker ?? '', origin: span(q), other: span(best) })
    if (q.speaker && best.speaker && !sameName(q.speaker, best.speaker))
      drift.push({ kind: 'attribution', context: q.text.slice(0, 60), origin: { text: q.speaker, start: q.start, end: q.end }, other: { text: best.speaker, start: best.start, end: best.end } })
  }
  return drift
}

const span = (c: { text: string; start: number; end: number }): { text: string; start: number; end: number } => ({ text: c.text, start: c.start, end: c.end })

/** "Smith" and "John Smith" are the same speaker. */
function sameName(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const wa = words(a)
  const wb = words(b)
  return wa.some((w) => wb.includes(w))
}
