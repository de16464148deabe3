import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TAG_COUNT } from './labels.js'
import { decodeModel, encodeModel } from './model-file.js'

test('should keep weights through encoding, dropping tiny ones and empty features', () => {
  const weights = new Float32Array(3 * TAG_COUNT)
  weights[0 * TAG_COUNT + 1] = 2.5
  weights[0 * TAG_COUNT + 4] = -1.25
  weights[1 * TAG_COUNT + 2] = 0.001
  weights[2 * TAG_COUNT + 16] = 0.75
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT).fill(0.5)
  const decoded = decodeModel(encodeModel({ featureNames: ['w=Kim', 'w=tiny', 'l=seoul'], weights, transitions }, 0.01))
  assert.deepEqual([...decoded.features.keys()], ['w=Kim', 'l=seoul'])
  const row = (name: string, tag: number): number => decoded.weights[decoded.features.get(name)! * TAG_COUNT + tag]!
  assert.ok(Math.abs(row('w=Kim', 1) - 2.5) < 1e-3)
  assert.ok(Math.abs(row('w=Kim', 4) + 1.25) < 1e-3)
  assert.ok(Math.abs(row('l=seoul', 16) - 0.75) < 1e-3)
  assert.equal(decoded.transitions[5], 0.5)
})

test('should carry the confidence calibration through encoding', () => {
  const arrays = { featureNames: ['b'], weights: new Float32Array(TAG_COUNT).fill(1), transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT) }
  assert.deepEqual(decodeModel(encodeModel({ ...arrays, calibration: [0.04, 2.5] }, 0.01)).calibration, [0.04, 2.5])
})
