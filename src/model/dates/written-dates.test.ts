import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findWrittenDates, formatDate } from './written-dates.js'
import { monthNumber, weekdayNumber } from './calendar-names.js'

test('should find every date in a text in order', () => {
  const found = findWrittenDates('Updated: 12.01.2020. First published 5 January 2019.').map((f) => formatDate(f.parts))
  assert.deepEqual(found, ['2020-01-12', '2019-01-05'])
})

test('should not take version numbers or times for dates', () => {
  assert.deepEqual(findWrittenDates('Version 1.2.3 released at 10:30, build 2019.1'), [])
})

test('should give every English month form the one month number, whatever the case and final period', () => {
  // The English forms datelines and the analysis grammar match: one lookup serves them and pages in other languages.
  const english = ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sept sep', 'october oct', 'november nov', 'december dec']
  english.forEach((forms, i) => {
    for (const form of forms.split(' ')) {
      for (const written of [form, form.toUpperCase(), `${form[0]!.toUpperCase()}${form.slice(1)}.`]) assert.equal(monthNumber(written), i + 1, written)
    }
  })
  assert.equal(monthNumber('März'), 3)
  assert.equal(monthNumber('Sonntag'), null)
  assert.equal(weekdayNumber('Thurs.'), 4)
  assert.equal(weekdayNumber('March'), null)
})

test('should read a dotted date typeset with spaces, thin or not, only with a four-digit year', () => {
  const found = (s: string): string[] => findWrittenDates(s).map((f) => formatDate(f.parts))
  assert.deepEqual(found('Vereinsnachrichten 7.\u20093.\u20092024.'), ['2024-03-07'])
  assert.deepEqual(found('Stand: 18. 11. 2023, 14 Uhr'), ['2023-11-18'])
  assert.deepEqual(found('Kapitel 3. 4. Absatz'), [])
  assert.deepEqual(found('am 3. 4. 24'), [])
})
