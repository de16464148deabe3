import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of money talked about as a
// thing, read on a grant-maker's blog among the scrapinghub pages (issue 15): each coded AID at
// the rule-test bar before the rule; money with a giver or a recipient of its own, or under a
// verb of giving or getting, stays.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no aid on a grant or funds named as a thing', () => {
  const grant = typed('The foundation sees real risks to the success of this grant.')
  assert.ok(!grant.includes('AID grant'), grant.join(', '))
  const funds = typed('The new charities could use the funds more cost-effectively than the old ones.')
  assert.ok(!funds.includes('AID funds'), funds.join(', '))
})

test('should code no aid on money a sentence only says could be put to a use', () => {
  const earmarked = typed('The minister said some of those funds could be earmarked to help farmers.')
  assert.ok(!earmarked.includes('AID funds'), earmarked.join(', '))
})

test('should keep money given to someone, with its giver or under a verb of giving', () => {
  assert.ok(typed('We got funding for the film from a studio in March.').includes('AID funding'))
  assert.ok(typed('US funding for the Afghan army ended in 2021.').includes('AID funding'))
  assert.ok(typed('The European Union announced a grant of 20 million euros to Jordan for refugee camps.').includes('AID grant'))
})
