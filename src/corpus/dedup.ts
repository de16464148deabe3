/**
 * Dedup levels, strongest first: the same URL, the same text, a near-duplicate (the same text
 * lightly edited), a syndicated copy (the same wire text trimmed, extended or re-headlined) and
 * a rewrite (another write-up that lifts long passages). `DuplicateIndex` finds, for an arriving
 * article, the earlier article it duplicates without comparing it with every article seen.
 */
import { canonicalizeUrl } from '../model/canonical-url.js'
import { fullText, type CorpusDoc } from './corpus-doc.js'
import { addToLsh, createLshIndex, minhashSignature, queryLsh, type LshIndex } from './minhash.js'
import { containment, jaccard, wordShingles } from './shingles.js'
import { longestSharedRun } from './shared-passages.js'
import { textHash } from '../model/text-hash.js'

/** How one article duplicates another. */
export type DuplicateLevel = 'same-url' | 'same-text' | 'near-duplicate' | 'syndicated' | 'rewrite'

/** Thresholds on word 5-gram overlap between two articles (title and text together). */
export const DEDUP_THRESHOLDS = Object.freeze({
  /** Jaccard at or above which two texts are the same text lightly edited. */
  nearDuplicateJaccard: 0.8,
  /** Jaccard at or above which a text is a syndicated copy (same wire story, edited). */
  syndicatedJaccard: 0.3,
  /** Share of the shorter text found in the longer at or above which it is a syndicated copy. */
  syndicatedContainment: 0.8,
  /** Share of the shorter text found in the longer at or above which it is a rewrite. */
  rewriteContainment: 0.15,
  /** Words in the longest shared passage at or above which it is a rewrite. */
  rewritePassageWords: 20,
})

/** Overlap figures of two shingle sets. */
export interface Overlap {
  readonly jaccard: number
  readonly containment: number
}

/** Levels that make an article a copy of another (not merely a rewrite). */
export function isCopyLevel(level: DuplicateLevel | null): boolean {
  return level === 'same-url' || level === 'same-text' || level === 'near-duplicate' || level === 'syndicated'
}

/** Level 1: both articles have URLs that are the same after canonicalization. */
export function isSameUrl(a: CorpusDoc, b: CorpusDoc): boolean {
  const ua = canonicalizeUrl(a.canonicalUrl ?? a.url ?? '')
  return ua !== null && ua === canonicalizeUrl(b.canonicalUrl ?? b.url ?? '')
}

/** Level 2: title and text are the same after normalization. */
export function isSameText(a: CorpusDoc, b: CorpusDoc): boolean {
  const ta = fullText(a)
  return ta.trim().length > 0 && textHash(ta) === textHash(fullText(b))
}

/** Level 3: word 5-gram Jaccard of at least `nearDuplicateJaccard`. */
export function isNearDuplicate(overlap: Overlap): boolean {
  return overlap.jaccard >= DEDUP_THRESHOLDS.nearDuplicateJaccard
}

/** Level 4: the same wire text republished: enough 5-grams shared, or the shorter one contained. */
export function isSyndicated(overlap: Overlap): boolean {
  return overlap.jaccard >= DEDUP_THRESHOLDS.syndicatedJaccard || overlap.containment >= DEDUP_THRESHOLDS.syndicatedContainment
}

/** Level 5: a different write-up that still lifts a long passage or a good share of the text. */
export function isRewrite(overlap: Overlap, longestPassageWords: number): boolean {
  return overlap.containment >= DEDUP_THRESHOLDS.rewriteContainment || longestPassageWords >= DEDUP_THRESHOLDS.rewritePassageWords
}

/** 5-gram overlap of two articles' title and text. */
export function overlapOf(a: CorpusDoc, b: CorpusDoc): Overlap {
  const sa = wordShingles(fullText(a))
  const sb = wordShingles(fullText(b))
  return { jaccard: jaccard(sa, sb), containment: containment(sa, sb) }
}

/** The strongest level at which `b` duplicates `a`, or null when they are unrelated texts. */
export function classifyDuplicate(a: CorpusDoc, b: CorpusDoc): DuplicateLevel | null {
  if (isSameUrl(a, b)) return 'same-url'
  if (isSameText(a, b)) return 'same-text'
  const overlap = overlapOf(a, b)
  if (isNearDuplicate(overlap)) return 'near-duplicate'
  if (isSyndicated(overlap)) return 'syndicated'
  if (isRewrite(overlap, longestSharedRun(fullText(a), fullText(b)))) return 'rewrite'
  return null
}

/** A duplicate found for an arriving article. */
export interface DuplicateMatch {
  /** Input of the earlier article. */
  readonly of: string
  readonly level: Exclude<DuplicateLevel, 'rewrite'>
  readonly jaccard: number
  readonly containment: number
}

/** Incremental lookup structures for the copy levels. */
export interface DuplicateIndex {
  readonly byUrl: Map<string, string>
  readonly byHash: Map<string, string>
  readonly lsh: LshIndex
  /** Sampled shingle to the articles containing it: finds short excerpts of long texts. */
  readonly sampled: Map<number, string[]>
  readonly shingles: Map<string, Set<number>>
}

/** An empty index. */
export function createDuplicateIndex(): DuplicateIndex {
  return { byUrl: new Map(), byHash: new Map(), lsh: createLshIndex(), sampled: new Map(), shingles: new Map() }
}

/** One shingle in four is indexed for containment lookup; enough to catch a 20-word excerpt. */
const sampledShingle = (s: number): boolean => (s & 3) === 0

/**
 * The earlier article that `doc` copies (same URL, same text, near-duplicate or syndicated),
 * the closest one when several match; null when it is not a copy.
 */
export function findDuplicate(index: DuplicateIndex, doc: CorpusDoc): DuplicateMatch | null {
  const url = canonicalizeUrl(doc.canonicalUrl ?? doc.url ?? '')
  const byUrl = url !== null ? index.byUrl.get(url) : undefined
  if (byUrl !== undefined) return { of: byUrl, level: 'same-url', jaccard: 1, containment: 1 }
  const text = fullText(doc)
  if (text.trim() === '') return null
  const byHash = index.byHash.get(textHash(text))
  if (byHash !== undefined) return { of: byHash, level: 'same-text', jaccard: 1, containment: 1 }
  const shingles = wordShingles(text)
  const candidates = queryLsh(index.lsh, minhashSignature(shingles))
  for (const s of shingles) if (sampledShingle(s)) for (const id of index.sampled.get(s) ?? []) candidates.add(id)
  let best: DuplicateMatch | null = null
  for (const id of candidates) {
    const other = index.shingles.get(id)
    if (!other) continue
    const overlap = { jaccard: jaccard(shingles, other), containment: containment(shingles, other) }
    if (!isSyndicated(overlap)) continue
    const level = isNearDuplicate(overlap) ? 'near-duplicate' : 'syndicated'
    if (!best || overlap.jaccard + overlap.containment > best.jaccard + best.containment) best = { of: id, level, ...overlap }
  }
  return best
}

/** Records an article so later copies of it are found. */
export function addToDuplicateIndex(index: DuplicateIndex, doc: CorpusDoc): void {
  const url = canonicalizeUrl(doc.canonicalUrl ?? doc.url ?? '')
  if (url !== null && !index.byUrl.has(url)) index.byUrl.set(url, doc.input)
  const text = fullText(doc)
  if (text.trim() === '') return
  const hash = textHash(text)
  if (!index.byHash.has(hash)) index.byHash.set(hash, doc.input)
  const shingles = wordShingles(text)
  index.shingles.set(doc.input, shingles)
  addToLsh(index.lsh, doc.input, minhashSignature(shingles))
  for (const s of shingles) {
    if (!sampledShingle(s)) continue
    const list = index.sampled.get(s)
    if (list) list.push(doc.input)
    else index.sampled.set(s, [doc.input])
  }
}
