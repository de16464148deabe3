/**
 * The extract stage: a RawDocument (HTML, a page saved as text, or plain article text) to an
 * Article with its text and metadata. Content problems become diagnostics; only misuse throws.
 */
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { newArticle } from '../model/new-article.js'
import { decideLanguage, languageDiagnostics } from './language.js'
import { checkOptions, checkRawDocument } from '../model/argument-checks.js'
import { decode } from './decode.js'
import { extractFromHtml } from './html-to-article.js'
import { extractFromPlainText } from './plain-text.js'
import { resolveExtractOptions, type ExtractOptions } from './options.js'
import { looksLikeHtml } from './sniff.js'
import { openingDatelineSpan } from './text-signals/dateline.js'

export type { ExtractOptions } from './options.js'
export { DEFAULT_EXTRACT_OPTIONS, resolveExtractOptions } from './options.js'
export { openingDatelineSpan, parseWireDateline } from './text-signals/dateline.js'

/** Extracts the article from one raw document. */
export function extract(doc: RawDocument, options: Partial<ExtractOptions> = {}): Article {
  checkRawDocument('extract', doc)
  checkOptions('extract', options, true)
  const opts = resolveExtractOptions(options)
  const decoded: { text: string; pieces?: readonly string[]; diagnostics: Article['diagnostics'] } =
    typeof doc.body === 'string' ? { text: doc.body, diagnostics: [] } : decode(doc.body, doc.contentType)
  const source = decoded.text
  // Decoded pieces are read as they are: reading the joined text would copy the whole page into one string.
  const pieces = decoded.pieces ?? [source]
  const format = doc.format ?? (looksLikeHtml(pieces) ? 'html' : 'text')
  const unusable = unusableInput(pieces, decoded.diagnostics)
  let article: Article
  if (unusable) {
    article = newArticle({ input: doc.input, text: '', url: doc.url ?? doc.hints?.url ?? null, diagnostics: unusable })
    return applyHints(article, doc, [])
  }
  if (format === 'plain') {
    const language = decideLanguage(null, source, doc.hints?.title ?? null)
    article = newArticle({
      input: doc.input,
      text: source,
      url: doc.url ?? doc.hints?.url ?? null,
      language: language.code,
      languageConfidence: language.confidence,
      fieldSources: language.source === 'text' ? { language: 'text' } : {},
      diagnostics: languageDiagnostics(language),
    })
  } else if (format === 'html') {
    article = extractFromHtml(source, doc, opts, decoded.pieces)
  } else {
    article = extractFromPlainText(source, doc, opts)
  }
  // The HTML body extractor reports this itself; a page saved as text gets the same code.
  if (article.text.trim() === '' && !article.diagnostics.some((d) => d.code === 'empty-body')) {
    article = { ...article, diagnostics: [...article.diagnostics, { level: 'warning', code: 'empty-body', message: 'no article text found in the input' }] }
  }
  return applyHints(article, doc, decoded.diagnostics)
}

/**
 * Diagnostics for input with nothing to extract (binary data, zero bytes, only whitespace), or
 * null when extraction should go ahead. The CLI reports such inputs as failed.
 */
function unusableInput(pieces: readonly string[], diagnostics: readonly Article['diagnostics'][number][]): Article['diagnostics'] | null {
  if (diagnostics.some((d) => d.code === 'binary-input' || d.code === 'empty-input')) return [...diagnostics]
  if (pieces.every((p) => p.trim() === '')) return [...diagnostics, { level: 'error', code: 'empty-input', message: 'the input has no text (only white space)' }]
  return null
}

/** Diagnostic codes that mean an input had nothing to extract; callers treat the input as failed. */
export const UNUSABLE_INPUT_CODES: ReadonlySet<string> = new Set(['binary-input', 'empty-input'])

/**
 * Why an extracted article is no article at all (binary or empty input: `binary-input: ...`), or
 * null when it is usable. `analyze`, `extract`, `ingest` and the queue workers all fail such an
 * input through this one test instead of each deciding for itself.
 */
export function whyUnusable(article: Article): string | null {
  const d = article.diagnostics.find((x) => UNUSABLE_INPUT_CODES.has(x.code))
  return d ? `${d.code}: ${d.message}` : null
}

/** Caller-supplied metadata wins over what extraction found; the reference date follows. */
function applyHints(article: Article, doc: RawDocument, diagnostics: Article['diagnostics']): Article {
  const hints = doc.hints ?? {}
  const out: Article = { ...article, datelineSpan: openingDatelineSpan(article.text), diagnostics: [...diagnostics, ...article.diagnostics] }
  if (hints.title !== undefined) out.title = hints.title
  if (hints.published !== undefined) {
    out.published = hints.published
    out.fieldSources = { ...out.fieldSources, published: 'input' }
  }
  if (hints.url !== undefined && out.url === null) out.url = hints.url
  if (hints.id !== undefined) out.id = hints.id
  if (hints.authors !== undefined) out.authors = [...hints.authors]
  if (out.referenceDate === null && out.published !== null) {
    out.referenceDate = out.published.slice(0, 10)
  }
  return out
}
