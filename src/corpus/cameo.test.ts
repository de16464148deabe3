/** The PLOVER-to-CAMEO table agrees with the PLOVER manual's CAMEO2PLOVER-2021 conversion table. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { cameoRoot, cameoRoots, goldstein } from './cameo.js'
import { PLOVER_TYPES } from '../model/plover.js'
import { sharedPath } from '../testing/shared-data.js'

test('every PLOVER type maps to a CAMEO root the conversion table maps back to it', () => {
  const roots = new Map<string, Set<string>>()
  for (const line of readFileSync(sharedPath('data/nlp/plover/CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
    const m = /^(\d{2}):\s*([A-Z]+)/.exec(line)
    if (m) roots.set(m[2]!, new Set([...(roots.get(m[2]!) ?? []), m[1]!]))
  }
  for (const type of PLOVER_TYPES) {
    const root = cameoRoot(type)
    assert.ok(root && roots.get(type)?.has(root), `${type} -> ${root}, table: ${[...(roots.get(type) ?? [])].join(',')}`)
  }
  for (const { type, modes } of cameoRoots()) for (const root of Object.values(modes)) assert.ok(roots.get(type)?.has(root), `${type} mode root ${root}`)
})

test('conflict scores below zero and cooperation above', () => {
  assert.equal(cameoRoot('ASSAULT', 'firearms'), '19')
  assert.ok(goldstein('ASSAULT')! < goldstein('THREATEN')!)
  assert.ok(goldstein('AID')! > 0 && goldstein('ACCUSE')! < 0)
  assert.equal(goldstein('NOT_A_TYPE'), null)
})
