/** Site-level facts of a page: canonical URL, site name and language. */
import type { FieldSource } from '../../model/article.js'
import { attr } from './dom.js'
import type { JsonLdInfo } from './json-ld.js'
import type { MetaTags } from './meta-tags.js'
import type { PageIndex } from './page-index.js'
import type { DayOrder } from '../../model/dates/written-dates.js'

/** A value and where it was found. */
export interface Sourced<T> {
  readonly value: T
  readonly source: FieldSource
}

/** An absolute http(s) URL for `href` resolved against `base`, or null. */
export function resolveUrl(href: string | undefined, base: string | null): string | null {
  if (!href) return null
  try {
    const u = base ? new URL(href, base) : new URL(href)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

/** The `href` of the first `<link>` whose `rel` includes `rel`. */
export function linkHref(page: PageIndex, rel: string): string | undefined {
  for (const el of page.byName('link')) {
    // A matching link with a blank href does not count: the next one is read.
    const href = (el.attribs['rel'] ?? '').toLowerCase().split(/\s+/).includes(rel) ? attr(el, 'href') : undefined
    if (href) return href
  }
  return undefined
}

/** Canonical URL: `<link rel=canonical>`, then og:url, then JSON-LD url; absolute against the page URL. */
export function findCanonicalUrl(page: PageIndex, meta: MetaTags, jsonld: JsonLdInfo, pageUrl: string | null): Sourced<string> | null {
  const link = resolveUrl(linkHref(page, 'canonical'), pageUrl)
  if (link) return { value: link, source: 'markup' }
  const og = resolveUrl(meta.first('og:url')?.value, pageUrl)
  if (og) return { value: og, source: 'opengraph' }
  const ld = resolveUrl(jsonld.url, pageUrl)
  if (ld) return { value: ld, source: 'jsonld' }
  return null
}

/** Site name: og:site_name, then the JSON-LD publisher or WebSite, then other meta tags. */
export function findSiteName(meta: MetaTags, jsonld: JsonLdInfo): Sourced<string> | null {
  const og = meta.first('og:site_name')
  // Some pages put their address in og:site_name; that is a URL, not a name.
  if (og && !/^https?:|^www\./i.test(og.value)) return { value: og.value, source: 'opengraph' }
  const ld = jsonld.publisher ?? jsonld.websiteName
  if (ld) return { value: ld, source: 'jsonld' }
  const other = meta.first('application-name', 'al:android:app_name', 'al:ios:app_name', 'twitter:app:name:iphone', 'cre', 'publisher', 'dc.publisher', 'citation_publisher', 'citation_journal_title')
  if (other) return { value: other.value, source: 'meta' }
  return null
}

/** ISO 639-1 code of a language tag such as `en-US`, `de_DE` or `fr`; null when it is not one. */
export function normalizeLanguage(tag: string | undefined): string | null {
  if (!tag) return null
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_\s,;]/)[0] ?? ''
  return /^[a-z]{2}$/.test(primary) ? primary : null
}

/** Page language: `<html lang>`, then content-language, og:locale, JSON-LD inLanguage, dc.language. */
export function findLanguage(page: PageIndex, meta: MetaTags, jsonld: JsonLdInfo): (Sourced<string> & { readonly tag: string }) | null {
  // The last `<html>` element that is not inside another one speaks for the page (a stray second
  // `<html>` tag in the body opens a new element in this parser).
  let htmlLang: string | undefined
  let insideUntil = -1
  const { elements, ends } = page
  for (const el of page.byName('html')) {
    const at = elements.indexOf(el, insideUntil < 0 ? 0 : insideUntil)
    if (at < insideUntil) continue
    htmlLang = attr(el, 'lang') ?? attr(el, 'xml:lang')
    insideUntil = ends[at] as number
  }
  const tries: [string | undefined, FieldSource][] = [
    [htmlLang, 'markup'],
    [meta.first('content-language', 'language')?.value, 'meta'],
    [meta.first('og:locale')?.value, 'opengraph'],
    [jsonld.language, 'jsonld'],
    [meta.first('dc.language', 'dcterms.language', 'citation_language')?.value, 'meta'],
  ]
  for (const [tag, source] of tries) {
    const value = normalizeLanguage(tag)
    if (value && tag) return { value, source, tag }
  }
  return null
}

/** How ambiguous numeric dates are read: month first only for US English pages. */
export function dayOrderFor(languageTag: string | undefined, domain: string | null): DayOrder {
  const tag = (languageTag ?? '').toLowerCase()
  if (tag.startsWith('en-us')) return 'mdy'
  if (tag && !tag.startsWith('en')) return 'dmy'
  if (tag.startsWith('en-') && !tag.startsWith('en-us')) return 'dmy'
  const tld = domain?.split('.').pop() ?? ''
  if (['uk', 'ie', 'au', 'nz', 'in', 'za', 'sg', 'pk', 'ng', 'ke'].includes(tld)) return 'dmy'
  return tag || tld === 'com' || tld === 'gov' || tld === 'org' || tld === 'net' ? 'mdy' : 'dmy'
}
