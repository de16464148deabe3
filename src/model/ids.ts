/** Stable identifiers: the same content always gets the same id, across runs and machines. */
import { createHash } from 'node:crypto'

/** Hex SHA-256 prefix of a string; 16 hex digits (64 bits) keep collisions negligible per corpus. */
export function shortHash(value: string, length = 16): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length)
}

/** Stable id of an article's content: its normalized text plus, when known, its URL. */
export function articleId(text: string, url: string | null): string {
  const normalized = text.replace(/\s+/g, ' ').trim()
  return shortHash(`${url ?? ''}\u0000${normalized}`)
}

/** Stable id of a raw document: the same input name and bytes always give the same id. */
export function documentId(input: string, body: Uint8Array): string {
  return createHash('sha256').update(input).update('\u0000').update(body).digest('hex').slice(0, 24)
}
