/**
 * Word shingles: overlapping runs of n words, hashed to 32-bit integers. They are what
 * near-duplicate detection (MinHash), containment and shared passages are computed on.
 */

/** Words of a text, lower case, as shingling sees them, with their offsets. */
export function shingleWords(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length })
  return out
}

/** 32-bit FNV-1a hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The set of hashed n-word shingles of a text (default 5 words). */
export function wordShingles(text: string, n = 5): Set<number> {
  return shingleSet(
    shingleWords(text).map((w) => w.word),
    n,
  )
}

/** The set of hashed n-word shingles of a word list. */
export function shingleSet(words: readonly string[], n = 5): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i + n <= words.length; i++) out.add(hash32(words.slice(i, i + n).join(' ')))
  return out
}

/** Jaccard similarity of two shingle sets (0 when both are empty). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const shared = intersectionSize(a, b)
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/** Share of the smaller set found in the larger: how much of the shorter text the longer one contains. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const smaller = Math.min(a.size, b.size)
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller
}

/** Number of shared elements. */
export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x)) n++
  return n
}
