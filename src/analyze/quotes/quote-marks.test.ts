import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findQuotedSpans } from './quote-marks.js'

const quoted = (text: string): string[] => findQuotedSpans(text).map((q) => text.slice(q.start, q.end))

test('should pair curly, straight, guillemet and low-high quotation marks', () => {
  assert.deepEqual(quoted('He said “yes” and "no", then «peut-être» and „ja“.'), ['yes', 'no', 'peut-être', 'ja'])
})

test('should read typewriter doubled marks as one quotation', () => {
  assert.deepEqual(quoted("''It's anti-reform,'' he said."), ["It's anti-reform,"])
})

test('should close a quotation at a wrong-way closing mark', () => {
  const text = 'He remarked, “The emphasis… likely contributed to the increase of tanks. “. Next sentence.'
  assert.deepEqual(quoted(text), ['The emphasis… likely contributed to the increase of tanks. '])
})

test('should end an unclosed quotation at its paragraph and reopen in the next', () => {
  const text = '“First paragraph of the quote.\n\n“Second paragraph,” she said.'
  assert.deepEqual(quoted(text), ['First paragraph of the quote.', 'Second paragraph,'])
})

test('should not take apostrophes for single quotation marks', () => {
  assert.deepEqual(quoted('Russia’s army and the troops’ morale, ‘a test’ he called it'), ['a test'])
})
