/** The `documents` table's columns that both SQL stores write the same way. */
import type { StoredDocument } from './article-store.js'

/** The `documents` columns both SQL stores write the same way, in the order of {@link documentColumnValues}. */
export const SHARED_DOCUMENT_COLUMNS = 'id, input, url, content_type, fetched_at, size, body, article_id'

/** The values of {@link SHARED_DOCUMENT_COLUMNS} for one document, its body as the store keeps it; each store appends its own columns after them. */
export function documentColumnValues(d: StoredDocument, storedBody: Uint8Array, articleId: string | null): (string | number | Uint8Array | null)[] {
  return [d.id, d.input, d.url, d.contentType, d.fetchedAt, d.body.byteLength, storedBody, articleId]
}
