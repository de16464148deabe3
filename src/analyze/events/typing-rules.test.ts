import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { ruleCheck, testContext, type GivenEntity } from './test-context.js'
import { findEvents } from './index.js'

// The shipped detector, role model and parser: sentences written here in the shapes of events a
// real page or WikiEvents dev read wrongly (issue 15): a military strike typed as a work
// stoppage, an attack on a hospital or a doctor read as an illness topic, a debate to come coded
// as a promise, a "similar example" as the one who rejects, and agent nouns as triggers.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

function events(text: string, names: GivenEntity[] = []): ArticleEvent[] {
  return findEvents(testContext(models, text, names))
}

const coded = (text: string, names: GivenEntity[] = []): string[] => events(text, names).map((e) => `${e.type} ${e.trigger?.text}`)

test('should type strikes carried out on a target as an assault, and a strike of workers as a protest', () => {
  assert.deepEqual(
    coded('Russia carried out strikes on Ukrainian power stations overnight, officials said.', [
      ['Russia', 'GPE', 'RUS'],
      ['Ukrainian', 'NORP', 'UKR'],
    ]).filter((e) => e.endsWith(' strikes')),
    ['ASSAULT strikes'],
  )
  assert.deepEqual(
    findEvents(testContext(models, 'The governor has stood with nurses as they have been engaged in strikes over pay.', []), RULE_CHECK)
      .filter((e) => e.trigger?.text === 'strikes')
      .map((e) => `${e.type} strikes`),
    ['PROTEST strikes'],
  )
})

test('should code an attack on a hospital or a doctor, whose care words are no illness', () => {
  assert.ok(coded('Government jets bombed a hospital in the north of the country.').includes('ASSAULT bombed'))
  assert.ok(coded('Soldiers shot a doctor at a checkpoint.').includes('ASSAULT shot'))
  // An illness is still no target of an attack.
  assert.deepEqual(coded('Doctors fought the outbreak for weeks.'), [])
})

test('should code a debate to come as a consultation, not a promise', () => {
  const debate = events('The two senators will debate the bill next week.')
  assert.deepEqual(
    debate.map((e) => `${e.type} ${e.modality}`),
    ['CONSULT future'],
  )
  // A meeting to come with a partner is still the intention PLOVER codes as AGREE.
  assert.deepEqual(
    findEvents(testContext(models, 'The minister will visit Beijing next week.', [['Beijing', 'GPE', 'CHN']]), RULE_CHECK).map((e) => `${e.type} ${e.trigger?.text}`),
    ['AGREE visit'],
  )
})

test('should take the doer of an act from the of-phrase of "an example of"', () => {
  const reject = events('You would have to go far back in history to find a similar example of the French people so utterly rejecting the ruling party.', [['French', 'NORP', 'FRA']]).find(
    (e) => e.type === 'REJECT',
  )
  assert.equal(reject?.actorMention?.text, 'the French people')
})

test('should take no agent noun for a trigger', () => {
  const coded = (text: string): string[] => events(text).map((e) => `${e.type} ${e.trigger?.text}`)
  assert.deepEqual(coded('The mayor stressed the importance of closer collaboration between police forces and the army.'), [])
  // The act done to the forces is still coded.
  assert.ok(coded('The desert south of the river is rife with insurgents who continue to ambush pro-government forces, a monitor said.').includes('ASSAULT ambush'))
})

test('should code a release of captives as a retreat, and an announced one or a released report as before', () => {
  const typed = (text: string): string[] => findEvents(testContext(models, text, []), ruleCheck(models)).map((e) => `${e.type} ${e.trigger?.text}`)
  assert.ok(typed('The militia released twelve prisoners on Friday.').includes('RETREAT released'))
  assert.ok(!typed('The ministry released its annual report on Friday.').some((e) => e.startsWith('RETREAT')))
})
