/**
 * The analyze stage's message handler: an extracted article in, analyzed and written to the
 * store with its raw document (read back from the raw stream), then a stored-article notice
 * published for clustering. A document already stored is only announced again.
 */
import type { JetStreamClient, JsMsg, SeqMsgRequest, StoredMsg } from 'nats'
import type { Pipeline } from '../pipeline.js'
import type { ArticleStore } from '../store/article-store.js'
import { decodeJson, decodeRawDocument, encodeJson, type ExtractedMessage, type StoredMessage } from './messages.js'
import type { Topology } from './topology.js'

/** What the analyze handler works with. */
export interface AnalyzeHandlerDeps {
  readonly js: JetStreamClient
  readonly t: Topology
  /** The analysis pipeline. */
  readonly pipeline: Pipeline
  readonly store: ArticleStore
  /** Reads one message of a stream by sequence number. */
  readonly readRaw: (stream: string, query: SeqMsgRequest) => Promise<StoredMsg>
  readonly log: (line: string) => void
}

/** Builds the handler of one extracted-article message. */
export function analyzeHandler(deps: AnalyzeHandlerDeps): (m: JsMsg) => Promise<void> {
  const { js, t, pipeline, store, readRaw, log } = deps
  return async (m) => {
    const x = decodeJson<ExtractedMessage>(m.data)
    let articleId = x.article?.id ?? null
    if (!(await store.hasDocument(x.documentId))) {
      const raw = await readRaw(t.rawStream, { seq: x.rawSeq })
      const doc = decodeRawDocument(raw.header, raw.data)
      let article = null
      if (x.article) {
        try {
          article = pipeline.analyze(x.article)
        } catch (error) {
          // As in the embedded path: a stage that throws on content is a bug; the document is still kept.
          log(`analyze: ${doc.input}: internal error: ${(error as Error).message}`)
        }
      }
      if (x.error) log(`extract: ${doc.input}: ${x.error}`)
      const body = typeof doc.body === 'string' ? new TextEncoder().encode(doc.body) : doc.body
      const put = await store.put(
        { id: x.documentId, input: doc.input, url: doc.url ?? null, contentType: doc.contentType ?? null, fetchedAt: doc.fetchedAt ?? null, body, ingestOrder: x.rawSeq },
        article,
      )
      articleId = put.articleId
    }
    const notice: StoredMessage = { documentId: x.documentId, articleId }
    await js.publish(t.storedSubject, encodeJson(notice), { msgID: x.documentId })
  }
}
