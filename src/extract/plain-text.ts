/** A page saved as text to an Article. Placeholder: title = first line, text = the rest. */
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { newArticle } from '../model/new-article.js'
import type { ExtractOptions } from './options.js'

/** Extracts title, body and metadata from a page saved as plain text. */
export function extractFromPlainText(source: string, doc: RawDocument, _options: ExtractOptions): Article {
  const paragraphs = source.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0)
  const title = paragraphs[0] ?? null
  const text = paragraphs.slice(1).join('\n\n')
  return newArticle({ input: doc.input, text, title, url: doc.url ?? null })
}
