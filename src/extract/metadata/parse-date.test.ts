import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatDate, type DayOrder } from '../../model/dates/written-dates.js'
import { isPlausibleDate, parseDateValue } from './parse-date.js'

/** Each case: what a page's date value says, how it reads it (ISO text, or null when it is no date), and the page's day order. */
const CASES: ReadonlyArray<{ readonly why: string; readonly cases: ReadonlyArray<readonly [string, string | null, DayOrder?]> }> = [
  {
    why: 'an ISO date-time keeps its offset and fraction',
    cases: [
      ['2016-12-09T09:13:00.011Z', '2016-12-09T09:13:00.011Z'],
      ['2016-12-09T09:13:00+0100', '2016-12-09T09:13:00+01:00'],
      ['2016-12-09 09:13', '2016-12-09T09:13:00'],
      ['2016-12-09', '2016-12-09'],
    ],
  },
  {
    why: 'Unix timestamps and RFC 2822 dates read as UTC',
    cases: [
      ['1481275980', '2016-12-09T09:33:00Z'],
      ['Mon, 18 Mar 2019 10:00:00 GMT', '2019-03-18T10:00:00Z'],
    ],
  },
  {
    why: 'dates written in words in several languages',
    cases: [
      ['18. März 2019', '2019-03-18'],
      ['le 1er mars 2019', '2019-03-01'],
      ['18 de marzo de 2019', '2019-03-18'],
      ['18 marzo 2019', '2019-03-18'],
      ['ngày 18 tháng 3 năm 2019', '2019-03-18'],
      ['2019年3月18日', '2019-03-18'],
      ['18 марта 2019', '2019-03-18'],
      ['Dec. 9th, 2016', '2016-12-09'],
      ['18 de março de 2019', '2019-03-18'],
      ['18 maart 2019', '2019-03-18'],
      ['18 marca 2019', '2019-03-18'],
      ['18. března 2019', '2019-03-18'],
      ['2019. március 18.', '2019-03-18'],
      ['18 Μαρτίου 2019', '2019-03-18'],
      ['18 Maret 2019', '2019-03-18'],
      ['18. ožujka 2019.', '2019-03-18'],
      ['18 مارس 2019', '2019-03-18'],
    ],
  },
  { why: 'a printed time and US zone are added to a textual date', cases: [['March 18, 2019 at 9:13 PM EST', '2019-03-18T21:13:00-05:00']] },
  {
    why: 'ambiguous numeric dates read day first unless the page is American',
    cases: [
      ['03/04/2019', '2019-04-03'],
      ['03/04/2019', '2019-03-04', 'mdy'],
      ['18/03/2019', '2019-03-18', 'mdy'],
      ['18.03.19', '2019-03-18'],
    ],
  },
  {
    why: 'impossible calendar dates are rejected',
    cases: [
      ['2019-02-29', null],
      ['31 April 2019', null],
      ['2020-02-29', '2020-02-29'],
    ],
  },
  {
    why: 'Thai dates count years in the Buddhist era',
    cases: [
      ['18 มี.ค. 2562', '2019-03-18'],
      ['18 มีนาคม 2562', '2019-03-18'],
    ],
  },
  {
    why: 'Arabic-Indic and full-width digits are read',
    cases: [
      ['١٨ مارس ٢٠١٩', '2019-03-18'],
      ['２０１９年３月１８日', '2019-03-18'],
    ],
  },
]

for (const { why, cases } of CASES) {
  test(`should read date values: ${why}`, () => {
    for (const [value, expected, order] of cases) {
      const parts = parseDateValue(value, order ?? 'dmy')
      assert.equal(parts ? formatDate(parts) : null, expected, value)
    }
  })
}

test('should reject future dates and dates before 1990 as publication dates', () => {
  const now = new Date('2020-06-01T00:00:00Z')
  assert.equal(isPlausibleDate({ year: 2020, month: 5, day: 31 }, now), true)
  assert.equal(isPlausibleDate({ year: 2021, month: 1, day: 1 }, now), false)
  assert.equal(isPlausibleDate({ year: 1985, month: 1, day: 1 }, now), false)
})
