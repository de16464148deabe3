/**
 * The extract stage: a RawDocument (HTML, a page saved as text, or plain article text) to an
 * Article with its text and metadata. Content problems become diagnostics; only misuse throws.
 */
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { newArticle } from '../model/new-article.js'
import { decode } from './decode.js'
import { extractFromHtml } from './html.js'
import { extractFromPlainText } from './plain-text.js'
import { resolveExtractOptions, type ExtractOptions } from './options.js'
import { looksLikeHtml } from './sniff.js'

export type { ExtractOptions } from './options.js'
export { DEFAULT_EXTRACT_OPTIONS, resolveExtractOptions } from './options.js'

/** Extracts the article from one raw document. */
export function extract(doc: RawDocument, options: Partial<ExtractOptions> = {}): Article {
  const opts = resolveExtractOptions(options)
  const decoded = typeof doc.body === 'string' ? { text: doc.body, diagnostics: [] } : decode(doc.body, doc.contentType)
  const source = decoded.text
  const format = doc.format ?? (looksLikeHtml(source) ? 'html' : 'text')
  let article: Article
  if (format === 'plain') {
    article = newArticle({ input: doc.input, text: source, url: doc.url ?? doc.hints?.url ?? null })
  } else if (format === 'html') {
    article = extractFromHtml(source, doc, opts)
  } else {
    article = extractFromPlainText(source, doc, opts)
  }
  return applyHints(article, doc, opts, decoded.diagnostics)
}

/** Caller-supplied metadata wins over what extraction found; the reference date follows. */
function applyHints(article: Article, doc: RawDocument, opts: ExtractOptions, diagnostics: Article['diagnostics']): Article {
  const hints = doc.hints ?? {}
  const out: Article = { ...article, diagnostics: [...diagnostics, ...article.diagnostics] }
  if (hints.title !== undefined) out.title = hints.title
  if (hints.published !== undefined) {
    out.published = hints.published
    out.fieldSources = { ...out.fieldSources, published: 'input' }
  }
  if (hints.url !== undefined && out.url === null) out.url = hints.url
  if (hints.id !== undefined) out.id = hints.id
  if (hints.authors !== undefined) out.authors = [...hints.authors]
  if (opts.referenceDate !== undefined) {
    out.referenceDate = opts.referenceDate
    out.fieldSources = { ...out.fieldSources, referenceDate: 'option' }
  } else if (out.referenceDate === null && out.published !== null) {
    out.referenceDate = out.published.slice(0, 10)
  }
  return out
}
