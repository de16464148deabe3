import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addDays, daysInMonth, formatWeek, isValidDay, parseIsoDay, weekday } from './calendar.js'

test('should number ISO weeks across year boundaries', () => {
  assert.equal(formatWeek({ y: 2025, m: 5, d: 8 }), '2025-W19')
  assert.equal(formatWeek({ y: 2021, m: 1, d: 1 }), '2020-W53')
  assert.equal(formatWeek({ y: 2024, m: 12, d: 30 }), '2025-W01')
})

test('should know leap years, month lengths and weekdays', () => {
  assert.equal(daysInMonth(2024, 2), 29)
  assert.equal(daysInMonth(1900, 2), 28)
  assert.equal(isValidDay({ y: 2025, m: 4, d: 31 }), false)
  assert.equal(weekday({ y: 2025, m: 5, d: 4 }), 7)
  assert.deepEqual(addDays({ y: 2025, m: 3, d: 1 }, -1), { y: 2025, m: 2, d: 28 })
})

test('should read the day of an ISO date or date-time and refuse impossible days', () => {
  assert.deepEqual(parseIsoDay('1998-03-01T14:11:00'), { y: 1998, m: 3, d: 1 })
  assert.equal(parseIsoDay('2025-02-30'), null)
  assert.equal(parseIsoDay(null), null)
})
