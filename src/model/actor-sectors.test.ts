import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sectorCode } from './actor-sectors.js'

test('sector words and codes map to one CAMEO actor type code', () => {
  assert.equal(sectorCode('police'), 'COP')
  assert.equal(sectorCode('Government'), 'GOV')
  // The entity step writes "intelligence"; the export once dropped it.
  assert.equal(sectorCode('intelligence'), 'SPY')
  assert.equal(sectorCode('MIL'), 'MIL')
  assert.equal(sectorCode('toString'), null)
  assert.equal(sectorCode('weather'), null)
  assert.equal(sectorCode(undefined), null)
})
