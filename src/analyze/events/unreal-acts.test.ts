import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { findEvents } from './index.js'
import { ruleCheck, testContext } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of false events an
// independent review read on real pages (issue 15): acts only vowed, possible or of any kind,
// an inquiry that dates another act, nouns and modifiers read as acts (free speech, money
// sought, promised aid, tears), naming "call", "seized on", "taken for granted". Each false shape
// was coded at RULE_CHECK's low bar before its rule; the real acts beside them stay.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

const typed = (text: string, options: object = RULE_CHECK): string[] =>
  findEvents(testContext(models, text, []), options).map((e) => `${e.type} ${e.trigger?.text}${e.modality === 'hypothetical' ? ' (hypothetical)' : ''}`)

test('should code the assaults a caller vows as the vow, not as an assault', () => {
  const events = typed('The caller vowed to plant bombs in the station and launch assaults on the guards.', {})
  assert.ok(
    events.some((e) => e.startsWith('THREATEN vowed')),
    events.join(', '),
  )
  assert.ok(!events.some((e) => e.startsWith('ASSAULT')), events.join(', '))
})

test('should keep protests the parser hangs on a threat as their own event', () => {
  const events = typed('Police threatened to use live ammunition on them, as the latest round of anti-government protests escalates.')
  assert.ok(events.includes('PROTEST protests'), events.join(', '))
})

test('should code no attack that is only possible or of any kind', () => {
  assert.deepEqual(typed('Analysts warned that a bomb could be planted on a crowded train.'), [])
  assert.deepEqual(typed('Iran warned it would retaliate against any attack.'), [])
  // A doer named: the attack is a flagged possibility, not dropped.
  assert.deepEqual(typed('The army could launch an attack on the city within days.'), ['ASSAULT attack (hypothetical)'])
  assert.ok(typed('Explosions could still be heard this morning in the capital.').includes('ASSAULT Explosions'))
})

test('should code no inquiry that only dates another act', () => {
  assert.deepEqual(typed('In hindsight, it would have been wise to inform the board in the early stages of the investigation.'), [])
})

test('should code no act in the content of evidence nobody has', () => {
  assert.deepEqual(typed('There is no evidence that Iran supplied the weapons to the rebels.'), [])
  assert.ok(!typed('The sheriff condemned the protesters without offering any evidence that people were being paid to fight the pipeline.').includes('AID paid'))
  assert.ok(typed('Officials found evidence that Iran supplied the weapons to the rebels.').includes('AID supplied'))
})

test('should code no concession, pledge or release for an adjective before a noun', () => {
  assert.ok(!typed('The mayor said free speech was under attack.').includes('CONCEDE free'))
  assert.ok(!typed('The president’s promised aid never arrived.', {}).some((e) => e.startsWith('AGREE')))
  assert.deepEqual(typed('The released insurgents included a commander of the group.'), [])
  // After an auxiliary the word is the clause's verb.
  assert.ok(typed('Page has advised other companies to invest in them.').includes('REQUEST advised'))
})

test('should code no aid for money sought, and keep funding given', () => {
  assert.deepEqual(typed('The council is looking into funding for other repairs, according to the report.'), [])
  assert.ok(typed('The government provided funding to the rebel groups.').includes('AID funding'))
})

test('should code no attack for tears, no seizure for seizing on something or a decision taken', () => {
  assert.deepEqual(typed('I went home and just sat there in tears.'), [])
  assert.ok(!typed('The Kremlin believes that the U.S. has seized on demonstrations to effect regime change.').includes('COERCE seized'))
  assert.ok(typed('Rebels seized the town on Monday.').includes('COERCE seized'))
  assert.ok(!typed('Prosecutors told reporters the decision to drop the inquiry had been taken after interviews with witnesses.').includes('COERCE taken'))
})

test('should code no request for naming a thing with "call"', () => {
  assert.ok(!typed('The senator criticized what he called “experiments” in procurement.').includes('REQUEST called'))
})
