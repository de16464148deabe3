import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { findEvents } from './index.js'
import { ruleCheck, testContext } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of false events read on
// real pages (issue 15): a harm someone is only in danger of, a question asked, a threat named
// again, the result of a killing. Each is coded without its rule at RULE_CHECK's low bar.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

const events = (text: string) => findEvents(testContext(models, text, []), RULE_CHECK)
const typed = (text: string): string[] => events(text).map((e) => `${e.type} ${e.trigger?.text}`)

test('should code no attack that someone is only in danger of', () => {
  assert.deepEqual(typed('When I asked the mayor whether the closure could put some residents in danger of being attacked, she declined to answer.'), [])
})

test('should code no request for a question asked, and keep what is asked about hypothetical', () => {
  const asked = events('"So is he going to open the investigation?" the president asked.')
  assert.ok(!asked.some((e) => e.type === 'REQUEST'))
  assert.ok(asked.every((e) => e.modality === 'hypothetical'))
  const shelled = events('The senator asked whether the army had shelled the village.')
  assert.deepEqual(
    shelled.map((e) => `${e.type} ${e.modality}`),
    ['ASSAULT hypothetical'],
  )
})

test('should code a threat named again only once, and a new threat again', () => {
  const first = 'The militia threatened to attack the camp on Monday.'
  assert.deepEqual(typed(`${first} Officials said the threat had also been sent to two other camps.`), ['THREATEN threatened'])
  assert.deepEqual(typed(`${first} Officials said a new threat from the army had also been sent to two other camps.`), ['THREATEN threatened', 'THREATEN threat'])
})

test('should code one attack for a killing and its result', () => {
  assert.deepEqual(typed('The gunman was shot dead by police after a chase.'), ['ASSAULT shot'])
  assert.ok(!typed('Two men were stabbed to death outside a bar on Sunday, police said.').includes('ASSAULT death'))
})
