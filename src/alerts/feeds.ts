/**
 * A saved search as a feed: Atom 1.0 (RFC 4287) and RSS 2.0, newest matches first, each entry
 * linking to the article's page and carrying its description or snippet.
 */
import type { ArticleSummary, SavedSearch } from '../store/article-store.js'

/** Escapes text for XML content and attributes. */
export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids are dropped, so a hostile page cannot make the feed unparseable.
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}

const instant = (item: ArticleSummary, fallback: string): string => {
  const t = Date.parse(item.published ?? item.referenceDate ?? '')
  return Number.isNaN(t) ? fallback : new Date(t).toISOString()
}

/** The Atom document of a saved search's latest matches; `base` is the server's origin. */
export function atomFeed(search: SavedSearch, items: readonly ArticleSummary[], base: string, now: string): string {
  const self = `${base}/api/searches/${encodeURIComponent(search.id)}/feed.atom`
  const updated = items.length
    ? items
        .map((i) => instant(i, search.createdAt))
        .sort()
        .at(-1)!
    : search.createdAt
  const entries = items.map((i) => {
    const link = i.url ?? `${base}/articles/${encodeURIComponent(i.id)}`
    return `  <entry>
    <id>urn:newsgraph:article:${xmlEscape(i.id)}</id>
    <title>${xmlEscape(i.title ?? i.url ?? i.id)}</title>
    <link rel="alternate" href="${xmlEscape(link)}"/>
    <link rel="related" href="${xmlEscape(`${base}/api/articles/${encodeURIComponent(i.id)}`)}"/>
    <updated>${instant(i, now)}</updated>
    <author><name>${xmlEscape(i.site ?? 'unknown outlet')}</name></author>
    <summary>${xmlEscape(i.snippet)}</summary>
  </entry>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:newsgraph:search:${xmlEscape(search.id)}</id>
  <title>${xmlEscape(`newsgraph: ${search.name}`)}</title>
  <link rel="self" href="${xmlEscape(self)}"/>
  <updated>${updated}</updated>
  <generator>newsgraph</generator>
${entries.join('\n')}
</feed>
`
}

/** The RSS 2.0 document of the same matches. */
export function rssFeed(search: SavedSearch, items: readonly ArticleSummary[], base: string): string {
  const rfc822 = (iso: string): string => new Date(iso).toUTCString()
  const entries = items.map((i) => {
    const link = i.url ?? `${base}/articles/${encodeURIComponent(i.id)}`
    return `    <item>
      <title>${xmlEscape(i.title ?? i.url ?? i.id)}</title>
      <link>${xmlEscape(link)}</link>
      <guid isPermaLink="false">newsgraph:article:${xmlEscape(i.id)}</guid>
      <pubDate>${rfc822(instant(i, search.createdAt))}</pubDate>
      <description>${xmlEscape(i.snippet)}</description>
    </item>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${xmlEscape(`newsgraph: ${search.name}`)}</title>
    <link>${xmlEscape(`${base}/api/searches/${encodeURIComponent(search.id)}`)}</link>
    <description>${xmlEscape(`Articles matching the saved search ${search.name}`)}</description>
${entries.join('\n')}
  </channel>
</rss>
`
}
