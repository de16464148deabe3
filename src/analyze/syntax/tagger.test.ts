import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../index.js'
import { key1, key2 } from './hash.js'
import { WordIdCache } from './lexical.js'
import { classTagIds, decodeSyntaxModel, encodeSyntaxModel, runnerUpFor, SyntaxParser } from './model.js'
import { Perceptron } from './perceptron.js'
import { ambiguityClasses } from './tag-dictionary.js'
import { tagWords, taggerBuffers, type TagClass } from './tagger.js'
import {
  contextFeatures,
  innerWordFeatures,
  lookaheadFeatures,
  lookaheadTagFeatures,
  lookaheadWordFeatures,
  nextWordFeatures,
  pairFeatures,
  previousTagFeatures,
  previousWordFeatures,
  secondNextWordFeatures,
  SENTENCE_END,
  wordFeatures,
} from './tagger-features.js'

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

const NEWS = [
  'Honeymooners from Argentina checked out around March 11 .',
  'Thomas was found fatally wounded , police said on Tuesday .',
  "' I 'm super excited , ' says Maura McLaughlin .",
  "Lead attorney Eric Lewis called Egypt 's actions ' outrageous ' .",
  "The U.S. said it would n't lead the talks .",
  'March',
  'It rained .',
]

test('should tag news sentences the same whether word scores are kept or every feature is looked up', () => {
  const loaded = loadModels().parser
  assert.ok(loaded, 'the parser model (models/parser/syntax.bin.gz) must load')
  const model = loaded.model
  const ids = new WordIdCache(model.clusters)
  const sentences = NEWS.map((text) => text.split(' ').map((w) => ids.get(w)))
  const tags = (cachedWords: number): string[] => {
    // One set of buffers over all sentences, twice: the second round reads kept rows.
    const buffers = taggerBuffers(model.tagger.classes.length, { cachedWords })
    const out: string[] = []
    for (let round = 0; round < 2; round++) for (const words of sentences) out.push(Array.from(tagWords(model.tagger, words, buffers)).join(' '))
    return out
  }
  const uncached = tags(0)
  assert.deepEqual(tags(100_000), uncached, 'a large store')
  assert.deepEqual(tags(3), uncached, 'a store cleared while a sentence is tagged')
  // "March" before a number is a proper noun, not a verb, on both paths.
  const march = model.tagger.classes[tagWords(model.tagger, sentences[0]!)[6]!]!
  assert.equal(march.upos, 'PROPN')
})

test('should split the context and lookahead features into groups that together write exactly their keys', () => {
  const model = loadModels().parser?.model
  assert.ok(model)
  const ids = new WordIdCache(model.clusters)
  for (const text of NEWS) {
    const words = text.split(' ').map((w) => ids.get(w))
    for (const amb of [null, model.tagger.dictionary ? ambiguityClasses(model.tagger.dictionary, words) : null]) {
      const ambAt = (j: number): number | null => (amb === null ? null : j < words.length ? amb[j]! : SENTENCE_END)
      for (let i = 1; i < words.length; i++) {
        const all = new Int32Array(128)
        const whole = Array.from(all.subarray(0, contextFeatures(words, i, 4, 7, all, wordFeatures(words[i]!, ambAt(i), all, 0), amb))).sort()
        const parts = new Int32Array(128)
        let k = wordFeatures(words[i]!, ambAt(i), parts, 0)
        k = innerWordFeatures(words[i]!, parts, k)
        k = previousWordFeatures(words[i - 1]!, parts, k)
        k = nextWordFeatures(words[i + 1] ?? null, ambAt(i + 1), parts, k)
        k = secondNextWordFeatures(words[i + 2] ?? null, ambAt(i + 2), parts, k)
        k = previousTagFeatures(4, 7, parts, k)
        k = pairFeatures(words, i, 4, parts, k, amb)
        assert.deepEqual(Array.from(parts.subarray(0, k)).sort(), whole, `${text} word ${i}`)
        const first = Int32Array.from(words, (_, j) => (j * 5) % 17)
        const ahead = Array.from(all.subarray(0, lookaheadFeatures(words, i, first, 4, all, 0))).sort()
        const t1 = i + 1 < words.length ? first[i + 1]! : SENTENCE_END
        const t2 = i + 2 < words.length ? first[i + 2]! : SENTENCE_END
        const split = lookaheadWordFeatures(words, i, first[i]!, t1, t2, 4, parts, lookaheadTagFeatures(first[i]!, t1, t2, parts, 0))
        assert.deepEqual(Array.from(parts.subarray(0, split)).sort(), ahead, `${text} word ${i} (second pass)`)
      }
    }
  }
})
