/**
 * Data types shared by every stage: the article contract, raw documents, identifiers and the
 * identities every stage agrees on (canonical URL, normalized-text hash, the PLOVER ontology).
 */
export * from './article.js'
export * from './raw-document.js'
export * from './ids.js'
export * from './new-article.js'
export * from './unavailable.js'
export { canonicalizeUrl, sameUrl } from './canonical-url.js'
export { normalizeText, textHash, sameText } from './text-hash.js'
export * from './plover.js'
