/**
 * What travels between stages. A raw document goes as its own bytes (no base64), with its
 * transport metadata in one header; an extracted article and a stored-article notice go as
 * JSON. Large payloads are brotli-compressed (news HTML shrinks five- to tenfold), so pages of
 * several megabytes fit the server's 1 MB default message limit. Every message carries the document id as its JetStream message id, so a stage that
 * redoes work after a crash publishes nothing twice.
 */
import { headers, type MsgHdrs } from 'nats'
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib'
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'

const META = 'Newsgraph-Document'

/** Transport metadata of a raw document, everything but its bytes. */
type RawMeta = Omit<RawDocument, 'body'> & { readonly textBody?: boolean; readonly brotli?: boolean }

// Smaller payloads go as they are: compressing them would cost more CPU than the bytes saved.
const COMPRESS_FROM = 128 * 1024
const squeeze = (data: Uint8Array): Buffer => brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } })

/** Headers and payload of a raw-document message. */
export function encodeRawDocument(doc: RawDocument): { headers: MsgHdrs; data: Uint8Array } {
  const { body, ...rest } = doc
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const brotli = bytes.byteLength >= COMPRESS_FROM
  const meta: RawMeta = { ...rest, ...(typeof body === 'string' ? { textBody: true } : {}), ...(brotli ? { brotli: true } : {}) }
  const h = headers()
  // Header values must be one line of ASCII; paths and URLs may be neither.
  h.set(META, encodeURIComponent(JSON.stringify(meta)))
  return { headers: h, data: brotli ? squeeze(bytes) : bytes }
}

/** The raw document a message holds back; throws on a message that is not one. */
export function decodeRawDocument(h: MsgHdrs | undefined, data: Uint8Array): RawDocument {
  const text = h?.get(META)
  if (!text) throw new Error('not a newsgraph raw-document message')
  const { textBody, brotli, ...meta } = JSON.parse(decodeURIComponent(text)) as RawMeta
  const bytes = brotli ? new Uint8Array(brotliDecompressSync(data)) : new Uint8Array(data)
  return { ...meta, body: textBody ? new TextDecoder().decode(bytes) : bytes }
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
  const json = new TextEncoder().encode(JSON.stringify(value))
  if (json.byteLength < COMPRESS_FROM) return json
  // JSON never starts with a zero byte, so one marks a compressed payload.
  return Buffer.concat([Buffer.from([0]), squeeze(json)])
}

/** A JSON message back. */
export function decodeJson<T extends ExtractedMessage | StoredMessage>(data: Uint8Array): T {
  const json = data[0] === 0 ? brotliDecompressSync(data.subarray(1)) : data
  return JSON.parse(new TextDecoder().decode(json)) as T
}
