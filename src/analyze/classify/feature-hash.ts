/**
 * Feature hashing over token text without building strings: a word is hashed straight from the
 * characters of the text it sits in (lower-cased on the fly), and word pairs combine two word
 * hashes arithmetically. Written here because the point is to avoid the allocations a library
 * taking strings would need; the mixing is MurmurHash3's 32-bit finalizer (`model/hashing`).
 */
import { fmix32 } from '../../model/hashing.js'

/** 32-bit FNV-1a hash of `text[start, end)`, lower-cased, with ’ read as '. */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) c += 32
    else if (c === 0x2019) c = 39
    else if (c > 127) c = lowerCode(c)
    h = Math.imul(h ^ c, 0x01000193)
  }
  return h >>> 0
}

/** The same hash of a whole string (for word lists built at load time). */
export function stringHash(word: string): number {
  return wordHash(word, 0, word.length)
}

// Non-ASCII letters are rare in English news; only they pay for a one-character string.
function lowerCode(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : c
}

/** Bucket of a single word in a table of `mask + 1` buckets (a power of two). */
export function unigramBucket(word: number, mask: number): number {
  return fmix32(word ^ 0x9e3779b9) & mask
}

/** Bucket of an ordered word pair; (a, b) and (b, a) land apart. */
export function bigramBucket(first: number, second: number, mask: number): number {
  return fmix32(Math.imul(first, 0x27d4eb2f) ^ fmix32(second + 0x165667b1)) & mask
}
