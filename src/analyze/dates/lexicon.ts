/**
 * Calendar words of English news beyond month and weekday names (those are shared with
 * extraction in `model/dates/calendar-names`): seasons, parts of the day and decade words, as
 * immutable lookups plus the regex sources the date grammar is built from.
 */

/** TimeML season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
])

/** TimeML part-of-day codes. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['mid-afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
])

/** Decade words ("the nineties") to the decade's tens digit. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2],
  ['thirties', 3],
  ['forties', 4],
  ['fifties', 5],
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
])

/** A four-digit year a news text plausibly means (1500-2099). */
export const YEAR_SOURCE = '(?:1[5-9]\\d\\d|20\\d\\d)'

/** Day of month in digits, with an optional ordinal suffix. */
export const DAY_NUMBER_SOURCE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?'

/** Ordinal words that name a day of the month ("eighth", "twenty-first"). */
export const DAY_WORD_SOURCE =
  '(?:twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)'
