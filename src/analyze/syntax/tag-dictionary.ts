/**
 * The tagger's tag dictionary: for each word seen often enough in training, an id of the set of
 * tag classes it took there (its ambiguity class, e.g. {NN, VB} for "report"). A greedy
 * left-to-right tagger cannot see the tags of the words to its right; their ambiguity classes
 * tell it much of what those tags would say ("to" before a word that is only ever a verb).
 */
import { finish, mix } from './hash.js'
import type { WordIds } from './lexical.js'

/** Lower-case word id -> ambiguity class id. */
export type TagDictionary = ReadonlyMap<number, number>

/** A word seen fewer times than this has no entry (its tags are too few to be a class). */
const MIN_COUNT = 3
/** A class under this share of a word's occurrences is left out of its set (annotation noise). */
const MIN_SHARE = 0.05

/** Builds the dictionary from sentences' word ids and their gold tag classes. */
export function buildTagDictionary(sentences: Iterable<{ readonly ids: readonly WordIds[]; readonly goldClass: Int32Array }>): Map<number, number> {
  const counts = new Map<number, Map<number, number>>()
  for (const s of sentences) {
    s.ids.forEach((w, i) => {
      let byClass = counts.get(w.lower)
      if (!byClass) counts.set(w.lower, (byClass = new Map<number, number>()))
      const c = s.goldClass[i]!
      byClass.set(c, (byClass.get(c) ?? 0) + 1)
    })
  }
  const out = new Map<number, number>()
  for (const [word, byClass] of counts) {
    let total = 0
    for (const n of byClass.values()) total += n
    if (total < MIN_COUNT) continue
    const kept = [...byClass]
      .filter(([, n]) => n >= total * MIN_SHARE)
      .map(([c]) => c)
      .sort((a, b) => a - b)
    let h = 0x3c6ef372
    for (const c of kept) h = mix(h, c)
    out.set(word, finish(h))
  }
  return out
}

/** The ambiguity class of each word of a sentence, -1 for a word the dictionary lacks. */
export function ambiguityClasses(dictionary: TagDictionary, words: readonly WordIds[]): Int32Array {
  return Int32Array.from(words, (w) => dictionary.get(w.lower) ?? -1)
}

/** Serializes a dictionary as (word, class) 32-bit pairs in word order. */
export function encodeTagDictionary(dictionary: TagDictionary): Buffer {
  const entries = [...dictionary].sort((a, b) => a[0] - b[0])
  const buf = Buffer.alloc(entries.length * 8)
  entries.forEach(([word, cls], i) => {
    buf.writeInt32LE(word, 8 * i)
    buf.writeInt32LE(cls, 8 * i + 4)
  })
  return buf
}

/** Reads a dictionary written by `encodeTagDictionary`. */
export function decodeTagDictionary(buf: Buffer): Map<number, number> {
  if (buf.length % 8 !== 0) throw new Error('corrupt model: tag dictionary length')
  const out = new Map<number, number>()
  for (let o = 0; o < buf.length; o += 8) out.set(buf.readInt32LE(o), buf.readInt32LE(o + 4))
  return out
}
