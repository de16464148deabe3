/**
 * Features of the part-of-speech tagger for word `i` of a sentence: the word itself (form, lower
 * case, affixes, shape, clusters, flags), its neighbours at ±2, and the two tags already chosen
 * to its left. Each feature is an integer key (template number mixed with ids).
 */
import { key1, key2, key3 } from './hash.js'
import { FLAG_CAPITALIZED, type WordIds } from './lexical.js'

/** Most features one word can have (size of the key buffer). */
export const MAX_TAGGER_FEATURES = 64

const START = -2
const END = -3

/** Lower-case id of a neighbour, or the edge marker past the sentence. A plain function, so no closure per call. */
function lo(x: WordIds | null, edge: number): number {
  return x ? x.lower : edge
}

/** Writes the feature keys of word `i` into `out` and returns how many there are. */
export function taggerFeatures(words: readonly WordIds[], i: number, prev1: number, prev2: number, out: Int32Array): number {
  const w = words[i]!
  const p1 = i > 0 ? words[i - 1]! : null
  const p2 = i > 1 ? words[i - 2]! : null
  const n1 = i + 1 < words.length ? words[i + 1]! : null
  const n2 = i + 2 < words.length ? words[i + 2]! : null
  let n = 0
  out[n++] = key1(1, 0)
  out[n++] = key1(2, w.form)
  out[n++] = key1(3, w.lower)
  out[n++] = key1(4, w.suffix1)
  out[n++] = key1(5, w.suffix2)
  out[n++] = key1(6, w.suffix3)
  out[n++] = key1(7, w.suffix4)
  out[n++] = key1(8, w.prefix1)
  out[n++] = key1(9, w.prefix2)
  out[n++] = key1(10, w.prefix3)
  out[n++] = key1(11, w.shape)
  out[n++] = key2(12, w.flags, i === 0 ? 1 : 0)
  out[n++] = key1(13, prev1)
  out[n++] = key1(14, prev2)
  out[n++] = key2(15, prev1, prev2)
  out[n++] = key2(16, prev1, w.lower)
  out[n++] = key1(17, lo(p1, START))
  out[n++] = key1(18, lo(p2, START))
  out[n++] = key1(19, lo(n1, END))
  out[n++] = key1(20, lo(n2, END))
  out[n++] = key1(21, p1 ? p1.suffix3 : START)
  out[n++] = key1(22, n1 ? n1.suffix3 : END)
  out[n++] = key1(23, w.c32)
  out[n++] = key1(24, w.c128)
  out[n++] = key1(25, w.c512)
  out[n++] = key1(26, p1 ? p1.c512 : START)
  out[n++] = key1(27, n1 ? n1.c512 : END)
  out[n++] = key1(28, n1 ? n1.c128 : END)
  out[n++] = key1(29, n2 ? n2.c128 : END)
  out[n++] = key1(30, n1 ? n1.shape : END)
  out[n++] = key1(31, p1 ? p1.shape : START)
  out[n++] = key2(32, lo(p1, START), w.lower)
  out[n++] = key2(33, w.lower, lo(n1, END))
  out[n++] = key2(34, prev1, lo(n1, END))
  out[n++] = key2(35, prev1, w.suffix3)
  out[n++] = key3(36, prev1, w.c512, n1 ? n1.c512 : END)
  out[n++] = key2(37, w.c512, n1 ? n1.c32 : END)
  out[n++] = key2(38, w.shape, i === 0 ? 1 : 0)
  out[n++] = key2(39, w.suffix2, n1 ? n1.suffix2 : END)
  // Capitalization inside a sentence is the strongest proper-noun cue; at its start it is not.
  out[n++] = key2(40, (w.flags & FLAG_CAPITALIZED) !== 0 && i > 0 ? 1 : 0, w.c128)
  return n
}
