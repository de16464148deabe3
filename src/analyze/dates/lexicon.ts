/**
 * Calendar words of English news: month and weekday names with their abbreviations, seasons,
 * parts of the day and decade words, as immutable lookups plus the regex sources the date
 * grammar is built from.
 */

const MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'jan']],
  [2, ['february', 'feb']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
]

const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_FORMS.flatMap(([n, forms]) => forms.map((f) => [f, n] as const)))

/** Month number (1-12) of a month name or abbreviation ("Sept.", "march"); null if not one. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null
}

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
])

/** ISO weekday (1 Monday ... 7 Sunday) of a weekday name; null if not one. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null
}

/** TimeML season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
])

/** TimeML part-of-day codes. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['mid-afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
])

/** Decade words ("the nineties") to the decade's tens digit. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
])

/** Month names: full forms, and abbreviations only with their period or before a number (checked by rules). */
export const MONTH_SOURCE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.?|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?'

/** Month names that stand alone as a date ("in January"): full forms and dotted abbreviations. */
export const MONTH_ALONE_SOURCE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.|Jan\\.|Feb\\.|Aug\\.|Oct\\.|Nov\\.|Dec\\.'

/** Weekday names, full forms and common abbreviations (abbreviations need their period). */
export const WEEKDAY_SOURCE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs)?\\.|Fri\\.|Sat\\.|Sun\\.'

/** A four-digit year a news text plausibly means (1500-2099). */
export const YEAR_SOURCE = '(?:1[5-9]\\d\\d|20\\d\\d)'

/** Day of month in digits, with an optional ordinal suffix. */
export const DAY_NUMBER_SOURCE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?'

/** Ordinal words that name a day of the month ("eighth", "twenty-first"). */
export const DAY_WORD_SOURCE =
  '(?:twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)'
