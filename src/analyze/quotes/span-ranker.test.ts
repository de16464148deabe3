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

test('should not train one of two equally right candidates down for the other', () => {
  // "“Yes.”" and "Yes." read as the same span: both are right, whichever a text lists first.
  const examples = Array.from({ length: 20 }, (_, i) => ({
    candidates: [['stray'], ['marks=1', 'shared'], ['marks=0', 'shared']],
    gold: i % 2 ? 1 : 2,
    golds: [1, 2],
  }))
  const weights = new Map(Object.entries(trainRanker(examples, 3, 5, 0)))
  // Once one right candidate wins, the other is never trained against it.
  assert.equal(weights.get('marks=0') ?? 0, 0)
  assert.ok((weights.get('shared') ?? 0) > (weights.get('stray') ?? 0))
  assert.notEqual(bestCandidate(weights, examples[0]!.candidates), 0)
  // With one of them alone called right, the two are trained against each other in turn.
  const single = trainRanker(
    examples.map(({ candidates, gold }) => ({ candidates, gold })),
    3,
    5,
    0,
  )
  assert.ok((single['marks=0'] ?? 0) > 0)
})
