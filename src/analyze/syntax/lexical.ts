/**
 * Integer ids of a word that the tagger's and parser's features combine: its normalized form,
 * lower case, affixes, shape and word clusters, computed once per word so that scoring mixes
 * integers and never builds a string.
 */
import { wordShape } from '../tokens/word-shape.js'
import { hashString } from './hash.js'

/** Word clusters: a word to its cluster numbers at three granularities (coarse to fine). */
export type ClusterTable = ReadonlyMap<string, readonly [number, number, number]>

/** The ids of one word. */
export interface WordIds {
  /** Normalized form (typographic quotes and dashes written as the treebank writes them). */
  readonly form: number
  readonly lower: number
  readonly prefix1: number
  readonly prefix2: number
  readonly prefix3: number
  readonly suffix1: number
  readonly suffix2: number
  readonly suffix3: number
  readonly suffix4: number
  readonly shape: number
  /** Cluster numbers (k32, k128, k512); -1 for a word without clusters. */
  readonly c32: number
  readonly c128: number
  readonly c512: number
  /** Bit set of word flags (see `FLAG_*`). */
  readonly flags: number
}

export const FLAG_CAPITALIZED = 1
export const FLAG_ALL_CAPS = 2
export const FLAG_HAS_DIGIT = 4
export const FLAG_HAS_HYPHEN = 8
export const FLAG_NO_LETTER = 16

// The treebank writes quotes and dashes in ASCII; news uses typographic ones.
const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2013': '--',
  '\u2014': '--',
  '\u2015': '--',
  '\u2012': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00a0': ' ',
}
const TYPOGRAPHIC_CHARS = new RegExp(`[${Object.keys(TYPOGRAPHIC).join('')}]`, 'gu')

/** A word as the treebank would write it: typographic quotes, apostrophes and dashes in ASCII. */
export function normalizeForm(form: string): string {
  return form.replace(TYPOGRAPHIC_CHARS, (c) => TYPOGRAPHIC[c]!)
}

/** The shape the syntax tagger reads: letters of every script classed, at most 8 characters. */
export function shapeOf(word: string): string {
  return wordShape(word, { uncasedLetters: true, maxLength: 8 })
}

const tagged = (kind: string, s: string): number => hashString(`${kind}\u0001${s}`)

/** Computes the ids of a word. */
export function wordIds(rawForm: string, clusters: ClusterTable): WordIds {
  const form = normalizeForm(rawForm)
  const lower = form.toLowerCase()
  const cl = clusters.get(form) ?? clusters.get(lower) ?? clusters.get(rawForm)
  let flags = 0
  if (/^\p{Lu}/u.test(form)) flags |= FLAG_CAPITALIZED
  if (/\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form)) flags |= FLAG_ALL_CAPS
  if (/\p{N}/u.test(form)) flags |= FLAG_HAS_DIGIT
  if (form.length > 1 && form.includes('-')) flags |= FLAG_HAS_HYPHEN
  if (!/\p{L}/u.test(form)) flags |= FLAG_NO_LETTER
  const n = lower.length
  return {
    form: tagged('w', form),
    lower: tagged('l', lower),
    prefix1: tagged('p', lower.slice(0, 1)),
    prefix2: tagged('p', lower.slice(0, 2)),
    prefix3: tagged('p', lower.slice(0, 3)),
    suffix1: tagged('s', lower.slice(Math.max(0, n - 1))),
    suffix2: tagged('s', lower.slice(Math.max(0, n - 2))),
    suffix3: tagged('s', lower.slice(Math.max(0, n - 3))),
    suffix4: tagged('s', lower.slice(Math.max(0, n - 4))),
    shape: tagged('h', shapeOf(form)),
    c32: cl ? cl[0] : -1,
    c128: cl ? cl[1] : -1,
    c512: cl ? cl[2] : -1,
    flags,
  }
}

/** Parses `word<TAB>k32:N<TAB>k128:N<TAB>k512:N[...]` lines (the NER model's cluster file format). */
export function parseClusterTable(text: string): Map<string, [number, number, number]> {
  const out = new Map<string, [number, number, number]>()
  for (const line of text.split('\n')) {
    const parts = line.split('\t')
    if (parts.length < 4) continue
    const code = (prefix: string): number => {
      const p = parts.find((x) => x.startsWith(prefix))
      return p ? Number(p.slice(prefix.length)) : -1
    }
    out.set(parts[0]!, [code('k32:'), code('k128:'), code('k512:')])
  }
  return out
}

/** Memoizes `wordIds` per form; one cache serves every sentence a model processes. */
export class WordIdCache {
  private readonly cache = new Map<string, WordIds>()
  private readonly clusters: ClusterTable
  private readonly limit: number

  /** Creates a cache over `clusters` holding at most `limit` forms (cleared when full). */
  constructor(clusters: ClusterTable, limit = 200_000) {
    this.clusters = clusters
    this.limit = limit
  }

  /** The ids of `form`. */
  get(form: string): WordIds {
    let ids = this.cache.get(form)
    if (ids === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear()
      ids = wordIds(form, this.clusters)
      this.cache.set(form, ids)
    }
    return ids
  }
}
