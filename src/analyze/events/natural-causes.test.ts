import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of false events read on
// real pages (issue 15): a death in a story of illness, a coroner's or a health inquiry, a safety
// advisory in a storm, rain that "meets" the ground, a war named only as a matter talked about.
// Every proposal from the rule-test bar is read, so the rule is what removes them.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no attack for a death from illness or medicine', () => {
  assert.deepEqual(typed('He had been suffering from pneumonia for weeks before his death.'), [])
  assert.deepEqual(typed('A post-mortem gave the cause of death as an overdose of sleeping pills.'), [])
})

test('should code no attack for a killing the parse leaves to an illness', () => {
  for (const text of [
    'Last spring, hikers were left stranded in the mountains after an outbreak of deadly cholera killed a couple after they drank from a stream.',
    'In May, tourists were left stranded in Mongolia after an outbreak of bubonic plague killed two hunters after they ate an infected marmot.',
  ]) {
    const events = typed(text)
    assert.ok(!events.includes('ASSAULT killed'), `${text}: ${events.join(', ')}`)
  }
})

test('should still code a killing by gunmen or rebels in a story of a storm or an epidemic', () => {
  assert.ok(typed('Gunmen stormed the village after the flood, killing 12 people.').includes('ASSAULT killing'))
  assert.ok(typed('The rebels, who were weakened by the epidemic, killed 12 soldiers in an ambush.').includes('ASSAULT killed'))
})

test('should code no accusation for a coroner or a health inquiry', () => {
  assert.deepEqual(typed('A coroner is still investigating the death of a retired teacher.'), [])
  assert.deepEqual(typed('Health officials carried out epidemiological investigations among the villagers.'), [])
})

test('should code no accusation for a study or an inquiry into a crash', () => {
  assert.deepEqual(typed('The agency will send a probe to the Moon to conduct science investigations.'), [])
  assert.deepEqual(typed('Investigators opened an investigation into the crash of the airliner.'), [])
  assert.ok(typed('Prosecutors opened an investigation into the minister over bribery.').includes('ACCUSE investigation'))
})

test('should still code a police inquiry into a death and a death at gunmen’s hands', () => {
  assert.ok(typed('Police are investigating the death of a man found in a flat in Leeds.').includes('ACCUSE investigating'))
  assert.ok(typed('Three people died after gunmen opened fire on a clinic.').includes('ASSAULT opened fire'))
})

test('should code no request or threat for a weather advisory by no one named', () => {
  assert.deepEqual(typed('Drivers are being advised to avoid the coast road until the storm has passed.'), [])
  assert.deepEqual(typed('Residents heeding the warnings issued by officials can limit the damage from the flooding.'), [])
  assert.ok(typed('The UN urged donors to send aid to flood victims in Pakistan.').includes('REQUEST urged'))
})

test('should code no war for a war that is only the matter of a remark or a description', () => {
  assert.deepEqual(
    typed('The minister was criticised for his silence on the conflict.').filter((t) => t.startsWith('ASSAULT')),
    [],
  )
  assert.deepEqual(typed('She said the war is a tragedy for everyone.'), [])
  assert.deepEqual(typed('The ministry said it was looking into a series of pauses in the conflict.'), [])
  assert.ok(typed('Russia’s war against Ukraine has killed thousands.').includes('ASSAULT war'))
  assert.ok(typed('In the war the regime has launched on its neighbour, thousands have been killed.').includes('ASSAULT war'))
})
