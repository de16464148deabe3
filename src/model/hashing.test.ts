import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fmix32 } from './hashing.js'

test('should give MurmurHash3 finalizer values, unsigned, whatever the sign or size of the 32-bit input', () => {
  // Stored models and signatures depend on these exact values: a change here changes every feature key.
  assert.equal(fmix32(0), 0)
  assert.equal(fmix32(1), 0x514e28b7)
  assert.equal(fmix32(0xdeadbeef), 0x0de5c6a9)
  assert.equal(fmix32(-1), fmix32(0xffffffff))
  assert.equal(fmix32(2 ** 32 + 1), fmix32(1))
})
