import { test } from 'node:test'
import assert from 'node:assert/strict'
import { FeatureScorer, FeatureTable, PieceKeys, PieceNames, featureKey, featureNames, type FeatureSink, type PieceSink } from './feature-hash.js'

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

// The same names written as pieces, the way the events step writes them.
const writePieces = (sink: PieceSink): void => {
  sink.add('l|n1=', 'attack', '|', 'on')
  sink.add('rank=', 'L', '2')
  sink.add('bias')
  sink.add('h=', 'café', '|L', '', '')
}

test('should hash a name given in pieces as the joined name, wherever the pieces split it', () => {
  const names = new PieceNames()
  writePieces(names)
  assert.deepEqual(names.names, ['l|n1=attack|on', 'rank=L2', 'bias', 'h=café|L'])
  const keys = new PieceKeys()
  writePieces(keys)
  assert.deepEqual(keys.keys, names.names.flatMap(featureKey))
  keys.clear()
  keys.add('l|n1=a', 'ttack|o', 'n')
  keys.add('l|n1=attack|no')
  assert.deepEqual(keys.keys.slice(0, 2), featureKey('l|n1=attack|on'))
  assert.notDeepEqual(keys.keys.slice(2), featureKey('l|n1=attack|on'))
  assert.equal(keys.size, 2)
})

test('should hash a template feature and the same name in pieces to one key', () => {
  const table = new FeatureTable([['frame=VERB|person|false', 3]])
  const scorer = new FeatureScorer(table)
  scorer.add`frame=${'VERB'}|${'person'}|${false}`
  const keys = new PieceKeys()
  keys.add('frame=', 'VERB|', 'person', '|false')
  assert.equal(scorer.total, 3)
  assert.equal(table.valueOf(keys.keys[0]!, keys.keys[1]!, -1), 3)
})

test('should find each name its row, nothing for other names', () => {
  const names = ['bias', 'w=strike', 'l|n1=strike|on', 'pol=true']
  const table = new FeatureTable(names.map((name, row) => [name, row] as const))
  names.forEach((name, row) => assert.equal(table.valueOf(...featureKey(name), -1), row))
  assert.equal(table.valueOf(...featureKey('pol=false'), -1), -1)
  assert.equal(table.valueOf(...featureKey('w=strikes'), -1), -1)
  assert.equal(table.size, 4)
})
