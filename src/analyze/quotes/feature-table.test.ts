/* eslint @typescript-eslint/no-unused-expressions: ["error", { "allowTaggedTemplates": true }] -- features are written as tagged templates (`sink.add`) */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { FeatureScorer, FeatureTable, featureNames, type FeatureSink } from './feature-table.js'

// Features written the way the quotes step writes them: words, numbers and truth values in templates.
const write = (sink: FeatureSink): void => {
  sink.add`b`
  sink.add`p1w=${'he'}|${'said'}`
  sink.add`lex=${-1}`
  sink.add`first=${true}`
  sink.add`frame=${'VERB'}|${'person'}|${'that|-'}|${false}`
  sink.add`${'c'}nx=${'obl|cue|'}`
}

test('should write a feature template as the name a template literal gives', () => {
  assert.deepEqual(featureNames(write), ['b', 'p1w=he|said', 'lex=-1', 'first=true', 'frame=VERB|person|that|-|false', 'cnx=obl|cue|'])
})

test('should score written features as the sum of the weights of their names, unseen ones weighing nothing', () => {
  const table = new FeatureTable([
    ['b', 0.5],
    ['p1w=he|said', 2.25],
    ['first=true', -1],
    ['cnx=obl|cue|', 0.125],
    ['p1w=he|says', 100],
    ['first=false', 100],
  ])
  const scorer = new FeatureScorer(table)
  write(scorer)
  assert.equal(scorer.total, 0.5 + 2.25 - 1 + 0.125)
  assert.equal(scorer.reset().total, 0)
  assert.equal(table.get('p1w=he|said'), 2.25)
  assert.equal(table.get('p1w=she|said'), undefined)
  assert.equal(table.has('lex=-1'), false)
})

test('should refuse a model in which two feature names share a key', () => {
  assert.throws(
    () =>
      new FeatureTable([
        ['w=said', 1],
        ['w=said', 2],
      ]),
    /share a hash key/,
  )
})
