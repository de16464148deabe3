import { test } from 'node:test'
import assert from 'node:assert/strict'
import { FeatureTable } from './feature-table.js'
import { key1, key2 } from './hash.js'
import { Perceptron } from './perceptron.js'
import { SparseModel } from './sparse-model.js'

test('should learn a separable problem and keep its answers through freezing and bytes', () => {
  // Class = which of three words is present.
  const p = new Perceptron(3)
  const keys = new Int32Array(2)
  const scores = new Float64Array(3)
  for (let epoch = 0; epoch < 5; epoch++) {
    for (let c = 0; c < 3; c++) {
      keys[0] = key1(1, c)
      keys[1] = key1(2, 0)
      p.score(keys, 2, scores)
      let guess = 0
      for (let k = 1; k < 3; k++) if (scores[k]! > scores[guess]!) guess = k
      p.update(keys, 2, c, guess)
      p.tick()
    }
  }
  const frozen = p.freeze(0)
  const copy = SparseModel.fromBytes(frozen.toBytes())
  for (let c = 0; c < 3; c++) {
    keys[0] = key1(1, c)
    keys[1] = key1(2, 0)
    const a = new Float64Array(3)
    const b = new Float64Array(3)
    frozen.score(keys, 2, a)
    copy.score(keys, 2, b)
    assert.deepEqual(Array.from(a), Array.from(b))
    assert.equal(a.indexOf(Math.max(...a)), c)
  }
  assert.equal(copy.features, frozen.features)
})

test('should map keys to rows in insertion order across growth', () => {
  const t = new FeatureTable(4)
  const keys = Array.from({ length: 1000 }, (_, i) => key2(9, i, i * 7))
  keys.forEach((k, i) => assert.equal(t.add(k), i))
  keys.forEach((k, i) => assert.equal(t.get(k), i))
  assert.equal(t.get(key2(9, -1, 5)), -1)
  assert.equal(t.size, 1000)
})

test('should find every kept weight and nothing else, whatever order rows fill the table in', () => {
  // Thousands of features with one to all classes set, so slots collide and rows of different
  // sizes are placed first (see `insertionOrder`); two class counts: 12-byte and 16-byte slots.
  for (const classes of [4, 7]) {
    const table = new FeatureTable(4096)
    const rows = 5000
    const weights = new Float32Array(rows * classes)
    for (let r = 0; r < rows; r++) {
      table.add(key2(3, r, classes))
      // Row r keeps classes c with (r + c) % (c + 2) === 0 or c === r % classes: 1..classes entries.
      for (let c = 0; c < classes; c++) if ((r + c) % (c + 2) === 0 || c === r % classes) weights[r * classes + c] = ((r % 13) - 6.5) * (c + 1)
    }
    const model = SparseModel.fromBytes(SparseModel.fromDense(table, weights, classes, 0.1).toBytes())
    const keys = new Int32Array(3)
    const got = new Float64Array(classes)
    for (let r = 0; r < rows; r += 7) {
      keys[0] = key2(3, r, classes)
      keys[1] = key2(4, r, classes) // absent
      model.score(keys, 2, got)
      for (let c = 0; c < classes; c++) assert.ok(Math.abs(got[c]! - weights[r * classes + c]!) < 0.01, `row ${r} class ${c}: ${got[c]} against ${weights[r * classes + c]}`)
    }
    keys[0] = key2(4, 1, classes)
    model.score(keys, 1, got)
    assert.deepEqual(Array.from(got), new Array<number>(classes).fill(0))
  }
})
