/**
 * The extract stage's message handler: a raw document in, its extracted article (or the reason
 * it has none) published to the extracted stream, under the document's id so a redelivered
 * message publishes nothing twice.
 */
import type { JetStreamClient, JsMsg } from 'nats'
import { documentId } from '../model/ids.js'
import type { Pipeline } from '../pipeline.js'
import { whyUnusable } from '../extract/index.js'
import type { ArticleStore } from '../store/article-store.js'
import { decodeRawDocument, encodeJson, type ExtractedMessage } from './messages.js'
import type { Topology } from './topology.js'

/** What the extract handler works with. */
export interface ExtractHandlerDeps {
  readonly js: JetStreamClient
  readonly t: Topology
  /** The extraction pipeline. */
  readonly pipeline: Pipeline
  /** When given, documents already stored are skipped. */
  readonly store: ArticleStore | undefined
  /** The server's largest message, in bytes. */
  readonly maxPayload: number
}

/** Builds the handler of one raw-document message. */
export function extractHandler(deps: ExtractHandlerDeps): (m: JsMsg) => Promise<void> {
  const { js, t, pipeline, store, maxPayload } = deps
  return async (m) => {
    const doc = decodeRawDocument(m.headers, m.data)
    const id = documentId(doc.input, typeof doc.body === 'string' ? new TextEncoder().encode(doc.body) : doc.body)
    if (store && (await store.hasDocument(id))) return
    let message: ExtractedMessage
    try {
      const article = pipeline.run(doc)
      const unusable = whyUnusable(article)
      // Binary or empty input is a failed input on every path, never an empty article.
      message = unusable ? { documentId: id, rawSeq: m.seq, article: null, error: unusable } : { documentId: id, rawSeq: m.seq, article }
    } catch (error) {
      message = { documentId: id, rawSeq: m.seq, article: null, error: `internal error: ${(error as Error).message}` }
    }
    let data = encodeJson(message)
    if (data.byteLength + 1024 > maxPayload) {
      data = encodeJson({ documentId: id, rawSeq: m.seq, article: null, error: `extracted article is ${data.byteLength} bytes, over the queue's message limit` })
    }
    await js.publish(t.extractedSubject, data, { msgID: id })
  }
}
