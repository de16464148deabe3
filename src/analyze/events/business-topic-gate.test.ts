import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent, Topic } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { loadModels } from '../index.js'
import { findEvents } from './index.js'
import { testContext } from './test-context.js'
import { isGatedAsBusiness } from './business-topic-gate.js'

const models = loadModels()

const topic = (code: string): Topic => ({ code, label: code, score: 0.5 })
const ECONOMY = topic('medtop:04000000')
const TECH = topic('medtop:13000000')
const POLITICS = topic('medtop:11000000')

const MARKETS = [
  'Shares of the publisher fell 12 percent on Tuesday after it cut its forecast for the year.',
  'The publisher said it was negotiating with its lenders over a payment due in March.',
  'Management will host a conference call to discuss results with analysts.',
  'Early retirees should keep an account that is funded with after-tax money.',
].join(' ')

const TRADE = [
  'Chip shares fell on Tuesday after the United States imposed new sanctions on the Russian bank.',
  'Police arrested the chief executive of the bank on Monday.',
  'Management will host a conference call to discuss results with analysts.',
].join(' ')

test('should gate an article whose topics are economy and, at most, topics off public life', () => {
  assert.equal(isGatedAsBusiness('Cloud firm beats forecasts', [ECONOMY]), true)
  assert.equal(isGatedAsBusiness('Cloud firm beats forecasts', [ECONOMY, TECH]), true)
  assert.equal(isGatedAsBusiness('Tariffs to end', [ECONOMY, POLITICS]), false, 'a public-life topic beside economy')
  assert.equal(isGatedAsBusiness('A review', [TECH]), false, 'no economy topic: topic-gate.ts decides')
  assert.equal(isGatedAsBusiness('Cloud firm beats forecasts', []), false, 'no topic')
  assert.equal(isGatedAsBusiness(null, [ECONOMY]), false, 'no headline')
})

// The topics are given, so the tests pin the gate rather than the topic model's filing.
function events(text: string, title: string, topics: readonly Topic[], gateBusinessTopic = true): ArticleEvent[] {
  const ctx = testContext(models, text, [
    ['United States', 'GPE', 'USA'],
    ['Commerce Department', 'ORG', 'USA'],
  ])
  return findEvents({ ...ctx, article: newArticle({ input: 'test', text, title }), topics: [...topics] }, { gateBusinessTopic })
}
const show = (es: readonly ArticleEvent[]): string => JSON.stringify(es.map((e) => `${e.type} ${e.trigger?.text} ${e.actorSector}/${e.recipientSector}`))

test('should keep no business verbs as events in a company results story', () => {
  const title = 'Publisher cuts its forecast as lenders circle'
  const ungated = events(MARKETS, title, [ECONOMY], false)
  assert.ok(ungated.length > 0, 'the detector alone reads some of the trade verbs as acts')
  assert.deepEqual(events(MARKETS, title, [ECONOMY]), [], show(events(MARKETS, title, [ECONOMY])))
  // The same story filed under politics too is not gated.
  assert.equal(events(MARKETS, title, [ECONOMY, POLITICS]).length, ungated.length)
})

test('should keep the acts of a state or the police in a business story, and drop the call, with ids numbered in order', () => {
  const title = 'Chip shares fall as US sanctions Russian bank'
  const kept = events(TRADE, title, [ECONOMY])
  const ungated = events(TRADE, title, [ECONOMY], false)
  assert.ok(
    ['SANCTION', 'COERCE'].every((type) => kept.some((e) => e.type === type)),
    show(ungated),
  )
  assert.ok(ungated.some((e) => e.trigger?.text === 'discuss') && !kept.some((e) => e.trigger?.text === 'discuss'), show(kept))
  assert.deepEqual(
    kept.map((e) => e.id),
    kept.map((_, i) => `v${i + 1}`),
  )
})
