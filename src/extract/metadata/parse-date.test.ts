import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates, formatDate, isPlausibleDate, parseDateValue } from './parse-date.js'

const iso = (s: string, order: 'dmy' | 'mdy' = 'dmy'): string | null => {
  const p = parseDateValue(s, order)
  return p ? formatDate(p) : null
}

test('should keep an ISO date-time with its offset and fraction', () => {
  assert.equal(iso('2016-12-09T09:13:00.011Z'), '2016-12-09T09:13:00.011Z')
  assert.equal(iso('2016-12-09T09:13:00+0100'), '2016-12-09T09:13:00+01:00')
  assert.equal(iso('2016-12-09 09:13'), '2016-12-09T09:13:00')
  assert.equal(iso('2016-12-09'), '2016-12-09')
})

test('should read Unix timestamps and RFC 2822 dates as UTC', () => {
  assert.equal(iso('1481275980'), '2016-12-09T09:33:00Z')
  assert.equal(iso('Mon, 18 Mar 2019 10:00:00 GMT'), '2019-03-18T10:00:00Z')
})

test('should read dates written in words in several languages', () => {
  assert.equal(iso('18. März 2019'), '2019-03-18')
  assert.equal(iso('le 1er mars 2019'), '2019-03-01')
  assert.equal(iso('18 de marzo de 2019'), '2019-03-18')
  assert.equal(iso('18 marzo 2019'), '2019-03-18')
  assert.equal(iso('ngày 18 tháng 3 năm 2019'), '2019-03-18')
  assert.equal(iso('2019年3月18日'), '2019-03-18')
  assert.equal(iso('18 марта 2019'), '2019-03-18')
  assert.equal(iso('Dec. 9th, 2016'), '2016-12-09')
})

test('should add a printed time and US zone to a textual date', () => {
  assert.equal(iso('March 18, 2019 at 9:13 PM EST'), '2019-03-18T21:13:00-05:00')
})

test('should read ambiguous numeric dates day first unless the page is American', () => {
  assert.equal(iso('03/04/2019'), '2019-04-03')
  assert.equal(iso('03/04/2019', 'mdy'), '2019-03-04')
  assert.equal(iso('18/03/2019', 'mdy'), '2019-03-18')
  assert.equal(iso('18.03.19'), '2019-03-18')
})

test('should reject impossible calendar dates', () => {
  assert.equal(iso('2019-02-29'), null)
  assert.equal(iso('31 April 2019'), null)
  assert.equal(iso('2020-02-29'), '2020-02-29')
})

test('should find every date in a text in order', () => {
  const found = findDates('Updated: 12.01.2020. First published 5 January 2019.').map((f) => formatDate(f.parts))
  assert.deepEqual(found, ['2020-01-12', '2019-01-05'])
})

test('should not take version numbers or times for dates', () => {
  assert.deepEqual(findDates('Version 1.2.3 released at 10:30, build 2019.1'), [])
})

test('should reject future dates and dates before 1990 as publication dates', () => {
  const now = new Date('2020-06-01T00:00:00Z')
  assert.equal(isPlausibleDate({ year: 2020, month: 5, day: 31 }, now), true)
  assert.equal(isPlausibleDate({ year: 2021, month: 1, day: 1 }, now), false)
  assert.equal(isPlausibleDate({ year: 1985, month: 1, day: 1 }, now), false)
})

test('should read month names of more European and other languages', () => {
  assert.equal(iso('18 de março de 2019'), '2019-03-18')
  assert.equal(iso('18 maart 2019'), '2019-03-18')
  assert.equal(iso('18 marca 2019'), '2019-03-18')
  assert.equal(iso('18. března 2019'), '2019-03-18')
  assert.equal(iso('2019. március 18.'), '2019-03-18')
  assert.equal(iso('18 Μαρτίου 2019'), '2019-03-18')
  assert.equal(iso('18 Maret 2019'), '2019-03-18')
  assert.equal(iso('18. ožujka 2019.'), '2019-03-18')
  assert.equal(iso('18 مارس 2019'), '2019-03-18')
})

test('should read Thai dates in the Buddhist era', () => {
  assert.equal(iso('18 มี.ค. 2562'), '2019-03-18')
  assert.equal(iso('18 มีนาคม 2562'), '2019-03-18')
})

test('should read dates written with Arabic-Indic and full-width digits', () => {
  assert.equal(iso('١٨ مارس ٢٠١٩'), '2019-03-18')
  assert.equal(iso('２０１９年３月１８日'), '2019-03-18')
})
