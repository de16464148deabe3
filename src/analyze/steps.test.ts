import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newArticle } from '../model/new-article.js'
import { analyze, loadModels } from './index.js'
import { ANALYSIS_STEPS, RESULT_FIELDS, STEPS, stepsToRun } from './steps.js'

const models = loadModels()
const TEXT =
  'SEOUL, May 8 (Reuters) - South Korea will send 29 officials to Moscow on May 9, 2025, the foreign ministry said on Thursday. ' +
  '"We will attend the parade," Foreign Minister Cho Tae-yul told reporters, adding that 13 countries had accepted.'
const article = newArticle({ input: 'steps.txt', text: TEXT, title: 'South Korea to send officials to Moscow parade', referenceDate: '2025-05-08' })

test('every step comes after the steps it needs, and every result field has one step that fills it', () => {
  assert.deepEqual(
    STEPS.map((s) => s.name),
    [...ANALYSIS_STEPS],
  )
  STEPS.forEach((step, i) => {
    for (const need of step.needs) assert.ok(STEPS.findIndex((s) => s.name === need) < i, `${step.name} needs ${need}, which runs later`)
  })
  for (const field of RESULT_FIELDS) assert.equal(STEPS.filter((s) => s.produces.includes(field)).length, 1, field)
})

test('should pull in what a step needs: events read entities, dates, quotes and topics', () => {
  assert.deepEqual([...stepsToRun(['events'])].sort(), ['dates', 'entities', 'events', 'quotes', 'topics'])
  assert.deepEqual([...stepsToRun(['quantities'])].sort(), ['dates', 'quantities'])
  assert.deepEqual([...stepsToRun(['dates', 'topics'])].sort(), ['dates', 'topics'])
})

test('a subset gives the asked steps the same results as a full run, and leaves the rest empty', () => {
  const full = analyze(article, { models })
  const some = analyze(article, { models, steps: ['quantities', 'summary'] })
  assert.ok(full.quantities.length > 0 && (full.summary ?? []).length > 0)
  assert.deepEqual(some.quantities, full.quantities, 'quantities skip the dates even when dates were not asked for')
  assert.deepEqual(some.summary, full.summary, 'the summary reads the entities even when they were not asked for')
  assert.deepEqual(some.keywords, full.keywords)
  assert.deepEqual([some.entities, some.dates, some.quotes, some.events], [[], [], [], []])
  assert.equal(some.topics, undefined)
  assert.equal(some.tone, undefined)
  const quotes = analyze(article, { models, steps: ['quotes'] })
  // The full run's tone step adds a tone to each quote; the rest is the same.
  const untoned = full.quotes.map(({ tone: _tone, ...q }) => q)
  assert.deepEqual(quotes.quotes, untoned, 'quotes read the entities found by the entities step')
  assert.ok(full.quotes.some((q) => q.speakerName === 'Cho Tae-yul'))
})

test('should refuse an unknown step, naming the steps there are', () => {
  assert.throws(() => analyze(article, { models, steps: ['entities', 'sentiment' as never] }), {
    name: 'TypeError',
    message: /^`analyze`: unknown analysis step `sentiment`; the steps are entities, dates, quantities/,
  })
  assert.throws(() => analyze(article, { models, steps: 'entities' as never }), { name: 'TypeError', message: /`steps` must be an array/ })
})
