import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findQuotedSpans, lastOfQuotation } from './quote-marks.js'

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

test('should read AP-style doubled apostrophes around a quotation and its speaker after it', () => {
  assert.deepEqual(quoted("''I'm super excited,'' says Maura McLaughlin. ''It's a first.''"), ["I'm super excited,", "It's a first."])
})

test('should read guillemets with French inner spaces and the German reversed order', () => {
  assert.deepEqual(quoted('« Nous ne céderons pas », a déclaré le ministre. Er sagte: »Nein, nie.« Dann ‹oui›.'), ['Nous ne céderons pas', 'Nein, nie.', 'oui'])
})

test('should read straight single quotes in headlines but not years, contractions or plural possessives', () => {
  assert.deepEqual(quoted("Trump Was 'Mocking' Clinton Camp; rock 'n' roll in the '90s and the boys' toys"), ['Mocking'])
})

test('should read corner brackets', () => {
  assert.deepEqual(quoted('彼は「行かない」と言った'), ['行かない'])
})

test('should continue a quotation left open at a paragraph end into the next paragraph that opens with a mark', () => {
  const text = 'Jones said: “We build the road first.\n\n“Then we build the bridge.”\n\n“A new quote,” Smith said.'
  const spans = findQuotedSpans(text)
  assert.deepEqual(
    spans.map((q) => [text.slice(q.start, q.end), q.closed, q.continues]),
    [
      ['We build the road first.', false, false],
      ['Then we build the bridge.', true, true],
      ['A new quote,', true, false],
    ],
  )
  assert.equal(text.slice(spans[0]!.start, lastOfQuotation(spans, 0).end), 'We build the road first.\n\n“Then we build the bridge.')
})

test('should not continue a quotation into a paragraph that does not open with a mark', () => {
  const text = 'He said: “We build the road.\n\nThe council voted “no” later.'
  assert.deepEqual(
    findQuotedSpans(text).map((q) => q.continues),
    [false, false],
  )
})

test('should continue a quotation only with the mark that opened it', () => {
  const text = '"Kevin was snoring.\n\n“Here he is,” she said.'
  assert.deepEqual(
    findQuotedSpans(text).map((q) => q.continues),
    [false, false],
  )
})
