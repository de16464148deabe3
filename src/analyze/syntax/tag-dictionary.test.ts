import { test } from 'node:test'
import assert from 'node:assert/strict'
import { WordIdCache } from './lexical.js'
import { ambiguityClasses, buildTagDictionary, decodeTagDictionary, encodeTagDictionary } from './tag-dictionary.js'

const cache = new WordIdCache(new Map())
const sentence = (words: string[], classes: number[]): { ids: ReturnType<WordIdCache['get']>[]; goldClass: Int32Array } => ({
  ids: words.map((w) => cache.get(w)),
  goldClass: Int32Array.from(classes),
})

test('should give words with the same tag sets the same class, rare words none, and survive bytes', () => {
  // "report" is a noun (1) or a verb (2); "issue" too; "the" only a determiner (3); "zebra" seen once.
  const sentences = [sentence(['the', 'report', 'issue'], [3, 1, 1]), sentence(['they', 'report', 'the', 'issue'], [4, 2, 3, 2]), sentence(['the', 'report', 'the', 'issue', 'zebra'], [3, 1, 3, 1, 1])]
  const dict = buildTagDictionary(sentences)
  const [the, report, issue, zebra] = ambiguityClasses(
    dict,
    ['The', 'report', 'issue', 'zebra'].map((w) => cache.get(w)),
  )
  assert.equal(report, issue)
  assert.notEqual(the, report)
  assert.equal(zebra, -1)
  assert.deepEqual(decodeTagDictionary(encodeTagDictionary(dict)), new Map([...dict].sort((a, b) => a[0] - b[0])))
})
