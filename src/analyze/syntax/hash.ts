/**
 * 32-bit integer hashing for features. The tagger and parser name a feature by mixing a template
 * number with integer ids computed once per word (word, suffix, cluster, tag), so scoring never
 * builds a string. Collisions between 32-bit keys are rare at the few million features a model
 * sees and harmless to a perceptron.
 */

/** FNV-1a over the UTF-16 code units of a string; never 0 (0 marks an empty table slot). */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h === 0 ? 1 : h | 0
}

/** Mixes one more integer into a running hash (murmur3-style round). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

/** Final avalanche of a mixed hash; never 0. */
export function finish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h === 0 ? 1 : h | 0
}

/** Key of a feature made of a template number and one value. */
export function key1(template: number, a: number): number {
  return finish(mix(mix(0x9747b28c, template), a))
}

/** Key of a feature made of a template number and two values. */
export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(mix(0x9747b28c, template), a), b))
}

/** Key of a feature made of a template number and three values. */
export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(0x9747b28c, template), a), b), c))
}
