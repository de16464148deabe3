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
import { headingText } from './heading-text.js'
import type { TextParts } from '../parse-html.js'
import { indexPage, walkPage, type PageIndex } from './page-index.js'
import { findPageDates } from './find-date.js'
import { formatDate } from '../../model/dates/written-dates.js'
import { isPlausibleDate, parseDateValue } from './parse-date.js'
import { readJsonLd, type JsonLdInfo } from './json-ld.js'
import { readMetaTags, type MetaTags } from './meta-tags.js'
import { dayOrderFor, findCanonicalUrl, findLanguage, findSiteName, resolveUrl } from './site.js'
import { chooseTitle, domainLabels, squash, type TitleCandidate } from './title.js'
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
  /** The page's JSON-LD blocks as parsed (the body reader takes a declared body from them). */
  readonly jsonLd: readonly unknown[]
  readonly fieldSources: Record<string, FieldSource>
  readonly diagnostics: Diagnostic[]
}

/** What is known about the page from outside its markup. */
export interface MetadataContext {
  /** URL the page was fetched from, if any. */
  readonly url: string | null
  /** HTTP Last-Modified or file time: a last-resort date hint. */
  readonly lastModified?: string
  /** The parts the parser joined text nodes from (`parseHtml`), when known. */
  readonly textParts?: TextParts
}

/** The original address of a page saved by the Wayback Machine (`web.archive.org/web/<time>/<url>`). */
function unarchived(url: string | null): string | null {
  return url ? url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i, '') : null
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase() || null
  } catch {
    return null
  }
}

function titleCandidates(page: PageIndex, meta: MetaTags, jsonld: JsonLdInfo, host: string | null): { candidates: TitleCandidate[]; homeNames: string[] } {
  const out: TitleCandidate[] = []
  if (jsonld.headline && jsonld.strength >= 4) out.push({ text: jsonld.headline, source: 'jsonld', kind: 'headline' })
  const og = meta.first('og:title')
  if (og) out.push({ text: og.value, source: 'opengraph', kind: 'headline' })
  const other = meta.first('twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'headline', 'title')
  if (other) out.push({ text: other.value, source: 'meta', kind: 'headline' })
  let titleEl: string | undefined
  const headings: TitleCandidate[] = []
  let chromeHeadings = 0
  // Plain h2/h3 headings are read only when `<title>` has parts to compare them with.
  const subheadingEls: Element[] = []
  const homeNames: string[] = []
  const homeName = (a: Element): void => {
    if (homeNames.length >= MAX_HOME_NAMES || !isHomeLink(a.attribs['href'], host)) return
    for (const name of [visibleText(a), a.attribs['title'] ?? '', ...imageAlts(a)]) {
      const n = name.replace(/\s+/g, ' ').trim()
      if (n.length >= 2 && n.length <= MAX_HOME_NAME && !homeNames.includes(n)) homeNames.push(n)
    }
  }
  walkPage(page, (el) => {
    if (el.name === 'title' && titleEl === undefined && el.parent && (el.parent as { name?: string }).name !== 'svg') titleEl = visibleTextOfTitle(el)
    if (el.name === 'script' || el.name === 'style' || el.name === 'svg') return false
    if (el.name === 'a') homeName(el)
    if (el.attribs['itemprop'] === 'headline' && el.name !== 'meta') {
      const h = heading(el, 'microdata', classId(el))
      if (h) out.push(h)
      return false
    }
    // Headings in navigation (a mega menu of section names printed as h1s) do not use up the
    // places of the page's own headings, which may come after them.
    const pageHeadings = headings.length - chromeHeadings
    if (el.name === 'h1' && pageHeadings < 8 && headings.length < MAX_HEADINGS) {
      // A logo printed as the page's <h1> links home: its text is the site's name, not a headline.
      walkElements(el.children, (c) => {
        if (c.name === 'a') homeName(c)
        return c.name !== 'a'
      })
      const chrome = chromeAncestor(el)
      const h = heading(el, 'markup', `${classId(el)} ${chrome}`.trim())
      if (h) headings.push(h)
      if (h && chrome) chromeHeadings++
      return false
    }
    // Blogs print the site name in the <h1> and each post's title in an <h2 class="entry-title">.
    if ((el.name === 'h2' || el.name === 'h3') && pageHeadings < 12 && headings.length < MAX_HEADINGS && TITLE_CLASS.test(classId(el))) {
      const chrome = chromeAncestor(el)
      const h = heading(el, 'markup', `${classId(el)} ${chrome}`.trim())
      if (h) headings.push({ ...h, minor: true })
      if (h && chrome) chromeHeadings++
      return false
    }
    if (el.name === 'h2' || el.name === 'h3') subheadingEls.push(el)
    return true
  })
  if (titleEl) out.push({ text: titleEl, source: 'markup', kind: 'title' })
  // A post title printed in a plain <h2> (no h1 headline, no title class) that is word for word one
  // part of "Site » Blog Archive » Post" or "Post | Site": that part is the headline.
  const parts = titleEl ? titlePartsOf(titleEl) : []
  if (parts.length >= 2) {
    const subheadings: TitleCandidate[] = []
    for (const el of subheadingEls) {
      if (subheadings.length >= MAX_SUBHEADINGS) break
      const h = heading(el, 'markup', `${classId(el)} ${chromeAncestor(el)}`.trim())
      if (h) subheadings.push(h)
    }
    const match = subheadings.find((h) => parts.some((p) => squash(p) === squash(h.text) && squash(p).length >= 8))
    if (match) headings.push({ ...match, minor: true })
  }
  // A link home whose text is the headline itself (a share link, a breadcrumb) names no site.
  const stated = out.map((c) => squash(c.text)).filter((f) => f.length > 0)
  return { candidates: [...out, ...headings], homeNames: homeNames.filter((n) => !stated.some((f) => f.includes(squash(n)) && squash(n).length >= 0.8 * f.length)) }
}

/** The parts of a `<title>` between its separators ("Site » Archive » Post"). */
function titlePartsOf(titleText: string): string[] {
  return titleText
    .split(/\s+[|–—»«·•:/\\~-]\s+|\s*[|｜]\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** The parts of a `<title>` beside the headline ("Headline | Site" gives "Site"). */
function titleParts(titleText: string | undefined, headline: string | null): string[] {
  if (!titleText) return []
  const parts = titlePartsOf(titleText)
  if (parts.length < 2) return []
  const h = headline ? squash(headline) : ''
  return parts.filter((p) => squash(p) !== h)
}

/** A heading element as a title candidate: its headline, and its text with the kicker when that differs. */
function heading(el: Element, source: TitleCandidate['source'], className: string): TitleCandidate | null {
  const { full, headline } = headingText(el)
  if (!headline) return null
  return { text: headline, source, kind: 'h1', className, ...(full !== headline ? { withKicker: full } : {}) }
}

/** Classes of a heading that holds a post's or article's title. */
const TITLE_CLASS = /(?:^|[\s_-])(?:entry-title|post-title|article-title|story-title|page-title|headline|article-headline|post-headline)(?:$|[\s_-])/
/** Most headings read, those in navigation included. */
const MAX_HEADINGS = 100
/** Most plain h2/h3 headings compared with the parts of `<title>`. */
const MAX_SUBHEADINGS = 30
/** Longest name read from a link to the home page (a longer text is a headline linked home). */
const MAX_HOME_NAME = 40
/** Most names read from links to the home page. */
const MAX_HOME_NAMES = 6

/** True when a link points at the site's home page: that link's text is the site's name (a logo). */
function isHomeLink(href: string | undefined, host: string | null): boolean {
  if (!href || href.length > 160) return false
  // A home link has at most three slashes ("https://host/"); most links are deeper, and only an
  // archived address (web.archive.org/web/<time>/...) has more before its prefix is removed.
  if (slashCount(href) > 3 && !ARCHIVED.test(href)) return false
  const h = href.trim().replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i, '')
  if (/^(?:\/|\.\/|\/?index\.(?:html?|php))$/i.test(h)) return true
  const m = /^(?:https?:)?\/\/([^/?#:]+)[^/?#]*\/?(?:index\.(?:html?|php))?$/i.exec(h)
  // A link to another site's home page (a partner, a source) names that site, not this one.
  return m?.[1] !== undefined && (host === null || m[1].toLowerCase().replace(/^www\./, '') === host.replace(/^www\./, ''))
}

const ARCHIVED = /web\.archive\.org/i

function slashCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 47) n++
  return n
}

function imageAlts(el: Element): string[] {
  const alts: string[] = []
  walkElements(el.children, (c) => {
    if (c.name === 'img' && c.attribs['alt']) alts.push(c.attribs['alt'])
  })
  return alts
}

/** `nav` when an element sits in page chrome (navigation, masthead, sidebar, footer), else ''. */
function chromeAncestor(el: Element): string {
  for (let p = el.parent; p && 'name' in p; p = p.parent) {
    const name = (p as Element).name
    // The classes of <body> and <html> describe the whole page (WordPress prints `menu-...`,
    // `has-sidebar`, `ast-header-...` there), not a region of it.
    if (name === 'body' || name === 'html') break
    if (name === 'nav' || name === 'aside' || name === 'footer') return 'nav'
    if (/(?:^|[\s_-])(?:nav|navbar|menu|masthead|site-header|sidebar|footer|logo)(?:$|[\s_-])/.test(classId(p as Element))) return 'nav'
  }
  return ''
}

function visibleTextOfTitle(el: Element): string {
  return el.children
    .map((c) => ('data' in c ? String(c.data) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Reads title, authors, dates, site, canonical URL and language from the page. */
export function extractMetadata(dom: Document, context: MetadataContext, options: ExtractOptions): PageMetadata {
  const fieldSources: Record<string, FieldSource> = {}
  const page = indexPage(dom, context.textParts)
  const meta = readMetaTags(page)
  const jsonld = readJsonLd(page)

  const canonical = findCanonicalUrl(page, meta, jsonld, context.url)
  if (canonical) fieldSources['canonicalUrl'] = canonical.source
  const pageUrl = context.url ?? canonical?.value ?? null
  const domain = hostOf(canonical?.value ?? pageUrl)

  const site = findSiteName(meta, jsonld)
  if (site) fieldSources['site'] = site.source
  const language = findLanguage(page, meta, jsonld)
  if (language) fieldSources['language'] = language.source

  const { candidates, homeNames } = titleCandidates(page, meta, jsonld, hostOf(unarchived(canonical?.value ?? pageUrl)))
  const siteNames = [...(site ? [site.value] : []), ...(jsonld.publisher ? [jsonld.publisher] : []), ...(jsonld.websiteName ? [jsonld.websiteName] : []), ...domainLabels(domain)]
  const title = chooseTitle(candidates, [...siteNames, ...homeNames])
  if (title) fieldSources['title'] = title.source

  const titleElement = candidates.find((c) => c.kind === 'title')?.text
  const ownerSites = [...(site ? [site.value] : []), ...(jsonld.websiteName ? [jsonld.websiteName] : []), ...titleParts(titleElement, title?.text ?? null)]
  const {
    authors,
    organizations,
    source: authorSource,
  } = chooseAuthors(page, meta, jsonld, title?.text ?? null, siteNames, { sites: ownerSites, host: hostOf(unarchived(canonical?.value ?? pageUrl)) })
  if (authorSource) fieldSources['authors'] = authorSource

  const dates = findPageDates({
    page,
    meta,
    jsonld,
    url: canonical?.value ?? pageUrl,
    now: options.now,
    order: dayOrderFor(language?.tag, domain),
    headline: title?.text ?? null,
    language: language?.value ?? null,
  })
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
  const image = findTopImage(page, meta, jsonld, pageUrl)
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
    jsonLd: jsonld.roots,
    fieldSources,
    diagnostics: [],
  }
}
