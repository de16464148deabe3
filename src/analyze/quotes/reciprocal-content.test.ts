import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isReciprocalOnly } from './reciprocal-content.js'
import { analyzedForQuotes as analyzed } from '../../testing/analyzed-text.js'

test('should read a content of only "each other" or "one another" as no words said', () => {
  assert.equal(isReciprocalOnly('each other'), true)
  assert.equal(isReciprocalOnly('One another.'), true)
  // The reason given after the pronoun is what was said.
  assert.equal(isReciprocalOnly('each other for not doing enough'), false)
  assert.equal(isReciprocalOnly('another'), false)
})

test('should drop blame traded among a group but keep what they accuse each other of', () => {
  const a = analyzed('The talks stalled in March, and the two parties are blaming each other.')
  assert.deepEqual(
    a.quotes.map((q) => q.text),
    [],
  )
  const b = analyzed('The two mayors have accused each other of hiding the cost of the new bridge from voters.')
  assert.ok(
    b.quotes.some((q) => /hiding the cost/.test(q.text)),
    JSON.stringify(b.quotes.map((q) => q.text)),
  )
})
