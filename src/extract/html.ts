/**
 * HTML to an Article: parse once, read the metadata, find the main text, then apply the text
 * signals (dateline, credit line, bio) that plain-text pages share.
 */
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { newArticle } from '../model/new-article.js'
import type { ExtractOptions } from './options.js'
import { extractBody } from './body/index.js'
import { extractMetadata } from './metadata/index.js'
import { parseHtml } from './parse-html.js'

/** Extracts the main text and metadata of an HTML page. */
export function extractFromHtml(html: string, doc: RawDocument, options: ExtractOptions): Article {
  const { dom, diagnostics: parseDiagnostics } = parseHtml(html, options)
  const url = doc.url ?? doc.hints?.url ?? null
  const meta = extractMetadata(dom, { url, ...(doc.lastModified ? { lastModified: doc.lastModified } : {}) }, options)
  const body = extractBody(dom, { title: meta.title }, options)
  const pageUrl = meta.url ?? url
  return newArticle({
    input: doc.input,
    text: body.text,
    title: meta.title,
    url: pageUrl,
    canonicalUrl: meta.canonicalUrl,
    site: { domain: domainOf(meta.canonicalUrl ?? pageUrl), name: meta.siteName },
    authors: meta.authors,
    published: meta.published,
    modified: meta.modified,
    referenceDate: meta.published ? meta.published.slice(0, 10) : null,
    language: meta.language ?? 'en',
    access: meta.paywalled ? 'paywalled' : body.access,
    fieldSources: meta.fieldSources,
    removed: body.removed,
    diagnostics: [...parseDiagnostics, ...meta.diagnostics, ...body.diagnostics],
  })
}

/** Host name without a leading `www.`, or null for a missing or malformed URL. */
export function domainOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}
