import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from '../../model/article.js'
import { loadModels } from '../models.js'
import { testContext } from './test-context.js'
import { findEvents } from './index.js'

// The shipped detector and parser. An attack on an illness is no political event ("combat
// addiction"), but hospitals, doctors and patients are health words that name places and people:
// shelling a hospital or arresting doctors is an event (issue 15: a bombed hospital was lost).
const models = loadModels()

function typesIn(text: string, names: Array<[string, Entity['type'], string?]> = []): string[] {
  return findEvents(testContext(models, text, names)).map((e) => `${e.type} ${e.trigger?.text}`)
}

test('should code an attack on a hospital and the arrest of doctors', () => {
  assert.ok(typesIn('Militants attacked the hospital on Sunday.').includes('ASSAULT attacked'))
  assert.ok(typesIn('Government troops shelled the main hospital in Aleppo.', [['Aleppo', 'GPE', 'SYR']]).includes('ASSAULT shelled'))
  assert.ok(typesIn('Soldiers arrested three doctors at the clinic.').includes('COERCE arrested'))
})

test('should still code no attack on an illness', () => {
  assert.deepEqual(
    typesIn('Health officials vowed to fight the virus in every province.').filter((t) => t.startsWith('ASSAULT')),
    [],
  )
})
