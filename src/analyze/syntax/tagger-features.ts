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

/**
 * Writes the feature keys of word `i` into `out` and returns how many there are. `amb` holds the
 * words' ambiguity classes (see `tag-dictionary.ts`); a model trained without a dictionary gets
 * null and none of those features.
 */
export function taggerFeatures(words: readonly WordIds[], i: number, prev1: number, prev2: number, out: Int32Array, amb: Int32Array | null = null): number {
  const n = wordFeatures(words[i]!, amb ? amb[i]! : null, out, 0)
  return contextFeatures(words, i, prev1, prev2, out, n, amb)
}

// The templates that read one id of the word itself, by number: the numbers are the trained
// models' keys, so they stay as they are.
const WORD_TEMPLATES: readonly (readonly [number, keyof WordIds])[] = [
  [2, 'form'],
  [3, 'lower'],
  [4, 'suffix1'],
  [5, 'suffix2'],
  [6, 'suffix3'],
  [7, 'suffix4'],
  [8, 'prefix1'],
  [9, 'prefix2'],
  [10, 'prefix3'],
  [11, 'shape'],
  [23, 'c32'],
  [24, 'c128'],
  [25, 'c512'],
]

/**
 * Writes the features that read word `i` alone (not its position, neighbours or the tags before
 * it) at `out[k..]` and returns the new count. They are the same wherever the word occurs, so
 * the tagger can score them once per word form. `a0` is the word's ambiguity class, or null for
 * a model without a tag dictionary.
 */
export function wordFeatures(w: WordIds, a0: number | null, out: Int32Array, k: number): number {
  let n = k
  out[n++] = key1(1, 0)
  for (const [template, field] of WORD_TEMPLATES) out[n++] = key1(template, w[field])
  if (a0 !== null) out[n++] = key1(41, a0)
  return n
}

/** Writes the features of word `i` that `wordFeatures` leaves out at `out[k..]`; returns the new count. */
export function contextFeatures(words: readonly WordIds[], i: number, prev1: number, prev2: number, out: Int32Array, k: number, amb: Int32Array | null = null): number {
  const w = words[i]!
  const p1 = i > 0 ? words[i - 1]! : null
  const p2 = i > 1 ? words[i - 2]! : null
  const n1 = i + 1 < words.length ? words[i + 1]! : null
  const n2 = i + 2 < words.length ? words[i + 2]! : null
  let n = k
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
  if (amb) {
    const a0 = amb[i]!
    const a1 = i + 1 < amb.length ? amb[i + 1]! : END
    const a2 = i + 2 < amb.length ? amb[i + 2]! : END
    out[n++] = key1(42, a1)
    out[n++] = key1(43, a2)
    out[n++] = key2(44, a0, a1)
    out[n++] = key2(45, prev1, a0)
    out[n++] = key3(46, prev1, a0, a1)
    out[n++] = key2(47, a1, a2)
    out[n++] = key2(48, w.suffix3, a1)
  }
  return n
}

// The tagger scores `contextFeatures` split in the groups below (see `tagPass`): each group reads
// one word alone, so its scores can be kept per word form. `contextFeatures` stays one function,
// in its own order, because training sums its float weights in that order; a test checks that
// the groups and `contextFeatures` write the same keys.

/**
 * Writes the features of `contextFeatures` that read word `i` alone at a position after the
 * first (its flags, shape and capitalization with the sentence-start bit 0) at `out[k..]`;
 * returns the new count.
 */
export function innerWordFeatures(w: WordIds, out: Int32Array, k: number): number {
  let n = k
  out[n++] = key2(12, w.flags, 0)
  out[n++] = key2(38, w.shape, 0)
  out[n++] = key2(40, (w.flags & FLAG_CAPITALIZED) !== 0 ? 1 : 0, w.c128)
  return n
}

/** Writes the features of `contextFeatures` that read the word before alone (null: the sentence start) at `out[k..]`; returns the new count. */
export function previousWordFeatures(p1: WordIds | null, out: Int32Array, k: number): number {
  let n = k
  out[n++] = key1(17, lo(p1, START))
  out[n++] = key1(21, p1 ? p1.suffix3 : START)
  out[n++] = key1(26, p1 ? p1.c512 : START)
  out[n++] = key1(31, p1 ? p1.shape : START)
  return n
}

/**
 * Writes the features of `contextFeatures` that read the word after alone (null: the sentence
 * end) at `out[k..]`; returns the new count. `a1` is that word's ambiguity class (the end marker
 * past the sentence), or null for a model without a tag dictionary.
 */
export function nextWordFeatures(n1: WordIds | null, a1: number | null, out: Int32Array, k: number): number {
  let n = k
  out[n++] = key1(19, lo(n1, END))
  out[n++] = key1(22, n1 ? n1.suffix3 : END)
  out[n++] = key1(27, n1 ? n1.c512 : END)
  out[n++] = key1(28, n1 ? n1.c128 : END)
  out[n++] = key1(30, n1 ? n1.shape : END)
  if (a1 !== null) out[n++] = key1(42, a1)
  return n
}

/** As `nextWordFeatures`, for the second word after (`a2` its ambiguity class). */
export function secondNextWordFeatures(n2: WordIds | null, a2: number | null, out: Int32Array, k: number): number {
  let n = k
  out[n++] = key1(20, lo(n2, END))
  out[n++] = key1(29, n2 ? n2.c128 : END)
  if (a2 !== null) out[n++] = key1(43, a2)
  return n
}

/** Writes the features of `contextFeatures` that read the two tags to the left alone at `out[k..]`; returns the new count. */
export function previousTagFeatures(prev1: number, prev2: number, out: Int32Array, k: number): number {
  out[k] = key1(13, prev1)
  out[k + 1] = key1(14, prev2)
  out[k + 2] = key2(15, prev1, prev2)
  return k + 3
}

/**
 * Writes the rest of `contextFeatures` for word `i` at a position after the first (the tags to
 * its left with words, the word two before, and pairs of words) at `out[k..]`; returns the new count.
 */
export function pairFeatures(words: readonly WordIds[], i: number, prev1: number, out: Int32Array, k: number, amb: Int32Array | null): number {
  const w = words[i]!
  const p1 = i > 0 ? words[i - 1]! : null
  const p2 = i > 1 ? words[i - 2]! : null
  const n1 = i + 1 < words.length ? words[i + 1]! : null
  let n = k
  out[n++] = key2(16, prev1, w.lower)
  out[n++] = key1(18, lo(p2, START))
  out[n++] = key2(32, lo(p1, START), w.lower)
  out[n++] = key2(33, w.lower, lo(n1, END))
  out[n++] = key2(34, prev1, lo(n1, END))
  out[n++] = key2(35, prev1, w.suffix3)
  out[n++] = key3(36, prev1, w.c512, n1 ? n1.c512 : END)
  out[n++] = key2(37, w.c512, n1 ? n1.c32 : END)
  out[n++] = key2(39, w.suffix2, n1 ? n1.suffix2 : END)
  if (amb) {
    const a0 = amb[i]!
    const a1 = i + 1 < amb.length ? amb[i + 1]! : END
    const a2 = i + 2 < amb.length ? amb[i + 2]! : END
    out[n++] = key2(44, a0, a1)
    out[n++] = key2(45, prev1, a0)
    out[n++] = key3(46, prev1, a0, a1)
    out[n++] = key2(47, a1, a2)
    out[n++] = key2(48, w.suffix3, a1)
  }
  return n
}

/** The end-of-sentence marker `nextWordFeatures` and `secondNextWordFeatures` read past the last word. */
export const SENTENCE_END = END

/**
 * Writes the features of the second tagging pass at `out[k..]` and returns the new count: the
 * first pass's tags of the word and of the two words after it, which a left-to-right tagger
 * cannot see ("March" before a number, "lead" before a noun), alone and with the word, its
 * suffix and the tag the second pass chose to its left.
 */
export function lookaheadFeatures(words: readonly WordIds[], i: number, first: Int32Array, prev1: number, out: Int32Array, k: number): number {
  const w = words[i]!
  const t0 = first[i]!
  const t1 = i + 1 < words.length ? first[i + 1]! : END
  const t2 = i + 2 < words.length ? first[i + 2]! : END
  let n = k
  out[n++] = key1(50, t0)
  out[n++] = key1(51, t1)
  out[n++] = key1(52, t2)
  out[n++] = key2(53, t1, t2)
  out[n++] = key2(54, prev1, t1)
  out[n++] = key2(55, t0, t1)
  out[n++] = key2(56, t1, w.lower)
  out[n++] = key2(57, t1, w.suffix3)
  out[n++] = key3(58, prev1, t0, t1)
  out[n++] = key3(59, t1, t2, w.c128)
  return n
}

/** Writes the features of `lookaheadFeatures` that read the first pass's three tags alone (of the word and the two after it, `SENTENCE_END` past the sentence) at `out[k..]`; returns the new count. */
export function lookaheadTagFeatures(t0: number, t1: number, t2: number, out: Int32Array, k: number): number {
  out[k] = key1(50, t0)
  out[k + 1] = key1(51, t1)
  out[k + 2] = key1(52, t2)
  out[k + 3] = key2(53, t1, t2)
  out[k + 4] = key2(55, t0, t1)
  return k + 5
}

/** Writes the rest of `lookaheadFeatures` (the tags with the word and the tag chosen to its left) at `out[k..]`; returns the new count. */
export function lookaheadWordFeatures(words: readonly WordIds[], i: number, t0: number, t1: number, t2: number, prev1: number, out: Int32Array, k: number): number {
  const w = words[i]!
  let n = k
  out[n++] = key2(54, prev1, t1)
  out[n++] = key2(56, t1, w.lower)
  out[n++] = key2(57, t1, w.suffix3)
  out[n++] = key3(58, prev1, t0, t1)
  out[n++] = key3(59, t1, t2, w.c128)
  return n
}
