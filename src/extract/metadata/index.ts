/**
 * Page metadata of an HTML page: title, authors, publication and modification dates, site name,
 * canonical URL, language, description and paywall flag, each with the source it was read from
 * in `fieldSources`. Sources are tried from the most to the least trusted: JSON-LD, OpenGraph,
 * other meta tags, microdata, `<time>`, byline markup, the URL, then the text.
 */
import type { Document, Element } from 'domhandler'
import type { Diagnostic, FieldSource } from '../../model/article.js'
import type { ExtractOptions } from '../options.js'
import { chooseAuthors } from './choose-authors.js'
import { classId, visibleText, walkElements } from './dom.js'
import { findPageDates } from './find-date.js'
import { formatDate, isPlausibleDate, parseDateValue } from './parse-date.js'
import { readJsonLd, type JsonLdInfo } from './json-ld.js'
import { readMetaTags, type MetaTags } from './meta-tags.js'
import { dayOrderFor, findCanonicalUrl, findLanguage, findSiteName, resolveUrl } from './site.js'
import { chooseTitle, domainLabels, type TitleCandidate } from './title.js'
import { findTopImage, type TopImage } from './top-image.js'

/** Metadata of a page; each found field records its source in `fieldSources`. */
export interface PageMetadata {
  readonly title: string | null
  readonly authors: string[]
  /** Organizations credited as authors (a wire service, the outlet), kept apart from people. */
  readonly organizations: string[]
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
  /** The lead image with its caption and credit, when the page names one. */
  readonly image: TopImage | null
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

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase() || null
  } catch {
    return null
  }
}

function titleCandidates(dom: Document, meta: MetaTags, jsonld: JsonLdInfo): TitleCandidate[] {
  const out: TitleCandidate[] = []
  if (jsonld.headline && jsonld.strength >= 4) out.push({ text: jsonld.headline, source: 'jsonld', kind: 'headline' })
  const og = meta.first('og:title')
  if (og) out.push({ text: og.value, source: 'opengraph', kind: 'headline' })
  const other = meta.first('twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'headline', 'title')
  if (other) out.push({ text: other.value, source: 'meta', kind: 'headline' })
  let titleEl: string | undefined
  const h1s: { text: string; className: string }[] = []
  walkElements(dom.children, (el) => {
    if (el.name === 'title' && titleEl === undefined && el.parent && (el.parent as { name?: string }).name !== 'svg') titleEl = visibleTextOfTitle(el)
    if (el.name === 'script' || el.name === 'style' || el.name === 'svg') return false
    if (el.attribs['itemprop'] === 'headline' && el.name !== 'meta') {
      const t = visibleText(el)
      if (t) out.push({ text: t, source: 'microdata', kind: 'h1', className: classId(el) })
      return false
    }
    if (el.name === 'h1' && h1s.length < 8) {
      const t = visibleText(el)
      if (t) h1s.push({ text: t, className: `${classId(el)} ${chromeAncestor(el)}`.trim() })
      return false
    }
    return true
  })
  if (titleEl) out.push({ text: titleEl, source: 'markup', kind: 'title' })
  for (const h of h1s) out.push({ text: h.text, source: 'markup', kind: 'h1', className: h.className })
  return out
}

/** `nav` when an element sits in page chrome (navigation, masthead, sidebar, footer), else ''. */
function chromeAncestor(el: Element): string {
  for (let p = el.parent; p && 'name' in p; p = p.parent) {
    const name = (p as Element).name
    if (name === 'nav' || name === 'aside' || name === 'footer') return 'nav'
    if (/(?:^|[\s_-])(?:nav|navbar|menu|masthead|site-header|sidebar|footer|logo)(?:$|[\s_-])/.test(classId(p as Element))) return 'nav'
  }
  return ''
}

function visibleTextOfTitle(el: Element): string {
  return el.children.map((c) => ('data' in c ? String(c.data) : '')).join('').replace(/\s+/g, ' ').trim()
}

/** Reads title, authors, dates, site, canonical URL and language from the page. */
export function extractMetadata(dom: Document, context: MetadataContext, options: ExtractOptions): PageMetadata {
  const fieldSources: Record<string, FieldSource> = {}
  const meta = readMetaTags(dom)
  const jsonld = readJsonLd(dom)

  const canonical = findCanonicalUrl(dom, meta, jsonld, context.url)
  if (canonical) fieldSources['canonicalUrl'] = canonical.source
  const pageUrl = context.url ?? canonical?.value ?? null
  const domain = hostOf(canonical?.value ?? pageUrl)

  const site = findSiteName(meta, jsonld)
  if (site) fieldSources['site'] = site.source
  const language = findLanguage(dom, meta, jsonld)
  if (language) fieldSources['language'] = language.source

  const siteNames = [...(site ? [site.value] : []), ...(jsonld.publisher ? [jsonld.publisher] : []), ...(jsonld.websiteName ? [jsonld.websiteName] : []), ...domainLabels(domain)]
  const title = chooseTitle(titleCandidates(dom, meta, jsonld), siteNames)
  if (title) fieldSources['title'] = title.source

  const { authors, organizations, source: authorSource } = chooseAuthors(dom, meta, jsonld, title?.text ?? null, siteNames)
  if (authorSource) fieldSources['authors'] = authorSource

  const dates = findPageDates({ dom, meta, jsonld, url: canonical?.value ?? pageUrl, now: options.now, order: dayOrderFor(language?.tag, domain), headline: title?.text ?? null, language: language?.value ?? null })
  if (dates.published) fieldSources['published'] = dates.published.source
  if (dates.modified) fieldSources['modified'] = dates.modified.source
  // HTTP Last-Modified says when the file last changed, which is never evidence of publication;
  // for a local file it is the file time, which says nothing about the article at all.
  const fetched = /^https?:/i.test(context.url ?? '')
  const httpModified = !dates.modified && fetched && context.lastModified ? parseDateValue(context.lastModified) : null
  const modified = dates.modified?.value ?? (httpModified && isPlausibleDate(httpModified, options.now) ? formatDate(httpModified) : null)
  if (!dates.modified && modified) fieldSources['modified'] = 'http'

  const metaDescription = meta.first('og:description', 'description', 'twitter:description', 'dc.description')
  const description = metaDescription?.value ?? jsonld.description ?? null
  if (metaDescription) fieldSources['description'] = metaDescription.key === 'og:description' ? 'opengraph' : 'meta'
  else if (description) fieldSources['description'] = 'jsonld'
  const image = findTopImage(dom, meta, jsonld, pageUrl)
  if (image) fieldSources['image'] = image.source

  return {
    title: title?.text ?? null,
    authors,
    organizations,
    published: dates.published?.value ?? null,
    modified,
    siteName: site?.value ?? null,
    canonicalUrl: canonical?.value ?? null,
    url: pageUrl ?? resolveUrl(canonical?.value, null),
    language: language?.value ?? null,
    description,
    image,
    paywalled: jsonld.paywalled,
    fieldSources,
    diagnostics: [],
  }
}
