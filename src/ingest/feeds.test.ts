import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseSource } from './feeds.js'

test('should read RSS 2.0 items with links, titles, dates and full content', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Daily</title>
    <item><title>Talks resume</title><link>https://news.example/a</link><pubDate>Thu, 08 May 2025 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
    <item><title>Relative</title><guid>/b</guid></item></channel></rss>`
  const parsed = parseSource(rss, 'https://news.example/feed')
  assert.equal(parsed.kind, 'feed')
  if (parsed.kind !== 'feed') return
  assert.equal(parsed.title, 'Daily')
  assert.deepEqual(
    parsed.entries.map((e) => e.url),
    ['https://news.example/a', 'https://news.example/b'],
  )
  assert.equal(parsed.entries[0]!.published, '2025-05-08T09:00:00.000Z')
  assert.match(parsed.entries[0]!.contentHtml ?? '', /Full text/)
})

test('should read Atom entries by their alternate link', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>One</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/one"/><published>2025-05-08T10:00:00Z</published></entry></feed>`
  const parsed = parseSource(atom)
  assert.ok(parsed.kind === 'feed' && parsed.format === 'atom')
  assert.equal(parsed.entries[0]!.url, 'https://x.example/one')
})

test('should read JSON Feed items', () => {
  const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', title: 'T', date_published: '2025-05-08T00:00:00Z' }] })
  const parsed = parseSource(json)
  assert.ok(parsed.kind === 'feed' && parsed.format === 'json')
  assert.equal(parsed.entries[0]!.title, 'T')
})

test('should read news sitemaps, sitemap indexes and OPML lists', () => {
  const sitemap = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://s.example/a</loc><news:news><news:publication_date>2025-05-08</news:publication_date><news:title>Headline</news:title></news:news></url></urlset>`
  const s = parseSource(sitemap)
  assert.ok(s.kind === 'sitemap')
  assert.deepEqual(s.entries[0], { url: 'https://s.example/a', published: '2025-05-08T00:00:00.000Z', title: 'Headline' })
  const index = parseSource('<sitemapindex><sitemap><loc>https://s.example/news.xml</loc></sitemap></sitemapindex>')
  assert.deepEqual(index, { kind: 'sitemap-index', sitemaps: ['https://s.example/news.xml'] })
  const opml = parseSource('<opml version="2.0"><body><outline text="World"><outline type="rss" xmlUrl="https://f.example/rss"/></outline></body></opml>')
  assert.deepEqual(opml, { kind: 'opml', feeds: ['https://f.example/rss'] })
})

test('should call an ordinary HTML page a page', () => {
  assert.deepEqual(parseSource('<!doctype html><html><body><p>Hi</p></body></html>'), { kind: 'page' })
  assert.deepEqual(parseSource('{"not":"a feed"}'), { kind: 'page' })
})
