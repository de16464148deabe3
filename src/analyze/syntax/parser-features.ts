/**
 * Features of the transition parser, after Zhang & Nivre (2011): words and tags of the stack top
 * (S0), the next stack item (S1) and the buffer front (N0..N2); their heads and outermost
 * children; S0-N0 distance; valencies; the label sets of the children already attached; and word
 * clusters in place of words (Koo et al. 2008); in models trained with a runner-up margin, the
 * tagger's second-best class of words it was unsure of. The labeler's features for an arc being
 * made are here too.
 */
import { key1, key2, key3, key4, mix } from './hash.js'
import type { ParseState } from './arc-eager.js'

/** Per-word integer ids the parser reads, with the root at index `n`. */
export interface ParserInput {
  /** Number of words (the root is index `n`). */
  n: number
  /** Lower-case word id per position. */
  readonly word: Int32Array
  /** Penn tag id per position. */
  readonly tag: Int32Array
  /** Universal tag id per position. */
  readonly utag: Int32Array
  /** Fine word cluster per position. */
  readonly cluster: Int32Array
  /**
   * The tagger's runner-up class + 1 per position where its best class won narrowly, else 0;
   * read only when `altOn` (models trained with `--alt-margin`).
   */
  readonly alt: Int32Array
  altOn: boolean
}

/** Allocates parser input arrays for up to `capacity` words. */
export function parserInput(capacity: number): ParserInput {
  return {
    n: 0,
    word: new Int32Array(capacity + 1),
    tag: new Int32Array(capacity + 1),
    utag: new Int32Array(capacity + 1),
    cluster: new Int32Array(capacity + 1),
    alt: new Int32Array(capacity + 1),
    altOn: false,
  }
}

/** Most features one state can have. */
export const MAX_PARSER_FEATURES = 112
/** Most features the labeler reads for one arc. */
export const MAX_LABEL_FEATURES = 48

const NONE = -1

/** `arr[i]`, or NONE for a missing position (-1). A plain function, so no closure per call. */
function at(arr: Int32Array, i: number): number {
  return i < 0 ? NONE : arr[i]!
}

function distanceBucket(d: number): number {
  if (d <= 4) return d
  if (d <= 6) return 5
  if (d <= 10) return 6
  return 7
}

/**
 * Writes the pair templates `t` (word `w` with `v`) and `t + 1` (tag `p` with `v`) at `out[k..]`;
 * returns the new count. Distance, valency, label sets and arc direction each conjoin with an
 * item's word and with its tag this way (Zhang & Nivre's "S0wd, S0pd" rows).
 */
function wordAndTagWith(out: Int32Array, k: number, t: number, w: number, p: number, v: number): number {
  out[k] = key2(t, w, v)
  out[k + 1] = key2(t + 1, p, v)
  return k + 2
}

/** Writes the templates `t`, `t + 1`, `t + 2`: the word, tag and relation of the child `c` (-1: none); returns the new count. */
function child(out: Int32Array, k: number, t: number, inp: ParserInput, label: Int32Array, c: number): number {
  out[k] = key1(t, at(inp.word, c))
  out[k + 1] = key1(t + 1, at(inp.tag, c))
  out[k + 2] = key1(t + 2, at(label, c))
  return k + 3
}

/** Writes the features of `state` into `out` and returns their number. */
export function parserFeatures(st: ParseState, inp: ParserInput, out: Int32Array): number {
  const k = stackTopFeatures(st, inp, out, 0)
  return stateFeatures(st, inp, out, bufferFrontFeatures(st, inp, out, k))
}

/**
 * Writes the features that read the stack top `s0` alone at `out[k..]`: its word, tag, cluster,
 * head, children, valencies, label sets and the item below it. While a word is on the stack only
 * its right children change (a RIGHT arc from it), so these are the same for a word and its
 * right valency; the parser scores the part that never changes (`stackTopFixedFeatures`) once
 * per word and the rest (`stackTopRightFeatures`) once per right valency (see `ParserWorkspace`).
 */
export function stackTopFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  return stackTopRightFeatures(st, inp, out, stackTopFixedFeatures(st, inp, out, k))
}

/**
 * Writes the stack-top features that stay the same while the word is on the stack at `out[k..]`
 * (its word, tag, cluster, head and the head's, left children, left valency and label set, the
 * item below it); returns the new count.
 */
export function stackTopFixedFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  const { word, tag, cluster } = inp
  const label = st.label
  const n = st.n
  const s0 = st.s0()
  const s1 = st.s1()
  const s0w = at(word, s0)
  const s0p = at(tag, s0)
  const s0h = s0 >= 0 ? st.head[s0]! : NONE
  const s0h2 = s0h >= 0 && s0h < n ? st.head[s0h]! : NONE
  const s0l = s0 >= 0 ? st.lc1[s0]! : NONE
  const s0l2 = s0 >= 0 ? st.lc2[s0]! : NONE
  const s0vl = s0 >= 0 ? st.nLeft[s0]! : NONE
  const s0sl = s0 >= 0 ? mix(st.leftSetLo[s0]!, st.leftSetHi[s0]!) : NONE
  out[k++] = key2(1, s0w, s0p)
  out[k++] = key1(2, s0w)
  out[k++] = key1(3, s0p)
  out[k++] = key1(78, at(cluster, s0))
  // Valency.
  k = wordAndTagWith(out, k, 35, s0w, s0p, s0vl)
  // Head and outermost children, and theirs (third order).
  out[k++] = key1(39, at(word, s0h))
  out[k++] = key1(40, at(tag, s0h))
  out[k++] = key1(41, at(label, s0))
  k = child(out, k, 42, inp, label, s0l)
  out[k++] = key1(51, at(word, s0h2))
  out[k++] = key1(52, at(tag, s0h2))
  out[k++] = key1(53, at(label, s0h))
  k = child(out, k, 54, inp, label, s0l2)
  out[k++] = key3(63, s0p, at(tag, s0l), at(tag, s0l2))
  out[k++] = key3(65, s0p, at(tag, s0h), at(tag, s0h2))
  // Label set.
  k = wordAndTagWith(out, k, 69, s0w, s0p, s0sl)
  // The second stack item.
  out[k++] = key2(73, at(tag, s1), at(word, s1))
  out[k++] = key1(74, at(tag, s1))
  out[k++] = key2(86, s0 >= 0 && st.head[s0]! >= 0 ? 1 : 0, s0p)
  if (inp.altOn) out[k++] = key2(89, s0p, at(inp.alt, s0))
  return k
}

/** Writes the stack-top features that read its right children at `out[k..]`; returns the new count. */
export function stackTopRightFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  const { word, tag } = inp
  const label = st.label
  const s0 = st.s0()
  const s0w = at(word, s0)
  const s0p = at(tag, s0)
  const s0r = s0 >= 0 ? st.rc1[s0]! : NONE
  const s0r2 = s0 >= 0 ? st.rc2[s0]! : NONE
  const s0vr = s0 >= 0 ? st.nRight[s0]! : NONE
  const s0sr = s0 >= 0 ? mix(st.rightSetLo[s0]!, st.rightSetHi[s0]!) : NONE
  k = wordAndTagWith(out, k, 33, s0w, s0p, s0vr)
  k = child(out, k, 45, inp, label, s0r)
  k = child(out, k, 57, inp, label, s0r2)
  out[k++] = key3(64, s0p, at(tag, s0r), at(tag, s0r2))
  k = wordAndTagWith(out, k, 67, s0w, s0p, s0sr)
  return k
}

/**
 * Writes the features that read the buffer front `n0` alone at `out[k..]`: it and the words
 * after it, its left children, left valency and left label set. A buffer front gains only left
 * children (a LEFT arc to it): the parser scores the words (`bufferFrontFixedFeatures`) once per
 * buffer front and the rest (`bufferFrontLeftFeatures`) once per left valency.
 */
export function bufferFrontFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  return bufferFrontLeftFeatures(st, inp, out, bufferFrontFixedFeatures(st, inp, out, k))
}

/** Writes the buffer-front features that read only words and tags (`n0` to `n2`) at `out[k..]`; returns the new count. */
export function bufferFrontFixedFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  const { word, tag, cluster } = inp
  const n = inp.n
  const n0 = st.b
  const n1 = n0 + 1 <= n ? n0 + 1 : NONE
  const n2 = n0 + 2 <= n ? n0 + 2 : NONE
  const n0w = at(word, n0)
  const n0p = at(tag, n0)
  const n1w = at(word, n1)
  const n1p = at(tag, n1)
  const n2w = at(word, n2)
  const n2p = at(tag, n2)
  out[k++] = key2(4, n0w, n0p)
  out[k++] = key1(5, n0w)
  out[k++] = key1(6, n0p)
  out[k++] = key2(7, n1w, n1p)
  out[k++] = key1(8, n1w)
  out[k++] = key1(9, n1p)
  out[k++] = key2(10, n2w, n2p)
  out[k++] = key1(11, n2w)
  out[k++] = key1(12, n2p)
  out[k++] = key2(20, n0p, n1p)
  out[k++] = key3(21, n0p, n1p, n2p)
  out[k++] = key2(76, at(tag, n0 - 1), n0p)
  out[k++] = key1(79, at(cluster, n0))
  out[k++] = key1(83, at(cluster, n1))
  if (inp.altOn) {
    out[k++] = key2(90, n0p, at(inp.alt, n0))
    out[k++] = key2(91, n1p, at(inp.alt, n1))
  }
  return k
}

/** Writes the buffer-front features that read its left children at `out[k..]`; returns the new count. */
export function bufferFrontLeftFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  const { word, tag } = inp
  const label = st.label
  const n0 = st.b
  const n0w = at(word, n0)
  const n0p = at(tag, n0)
  const n0l = st.lc1[n0]!
  const n0l2 = st.lc2[n0]!
  const n0vl = st.nLeft[n0]!
  const n0sl = mix(st.leftSetLo[n0]!, st.leftSetHi[n0]!)
  k = wordAndTagWith(out, k, 37, n0w, n0p, n0vl)
  k = child(out, k, 48, inp, label, n0l)
  k = child(out, k, 60, inp, label, n0l2)
  out[k++] = key3(66, n0p, at(tag, n0l), at(tag, n0l2))
  k = wordAndTagWith(out, k, 71, n0w, n0p, n0sl)
  return k
}

/** Writes the features of `state` that read the stack top and the buffer front together at `out[k..]`; returns the new count. */
export function stateFeatures(st: ParseState, inp: ParserInput, out: Int32Array, k: number): number {
  const { word, tag, cluster } = inp
  const s0 = st.s0()
  const s1 = st.s1()
  const n0 = st.b
  const n = st.n
  const n1 = n0 + 1 <= n ? n0 + 1 : NONE
  const label = st.label
  const s0w = at(word, s0)
  const s0p = at(tag, s0)
  const n0w = at(word, n0)
  const n0p = at(tag, n0)
  const n1p = at(tag, n1)
  const s0h = s0 >= 0 ? st.head[s0]! : NONE
  const s0l = s0 >= 0 ? st.lc1[s0]! : NONE
  const s0r = s0 >= 0 ? st.rc1[s0]! : NONE
  const n0l = st.lc1[n0]!
  const dist = s0 >= 0 ? distanceBucket(n0 - s0) : NONE
  const s0c = at(cluster, s0)
  const n0c = at(cluster, n0)
  // Word pairs.
  out[k++] = key4(13, s0w, s0p, n0w, n0p)
  out[k++] = key3(14, s0w, s0p, n0w)
  out[k++] = key3(15, s0w, n0w, n0p)
  out[k++] = key3(16, s0w, s0p, n0p)
  out[k++] = key3(17, s0p, n0w, n0p)
  out[k++] = key2(18, s0w, n0w)
  out[k++] = key2(19, s0p, n0p)
  // Three words.
  out[k++] = key3(22, s0p, n0p, n1p)
  out[k++] = key3(23, at(tag, s0h), s0p, n0p)
  out[k++] = key3(24, s0p, at(tag, s0l), n0p)
  out[k++] = key3(25, s0p, at(tag, s0r), n0p)
  out[k++] = key3(26, s0p, n0p, at(tag, n0l))
  // Distance.
  k = wordAndTagWith(out, k, 27, s0w, s0p, dist)
  k = wordAndTagWith(out, k, 29, n0w, n0p, dist)
  out[k++] = key3(31, s0w, n0w, dist)
  out[k++] = key3(32, s0p, n0p, dist)
  // The second stack item, the word after the stack top, and clusters.
  out[k++] = key3(75, at(tag, s1), s0p, n0p)
  out[k++] = key3(77, s0p, at(tag, s0 + 1), n0p)
  out[k++] = key2(80, s0c, n0c)
  out[k++] = key2(81, s0c, n0p)
  out[k++] = key2(82, s0p, n0c)
  out[k++] = key3(84, s0c, n0p, n1p)
  out[k++] = key3(85, s0p, n0c, n1p)
  out[k++] = key3(87, s0 >= 0 && st.head[s0]! >= 0 ? 1 : 0, s0p, n0p)
  out[k++] = key2(88, at(label, s0), n0p)
  // The tagger's doubt about both words at once: without this pair, the runner-up features alone
  // gained nothing on EWT dev (see the model card).
  if (inp.altOn) out[k++] = key4(92, s0p, at(inp.alt, s0), n0p, at(inp.alt, n0))
  return k
}

/** Writes the labeler's features for an arc from `h` to `d` into `out` and returns their number. */
export function labelFeatures(st: ParseState, inp: ParserInput, h: number, d: number, out: Int32Array): number {
  const { word, tag, utag, cluster } = inp
  const n = st.n
  const label = st.label
  const dw = word[d]!
  const dp = tag[d]!
  const hw = word[h]!
  const hp = tag[h]!
  const dir = d < h ? 0 : 1
  const dist = distanceBucket(Math.abs(h - d))
  const dl = st.lc1[d]!
  const dr = st.rc1[d]!
  const hl = st.lc1[h]!
  const hr = st.rc1[h]!
  const dsl = mix(st.leftSetLo[d]!, st.leftSetHi[d]!)
  const dsr = mix(st.rightSetLo[d]!, st.rightSetHi[d]!)
  const hsl = mix(st.leftSetLo[h]!, st.leftSetHi[h]!)
  const hsr = mix(st.rightSetLo[h]!, st.rightSetHi[h]!)
  const hh = h < n ? st.head[h]! : NONE
  let k = 0
  out[k++] = key1(101, dir)
  k = wordAndTagWith(out, k, 102, dw, dp, dir)
  k = wordAndTagWith(out, k, 104, hw, hp, dir)
  out[k++] = key3(106, dp, hp, dir)
  out[k++] = key3(107, dw, hp, dir)
  out[k++] = key3(108, dp, hw, dir)
  out[k++] = key3(109, dw, hw, dir)
  out[k++] = key3(110, dp, hp, dist)
  out[k++] = key2(111, utag[d]!, utag[h]!)
  out[k++] = key3(112, cluster[d]!, hp, dir)
  out[k++] = key3(113, dp, cluster[h]!, dir)
  out[k++] = key2(114, at(word, dl), at(tag, dl))
  out[k++] = key2(115, at(tag, dl), dp)
  out[k++] = key3(116, at(word, dl), dp, hp)
  out[k++] = key2(117, at(label, dl), dp)
  out[k++] = key2(118, at(tag, dr), dp)
  out[k++] = key2(119, at(label, dr), dp)
  out[k++] = key3(120, dsl, dp, dir)
  out[k++] = key3(121, dsr, dp, dir)
  out[k++] = key3(122, hsl, dp, dir)
  out[k++] = key3(123, hsr, dp, dir)
  out[k++] = key3(124, hsl, hp, dp)
  out[k++] = key3(125, at(label, h < n ? h : NONE), hp, dp)
  out[k++] = key3(126, at(tag, hh), hp, dp)
  out[k++] = key3(127, at(word, hl), hp, dp)
  out[k++] = key3(128, at(label, hl), hp, dp)
  out[k++] = key3(129, at(label, hr), hp, dp)
  out[k++] = key3(130, at(tag, d - 1), dp, dir)
  out[k++] = key3(131, at(tag, d + 1 <= n ? d + 1 : NONE), dp, dir)
  out[k++] = key3(132, at(word, dl), hw, dir)
  out[k++] = key3(133, st.nLeft[h]!, st.nRight[h]!, dp)
  out[k++] = key2(134, dw, hw)
  out[k++] = key3(135, at(word, st.lc2[d]!), at(word, dl), dp)
  out[k++] = key3(136, dist, dir, dp)
  if (inp.altOn) {
    out[k++] = key2(137, dp, inp.alt[d]!)
    out[k++] = key2(138, hp, inp.alt[h]!)
  }
  return k
}
