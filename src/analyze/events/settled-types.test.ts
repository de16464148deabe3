import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { ruleCheck, testContext, type GivenEntity } from './test-context.js'
import { findEvents } from './index.js'

// The shipped detector, role model and parser, on sentences written here in the shapes the
// reference example read wrongly (issue 15): military aid named by a noun whose modifiers name
// the material ("shell support" read as shelling, its actor the artillery), forces sent abroad
// typed as an accusation, and "demonstrates X" (shows) read as a protest.
const models = loadModels()
const RULE_CHECK = ruleCheck(models)

function events(text: string, names: GivenEntity[] = []): ArticleEvent[] {
  return findEvents(testContext(models, text, names))
}

const roles = (e: ArticleEvent | undefined): string[] => [e?.type ?? 'none', e?.actorMention?.text ?? '?', e?.recipientMention?.text ?? '?']

test('should code military aid named by a noun as AID from its possessor to its for/to phrase', () => {
  const shells = events('Analysts tied the new factory to Turkey’s artillery shell support for Azerbaijan.', [
    ['Turkey', 'GPE', 'TUR'],
    ['Azerbaijan', 'GPE', 'AZE'],
  ])
  assert.ok(!shells.some((e) => e.type === 'ASSAULT'), 'the shells are given, not fired')
  assert.deepEqual(roles(shells.find((e) => e.type === 'AID')), ['AID', 'Turkey’s', 'Azerbaijan'])
  // The roles of the settled type, however sure a detector is that the supplies are an event.
  const drones = findEvents(
    testContext(models, 'Iran’s drone supplies to Russia grew sharply last year.', [
      ['Iran', 'GPE', 'IRN'],
      ['Russia', 'GPE', 'RUS'],
    ]),
    RULE_CHECK,
  )
  assert.deepEqual(roles(drones.find((e) => e.type === 'AID')), ['AID', 'Iran’s', 'Russia'])
})

test('should code forces sent abroad as a deployment, negated where the clause denies it', () => {
  const sent = events('Chad sent soldiers to Mali on Monday.', [
    ['Chad', 'GPE', 'TCD'],
    ['Mali', 'GPE', 'MLI'],
  ])
  assert.deepEqual(roles(sent.find((e) => e.trigger?.text.startsWith('sent'))), ['MOBILIZE', 'Chad', 'Mali'])
  const never = events('Norway has never sent troops to a foreign parade.', [['Norway', 'GPE', 'NOR']])
  const deployment = never.find((e) => e.type === 'MOBILIZE')
  assert.equal(deployment?.actorMention?.text, 'Norway')
  assert.equal(deployment?.negated, true)
  // A letter sent is no deployment.
  assert.ok(!events('The ministry sent a letter to the embassy.').some((e) => e.type === 'MOBILIZE'))
})

test('should read "demonstrate" with an object as showing, and without one as a protest', () => {
  // At any confidence: the detector gives such sentences a protest it does not report by default.
  const all = (text: string, names: GivenEntity[] = []): ArticleEvent[] => findEvents(testContext(models, text, names), { minConfidence: 0.05 })
  assert.ok(!all('His visit demonstrates Japan’s support for the Philippines.', [['Japan', 'GPE', 'JPN']]).some((e) => e.type === 'PROTEST'))
  assert.ok(!all('The parade demonstrates China’s resolve.').some((e) => e.type === 'PROTEST'))
  assert.ok(!all('The test demonstrated that the missile can reach the coast.').some((e) => e.type === 'PROTEST'))
  // A passive shows too (issue 15, a real page: "as demonstrated by his abrupt departure" was a PROTEST).
  assert.ok(!all("Beijing is wary of the president's unpredictable behavior, as demonstrated by his abrupt departure from a meeting.").some((e) => e.type === 'PROTEST'))
  assert.ok(!all('The risks of the plan were demonstrated last year.').some((e) => e.type === 'PROTEST'))
  assert.ok(events('Thousands of students demonstrated outside parliament on Friday.').some((e) => e.type === 'PROTEST'))
})
