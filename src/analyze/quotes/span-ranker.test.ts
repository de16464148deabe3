import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bestCandidate, trainRanker } from './span-ranker.js'

test('should pick the candidate with the highest summed weight', () => {
  const w = new Map([
    ['a', 1],
    ['b', -2],
    ['c', 3],
  ])
  assert.equal(bestCandidate(w, [['a'], ['a', 'b'], ['c']]), 2)
  assert.equal(bestCandidate(w, []), -1)
})

test('should learn to prefer the feature that marks the right candidate, deterministically', () => {
  const examples = Array.from({ length: 20 }, (_, i) => ({
    candidates: [
      ['len=1', `w=${i % 3}`],
      ['len=2', 'next=friday', `w=${i % 3}`],
    ],
    gold: 1,
  }))
  const weights = trainRanker(examples, 3, 5)
  assert.equal(bestCandidate(new Map(Object.entries(weights)), [['len=1'], ['len=2', 'next=friday']]), 1)
  assert.deepEqual(trainRanker(examples, 3, 5), weights)
})
