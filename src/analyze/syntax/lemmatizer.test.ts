import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadLemmatizer, trainLemmatizer } from './lemmatizer.js'

const TRIPLES: Array<[string, string, string]> = [
  ['cities', 'NNS', 'city'],
  ['parties', 'NNS', 'party'],
  ['cars', 'NNS', 'car'],
  ['dogs', 'NNS', 'dog'],
  ['walked', 'VBD', 'walk'],
  ['talked', 'VBD', 'talk'],
  ['went', 'VBD', 'go'],
  ['The', 'DT', 'the'],
  ['the', 'DT', 'the'],
  ['Obama', 'NNP', 'Obama'],
  ['was', 'VBD', 'be'],
  ['’s', 'VBZ', 'be'],
  ['is', 'VBZ', 'be'],
]

test('should lemmatize unseen words by their suffix rule and seen irregular ones from the lexicon', () => {
  const lem = loadLemmatizer(trainLemmatizer(TRIPLES))
  assert.equal(lem.lemma('ladies', 'NNS'), 'lady')
  assert.equal(lem.lemma('cats', 'NNS'), 'cat')
  assert.equal(lem.lemma('jumped', 'VBD'), 'jump')
  assert.equal(lem.lemma('went', 'VBD'), 'go')
  assert.equal(lem.lemma('was', 'VBD'), 'be')
  assert.equal(lem.lemma('THE', 'DT'), 'the')
  assert.equal(lem.lemma('Merkel', 'NNP'), 'Merkel')
  // Typographic apostrophes read as the treebank's.
  assert.equal(lem.lemma("'s", 'VBZ'), 'be')
})
