/**
 * A document as it arrived, before extraction: its bytes (or already-decoded text) and where it
 * came from. Ingest produces these; `extract` consumes them.
 */

/** Bytes or text of one input, with the transport metadata that helps decode and date it. */
export interface RawDocument {
  /** Path, URL, `-` or caller-supplied name the document was read from; echoed as `Article.input`. */
  readonly input: string
  /** Raw bytes (encoding still unknown) or text that is already decoded. */
  readonly body: Uint8Array | string
  /** URL the document was fetched from or is known by. */
  readonly url?: string
  /** HTTP `Content-Type` header value, if any (carries the charset). */
  readonly contentType?: string
  /** HTTP `Last-Modified` or file modification time, ISO 8601; a weak publication date hint. */
  readonly lastModified?: string
  /** When the document was fetched, ISO 8601. */
  readonly fetchedAt?: string
  /** Forces how the body is read: `html`, `text` (page saved as text) or `plain` (already the article text). */
  readonly format?: 'html' | 'text' | 'plain'
  /** Caller-supplied metadata (from `--from-jsonl` lines, feeds or sitemaps); wins over what extraction finds. */
  readonly hints?: DocumentHints
}

/** Metadata known from outside the document. */
export interface DocumentHints {
  readonly title?: string
  readonly published?: string
  readonly url?: string
  readonly id?: string
  readonly authors?: readonly string[]
}
