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
import { applyTextSignals } from './text-signals/index.js'
import { detectLanguage } from './language.js'

/** Extracts the main text and metadata of an HTML page. */
export function extractFromHtml(html: string, doc: RawDocument, options: ExtractOptions): Article {
  const { dom, diagnostics: parseDiagnostics } = parseHtml(html, options)
  const url = doc.url ?? doc.hints?.url ?? null
  const meta = extractMetadata(dom, { url, ...(doc.lastModified ? { lastModified: doc.lastModified } : {}) }, options)
  const body = extractBody(dom, { title: meta.title }, options)
  const pageUrl = meta.url ?? url
  // Wire credits, datelines and closing bios live in the words, not the markup.
  const signals = applyTextSignals(body.text === '' ? [] : body.text.split('\n\n'), {
    authors: meta.authors,
    originalSource: null,
    published: meta.published,
    site: { name: meta.siteName, domain: domainOf(meta.canonicalUrl ?? pageUrl) },
  })
  const text = signals.paragraphs.join('\n\n')
  const fieldSources = { ...meta.fieldSources }
  // Authors from the text (a closing bio) only stand in when the page names none.
  if (meta.authors.length === 0 && signals.authors.length > 0) fieldSources['authors'] = 'text'
  if (signals.dateline) fieldSources['dateline'] = 'text'
  if (signals.originalSource) fieldSources['originalSource'] = 'text'
  const referenceDate = meta.published ? meta.published.slice(0, 10) : signals.referenceDate
  if (!meta.published && referenceDate) fieldSources['referenceDate'] = 'text'
  const detected = meta.language ? null : detectLanguage(text || (meta.title ?? ''))
  if (detected) fieldSources['language'] = 'text'
  return newArticle({
    input: doc.input,
    text,
    title: meta.title,
    url: pageUrl,
    canonicalUrl: meta.canonicalUrl,
    site: { domain: domainOf(meta.canonicalUrl ?? pageUrl), name: meta.siteName },
    authors: meta.authors.length > 0 ? meta.authors : signals.authors,
    published: meta.published,
    modified: meta.modified,
    referenceDate,
    dateline: signals.dateline,
    language: meta.language ?? detected?.code ?? 'en',
    originalSource: signals.originalSource,
    access: accessOf(meta.paywalled, body.access, text),
    description: meta.description,
    image: meta.image ? { url: meta.image.url, caption: meta.image.caption, credit: meta.image.credit, alt: meta.image.alt, width: meta.image.width, height: meta.image.height } : null,
    fieldSources,
    removed: [...body.removed, ...signals.removed],
    diagnostics: [
      ...parseDiagnostics,
      ...meta.diagnostics,
      ...body.diagnostics,
      ...(meta.paywalled && accessOf(true, body.access, text) === 'full'
        ? [{ level: 'info' as const, code: 'declared-paywalled', message: 'the page declares itself not free to read, but its full text is present' }]
        : []),
    ],
  })
}

// A paywall declaration (JSON-LD isAccessibleForFree: false) describes the publisher's policy;
// when the served page still carries a full-length text, what the reader has is the full article.
const FULL_TEXT_CHARS = 2000

function accessOf(declaredPaywalled: boolean, bodyAccess: Article['access'], text: string): Article['access'] {
  if (!declaredPaywalled) return bodyAccess
  return bodyAccess === 'full' && text.length >= FULL_TEXT_CHARS ? 'full' : 'paywalled'
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
