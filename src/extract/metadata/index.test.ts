import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseDocument } from 'htmlparser2'
import { resolveExtractOptions } from '../options.js'
import { extractMetadata, type PageMetadata } from './index.js'

const NOW = new Date('2024-01-01T00:00:00Z')

function meta(html: string, url: string | null = 'https://news.example.com/story'): PageMetadata {
  return extractMetadata(parseDocument(html, { decodeEntities: true }), { url }, resolveExtractOptions({ now: NOW }))
}

/** A page, and what the metadata reader must find on it (fields, and where some of them came from). */
interface Case {
  readonly name: string
  readonly html: string
  readonly url?: string | null
  readonly expect: Partial<PageMetadata>
  readonly sources?: Record<string, string>
}

const CASES: readonly Case[] = [
  {
    name: 'should read headline, people and dates from a JSON-LD @graph',
    html: `<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Example News"},
      {"@type":"NewsArticle","headline":"Storm hits the coast","datePublished":"2019-03-18T10:00:00+01:00",
       "dateModified":"2019-03-19T08:00:00+01:00","author":[{"@type":"Person","name":"Jane Doe"},{"@id":"#p2"}],
       "publisher":{"@type":"Organization","name":"Example News"}},
      {"@id":"#p2","@type":"Person","name":"John Roe"}]}
  </script></head><body></body></html>`,
    expect: { title: 'Storm hits the coast', authors: ['Jane Doe', 'John Roe'], published: '2019-03-18T10:00:00+01:00', modified: '2019-03-19T08:00:00+01:00', siteName: 'Example News' },
    sources: { published: 'jsonld', authors: 'jsonld' },
  },
  {
    name: 'should tolerate broken JSON-LD with trailing commas and raw newlines',
    html: `<script type="application/ld+json">{"@type":"Article","headline":"Broken
    but readable","datePublished":"2020-05-01",}</script>`,
    expect: { title: 'Broken but readable', published: '2020-05-01' },
  },
  {
    name: 'should flag a page JSON-LD declares paywalled',
    html: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Members only",
    "isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false}}</script>`,
    expect: { paywalled: true },
  },
  {
    name: 'should read OpenGraph and article meta tags',
    html: `<html lang="en-GB"><head>
    <meta property="og:title" content="Council approves budget">
    <meta property="og:site_name" content="Town Herald">
    <meta property="article:published_time" content="2018-06-05T07:30:00Z">
    <meta name="author" content="Sam Smith">
    <meta property="og:url" content="/news/budget">
    <title>Council approves budget | Town Herald</title></head><body></body></html>`,
    expect: { title: 'Council approves budget', published: '2018-06-05T07:30:00Z', authors: ['Sam Smith'], canonicalUrl: 'https://news.example.com/news/budget', language: 'en' },
    sources: { published: 'opengraph', authors: 'meta' },
  },
  {
    name: 'should take the title without its site suffix when nothing else names the headline',
    html: '<title>Bridge reopens after repairs - Valley Times</title><meta property="og:site_name" content="Valley Times">',
    expect: { title: 'Bridge reopens after repairs' },
  },
  {
    name: 'should read Dublin Core and Parse.ly tags',
    html: '<meta name="DC.date.issued" content="2015-02-03"><meta name="parsely-author" content="Gillman, Steve">',
    expect: { published: '2015-02-03', authors: ['Steve Gillman'] },
  },
  {
    name: 'should read microdata dates and authors',
    html: `<article><h1 itemprop="headline">Local team wins</h1>
    <span itemprop="author" itemscope><span itemprop="name">Ana Lima</span></span>
    <time itemprop="datePublished" datetime="2017-09-09">9 September</time></article>`,
    expect: { title: 'Local team wins', authors: ['Ana Lima'], published: '2017-09-09' },
    sources: { authors: 'microdata', published: 'microdata' },
  },
  {
    name: 'should read a time element and the byline printed under the headline',
    html: `<body><aside class="sidebar"><p class="byline">By Other Person</p></aside>
    <h1>Harbour expansion approved</h1><div class="byline">By Maria Rossi and Tom Berg</div>
    <time datetime="2021-04-02T09:00:00+02:00">2 April 2021</time><p>Text.</p></body>`,
    expect: { authors: ['Maria Rossi', 'Tom Berg'], published: '2021-04-02T09:00:00+02:00' },
    sources: { authors: 'byline', published: 'time' },
  },
  {
    name: 'should find an author through a link to the author page',
    html: '<h1>Rates rise again</h1><p><span>By</span> <a href="/author/lena-park">Lena Park</a></p>',
    expect: { authors: ['Lena Park'] },
  },
  {
    name: 'should take the date from the URL when the page has none',
    html: '<h1>Old story</h1><p>Text without a date.</p>',
    url: 'https://example.org/2019/03/18/old-story/',
    expect: { published: '2019-03-18' },
    sources: { published: 'url' },
  },
  {
    name: 'should read a labelled date in German text',
    html: '<h1>Neue Brücke eröffnet</h1><p>Veröffentlicht am 18. März 2019 von Redaktion</p>',
    url: null,
    expect: { published: '2019-03-18' },
    sources: { published: 'text' },
  },
  {
    name: 'should prefer the published date over an updated one in text',
    html: '<h1>Wahl</h1><p>Aktualisiert: 20.03.2019</p><p>Veröffentlicht: 18.03.2019</p>',
    url: null,
    expect: { published: '2019-03-18' },
  },
  {
    name: 'should reject a future publication date',
    html: '<meta property="article:published_time" content="2031-01-01T00:00:00Z"><meta name="date" content="2020-01-01">',
    expect: { published: '2020-01-01' },
  },
  {
    name: 'should not name a bare Staff byline as an author',
    html: '<meta name="author" content="Staff"><h1>Road closed</h1><div class="byline">By Staff</div>',
    expect: { authors: [] },
  },
  {
    name: 'should give a UTC instant the offset the page writes elsewhere',
    html: `<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">
    <h1>Debate night</h1><time datetime="2023-11-08T22:28:35-05:00">Nov. 8, 2023</time>`,
    expect: { published: '2023-11-08T22:28:35-05:00' },
  },
  {
    name: 'should resolve the canonical link against the page URL',
    html: '<link rel="canonical" href="/a/b?x=1">',
    url: 'https://www.example.com/a/b?utm=1',
    expect: { canonicalUrl: 'https://www.example.com/a/b?x=1' },
  },
  {
    name: 'should ignore articles listed in JSON-LD item lists',
    html: `<script type="application/ld+json">[
    {"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Other story","datePublished":"2010-01-01"}]},
    {"@type":"NewsArticle","headline":"This story","datePublished":"2020-02-02"}]</script>`,
    expect: { title: 'This story', published: '2020-02-02' },
  },
  {
    name: 'should skip a masthead date printed above the headline',
    html: `<div class="top"><time datetime="2023-12-31">Sunday, 31 December 2023</time></div>
    <h1>Dam project delayed again</h1><p class="meta"><time datetime="2022-05-04">4 May 2022</time></p>`,
    expect: { published: '2022-05-04' },
  },
  {
    name: 'should ignore photo credits and read a byline next to a comment counter',
    html: `<h1>Lost city found</h1><figure><img src="a.jpg"><figcaption><span itemprop="author">Photo Person</span></figcaption></figure>
    <div class="entry-meta social-comments">By <span itemprop="author"><a rel="author" class="fn" href="/author/sage-lazzaro/">Sage Lazzaro</a></span></div>`,
    expect: { authors: ['Sage Lazzaro'] },
  },
  {
    name: 'should prefer a Korean published label over the modified one',
    html: '<h1>기사 제목입니다</h1><p>수정 2019.03.06 10:00</p><p>입력 2019.03.05 09:00</p>',
    url: null,
    expect: { published: '2019-03-05' },
  },
  {
    name: 'should read the language from og:locale when the html element has none',
    html: '<meta property="og:locale" content="de_DE"><meta name="application-name" content="Stadtblatt"><h1>Neue Brücke</h1>',
    expect: { language: 'de', siteName: 'Stadtblatt' },
    sources: { language: 'opengraph' },
  },
]

/** Pages that print their date only in the text or in script data: name, page, the date read from it. */
const UNMARKED_DATES: readonly (readonly [string, string, string])[] = [
  [
    'should not read a release date in the story as the publication date',
    '<h1>Journey to Python 3</h1><p>January 13, 2020 at 08:45 AM</p><p>Version 5.2 was released on November 5, 2019. It is the first to run on Python 3.</p>',
    '2020-01-13',
  ],
  [
    "should take a blog's date header above the post over its readers' comment dates",
    `<title>Papierplanet: Juni und Genre</title><div class="widget Blog"><div class="date-header">Freitag, 5. Juni 2015</div><h3 class="post-title">Juni und Genre</h3>
    <div class="post-body"><p>Ein Buch im Monat.</p></div><div class="comments" id="comments"><span>6. Juni 2015 um 10:23</span><p>Tolle Idee!</p></div></div>`,
    '2015-06-05',
  ],
  [
    "should prefer the date above the headline to a masthead's today",
    '<div class="top">Donnerstag, 16. Februar 2012</div><div class="crumbs">Home › Politik</div><span>14. Februar 2012</span><h1>Prozess geht weiter</h1><p>Das Verfahren geht weiter.</p>',
    '2012-02-14',
  ],
  [
    'should read the publication time from script data when the page prints no date',
    `<h1>Great service</h1><p>Fast delivery.</p><script>window.__STATE__ = {"user":{"created_at":"2012-01-01T00:00:00Z"},"review":{"publishedDate":"2016-11-04T20:37:27Z"}}</script>`,
    '2016-11-04T20:37:27Z',
  ],
]

for (const [name, html, published] of UNMARKED_DATES) {
  test(name, () => assert.equal(meta(html, null).published, published))
}

for (const c of CASES) {
  test(c.name, () => {
    const m = c.url === undefined ? meta(c.html) : meta(c.html, c.url)
    for (const [field, value] of Object.entries(c.expect)) assert.deepEqual(m[field as keyof PageMetadata], value, field)
    for (const [field, source] of Object.entries(c.sources ?? {})) assert.equal(m.fieldSources[field], source, `source of ${field}`)
  })
}

test('should keep a wire service apart from people, and credit it as author only when no person is', () => {
  const alone = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets rise",
    "author":{"@type":"Organization","name":"Reuters"}}</script>`)
  assert.deepEqual(alone.authors, ['Reuters'])
  assert.deepEqual(alone.organizations, ['Reuters'])
  const beside = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets rise",
    "author":[{"@type":"Organization","name":"Reuters"},{"@type":"Person","name":"Jane Doe"}]}</script>`)
  assert.deepEqual(beside.authors, ['Jane Doe'])
  assert.deepEqual(beside.organizations, ['Reuters'])
})

test('should use HTTP Last-Modified only as the modification date', () => {
  const dom = parseDocument('<h1>No dates here</h1>')
  const opts = resolveExtractOptions({ now: NOW })
  const local = extractMetadata(dom, { url: null, lastModified: '2019-03-05T10:00:00Z' }, opts)
  assert.equal(local.modified, null)
  const m = extractMetadata(dom, { url: 'https://example.org/a', lastModified: 'Tue, 05 Mar 2019 10:00:00 GMT' }, opts)
  assert.equal(m.published, null)
  assert.equal(m.modified, '2019-03-05T10:00:00Z')
  assert.equal(m.fieldSources['modified'], 'http')
})

test('should stay bounded on a page crowded with dates and nested markup', () => {
  const dates = '<p>' + '18.03.2019 march 2019 / '.repeat(5000) + '</p>'
  const deep = '<i>'.repeat(3000) + 'By Jane Doe' + '</i>'.repeat(3000)
  // Its time (under 5 s) is measured by `npm run bench:extract-bounds`.
  const m = meta(`<h1>Archive</h1>${dates}${deep}`, null)
  assert.equal(m.published, '2019-03-18')
})
