/**
 * The date grammar: one rule per kind of temporal expression English news uses (calendar
 * dates, weekdays, deictic words, "two days ago", quarters, years, decades, seasons, vague
 * references, clock times). Each rule is a regular expression and a function from its match to
 * a TimeML value, given what `resolve.ts` needs; the finder runs every rule and keeps the
 * longest non-overlapping matches.
 */
import { CARDINAL_WORDS_SOURCE, CARDINAL_WORD_SOURCE, ORDINAL_WORDS_SOURCE, parseCardinalWords, parseOrdinal } from '../../model/number-words.js'
import { addDays, formatDay, formatMonth, formatQuarter, formatYear, pad, weekday } from './calendar.js'
import { MONTH_ALONE_SOURCE, MONTH_SOURCE, WEEKDAY_SOURCE, monthNumber, weekdayNumber } from '../../model/dates/calendar-names.js'
import { DAY_NUMBER_SOURCE, DAY_PARTS, DAY_WORD_SOURCE, DECADE_WORDS, SEASONS, YEAR_SOURCE } from './lexicon.js'
import {
  anchoredDay,
  anchoredMonth,
  anchoredWeek,
  decadeValue,
  expandTwoDigitYear,
  quarterYear,
  reportingQuarter,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
  resolveWeekend,
  shiftDays,
  shiftMonths,
  shiftQuarters,
  shiftWeeks,
  shiftYears,
  type ResolveEnv,
} from './resolve.js'

/** What a rule makes of its match: a value, its type, and for days the clock time if any. */
export interface RuleValue {
  readonly value: string
  readonly type: 'DATE' | 'TIME'
  /** A day-precision value (`YYYY-MM-DD`) a neighbouring clock time can attach to. */
  readonly day?: boolean
  /** A clock time (`T17:00`) waiting for a neighbouring day. */
  readonly clock?: string
  /** An explicit year this expression states, which later "that year" refers to. */
  readonly anchorYear?: number
}

/** Named groups of a match. */
export type Groups = Readonly<Record<string, string | undefined>>

/** One grammar rule. */
export interface DateRule {
  readonly name: string
  readonly pattern: RegExp
  /** `pattern` with only the ASCII part of its leading lookbehind; `rule-scan.ts` checks the rest (it is faster). */
  readonly body: RegExp
  /** A cheap test every match of the rule passes: a text that fails it is not scanned. */
  readonly gate?: RuleGate
  /** Rejects a match from its surroundings (text before and after it). */
  readonly accept?: (groups: Groups, before: string, after: string) => boolean
  readonly resolve: (groups: Groups, env: ResolveEnv) => RuleValue | null
}

const L = '(?<![\\p{L}\\p{N}])'
const R = '(?![\\p{L}\\p{N}])'
// The ASCII part of L: cheap to test, so the body can keep it (rule-scan.ts checks the rest).
const ASCII_L = '(?<![A-Za-z0-9])'

/** Words one of which every match of a rule contains (lower case), and a regex it also passes. */
export interface RuleGate {
  readonly words?: readonly string[]
  readonly re?: RegExp
}

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const SEASON_WORDS = ['spring', 'summer', 'autumn', 'fall', 'winter']

// Per rule, what each of its matches must contain, so a text without it skips the rule: most
// articles have no season, holiday or "century", and a substring search of the lower-cased text
// costs far less than the rule. Each gate is implied by the rule's pattern below: keep them in
// step when editing a rule.
const GATES: ReadonlyMap<string, RuleGate> = new Map<string, RuleGate>([
  ['iso-date', { words: ['-'], re: /\d-\d\d-\d/ }],
  ['numeric-date', { words: ['/'], re: /\d\/\d/ }],
  ['month-day', { words: MONTH_WORDS }],
  ['day-month', { words: MONTH_WORDS }],
  ['month-year', { words: MONTH_WORDS }],
  ['month', { words: MONTH_WORDS }],
  ['weekday', { words: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
  ['holiday', { words: ['christmas', "year's", 'valentine', 'halloween', 'independence', 'thanksgiving'] }],
  ['deictic-day', { words: ['today', 'tomorrow', 'yesterday', 'tonight'] }],
  ['part-of-day', { words: ['morning', 'afternoon', 'evening', 'night'] }],
  [
    'ago',
    {
      words: ['ago', 'earlier', 'before', 'later', 'from now', 'hence', 'back'],
      re: /(?:days?|weeks?|months?|quarters?|years?|decades?|century|centuries)(?:\s+or\s+so)?\s+(?:ago|earlier|before|later|from now|hence|back)/i,
    },
  ],
  ['relative-unit', { words: ['week', 'month', 'year', 'quarter', 'decade', 'century', ...SEASON_WORDS] }],
  ['anaphoric-unit', { words: ['year', 'month', 'week', 'quarter', 'day'] }],
  ['year-end', { words: ['year'] }],
  ['in-the-unit', { words: ['earl', 'late'], re: /in\s+the\s+(?:day|week|month|year)/i }],
  ['ordinal-quarter', { words: ['quarter'] }],
  ['q-quarter', { words: ['q'], re: /q[1-4]|[1-4]q/i }],
  ['reporting-period', { words: ['quarter', 'period', 'year-ago', 'year-earlier'] }],
  ['half-year', { words: ['half'] }],
  ['year', { re: /1[5-9]\d\d|20\d\d/ }],
  ['spelled-year', { words: ['nineteen', 'eighteen', 'two thousand'] }],
  ['decade', { words: ['0s', "0's", 'ties'] }],
  ['century', { words: ['century'] }],
  ['season', { words: SEASON_WORDS }],
  ['present-ref', { words: ['now', 'current', 'present', 'days', 'moment', 'time'] }],
  ['past-ref', { words: ['recent', 'late', 'formerly', 'past', 'last'] }],
  ['future-ref', { words: ['future', 'soon', 'coming', 'ahead', 'term', 'later'] }],
  ['clock', { words: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'noon', 'midnight'] }],
])

const rule = (name: string, source: string, resolve: DateRule['resolve'], accept?: DateRule['accept']): DateRule => {
  const gate = GATES.get(name)
  return {
    name,
    pattern: new RegExp(`${L}(?:${source})${R}`, 'giu'),
    body: new RegExp(`${ASCII_L}(?:${source})${R}`, 'giu'),
    ...(gate ? { gate } : {}),
    resolve,
    ...(accept ? { accept } : {}),
  }
}

const date = (value: string | null, extra: Partial<RuleValue> = {}): RuleValue | null => (value === null ? null : { value, type: 'DATE', ...extra })
const day = (value: string | null, extra: Partial<RuleValue> = {}): RuleValue | null => date(value, { day: true, ...extra })

/** Fixed-date holidays news dates events by. */
const HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['christmas', [12, 25]],
  ['christmas eve', [12, 24]],
  ["new year's", [1, 1]],
  ["new year's eve", [12, 31]],
  ["valentine's", [2, 14]],
  ['halloween', [10, 31]],
  ['independence', [7, 4]],
])

const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const TEEN_WORD = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const UNIT_WORD = 'one|two|three|four|five|six|seven|eight|nine'
/** "nineteen ninety-six", "nineteen eighty", "two thousand (and) one". */
const SPELLED_YEAR = `(?:nineteen|eighteen)[\\s-]+(?:(?:${TENS_WORD})(?:-(?:${UNIT_WORD}))?|${TEEN_WORD}|hundred)|two thousand(?:[\\s-]+(?:and[\\s-]+)?(?:${TEEN_WORD}|${UNIT_WORD}|twenty(?:-(?:${UNIT_WORD}))?))?`
const ANY_YEAR = `${YEAR_SOURCE}|'\\d\\d|${SPELLED_YEAR}`

/** Year of a year group: digits, "'89" or words. */
function yearOf(text: string, env: ResolveEnv): number | null {
  const t = text.trim()
  if (/^\d{4}$/.test(t)) return Number(t)
  if (/^'\d\d$/.test(t)) return expandTwoDigitYear(Number(t.slice(1)), env)
  const words = t
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and')
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + (parseCardinalWords(words.slice(2).join(' ')) ?? 0)
  const century = parseCardinalWords(words[0] ?? '')
  if (century === null) return null
  if (words[1] === 'hundred') return century * 100
  const rest = parseCardinalWords(words.slice(1).join(' '))
  return rest === null ? null : century * 100 + rest
}

/** Year of a group that may also say "last year", "this year", "next year" or "the year". */
function relativeYear(text: string | undefined, env: ResolveEnv): number | null {
  if (text === undefined) return null
  if (/^the year$/i.test(text)) return env.ref?.y ?? null
  const rel = /^(last|this|next) year$/i.exec(text)
  if (rel) return env.ref ? env.ref.y + (rel[1]!.toLowerCase() === 'last' ? -1 : rel[1]!.toLowerCase() === 'next' ? 1 : 0) : null
  return yearOf(text, env)
}

/** A month word must be capitalized: "may" and "march" are verbs. */
const capitalized = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word)

function dayNumber(text: string): number {
  return /^\d/.test(text) ? Number.parseInt(text, 10) : (parseOrdinal(text) ?? 0)
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  return formatDay({ y, m, d })
}

const relation = (mod: string | undefined): 'last' | 'next' | 'this' | null => {
  const m = mod?.toLowerCase().replace(/\s+/g, ' ')
  if (m === undefined) return null
  if (/^(?:last|this past|the previous|previous|past|the past|the last)$/.test(m)) return 'last'
  if (/^(?:next|this coming|the following|following|coming|the coming|the next)$/.test(m)) return 'next'
  if (/^(?:this|the current|current)$/.test(m)) return 'this'
  return null
}

const PART = 'morning|afternoon|mid-afternoon|evening|night'
const partCode = (part: string | undefined): string | undefined => (part ? DAY_PARTS.get(part.toLowerCase()) : undefined)
/** A day value, or a TIME on that day when a part of the day is named. */
function dayWithPart(value: string | null, part: string | undefined): RuleValue | null {
  if (value === null) return null
  const code = partCode(part)
  return code ? { value: `${value}T${code}`, type: 'TIME' } : { value, type: 'DATE', day: true }
}

const NUMBER = `\\d+|${CARDINAL_WORDS_SOURCE}|a|an|a few|several|a couple(?: of)?|many`
function amount(text: string): number | null {
  const t = text.toLowerCase().trim()
  if (/^\d+$/.test(t)) return Number(t)
  if (t === 'a' || t === 'an') return 1
  if (/^a couple/.test(t)) return 2
  if (t === 'a few' || t === 'several' || t === 'many') return null
  return parseCardinalWords(t)
}

/** Value of "N units ago/later": at the unit's own granularity. */
function shifted(unit: string, n: number, env: ResolveEnv): string | null {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y')
  if (u === 'day') return shiftDays(env, n)
  if (u === 'week') return shiftWeeks(env, n)
  if (u === 'month') return shiftMonths(env, n)
  if (u === 'quarter') return shiftQuarters(env, n)
  if (u === 'year') {
    // In earnings reports "a year earlier" is the same quarter of the year before.
    if (env.quarterContext && Math.abs(n) === 1) return reportingQuarter(env, n)
    return shiftYears(env, n)
  }
  if (!env.ref) return null
  if (u === 'decade') return String(Math.floor((env.ref.y + 10 * n) / 10))
  if (u === 'century' || u === 'centurie') return pad(Math.floor((env.ref.y + 100 * n) / 100))
  return null
}

function ordinalQuarter(word: string): number | null {
  const n = parseOrdinal(word.toLowerCase())
  return n !== null && n >= 1 && n <= 4 ? n : null
}

/** Year shift a quarter's determiner implies ("last year's", "the year-ago"). */
function determinerYearShift(det: string | undefined): number {
  if (!det) return 0
  if (/last year's|year-(?:ago|earlier)|prior-year|previous year's|year-before/i.test(det)) return -1
  if (/next year's/i.test(det)) return 1
  return 0
}

const MOD = 'early|mid|late|the beginning of|the start of|the end of|the middle of|the first half of|the second half of|the rest of|the close of|the turn of'
const REL = 'this past|this coming|the past|the last|the coming|the current|the latest|the most recent|this|last|next'

/** Text before a sentence's first word: nothing, a sentence end, or an opening quote. */
const SENTENCE_START = /(?:^|[.!?:;]["”’')]?\s+|\n\s*|["“‘(]\s*)$/

/** Words before a bare month that make it a date ("in May", "since March"). */
const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|by|of|through|during|before|after|from|to|early|late|mid|last|this|next|for|between|and|or|on|around|since|throughout)\s+|-)$/i

/** Words after a four-digit number that make it a count, not a year. */
const NOT_YEAR_AFTER =
  /^(?:\s*(?:%|percent|per\b|times\b|[a-z]*(?:meters|metres|feet|miles|km|kg|tons|tonnes|barrels|shares|people|votes|units|points|yards|acres|hectares|employees|jobs|troops|soldiers|cases|deaths|members|students|workers|copies|cars|homes|pounds|dollars|yen)\b|[.,]\d)|[-–]\d{2,4}\s*(?:%|percent))/i
const NOT_YEAR_BEFORE =
  /(?:[$€£¥#]|\d[.,]|No\.\s*|\b(?:number|section|article|chapter|rule|room|flight|route|highway|interstate|resolution|model|bill|code|page|pages|item|suite|box|lot|unit|order)\s+|\bM|\bAH-?|-)$/i

/** The rules, most specific first (ties on length keep the earlier rule). */
export const DATE_RULES: readonly DateRule[] = [
  rule('iso-date', '(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<hh>\\d{2}):(?<mi>\\d{2}))?', (g) => {
    const v = ymd(Number(g['y']), Number(g['m']), Number(g['d']))
    if (v === null) return null
    if (g['hh'] !== undefined) return { value: `${v}T${g['hh']}:${g['mi']}`, type: 'TIME' }
    return day(v, { anchorYear: Number(g['y']) })
  }),

  rule('numeric-date', '(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})', (g, env) => {
    const a = Number(g['a'])
    const b = Number(g['b'])
    const yText = g['y']!
    const y = yText.length === 4 ? Number(yText) : expandTwoDigitYear(Number(yText), env)
    // Month first as in US wires, unless the first number cannot be a month.
    const v = a > 12 ? ymd(y, b, a) : ymd(y, a, b)
    return day(v, { anchorYear: y })
  }),

  rule(
    'month-day',
    `(?:(?<wd>${WEEKDAY_SOURCE}),?\\s+)?(?<mon>${MONTH_SOURCE})\\s*(?<day>${DAY_NUMBER_SOURCE}|${DAY_WORD_SOURCE})(?![\\p{L}\\p{N}])(?:,?\\s+(?<year>${ANY_YEAR}))?`,
    (g, env) => {
      const m = monthNumber(g['mon']!)
      const d = dayNumber(g['day']!)
      if (m === null || d < 1 || d > 31) return null
      const y = g['year'] !== undefined ? yearOf(g['year'], env) : null
      if (y !== null) return day(ymd(y, m, d), { anchorYear: y })
      const wd = g['wd'] !== undefined ? weekdayNumber(g['wd']) : null
      return day(resolveMonthDay(m, d, wd !== null ? { ...env, tense: null } : env))
    },
    (g, _before, after) => capitalized(g['mon']) && !/^\s*(?:%|percent\b|million\b|billion\b|[.,]\d)/i.test(after) && !(g['day'] !== undefined && /^\d{3,}/.test(g['day'])),
  ),

  rule(
    'day-month',
    `(?<day>${DAY_NUMBER_SOURCE})\\s+(?:of\\s+)?(?<mon>${MONTH_SOURCE})(?:,?\\s+(?<year>${ANY_YEAR}))?|the\\s+(?<dayw>${DAY_WORD_SOURCE}|${DAY_NUMBER_SOURCE})\\s+of\\s+(?<mon2>${MONTH_SOURCE})(?:,?\\s+(?<year2>${ANY_YEAR}))?`,
    (g, env) => {
      const m = monthNumber(g['mon'] ?? g['mon2']!)
      const d = dayNumber(g['day'] ?? g['dayw']!)
      if (m === null) return null
      const yText = g['year'] ?? g['year2']
      const y = yText !== undefined ? yearOf(yText, env) : null
      if (y !== null) return day(ymd(y, m, d), { anchorYear: y })
      return day(resolveMonthDay(m, d, env))
    },
    (g) => capitalized(g['mon'] ?? g['mon2']),
  ),

  rule(
    'month-year',
    `(?:(?<mod>${MOD})[\\s-]+)?(?<mon>${MONTH_SOURCE})(?:\\s+of)?,?\\s+(?<year>${ANY_YEAR}|last year|this year|next year)`,
    (g, env) => {
      const m = monthNumber(g['mon']!)
      const y = relativeYear(g['year'], env)
      return m === null || y === null ? null : date(formatMonth(y, m), /^\d{4}$/.test(g['year']!) ? { anchorYear: y } : {})
    },
    (g, _before, after) => capitalized(g['mon']) && !/^\s*(?:%|percent\b|[.,]\d)/i.test(after),
  ),

  rule(
    'month',
    `(?:(?<mod>${MOD}|this past|this coming|this|last|next)[\\s-]+)?(?<mon>${MONTH_ALONE_SOURCE})`,
    (g, env) => {
      const m = monthNumber(g['mon']!)
      if (m === null) return null
      return date(resolveMonth(m, env, relation(g['mod'])))
    },
    (g, before, after) => {
      if (!capitalized(g['mon'])) return false
      if (g['mod'] !== undefined) return true
      const mon = g['mon']!.toLowerCase()
      // Bare "May"/"March" need a preposition before them; names like "April Ryan" a non-name after.
      if ((mon === 'may' || mon === 'march') && !MONTH_CONTEXT.test(before)) return false
      if (/^\s+\p{Lu}\p{Ll}/u.test(after) && !MONTH_CONTEXT.test(before)) return false
      return true
    },
  ),

  rule(
    'weekday',
    `(?:(?<mod>last|this|next|this past|this coming|the previous|the following|early|late|earlier|later)\\s+)?(?<wd>${WEEKDAY_SOURCE})(?:\\s+(?<part>${PART}))?`,
    (g, env) => {
      const wd = weekdayNumber(g['wd']!)
      if (wd === null) return null
      const rel = relation(g['mod'])
      return dayWithPart(resolveWeekday(wd, env, rel === 'this' ? null : rel), g['part'])
    },
    // "every Sunday" is a recurring set, not a day on the calendar.
    (g, before) => capitalized(g['wd']) && !/\b(?:every|each)\s+(?:other\s+)?$/i.test(before),
  ),

  rule(
    'holiday',
    `(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's\\s+(?:Day|Eve)|Valentine's\\s+Day|Halloween|Independence\\s+Day|Thanksgiving(?:\\s+Day)?)(?:,?\\s+(?<year>${YEAR_SOURCE}))?`,
    (g, env) => {
      const h = g['h']!.toLowerCase().replace(/\s+/g, ' ')
      const y = g['year'] !== undefined ? Number(g['year']) : null
      if (h.startsWith('thanksgiving')) {
        // The fourth Thursday of November (US).
        const year = y ?? env.ref?.y
        if (year === undefined) return null
        const nov1 = weekday({ y: year, m: 11, d: 1 })
        return day(ymd(year, 11, 1 + ((4 - nov1 + 7) % 7) + 21))
      }
      const [m, d] = HOLIDAYS.get(h.replace(/ day$/, '')) ?? HOLIDAYS.get(h) ?? [0, 0]
      if (m === 0) return null
      return day(y !== null ? ymd(y, m, d) : resolveMonthDay(m, d, env))
    },
    (g, _before, after) => capitalized(g['h']) && !/^\s+(?:tree|trees|card|cards|party|parties|shopping|sales?|season|gifts?|decorations?|lights|carols?|music|movie|costumes?|candy)\b/i.test(after),
  ),

  rule(
    'deictic-day',
    `(?:(?<mod>early|late|earlier|later)\\s+)?(?<w>today|tomorrow|yesterday|tonight)(?:\\s+(?<part>${PART}))?|the day (?<ba>before yesterday|after tomorrow)`,
    (g, env) => {
      if (g['ba'] !== undefined) return day(shiftDays(env, g['ba'].startsWith('before') ? -2 : 2))
      const w = g['w']!.toLowerCase()
      if (w === 'tonight') return env.ref ? { value: `${formatDay(env.ref)}TNI`, type: 'TIME' } : null
      return dayWithPart(shiftDays(env, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0), g['part'])
    },
    // A capitalized "Today" inside a sentence names something ("USA Today", "VOA Today").
    (g, before) => g['w'] === undefined || g['mod'] !== undefined || !/^\p{Lu}/u.test(g['w']) || SENTENCE_START.test(before),
  ),

  rule('part-of-day', `(?:(?:later|earlier|early|late)\\s+)?this\\s+(?<part>morning|afternoon|evening)|last\\s+night|(?<mid>mid-?\\s?afternoon|mid-?\\s?morning)`, (g, env) => {
    if (!env.ref) return null
    const code = g['part'] ? partCode(g['part']) : g['mid'] ? (/after/i.test(g['mid']) ? 'AF' : 'MO') : 'NI'
    const base = g['part'] || g['mid'] ? env.ref : addDays(env.ref, -1)
    return { value: `${formatDay(base)}T${code}`, type: 'TIME', ...(g['mid'] ? { clock: `T${code}` } : {}) }
  }),

  rule(
    'ago',
    `(?:(?<approx>nearly|about|almost|some|roughly|around|more than|less than|over|just over|just under|only|exactly)\\s+)?(?<n>${NUMBER})[\\s-]+(?<unit>days?|weeks?|months?|quarters?|years?|decades?|century|centuries)(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|later|from now|hence|back)`,
    (g, env) => {
      const dir = g['dir']!.toLowerCase()
      const sign = dir === 'later' || dir === 'from now' || dir === 'hence' ? 1 : -1
      // "two days before/later" is anchored to another event; only "ago"/"earlier"/"from now" to the report.
      if (dir === 'before' || dir === 'later') return null
      const n = amount(g['n']!)
      if (n === null) return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF')
      const v = shifted(g['unit']!, sign * n, env)
      return /^(?:day|days)$/i.test(g['unit']!) ? day(v) : date(v)
    },
  ),

  rule(
    'relative-unit',
    `(?:(?<pre>${MOD}|earlier|later|sometime|so far)[\\s-]+)?(?<rel>${REL})\\s+(?:(?:fiscal|calendar)\\s+)?(?<unit>week(?:end)?|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)(?:\\s+or\\s+so)?`,
    (g, env) => {
      const relWord = g['rel']!.toLowerCase().replace(/\s+/g, ' ')
      const unit = g['unit']!.toLowerCase()
      const r = relation(relWord)
      const step = r === 'last' || relWord === 'the last' ? -1 : r === 'next' ? 1 : 0
      switch (unit) {
        case 'week':
          return date(shiftWeeks(env, step))
        case 'weekend':
          return date(resolveWeekend(env, step as -1 | 0 | 1))
        case 'month':
          return date(shiftMonths(env, step))
        case 'year':
          return date(shiftYears(env, relWord === 'the latest' ? -1 : step))
        case 'quarter':
          if (relWord === 'the latest' || relWord === 'the most recent') return date(reportingQuarter(env))
          return date(shiftQuarters(env, step))
        case 'decade':
          return env.ref ? date(String(Math.floor(env.ref.y / 10) + step)) : null
        case 'century':
          return env.ref ? date(pad(Math.floor(env.ref.y / 100) + step)) : null
        default: {
          const code = SEASONS.get(unit)
          if (!code || !env.ref) return null
          return date(`${formatYear(env.ref.y + (relWord === 'this past' ? 0 : step))}-${code}`)
        }
      }
    },
    // "This Week With David Brinkley": a capitalized unit is a title.
    (g) => !/^\p{Lu}\p{Ll}/u.test(g['unit']!),
  ),

  rule(
    'anaphoric-unit',
    `(?<det>the|that|the same|the full)\\s+(?:(?:fiscal|calendar)\\s+)?(?<unit>year|month|week|weekend|quarter|day)(?:\\s+(?<dir>before|earlier|after|later))?`,
    (g, env) => {
      const det = g['det']!.toLowerCase()
      const unit = g['unit']!.toLowerCase()
      const dir = g['dir']?.toLowerCase()
      const step = dir === 'before' || dir === 'earlier' ? -1 : dir === 'after' || dir === 'later' ? 1 : 0
      if (unit === 'year') {
        const base = det !== 'that' && det !== 'the same' && step === 0 ? env.ref?.y : (env.anchorYear ?? env.ref?.y)
        return base === undefined ? null : date(formatYear(base + step))
      }
      if (unit === 'quarter') return step === 0 ? date(reportingQuarter(env)) : null
      const anaphoric = det === 'that' || det === 'the same'
      // "the day" alone is rarely a date; "that day", "the day before" point at the last one named.
      if (unit === 'day') return anaphoric || step !== 0 ? day(anchoredDay(env, step)) : null
      if (step !== 0) return null
      if (unit === 'month') return date(anaphoric ? anchoredMonth(env, 0) : shiftMonths(env, 0))
      if (unit === 'week') return date(shiftWeeks(env, 0))
      return date(resolveWeekend(env, 0))
    },
    (_g, _before, after) => !/^\s*(?:of\b|-?(?:ago|earlier|long|round|old|end)\b)/i.test(after),
  ),

  rule(
    'year-end',
    `(?<since>since\\s+)?(?:the\\s+)?year[-\\s]end|year's\\s+end|the\\s+end\\s+of\\s+(?:the|this)\\s+year`,
    // "since year-end" looks back to the end of last year; otherwise the year under way.
    (g, env) => date(shiftYears(env, g['since'] !== undefined ? -1 : 0)),
  ),

  rule('in-the-unit', `(?:earlier|later|early|late)\\s+in\\s+the\\s+(?<unit>day|week|month|year)`, (g, env) => {
    const unit = g['unit']!.toLowerCase()
    if (unit === 'day') return day(shiftDays(env, 0))
    return date(unit === 'week' ? shiftWeeks(env, 0) : unit === 'month' ? shiftMonths(env, 0) : shiftYears(env, 0))
  }),

  rule('following-year', `the\\s+(?<dir>following|previous|preceding|prior|next)\\s+(?<unit>year|month|week|day)`, (g, env) => {
    // Anchored to the story's last explicit date when there is one ("in 1995 ... the following year").
    const step = /following|next/i.test(g['dir']!) ? 1 : -1
    const unit = g['unit']!.toLowerCase()
    if (unit === 'year') {
      const base = env.anchorYear ?? env.ref?.y
      return base === undefined ? null : date(formatYear(base + step))
    }
    if (unit === 'month') return date(anchoredMonth(env, step))
    if (unit === 'week') return date(anchoredWeek(env, step))
    return day(anchoredDay(env, step))
  }),

  rule(
    'ordinal-quarter',
    `(?:(?<det>the|this|last|next|that|its|this year's|last year's|next year's|the year-ago|the year-earlier|the comparable|the same|the company's|the latest|the current|the previous|the prior-year|the year-before)\\s+)?(?:(?<qy>${YEAR_SOURCE})\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?<year>${YEAR_SOURCE}|this year|last year|next year)|\\s+(?<year2>${YEAR_SOURCE}))?`,
    (g, env) => {
      const q = ordinalQuarter(g['ord']!)
      if (q === null) return null
      const explicit = g['qy'] ?? g['year'] ?? g['year2']
      const y = explicit !== undefined ? relativeYear(explicit, env) : quarterYear(q, env)
      if (y === null) return null
      const shift = explicit !== undefined ? 0 : determinerYearShift(g['det'])
      return date(formatQuarter(y + shift, q), explicit !== undefined && /^\d{4}$/.test(explicit) ? { anchorYear: y } : {})
    },
  ),

  rule(
    'q-quarter',
    `(?<qa>Q)(?<q>[1-4])(?:[\\s-]+(?<year>${YEAR_SOURCE}|'\\d\\d|FY\\d\\d))?|(?<year2>${YEAR_SOURCE})[\\s-]+(?<qb>Q)(?<q2>[1-4])|(?<q3>[1-4])(?<qc>Q)(?:\\s*(?<yy>\\d\\d))?`,
    (g, env) => {
      const q = Number(g['q'] ?? g['q2'] ?? g['q3'])
      const yText = g['year'] ?? g['year2'] ?? (g['yy'] !== undefined ? `'${g['yy']}` : undefined)
      const y = yText !== undefined ? yearOf(yText.replace(/^FY/i, "'"), env) : quarterYear(q, env)
      return y === null ? null : date(formatQuarter(y, q))
    },
    // Only a capital Q: rules match case-insensitively, and "q3" is rarely a quarter.
    (g) => (g['qa'] ?? g['qb'] ?? g['qc']) === 'Q',
  ),

  rule(
    'reporting-period',
    `(?<det>the latest|the most recent|the same|the year-ago|the year-earlier|the comparable|the comparable year-ago|the comparable year-earlier|the corresponding|the year-before|the prior-year|last year's|the (?<qy>${YEAR_SOURCE})|the|that|this|the current)\\s+(?:fiscal\\s+)?(?<unit>quarter|period)(?<tail>\\s+(?:a year (?:ago|earlier)|last year|of last year|the year before))?|(?<adj>year-(?:ago|earlier))(?:\\s+(?<unit2>quarter|period))?`,
    (g, env) => {
      const det = (g['det'] ?? '').toLowerCase()
      const unit = (g['unit'] ?? g['unit2'] ?? '').toLowerCase()
      if (g['adj'] !== undefined) {
        return date(unit || env.quarterContext ? reportingQuarter(env, -1) : shiftYears(env, -1))
      }
      if (g['qy'] !== undefined) {
        const rq = env.reportingQuarter
        return rq ? date(formatQuarter(Number(g['qy']), rq.q)) : null
      }
      if (g['tail'] !== undefined || determinerYearShift(det) !== 0) return date(reportingQuarter(env, -1))
      if (unit === 'period' && !/latest|most recent/.test(det)) return null
      if (det === 'this' || det === 'the current') return date(shiftQuarters(env, 0))
      return date(reportingQuarter(env))
    },
  ),

  rule(
    'half-year',
    `(?:the\\s+)?(?<h>first|second|last|latter)[\\s-]+half\\s+of\\s+(?:(?<year>${ANY_YEAR}|this year|last year|next year|the year)|the\\s+(?<dec>'\\d0s|${YEAR_SOURCE}s))|(?<h2>first|second)-half`,
    (g, env) => {
      if (g['dec'] !== undefined) {
        const digits = g['dec'].replace(/\D/g, '')
        return date(digits.length === 4 ? digits.slice(0, 3) : decadeValue(Number(digits[0]), env))
      }
      const h = /first/i.test(g['h'] ?? g['h2']!) ? 1 : 2
      const y = g['year'] !== undefined ? relativeYear(g['year'], env) : (env.ref?.y ?? null)
      return y === null ? null : date(`${formatYear(y)}-H${h}`)
    },
  ),

  rule(
    'year',
    `(?:(?<mod>${MOD}|fiscal|calendar|the year|the fiscal year|the calendar year|fiscal year|calendar year|year-end|the end of fiscal)[\\s-]+)?(?<year>${YEAR_SOURCE})(?:[-–/](?<y2>\\d{2}|\\d{4})(?![\\p{L}\\p{N}]))?`,
    (g) => {
      const y = Number(g['year'])
      return date(formatYear(y), { anchorYear: y })
    },
    (g, before, after) => {
      if (NOT_YEAR_BEFORE.test(before) && g['mod'] === undefined) return false
      if (NOT_YEAR_AFTER.test(after)) return false
      // "1800 GMT" is a clock time, "1600 Pennsylvania Avenue" an address.
      if (/^\s*(?:GMT|UTC|hours|hrs|local time)\b/i.test(after)) return false
      if (/^\s+(?:\p{Lu}\p{L}*\s+)+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Way|Place|Square)\b/u.test(after)) return false
      // A comma-grouped number ("1,990") or decimals are counts.
      if (/^[.,]\d/.test(after) || /\d[.,]$/.test(before)) return false
      return true
    },
  ),

  rule(
    'spelled-year',
    `(?<the>the year\\s+)?(?<year>(?:nineteen|eighteen)[\\s-]+(?:(?:${TENS_WORD})(?:-(?:${UNIT_WORD}))?)|two thousand(?:[\\s-]+(?:and[\\s-]+)?(?:${TEEN_WORD}|${UNIT_WORD}|twenty(?:-(?:${UNIT_WORD}))?))?)`,
    (g, env) => {
      const y = yearOf(g['year']!, env)
      return y === null ? null : date(formatYear(y), { anchorYear: y })
    },
    (g, before, after) =>
      // "two thousand" alone is usually a count; a year needs "the year" or a preposition before it.
      g['the'] !== undefined || ((!/^two thousand$/i.test(g['year']!) || /\b(?:in|of|since|by|until)\s+$/i.test(before)) && !/^\s+(?:\p{Ll}+s)\b/u.test(after)),
  ),

  rule(
    'decade',
    `(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<dec>1[5-9]\\d0|20\\d0)'?s|'(?<dd>\\d)0'?s)|the\\s+(?:(?:early|mid|late)[\\s-]+)?(?<dw>${[...DECADE_WORDS.keys()].join('|')})`,
    (g, env) => {
      if (g['dec'] !== undefined) return date(g['dec'].slice(0, 3))
      const tens = g['dd'] !== undefined ? Number(g['dd']) : (DECADE_WORDS.get(g['dw']!.toLowerCase()) ?? 0)
      return date(decadeValue(tens, env))
    },
    (g, _before, after) => g['dw'] === undefined || !/^\s+of\b/i.test(after),
  ),

  rule('century', `(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS_SOURCE})[\\s-]+century`, (g) => {
    const n = parseOrdinal(g['n']!.toLowerCase())
    return n === null || n < 1 ? null : date(pad(n - 1))
  }),

  rule(
    'season',
    `(?:(?<mod>early|late|mid|the early|the late|the|this|last|next|in)[\\s-]+)?(?<s>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<year>${ANY_YEAR}))?`,
    (g, env) => {
      const code = SEASONS.get(g['s']!.toLowerCase())
      if (!code) return null
      const y = g['year'] !== undefined ? yearOf(g['year'], env) : (env.ref?.y ?? null)
      return y === null ? null : date(`${formatYear(y)}-${code}`)
    },
    (g, _before, after) => {
      const s = g['s']!.toLowerCase()
      if (g['year'] !== undefined) return true
      // "fall" and "spring" are also verbs and nouns: only with a determiner, and not "the fall of".
      if ((s === 'fall' || s === 'spring') && (g['mod'] === undefined || /^in$/i.test(g['mod']))) return false
      if (/^\s+(?:of|in)\b/i.test(after)) return false
      // "summer camp", "winter storm": a season used as a modifier of a noun is not a date.
      if (/^\s+(?:olympics|games|storm|storms|weather|wheat|break|camp|session|months|holidays?|vacation|solstice|sales?|clothes|season)\b/i.test(after)) return false
      return true
    },
  ),

  rule(
    'present-ref',
    `(?:right\\s+|until\\s+|by\\s+|for\\s+|as\\s+of\\s+)?now|currently|presently|at\\s+present|these\\s+days|nowadays|at\\s+the\\s+moment|at\\s+this\\s+time|the\\s+present(?:\\s+time)?`,
    () => date('PRESENT_REF'),
    (_g, before, after) => !/^-/.test(after) && !/\b(?:from|than)\s+$/i.test(before),
  ),

  rule(
    'past-ref',
    `(?:more\\s+|until\\s+|only\\s+|most\\s+)?recently|lately|of\\s+late|formerly|in\\s+years\\s+past|(?:in\\s+)?recent\\s+(?:years|months|weeks|days|times|decades|quarters|weeks\\s+and\\s+months|months\\s+and\\s+years)|(?:in\\s+)?the\\s+(?:past|last)\\s+(?:few|several|couple\\s+of)\\s+(?:years|months|weeks|days|quarters|decades)|(?:in\\s+)?the\\s+past(?!\\s+(?:\\d|(?:${CARDINAL_WORD_SOURCE}|few|several|couple|years?|months?|weeks?|days?|decades?|century|centuries|quarters?|half|hours?|minutes?|weekend|spring|summer|autumn|fall|winter)\\b))|past\\s+(?:years|decades)`,
    () => date('PAST_REF'),
  ),

  rule(
    'future-ref',
    `(?:in\\s+)?the\\s+(?:(?:near|distant|foreseeable|not-too-distant|immediate)\\s+)?future|soon|(?:in\\s+)?(?:the\\s+)?(?:coming|upcoming)\\s+(?:days|weeks|months|years|decades|quarters)|(?:in\\s+)?the\\s+(?:days|weeks|months|years)\\s+ahead|(?:in\\s+)?the\\s+(?:near|short|long|medium)\\s+term|a\\s+later\\s+date|future\\s+(?:quarters|years|months)`,
    () => date('FUTURE_REF'),
    (_g, before, after) =>
      !(/\bas\s+$/i.test(before) && !/^\s+as\s+possible/i.test(after)) &&
      // "the future of our peoples" is a topic, not a time.
      !/^\s+(?:after|afterwards?|thereafter|of)\b/i.test(after),
  ),

  rule(
    'clock',
    `(?:(?:around|about|approximately|at)\\s+)?(?:(?<h>\\d{1,2})(?:[:.](?<mi>\\d\\d))?\\s*(?<ap>[ap]\\.m\\.|[ap]m(?![\\p{L}]))|(?<h24>[01]?\\d|2[0-3]):(?<m24>\\d\\d)(?=\\s*(?:GMT|UTC|local|hours|h\\b|[A-Z]{2,4}T\\b))|(?<hh4>[01]\\d|2[0-3])(?<mm4>[0-5]\\d)(?=\\s*(?:GMT|UTC|hours|hrs)\\b)|(?<nm>noon|midnight))(?:\\s+(?<tz>GMT|UTC|hours|hrs|local time|[ECMP][SD]T|BST|CET|CEST|KST|JST|MSK))?`,
    (g, env) => {
      let clock: string
      if (g['nm'] !== undefined) clock = g['nm'].toLowerCase() === 'noon' ? 'T12:00' : 'T24:00'
      else {
        let h = Number(g['h'] ?? g['h24'] ?? g['hh4'])
        const mi = g['mi'] ?? g['m24'] ?? g['mm4'] ?? '00'
        const ap = g['ap']?.toLowerCase().replace(/\./g, '')
        if (ap === 'pm' && h < 12) h += 12
        if (ap === 'am' && h === 12) h = 0
        if (h > 24) return null
        clock = `T${pad(h)}:${mi}`
      }
      return env.ref ? { value: `${formatDay(env.ref)}${clock}`, type: 'TIME', clock } : null
    },
    (g, before) => g['nm'] === undefined || !/\bhigh\s+$/i.test(before),
  ),
]
