import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes read on WikiEvents dev and
// real pages (issue 15): a suggestion that states, a plea to a charge and a danger something poses
// are no REQUEST or THREATEN; the asking and threatening shapes of the same words stay.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no request for a suggestion that states or forecasts', () => {
  assert.ok(!typed('Some analysts suggest that the protests and the new tariffs will spread.').includes('REQUEST suggest'))
  assert.ok(!typed('A report published in 1990 suggested that his part in the plot had been small.').includes('REQUEST suggested'))
})

test('should still code a suggestion that asks for an act as a request', () => {
  assert.ok(typed('The minister suggested that the two delegations meet again next week.').includes('REQUEST suggested'))
  assert.ok(typed('Officials in Rome have suggested that the treaty be rewritten.').includes('REQUEST suggested'))
})

test('should code no request for a plea to a charge', () => {
  assert.ok(!typed('A driver from Ohio on Monday pleaded not guilty to charges of lying to investigators.').some((e) => e.startsWith('REQUEST')))
  assert.ok(!typed('The former aide pleaded guilty to fraud.').some((e) => e.startsWith('REQUEST')))
  // A date between the plea and its charge: the parse hung "guilty" on "Monday".
  assert.ok(!typed('A New York man pleaded guilty Monday to threatening to kill a congresswoman in March, prosecutors said.').some((e) => e.startsWith('REQUEST')))
})

test('should still code pleading with someone for something as a request', () => {
  assert.ok(typed('Families of the hostages pleaded with the government to negotiate.').includes('REQUEST pleaded'))
})

test('should code no threat for a danger something poses or carries', () => {
  assert.deepEqual(
    typed('Greenpeace warned of the threat it poses to the coral reefs.').filter((e) => e.startsWith('THREATEN threat')),
    [],
  )
  assert.ok(!typed('Syria poses a serious threat to the region.').some((e) => e.startsWith('THREATEN')))
  assert.ok(!typed('He awaits trial on charges that carry the threat of execution.').some((e) => e.startsWith('THREATEN')))
})

test('should still code a threat an actor makes', () => {
  assert.ok(typed('Iran threatened to close the strait.').includes('THREATEN threatened'))
})
