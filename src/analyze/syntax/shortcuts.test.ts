import { test } from 'node:test'
import assert from 'node:assert/strict'
import { key1 } from './hash.js'
import { WordIdCache } from './lexical.js'
import { decodeSyntaxModel, encodeSyntaxModel, withShortcutsSection } from './model.js'
import { Perceptron } from './perceptron.js'
import { buildShortcuts, countDecision, decodeShortcuts, encodeShortcuts, shortcutCounts } from './shortcuts.js'
import { tagWords, type TagClass } from './tagger.js'

const classes: TagClass[] = [
  { upos: 'NOUN', xpos: 'NN' },
  { upos: 'VERB', xpos: 'VB' },
]
const cache = new WordIdCache(new Map())
const words = (text: string): ReturnType<WordIdCache['get']>[] => text.split(' ').map((w) => cache.get(w))

test('should keep only situations decided one way often enough', () => {
  const counts = shortcutCounts()
  // Situation 1: 30 cases, all decision 4. Situation 2: 30 cases, split 29/1. Situation 3: 5 cases.
  for (let i = 0; i < 30; i++) countDecision(counts.tags, 1, 4)
  for (let i = 0; i < 30; i++) countDecision(counts.tags, 2, i === 0 ? 6 : 5)
  for (let i = 0; i < 5; i++) countDecision(counts.tags, 3, 7)
  const strict = buildShortcuts(counts, { tags: { minCount: 20, minShare: 0.99 } })
  assert.deepEqual([...strict.tags], [[1, 4]])
  const loose = buildShortcuts(counts, { tags: { minCount: 20, minShare: 0.95 } })
  assert.deepEqual(
    [...loose.tags],
    [
      [1, 4],
      [2, 5],
    ],
  )
  assert.deepEqual(decodeShortcuts(encodeShortcuts(loose)), loose)
})

test('should tag a shortcut word with its class whatever its weights say', () => {
  // The weights know one thing: "barks" is a verb.
  const p = new Perceptron(classes.length)
  p.update(Int32Array.of(key1(2, cache.get('barks').form)), 1, 1, 0)
  p.tick()
  const weights = p.freeze(0)
  const sentence = words('dog barks')
  assert.deepEqual(Array.from(tagWords({ classes, weights }, sentence)), [0, 1])
  // A shortcut saying "barks" is a noun wins, and it travels in the model file.
  const shortcuts = { tags: new Map([[cache.get('barks').form, 0]]), labels: new Map(), transitions: new Map() }
  const parts = { classes, labelNames: ['root', 'dep'], clusters: new Map(), lemmas: '', tagger: weights, transitions: weights, labels: weights }
  const bytes = encodeSyntaxModel({ ...parts, shortcuts })
  assert.deepEqual(Array.from(tagWords(decodeSyntaxModel(bytes).tagger, sentence)), [0, 0])
  // Replacing the section gives the bytes the encoder gives; removing it restores the weights' tags.
  assert.deepEqual(withShortcutsSection(encodeSyntaxModel(parts), shortcuts), bytes)
  const plain = decodeSyntaxModel(withShortcutsSection(bytes, undefined))
  assert.deepEqual(Array.from(tagWords(plain.tagger, sentence)), [0, 1])
})
