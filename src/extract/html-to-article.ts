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
import { applyTextSignals, parseByline } from './text-signals/index.js'
import { decideLanguage, languageDiagnostics } from './language.js'

/** Extracts the main text and metadata of an HTML page; `pieces`, when given, are `html` as the decoder cut it. */
export function extractFromHtml(html: string, doc: RawDocument, options: ExtractOptions, pieces?: readonly string[]): Article {
  const { dom, diagnostics: parseDiagnostics, textParts } = parseHtml(html, options, pieces)
  const url = doc.url ?? doc.hints?.url ?? null
  const meta = extractMetadata(dom, { url, textParts, ...(doc.lastModified ? { lastModified: doc.lastModified } : {}) }, options)
  const body = extractBody(dom, { title: meta.title, jsonLd: meta.jsonLd }, options)
  const pageUrl = meta.url ?? url
  // Wire credits, datelines and closing bios live in the words, not the markup.
  const signals = applyTextSignals(body.text === '' ? [] : body.text.split('\n\n'), {
    authors: meta.authors,
    originalSource: null,
    published: meta.published,
    site: { name: meta.siteName, domain: domainOf(meta.canonicalUrl ?? pageUrl) },
  })
  // Without a byline in the markup, the writer is often named in a line of the text itself
  // ("Ein Artikel von Pamela Sladky | 27.01.2022", "Text von ..."), or in the byline line that
  // the body extractor cut from the head of the story.
  const textByline = meta.authors.length === 0 && signals.authors.length === 0 ? bylineInText(signals.paragraphs, body.removed) : null
  const paragraphs = textByline?.index !== undefined ? signals.paragraphs.filter((_, i) => i !== textByline.index) : signals.paragraphs
  const text = cleanText(paragraphs.join('\n\n'))
  const fieldSources = { ...meta.fieldSources }
  const textAuthors = textByline?.authors ?? signals.authors
  // Authors from the text (a byline line, a closing bio) only stand in when the page names none.
  if (meta.authors.length === 0 && textAuthors.length > 0) fieldSources['authors'] = 'text'
  if (signals.dateline) fieldSources['dateline'] = 'text'
  if (signals.originalSource) fieldSources['originalSource'] = 'text'
  const referenceDate = meta.published ? meta.published.slice(0, 10) : signals.referenceDate
  if (!meta.published && referenceDate) fieldSources['referenceDate'] = 'text'
  const language = decideLanguage(meta.language, text, meta.title)
  if (language.source === 'text') fieldSources['language'] = 'text'
  return newArticle({
    input: doc.input,
    text,
    title: meta.title === null ? null : cleanText(meta.title),
    url: pageUrl,
    canonicalUrl: meta.canonicalUrl,
    site: { domain: domainOf(meta.canonicalUrl ?? pageUrl), name: meta.siteName },
    authors: meta.authors.length > 0 ? meta.authors : textAuthors,
    bylineOrganizations: meta.organizations,
    published: meta.published,
    modified: meta.modified,
    referenceDate,
    dateline: signals.dateline,
    language: language.code,
    languageConfidence: language.confidence,
    originalSource: signals.originalSource,
    access: accessOf(meta.paywalled, body.access, text),
    description: meta.description,
    image: meta.image ? { url: meta.image.url, caption: meta.image.caption, credit: meta.image.credit, alt: meta.image.alt, width: meta.image.width, height: meta.image.height } : null,
    fieldSources,
    removed: [...body.removed, ...signals.removed, ...(textByline?.index !== undefined ? [{ text: signals.paragraphs[textByline.index] ?? '', reason: 'byline' as const }] : [])],
    diagnostics: [
      ...parseDiagnostics,
      ...meta.diagnostics,
      ...body.diagnostics,
      ...languageDiagnostics(language),
      ...(meta.paywalled && accessOf(true, body.access, text) === 'full'
        ? [{ level: 'info' as const, code: 'declared-paywalled', message: 'the page declares itself not free to read, but its full text is present' }]
        : []),
    ],
  })
}

/**
 * Text as readers see it: soft hyphens (invisible unless a line breaks there) and zero-width spaces
 * removed, and composed Unicode (NFC), so that the same word is always the same string.
 */
export function cleanText(text: string): string {
  return text.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').normalize('NFC')
}

/** Paragraphs at each end of the text where a byline line may stand. */
const BYLINE_EDGE = 2

/** Authors named by a byline line: one the body extractor cut, else a whole paragraph at either end of the text. */
function bylineInText(paragraphs: readonly string[], removed: Article['removed']): { authors: string[]; index?: number } | null {
  for (const r of removed) {
    if (r.reason !== 'byline') continue
    const b = parseByline(r.text)
    if (b && b.authors.length > 0) return { authors: b.authors }
  }
  const n = paragraphs.length
  const edges = [...Array(Math.min(BYLINE_EDGE, n)).keys(), ...[...Array(Math.min(BYLINE_EDGE, n)).keys()].map((i) => n - 1 - i)]
  for (const i of new Set(edges)) {
    const b = parseByline(paragraphs[i] ?? '')
    if (b && b.authors.length > 0) return { authors: b.authors, index: i }
  }
  return null
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
