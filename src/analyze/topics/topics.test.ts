import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { analyze, loadModels } from '../index.js'
import { newArticle } from '../../model/new-article.js'
import { splitTokens } from '../tokens/tokenize.js'
import { topicBuckets } from './features.js'
import { assignTopics, topicModelFrom } from './model.js'
import { sharedPath } from '../../testing/shared-data.js'

const models = loadModels({ kb: false })
const topicsOf = (title: string, text: string): string[] => (analyze(newArticle({ input: 't.txt', title, text }), { models, steps: ['topics'] }).topics ?? []).map((t) => t.label)

test('the reference example (Kim Jong-un skips a parade) is politics or conflict, not economy', () => {
  const text = readFileSync(sharedPath('examples/kim-victory-day/input.txt'), 'utf8')
  const topics = topicsOf('', text)
  assert.ok(topics.length > 0)
  assert.ok(['politics and government', 'conflict, war and peace'].includes(topics[0]!), `first topic ${topics[0]}`)
  assert.ok(!topics.includes('economy, business and finance'), topics.join('; '))
})

test('topics beyond the five BBC sections: crime, disaster, health', () => {
  assert.equal(
    topicsOf(
      'Man jailed for 12 years over armed robbery',
      'A man who robbed three banks with a replica gun was jailed for twelve years on Friday. The judge at Leeds Crown Court said he had terrified staff and customers, and prosecutors said he had been arrested after police traced his car.',
    )[0],
    'crime, law and justice',
  )
  assert.equal(
    topicsOf(
      'Earthquake kills dozens in mountain villages',
      'A magnitude 6.8 earthquake struck the mountain region overnight, killing at least 40 people and injuring hundreds. Rescue teams are searching collapsed homes as aftershocks continue, and the government has declared a state of emergency.',
    )[0],
    'disaster, accident and emergency incident',
  )
  assert.equal(
    topicsOf(
      'Hospitals brace for flu season as cases rise',
      'Doctors warn that flu and other respiratory infections are filling hospital beds earlier than usual this winter. Health officials urged older patients to get vaccinated, saying the vaccine cuts the risk of severe illness.',
    )[0],
    'health',
  )
})

test('a text too short to judge gets no topic', () => {
  assert.deepEqual(topicsOf('', 'Updated at noon.'), [])
})

test('several topics when several pass their thresholds, best first; none when every topic is far below', () => {
  const model = { thresholds: [0.3, 0.2, 0.5], bestShare: 0.5 }
  assert.deepEqual(assignTopics(model, Float64Array.of(0.45, 0.25, 0.3)), [0, 1])
  // The most probable is kept from half its threshold; the rest need their own.
  assert.deepEqual(assignTopics(model, Float64Array.of(0.2, 0.1, 0.15)), [0])
  assert.deepEqual(assignTopics(model, Float64Array.of(0.1, 0.05, 0.2)), [], 'the most probable topic is at 0.4 of its threshold')
  assert.deepEqual(assignTopics(model, Float64Array.of(0.45, 0.25, 0.3), 0.2), [0], 'a shift raises every threshold')
})

test('features: distinct sorted buckets of the title and the lead only; stop-word pairs make none', () => {
  const mask = 2 ** 18 - 1
  const text = 'Storm floods the valley. ' + 'Filler words follow here. '.repeat(100) + 'Election results'
  const lead = topicBuckets('Storm', splitTokens('Storm'), text, splitTokens(text), mask, 100)
  const all = topicBuckets('Storm', splitTokens('Storm'), text, splitTokens(text), mask, 100000)
  assert.ok(lead.length < all.length, 'text after the lead is not read')
  for (let i = 1; i < lead.length; i++) assert.ok(lead[i]! > lead[i - 1]!)
  const stops = 'of the and of the'
  assert.equal(topicBuckets('', [], stops, splitTokens(stops), mask).length, 0)
})

test('a model file scores buckets through its softmax', () => {
  const model = topicModelFrom({ format: 'newsgraph.topics/1', classes: ['a', 'b'], bits: 4, scale: 0.5, bias: [0, 0], buckets: [3], weights: [4, 0], thresholds: [0.5, 0.5], leadChars: 100 })
  const p = model.probabilities(Int32Array.of(3))
  assert.ok(p[0]! > 0.8 && Math.abs(p[0]! + p[1]! - 1) < 1e-9)
  assert.equal(model.bestShare, 1)
})
