import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newArticle } from '../../model/new-article.js'
import type { Quantity } from '../../model/article.js'
import { tokenize } from '../tokens/tokenize.js'
import type { AnalysisContext } from '../context.js'
import { findDateExpressions } from '../dates/index.js'
import { findQuantities } from './index.js'

/** Quantities found in `text` (dated 2025-05-08), after the dates step the quantities step needs. */
function quantitiesOf(text: string): Quantity[] {
  const { tokens, sentences } = tokenize(text)
  const referenceDate = '2025-05-08'
  const article = newArticle({ input: 'test', text, referenceDate })
  const ctx: AnalysisContext = { article, text, tokens, sentences, referenceDate, models: { loaded: [] }, entities: [], dates: [], quantities: [], quotes: [] }
  ctx.dates = findDateExpressions(ctx)
  return findQuantities(ctx)
}

const brief = (q: Quantity): unknown => [q.text, q.value, q.unit, q.qualifier ?? null, q.upper ?? null]

test('should say what a count counts', () => {
  assert.deepEqual(quantitiesOf('In total, 29 foreign leaders are set to attend, with 13 countries, omitting others.').map(brief), [
    ['29', 29, 'foreign leaders', null, null],
    ['13', 13, 'countries', null, null],
  ])
})

test('should read numbers in words, scales and dozens', () => {
  assert.deepEqual(quantitiesOf('Thirteen soldiers, 1.2 million people and two dozen rockets.').map(brief), [
    ['Thirteen', 13, 'soldiers', null, null],
    ['1.2 million', 1_200_000, 'people', null, null],
    ['two dozen', 24, 'rockets', null, null],
  ])
})

test('should keep approximations, bounds and ranges', () => {
  assert.deepEqual(quantitiesOf('With nearly 15 years of work, at least 12 people, up to 20 tanks and 10 to 15 ships.').map(brief), [
    ['nearly 15', 15, 'years', 'approximate', null],
    ['at least 12', 12, 'people', 'at-least', null],
    ['up to 20', 20, 'tanks', 'at-most', null],
    ['10 to 15', 10, 'ships', 'range', 15],
  ])
})

test('should give money its currency and percentages their unit', () => {
  assert.deepEqual(quantitiesOf('It cost $1.2 billion, €30 and 5 million won; shares rose 12%.').map(brief), [
    ['$1.2 billion', 1_200_000_000, 'USD', 'money', null],
    ['€30', 30, 'EUR', 'money', null],
    ['5 million won', 5_000_000, 'KRW', 'money', null],
    ['12%', 12, 'percent', 'percent', null],
  ])
})

test('should not take years, dates, times or model names for quantities', () => {
  const found = quantitiesOf('The 70th and 60th Victory Day celebrations in 2015 and 2005 saw the M2024 tank and F-16 jets on May 9 at 5 p.m.')
  assert.deepEqual(found.map(brief), [
    ['70th', 70, 'Victory Day celebrations', 'ordinal', null],
    ['60th', 60, 'Victory Day celebrations', 'ordinal', null],
  ])
})
