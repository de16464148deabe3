/**
 * 32-bit integer hashing for features. The tagger and parser name a feature by mixing a template
 * number with integer ids computed once per word (word, suffix, cluster, tag), so scoring never
 * builds a string. Collisions between 32-bit keys are rare at the few million features a model
 * sees and harmless to a perceptron.
 */
import { fmix32 } from '../../model/hashing.js'

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
  const f = fmix32(h)
  return f === 0 ? 1 : f | 0
}

const SEED = 0x9747b28c
// Every key starts by mixing its template number into the seed: done once here for the template
// numbers the models use, so scoring saves one round per feature (the keys are the same).
const TEMPLATES = Int32Array.from({ length: 256 }, (_, t) => mix(SEED, t))

/** The seed mixed with a template number (from the table when the number is in it). */
function templateSeed(template: number): number {
  return template >= 0 && template < 256 ? TEMPLATES[template]! : mix(SEED, template)
}

/** Key of a feature made of a template number and one value. */
export function key1(template: number, a: number): number {
  return finish(mix(templateSeed(template), a))
}

/** Key of a feature made of a template number and two values. */
export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(templateSeed(template), a), b))
}

/** Key of a feature made of a template number and three values. */
export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(templateSeed(template), a), b), c))
}

/** Key of a feature made of a template number and four values. */
export function key4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(templateSeed(template), a), b), c), d))
}
