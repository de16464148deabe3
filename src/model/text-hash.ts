/**
 * Exact-text dedup level: two articles whose text is the same after normalizing case,
 * punctuation, quotes and whitespace are the same text. An identity shared by the stores (write-time
 * dedup) and the corpus stage, so it lives in `model/`.
 */
import { createHash } from 'node:crypto'

/** Text reduced to lower-case words separated by single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Hash of the normalized text (hex SHA-1); equal hashes mean the same text. */
export function textHash(text: string): string {
  return createHash('sha1').update(normalizeText(text)).digest('hex')
}

/** True when two texts are the same after normalization (and not both empty). */
export function sameText(a: string, b: string): boolean {
  const na = normalizeText(a)
  return na.length > 0 && na === normalizeText(b)
}
