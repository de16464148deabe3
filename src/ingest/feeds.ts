/**
 * Feed, sitemap and OPML readers: RSS 0.9x/1.0/2.0, Atom, JSON Feed, XML sitemaps (urlset and
 * sitemap index, with Google News extensions) and OPML subscription lists. Parsed with
 * htmlparser2 in XML mode, which recovers from the malformed XML feeds often are.
 */
import { parseDocument } from 'htmlparser2'
import type { Element, AnyNode } from 'domhandler'
import { getChildren, textContent } from 'domutils'

/** One item of a feed or sitemap: a page to fetch, with what the source says about it. */
export interface SourceEntry {
  readonly url: string
  readonly title?: string
  /** ISO 8601 publication date as the source states it. */
  readonly published?: string
  /** Full content when the feed carries it (content:encoded, Atom content, JSON Feed content_html). */
  readonly contentHtml?: string
}

/** What a fetched source turned out to be and what it lists. */
export type ParsedSource =
  | { readonly kind: 'feed'; readonly format: 'rss' | 'atom' | 'json'; readonly title: string | null; readonly entries: SourceEntry[] }
  | { readonly kind: 'sitemap'; readonly entries: SourceEntry[] }
  | { readonly kind: 'sitemap-index'; readonly sitemaps: string[] }
  | { readonly kind: 'opml'; readonly feeds: string[] }
  | { readonly kind: 'page' }

const local = (name: string): string => name.toLowerCase().replace(/^.*:/, '')

function children(el: AnyNode): Element[] {
  return getChildren(el).filter((c): c is Element => c.type === 'tag')
}

function child(el: AnyNode, name: string): Element | undefined {
  return children(el).find((c) => local(c.name) === name || c.name.toLowerCase() === name)
}

function text(el: AnyNode | undefined): string | undefined {
  if (!el) return undefined
  const t = textContent(el).trim()
  return t.length ? t : undefined
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const t = Date.parse(value.trim())
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url.trim(), base).toString()
  } catch {
    return undefined
  }
}

/** Recognizes and parses a feed, sitemap or OPML document; anything else is a `page`. */
export function parseSource(body: string, baseUrl?: string): ParsedSource {
  const head = body.slice(0, 2048).trimStart()
  if (head.startsWith('{')) return parseJsonFeed(body, baseUrl)
  if (!/<(rss|feed|rdf:RDF|urlset|sitemapindex|opml)[\s>]/i.test(body.slice(0, 8192))) return { kind: 'page' }
  const dom = parseDocument(body, { xmlMode: true })
  const root = children(dom)[0]
  if (!root) return { kind: 'page' }
  switch (local(root.name)) {
    case 'rss':
    case 'rdf':
      return parseRss(root, baseUrl)
    case 'feed':
      return parseAtom(root, baseUrl)
    case 'urlset':
      return {
        kind: 'sitemap',
        entries: children(root)
          .filter((u) => local(u.name) === 'url')
          .flatMap((u) => {
            const url = absolute(text(child(u, 'loc')), baseUrl)
            if (!url) return []
            const news = child(u, 'news')
            const published = isoDate(text(news && child(news, 'publication_date'))) ?? isoDate(text(child(u, 'lastmod')))
            const title = text(news && child(news, 'title'))
            return [{ url, ...(published ? { published } : {}), ...(title ? { title } : {}) }]
          }),
      }
    case 'sitemapindex':
      return { kind: 'sitemap-index', sitemaps: children(root).flatMap((s) => absolute(text(child(s, 'loc')), baseUrl) ?? []) }
    case 'opml': {
      const feeds: string[] = []
      const walk = (el: Element): void => {
        for (const c of children(el)) {
          if (local(c.name) === 'outline') {
            const url = absolute(c.attribs['xmlUrl'] ?? c.attribs['xmlurl'], baseUrl)
            if (url) feeds.push(url)
          }
          walk(c)
        }
      }
      walk(root)
      return { kind: 'opml', feeds }
    }
    default:
      return { kind: 'page' }
  }
}

function parseRss(root: Element, baseUrl?: string): ParsedSource {
  const channel = child(root, 'channel') ?? root
  // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
  const items = [...children(channel), ...children(root)].filter((c) => local(c.name) === 'item')
  const entries = items.flatMap((item): SourceEntry[] => {
    const guid = child(item, 'guid')
    const link = text(child(item, 'link')) ?? (guid && guid.attribs['isPermaLink'] !== 'false' ? text(guid) : undefined)
    const url = absolute(link, baseUrl)
    if (!url) return []
    const title = text(child(item, 'title'))
    const published = isoDate(text(child(item, 'pubdate')) ?? text(child(item, 'date')))
    const encoded = children(item).find((c) => c.name.toLowerCase() === 'content:encoded')
    const contentHtml = text(encoded)
    return [{ url, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(contentHtml ? { contentHtml } : {}) }]
  })
  return { kind: 'feed', format: 'rss', title: text(child(channel, 'title')) ?? null, entries }
}

function parseAtom(root: Element, baseUrl?: string): ParsedSource {
  const entries = children(root)
    .filter((c) => local(c.name) === 'entry')
    .flatMap((entry): SourceEntry[] => {
      const links = children(entry).filter((c) => local(c.name) === 'link')
      const link = links.find((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate') ?? links[0]
      const url = absolute(link?.attribs['href'], baseUrl)
      if (!url) return []
      const title = text(child(entry, 'title'))
      const published = isoDate(text(child(entry, 'published')) ?? text(child(entry, 'updated')))
      const content = child(entry, 'content')
      const contentHtml = content && /html/.test(content.attribs['type'] ?? '') ? text(content) : undefined
      return [{ url, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(contentHtml ? { contentHtml } : {}) }]
    })
  return { kind: 'feed', format: 'atom', title: text(child(root, 'title')) ?? null, entries }
}

function parseJsonFeed(body: string, baseUrl?: string): ParsedSource {
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return { kind: 'page' }
  }
  const feed = data as { version?: unknown; title?: unknown; items?: unknown }
  if (typeof feed.version !== 'string' || !feed.version.includes('jsonfeed') || !Array.isArray(feed.items)) return { kind: 'page' }
  const entries = (feed.items as Array<Record<string, unknown>>).flatMap((item): SourceEntry[] => {
    const url = absolute(typeof item['url'] === 'string' ? item['url'] : typeof item['external_url'] === 'string' ? item['external_url'] : undefined, baseUrl)
    if (!url) return []
    const title = typeof item['title'] === 'string' ? item['title'] : undefined
    const published = isoDate(typeof item['date_published'] === 'string' ? item['date_published'] : undefined)
    const contentHtml = typeof item['content_html'] === 'string' ? item['content_html'] : undefined
    return [{ url, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(contentHtml ? { contentHtml } : {}) }]
  })
  return { kind: 'feed', format: 'json', title: typeof feed.title === 'string' ? feed.title : null, entries }
}
