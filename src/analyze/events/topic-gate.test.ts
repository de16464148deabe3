import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newArticle } from '../../model/new-article.js'
import { analyze, loadModels } from '../index.js'
import { hasPoliticalSide, isGatedByTopic, isOffPublicLife } from './topic-gate.js'
import { findEvents } from './index.js'
import { testContext } from './test-context.js'

const models = loadModels()

const REVIEW = [
  'The combat is the heart of the game, and it mostly works.',
  'Enemy attacks track you a little too well, and the wildlife is the most frustrating to fight because they come in groups.',
  'The trick is learning which attacks to roll through and which to block, which makes sense for a boss fight.',
  'The soundtrack is lovely, the levels are huge, and the story of the young Jedi is worth the forty hours it takes.',
  'On a console the game runs smoothly, though the loading screens are long and the map is hard to read.',
].join(' ')

const SPORT = [
  'The home side won the cup final 2-1 after extra time, with the winning goal coming from a corner in the 112th minute.',
  'Police arrested two fans after the match for throwing flares onto the pitch, the club said.',
  'The coach praised his players for their stamina and said the team would celebrate with a parade on Sunday.',
  'The league title race goes on next week, when the champions visit the leaders in a match that could decide the season.',
].join(' ')

test('should keep no combat events in a game review: its topics are off public life and no side is political', () => {
  const a = analyze(newArticle({ input: 'review.txt', text: REVIEW, title: 'Star Wars Jedi: Fallen Order review – a game that shoots for the moon' }), { models })
  assert.ok(isOffPublicLife(a.topics ?? []), JSON.stringify(a.topics))
  assert.deepEqual(
    a.events.map((e) => e.trigger?.text),
    [],
  )
  // The same sentences with no topic on the context: the detector alone reads the attacks as acts.
  const ungated = findEvents(testContext(models, REVIEW, []))
  assert.ok(
    ungated.some((e) => e.type === 'ASSAULT'),
    JSON.stringify(ungated.map((e) => `${e.type} ${e.trigger?.text}`)),
  )
})

test('should keep a police arrest in a sports story, and say which sides are political', () => {
  const a = analyze(newArticle({ input: 'final.txt', text: SPORT, title: 'Home side win the cup final in extra time' }), { models })
  assert.ok(isOffPublicLife(a.topics ?? []), JSON.stringify(a.topics))
  const arrest = a.events.find((e) => e.trigger?.text === 'arrested')
  assert.ok(arrest, JSON.stringify(a.events.map((e) => `${e.type} ${e.trigger?.text} ${e.actorSector}`)))
  assert.equal(arrest.actorSector, 'COP')
  assert.deepEqual(
    a.events.map((e) => e.id),
    a.events.map((_, i) => `v${i + 1}`),
    'ids stay numbered in order',
  )
  assert.equal(hasPoliticalSide({ actorSector: 'BUS', recipientSector: 'CVL' }), false)
  assert.equal(hasPoliticalSide({ actorSector: null, recipientSector: 'GOV' }), true)
})

test('should not gate text with no headline, whose topics rest on less evidence', () => {
  const a = analyze(newArticle({ input: 'review.txt', text: REVIEW }), { models, steps: ['events'] })
  assert.ok(
    a.events.some((e) => e.type === 'ASSAULT'),
    JSON.stringify(a.events.map((e) => `${e.type} ${e.trigger?.text}`)),
  )
  assert.equal(isGatedByTopic(null, [{ code: 'medtop:15000000', label: 'sport', score: 0.9 }]), false)
  assert.equal(isGatedByTopic('Home side win the cup final', [{ code: 'medtop:15000000', label: 'sport', score: 0.9 }]), true)
})

test('should not gate an article with no topic or with any public-life topic among its topics', () => {
  assert.equal(isOffPublicLife([]), false)
  assert.equal(isOffPublicLife([{ code: 'medtop:15000000', label: 'sport', score: 0.9 }]), true)
  assert.equal(
    isOffPublicLife([
      { code: 'medtop:15000000', label: 'sport', score: 0.9 },
      { code: 'medtop:11000000', label: 'politics and government', score: 0.4 },
    ]),
    false,
  )
})
