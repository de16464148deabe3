import { test } from 'node:test'
import assert from 'node:assert/strict'
import { key1 } from './hash.js'
import { WordIdCache } from './lexical.js'
import { decodeSyntaxModel, encodeSyntaxModel } from './model.js'
import { Perceptron } from './perceptron.js'
import { tagWords, type TagClass } from './tagger.js'

const classes: TagClass[] = [
  { upos: 'NOUN', xpos: 'NN' },
  { upos: 'VERB', xpos: 'VB' },
  { upos: 'ADJ', xpos: 'JJ' },
]
const cache = new WordIdCache(new Map())
const words = (text: string): ReturnType<WordIdCache['get']>[] => text.split(' ').map((w) => cache.get(w))

/** A first pass that knows one thing: "barks" is a verb (its form, template 2); other words score 0, a noun. */
function firstPass(): ReturnType<Perceptron['freeze']> {
  const p = new Perceptron(classes.length)
  p.update(Int32Array.of(key1(2, cache.get('barks').form)), 1, 1, 0)
  p.tick()
  return p.freeze(0)
}

test('should let the second pass read the first pass tag of the next word', () => {
  const weights = firstPass()
  // The second pass learnt one thing: a word before a verb is an adjective (its key is the first
  // pass's tag of the next word, template 51).
  const p = new Perceptron(classes.length)
  const keys = Int32Array.of(key1(51, 1))
  for (let k = 0; k < 50; k++) p.update(keys, 1, 2, 0)
  p.tick()
  const second = p.freeze(0)
  const sentence = words('loud barks')
  assert.deepEqual(Array.from(tagWords({ classes, weights }, sentence)), [0, 1])
  const model = { classes, weights, second }
  assert.equal(tagWords(model, sentence)[0], 2, 'the word before the verb the first pass found')
  assert.equal(tagWords(model, words('loud dog'))[0], 0, 'nothing changes before a noun')

  // The second pass travels in the model file, and a file without it tags in one pass.
  const parts = { classes, labelNames: ['root', 'dep'], clusters: new Map(), lemmas: '', tagger: weights, transitions: weights, labels: weights }
  const loaded = decodeSyntaxModel(encodeSyntaxModel({ ...parts, tagger2: second }))
  assert.deepEqual(Array.from(tagWords(loaded.tagger, sentence)), Array.from(tagWords(model, sentence)))
  assert.equal(decodeSyntaxModel(encodeSyntaxModel(parts)).tagger.second, undefined)
})
