import { test } from 'node:test'
import assert from 'node:assert/strict'
import { key1, key2 } from './hash.js'
import { WordIdCache } from './lexical.js'
import { classTagIds, decodeSyntaxModel, encodeSyntaxModel, runnerUpFor, SyntaxParser } from './model.js'
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

test("should give each word the tagger's runner-up, which a parser trained with a margin reads where the tagger was unsure", () => {
  const weights = firstPass()
  const sentence = words('loud barks')
  const runnerUp = runnerUpFor(2)
  assert.deepEqual(Array.from(tagWords({ classes, weights }, sentence, undefined, runnerUp)), [0, 1])
  // "barks" is a verb by a clear margin, its runner-up the unscored adjective; "loud" scores 0 everywhere.
  assert.equal(runnerUp.alt[1], 2)
  assert.ok(runnerUp.margin[1]! > 0)
  assert.equal(runnerUp.margin[0], 0)

  // A labeler that learnt one thing: a noun whose runner-up is a verb is an `amod`.
  const nn = classTagIds(classes).xpos[0]!
  const p = new Perceptron(3)
  p.update(Int32Array.of(key2(137, nn, 1 + 1)), 1, 2, 1)
  p.tick()
  const labels = p.freeze(0)
  const empty = new Perceptron(4).freeze(0)
  const parts = { classes, labelNames: ['root', 'dep', 'amod'], clusters: new Map(), lemmas: '', tagger: weights, transitions: empty, labels }
  // With no transition weights both words end up roots and the second is attached to the first,
  // labeled by the labeler: "loud" scored 0 for every class, so its runner-up (a verb) is read.
  const relationOfLoud = (altMargin?: number): string => new SyntaxParser(decodeSyntaxModel(encodeSyntaxModel({ ...parts, altMargin }))).parse(['barks', 'loud'])[1]!.deprel
  assert.equal(relationOfLoud(runnerUp.margin[1]!), 'amod', 'unsure: the runner-up is read')
  assert.equal(relationOfLoud(undefined), 'dep', 'a model without the margin never reads it')
})
