/** Page metadata from a parsed HTML page (placeholder: the <title> element). */
import type { Document } from 'domhandler'
import { textContent } from 'domutils'
import type { Diagnostic, FieldSource } from '../../model/article.js'
import { selectOne } from '../select.js'
import type { ExtractOptions } from '../options.js'

/** Metadata of a page; each found field records its source in `fieldSources`. */
export interface PageMetadata {
  readonly title: string | null
  readonly authors: string[]
  /** ISO 8601 date or date-time, as precise as known. */
  readonly published: string | null
  readonly modified: string | null
  readonly siteName: string | null
  readonly canonicalUrl: string | null
  /** URL of the page (canonical, og:url, or the fetch URL). */
  readonly url: string | null
  /** ISO 639-1 language code, or null when the page does not say. */
  readonly language: string | null
  readonly description: string | null
  /** True when the page declares itself paywalled (JSON-LD `isAccessibleForFree: false`...). */
  readonly paywalled: boolean
  readonly fieldSources: Record<string, FieldSource>
  readonly diagnostics: Diagnostic[]
}

/** What is known about the page from outside its markup. */
export interface MetadataContext {
  /** URL the page was fetched from, if any. */
  readonly url: string | null
  /** HTTP Last-Modified or file time: a last-resort date hint. */
  readonly lastModified?: string
}

/** Reads title, authors, dates, site, canonical URL and language from the page. */
export function extractMetadata(dom: Document, context: MetadataContext, _options: ExtractOptions): PageMetadata {
  const titleEl = selectOne('title', dom)
  const title = titleEl ? textContent(titleEl).trim() : null
  return {
    title,
    authors: [],
    published: null,
    modified: null,
    siteName: null,
    canonicalUrl: null,
    url: context.url,
    language: null,
    description: null,
    paywalled: false,
    fieldSources: title ? { title: 'markup' } : {},
    diagnostics: [],
  }
}
