/**
 * What travels between stages. A raw document goes as its own bytes (no base64), with its
 * transport metadata in one header; an extracted article and a stored-article notice go as
 * JSON. Every message carries the document id as its JetStream message id, so a stage that
 * redoes work after a crash publishes nothing twice.
 */
import { headers, type MsgHdrs } from 'nats'
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'

const META = 'Newsgraph-Document'

/** Transport metadata of a raw document, everything but its bytes. */
type RawMeta = Omit<RawDocument, 'body'> & { readonly textBody?: boolean }

/** Headers and payload of a raw-document message. */
export function encodeRawDocument(doc: RawDocument): { headers: MsgHdrs; data: Uint8Array } {
  const { body, ...rest } = doc
  const meta: RawMeta = typeof body === 'string' ? { ...rest, textBody: true } : rest
  const h = headers()
  // Header values must be one line of ASCII; paths and URLs may be neither.
  h.set(META, encodeURIComponent(JSON.stringify(meta)))
  return { headers: h, data: typeof body === 'string' ? new TextEncoder().encode(body) : body }
}

/** The raw document a message holds back; throws on a message that is not one. */
export function decodeRawDocument(h: MsgHdrs | undefined, data: Uint8Array): RawDocument {
  const text = h?.get(META)
  if (!text) throw new Error('not a newsgraph raw-document message')
  const { textBody, ...meta } = JSON.parse(decodeURIComponent(text)) as RawMeta
  return { ...meta, body: textBody ? new TextDecoder().decode(data) : new Uint8Array(data) }
}

/** An extracted article on its way to analysis. */
export interface ExtractedMessage {
  readonly documentId: string
  /** Stream sequence of the raw document: where its bytes are, and its place in the ingest order. */
  readonly rawSeq: number
  /** Null when extraction failed; the document is still stored, as the embedded path does. */
  readonly article: Article | null
  readonly error?: string
}

/** A stored document, on its way to story clustering. */
export interface StoredMessage {
  readonly documentId: string
  readonly articleId: string | null
}

/** JSON bytes of a message. */
export function encodeJson(value: ExtractedMessage | StoredMessage): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value))
}

/** A JSON message back. */
export function decodeJson<T extends ExtractedMessage | StoredMessage>(data: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(data)) as T
}
