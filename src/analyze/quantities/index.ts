/**
 * The quantities analysis step: counts, amounts of money, percentages, ranges and ordinals in
 * the text, with their value and what they count ("29 foreign leaders" -> 29, "foreign
 * leaders"; "$1.2 billion" -> 1200000000, "USD"). Numbers inside date and time expressions
 * ("2015", "May 9", "5 p.m.") and inside names of things ("M2024", "F-16") are not quantities.
 */
import type { DateExpression, Quantity } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { CURRENCY_PREFIX_SOURCE, CURRENCY_WORD_SOURCE, currencyCode } from './currencies.js'
import { CARDINAL_WORDS_SOURCE, parseCardinalWords } from '../../model/number-words.js'
import { unitPhraseAfter } from './unit-phrase.js'

const QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ...[
    'nearly',
    'almost',
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
    'close to',
    'an estimated',
    'estimated',
    'more or less',
    'circa',
    'just over',
    'just under',
    'well over',
    'well under',
  ].map((w) => [w, 'approximate'] as const),
  ...['at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'greater than', 'above'].map((w) => [w, 'at-least'] as const),
  ...['up to', 'at most', 'less than', 'fewer than', 'under', 'no more than', 'as many as', 'as much as', 'below', 'not more than'].map((w) => [w, 'at-most'] as const),
])

const QUALIFIER_SOURCE = [...QUALIFIERS.keys(), 'between', 'from']
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, '\\s+')
const NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|${CARDINAL_WORDS_SOURCE}`
const SCALE = 'hundred|thousand|million|billion|trillion|bn|mn|tn|m|k'
const PERCENT = '%|\\s*percent(?:age points?)?|\\s*per\\s+cent|\\s*pct'

const NUMBER_END = '(?![\\p{L}\\p{N}]|[.,]\\d)'
const SCALED = `(?<num>${NUMBER})(?:[\\s-]?(?<scale>${SCALE})(?![\\p{L}\\p{N}]))?`

/**
 * The first number, with what may come before it: a qualifier and a currency. It must not
 * follow a letter, number, hyphen, period, comma or slash. The lookbehind here tests only ASCII
 * (cheap, and it lets V8 skip positions inside words); `headsAt` does the full Unicode test on
 * each match, which as a lookbehind V8 would run at every position of the text (slow).
 */
const HEAD = new RegExp(`(?<![A-Za-z0-9\\-.,/])(?:(?<qual>${QUALIFIER_SOURCE})\\s+)?(?<cur>${CURRENCY_PREFIX_SOURCE})?\\s?(?:(?<ord>\\d+(?:st|nd|rd|th))|${SCALED})${NUMBER_END}`, 'giu')
/** The upper end of a range ("to 15", "-15", "and 15" after "between"). */
const RANGE = new RegExp(`\\s*(?<sep>-|–|—|to|and|or)\\s*(?<cur>${CURRENCY_PREFIX_SOURCE})?${SCALED}${NUMBER_END}`, 'iuy')
/** A percent sign or word, or a currency word, after the number. */
const SUFFIX = new RegExp(`(?:(?<pct>${PERCENT})|\\s+(?<curw>${CURRENCY_WORD_SOURCE}))(?![\\p{L}\\p{N}])`, 'iuy')

const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
])

const NOT_BEFORE_HEAD = /[\p{L}\p{N}\-.,/]/u

/** True when a HEAD match may start at `i`: the code point before is none of NOT_BEFORE_HEAD. */
function headsAt(text: string, i: number): boolean {
  if (i === 0) return true
  const c = text.charCodeAt(i - 1)
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d || c === 0x2e || c === 0x2c || c === 0x2f)
  // A low surrogate ends an astral code point, which a lookbehind would read whole.
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1
  return !NOT_BEFORE_HEAD.test(String.fromCodePoint(text.codePointAt(from)!))
}

/** Finds quantities in the article text, outside the dates in `ctx.dates`. */
export function findQuantities(ctx: AnalysisContext): Quantity[] {
  const text = ctx.text
  // Quantities never overlap dates: the dates step runs first (the quantities step needs it).
  const dates = ctx.dates
  const out: Quantity[] = []
  let covered = 0
  HEAD.lastIndex = 0
  for (let m = HEAD.exec(text); m !== null; m = HEAD.exec(text)) {
    if (!headsAt(text, m.index)) {
      // Not a quantity here; one may start inside this match, so resume one code point on.
      HEAD.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1)
      continue
    }
    // The upper end of a range already taken is not a quantity of its own.
    if (m.index < covered) continue
    const q = toQuantity(m, text, dates)
    if (!q) continue
    out.push(q)
    covered = q.end
  }
  return shareUnits(out, text)
}

/** "the 70th and 60th celebrations", "between 5 and 10 troops": coordinated numbers share the unit. */
function shareUnits(quantities: Quantity[], text: string): Quantity[] {
  const out = [...quantities]
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!
    const next = out[i + 1]!
    if (q.unit === null && next.unit !== null && /^\s*(?:,\s*)?(?:and|or|,)\s*$/.test(text.slice(q.end, next.start))) {
      out[i] = { ...q, unit: next.unit }
    }
  }
  return out
}

function numberValue(text: string | undefined, scale: string | undefined): number | null {
  if (text === undefined) return null
  const digits = /^[\d.,]+$/.test(text)
  const base = digits ? Number(text.replace(/,/g, '')) : parseCardinalWords(text)
  if (base === null || !Number.isFinite(base)) return null
  const factor = scale ? (SCALES.get(scale.toLowerCase()) ?? 1) : 1
  return base * factor
}

function toQuantity(m: RegExpExecArray, text: string, dates: readonly DateExpression[]): Quantity | null {
  const g = m.groups ?? {}
  let start = m.index
  let end = start + m[0].length
  const qualText = g['qual']?.toLowerCase().replace(/\s+/g, ' ')
  const isRangeWord = qualText === 'between' || qualText === 'from'
  // A number after letters and a hyphen is part of a name ("F-16", "COVID-19"); so is "M2024" (no boundary).
  if (/\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start))) return null
  let cur = g['cur']
  let upperText: string | undefined
  let upperScale: string | undefined
  RANGE.lastIndex = end
  const range = RANGE.exec(text)
  // "and" joins a range only after "between"; otherwise "29 and 13" are two counts.
  if (range?.groups && g['ord'] === undefined && (range.groups['sep']!.toLowerCase() !== 'and' || qualText === 'between')) {
    upperText = range.groups['num']
    upperScale = range.groups['scale']
    cur ??= range.groups['cur']
    end = range.index + range[0].length
  }
  SUFFIX.lastIndex = end
  const suffix = g['ord'] === undefined ? SUFFIX.exec(text) : null
  if (suffix) end = suffix.index + suffix[0].length
  const pct = suffix?.groups?.['pct']
  const curWord = suffix?.groups?.['curw']
  // Abbreviated scales ("$5m", "2bn") only make sense for money.
  for (const sc of [g['scale'], upperScale]) {
    if (sc && ['m', 'k', 'bn', 'mn', 'tn'].includes(sc.toLowerCase()) && cur === undefined) return null
  }
  const numText = g['num']
  // A bare "one" or "a" is a pronoun or article far more often than a count.
  if (numText !== undefined && /^(?:one|a|an)$/i.test(numText) && !g['scale'] && !cur && !pct && !curWord && upperText === undefined) return null
  // "2015 and 2005": a number that is (part of) a date is not a quantity.
  if (dates.some((d) => d.start < end && start < d.end)) return null
  const value = g['ord'] !== undefined ? Number.parseInt(g['ord'], 10) : numberValue(numText, g['scale'])
  if (value === null) return null
  // "between 10 and 15 people": the upper end shares the scale unless it has its own.
  const upper = numberValue(upperText, upperScale ?? g['scale'])
  if (isRangeWord && upper === null) {
    // "between"/"from" without a range are not part of the quantity.
    start += m[0].toLowerCase().indexOf(qualText!) + qualText!.length
    while (/\s/.test(text[start] ?? '')) start++
  }
  let unit: string | null
  let qualifier: string | undefined = qualText && !isRangeWord ? QUALIFIERS.get(qualText) : undefined
  if (pct !== undefined) {
    unit = /point/i.test(pct) ? 'percentage points' : 'percent'
    qualifier ??= 'percent'
  } else if (cur !== undefined || curWord !== undefined) {
    unit = currencyCode((cur ?? curWord)!.trim())
    qualifier ??= 'money'
  } else {
    unit = unitPhraseAfter(text, end)
  }
  if (upper !== null && qualifier === undefined) qualifier = 'range'
  if (g['ord'] !== undefined) qualifier ??= 'ordinal'
  const span = text.slice(start, end).trimEnd()
  return {
    text: span,
    start,
    end: start + span.length,
    value,
    unit,
    ...(qualifier !== undefined ? { qualifier } : {}),
    ...(upper !== null ? { upper } : {}),
  }
}
