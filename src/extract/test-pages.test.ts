/**
 * One small page per failure category of issue #21 (see test-pages/README.md): what a reader
 * must get from each page, and what must not reach the article.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Article } from '../model/article.js'
import { extract } from './index.js'

const DIR = join(import.meta.dirname, 'test-pages')

function page(name: string): Article {
  return extract({ input: name, body: new Uint8Array(readFileSync(join(DIR, name))) })
}

function has(a: Article, ...parts: string[]): void {
  for (const p of parts) assert.ok(a.text.includes(p), `missing from the text: ${p}\n---\n${a.text}`)
}

function lacks(a: Article, ...parts: string[]): void {
  for (const p of parts) assert.ok(!a.text.includes(p), `leaked into the text: ${p}\n---\n${a.text}`)
}

test('a recipe keeps its facts, ingredients and steps, not its rating and print prompts', () => {
  const a = page('recipe.html')
  has(a, '15 Minuten', 'für 2 Personen', 'Ein warmes Frühstück', '80 g kernige Haferflocken', '2 EL gehackte Haselnüsse', 'mit den Äpfeln und Nüssen servieren.')
  lacks(a, 'War dieses Rezept hilfreich?', 'Rezept drucken', 'Küchenzeit')
})

test("a review keeps its spec table although a shop's order form wraps the product", () => {
  const a = page('spec-table.html')
  has(a, 'The Trailblazer 40 is a light pack', 'Weight | 1.1 kg', 'Fabric | 210D recycled nylon')
  lacks(a, 'Add to cart', 'Imprint')
})

test('a wiki article keeps its infobox, quote and table; the table of contents goes', () => {
  const a = page('wiki.html')
  has(a, 'Incantation | Aguamenti', 'conjures a jet of clean water', 'A jet of water flew out', 'A gardener | Watered the greenhouse in a drought')
  lacks(a, 'Contents', '1 Effects', 'Random page')
})

test('a post of short lines after an unclosed <head> is read whole', () => {
  const a = page('short-lines.html')
  assert.equal(a.title, 'Film-Tausch April')
  has(a, 'Anna: Japan.', 'Fuji X-TRA 400.', 'Ben: Pentax Z-1.')
  lacks(a, 'Startseite', 'Archiv')
})

test('a story printed as sibling <article> parts is one story', () => {
  const a = page('split-story.html')
  const paragraphs = a.text.split('\n\n')
  assert.equal(paragraphs.length, 4)
  assert.match(paragraphs[0] ?? '', /^The harbour ferry returned/)
  assert.match(paragraphs[3] ?? '', /until midnight again from Friday/)
})

test('the standfirst, subtitle and intro outside the body element open the text', () => {
  const a = page('ledes.html')
  const paragraphs = a.text.split('\n\n')
  assert.equal(paragraphs[0], 'Ehrenamtliche helfen beim Flicken von Toastern, Fahrrädern und Jacken')
  has(a, 'Nach zwei Jahren Pause', 'Wer etwas Kaputtes mitbringt', 'Das nächste Treffen beginnt')
  assert.ok(a.text.indexOf('Wer etwas Kaputtes') < a.text.indexOf('Rund zwanzig Freiwillige'))
  lacks(a, 'Reparaturcafé öffnet wieder', 'Von Jana Becker', 'Impressum')
  assert.deepEqual(a.authors, ['Jana Becker'])
})

test('widget, skip-, no-ads, taxonomy and comment-like classes on story parts do not cut them', () => {
  const a = page('chrome-wrappers.html')
  has(a, 'Polls closed at eight', 'We have never seen so many people vote early', '21:10 — The first district', '21:45 — Counting is finished', 'Final results are expected after midnight')
  lacks(a, 'Skip to content', 'Most read', 'Road works on the bridge')
})

test('a dateline line, a linked sentence, a colon ending and a sign-off stay', () => {
  const a = page('edges.html')
  assert.match(a.text, /^MANNHEIM – Wegen der Corona-Regeln/)
  has(a, 'Für das Pokalspiel am Sonntag gibt es noch Karten im freien Verkauf, der seit Montag läuft.', 'Lesen Sie dazu auch die Mitteilung des Landesverbands:')
  assert.match(a.text, /Eure Julia$/)
})

test('the story declared in JSON-LD replaces a teaser in the markup', () => {
  const a = page('json-body.html')
  has(a, 'eleven stops', 'clear majority of 38 to 12')
  lacks(a, 'Please enable JavaScript')
  assert.deepEqual(a.authors, ['Priya Nair'])
})

test('soft hyphens, decomposed accents and ruby readings are cleaned', () => {
  const a = page('hygiene.html')
  has(a, 'Donaudampfschifffahrtsgesellschaft', 'Der Café am Markt', '東京の漢字の読みは')
  lacks(a, '\u00ad', 'かんじ', '(')
  assert.equal(a.text, a.text.normalize('NFC'))
})

test('gallery counters, video labels, ad labels and widget text leave the story; sentences like them stay', () => {
  const a = page('media-labels.html')
  has(a, 'The morning ferry to Gull Island', 'Workers drove new steel piles', 'hung 4 photos of the old landing stage', 'Watch the tide tables closely', 'Page 2 of 3 of the timetable')
  lacks(
    a,
    'Skip to main',
    'See photos',
    'PHOTOS',
    'See Gallery',
    'Image 1',
    '2 / 12',
    'below gallery',
    'Video 2:31',
    'VIDEO4',
    '201803:15',
    'no longer available',
    'Tern Films',
    'Jo Lane',
    'Iklan',
    'Anzeige',
    '[PR]',
    'LOADING',
    'Scroll to',
    'Story Saved',
    'Reading time',
  )
  assert.equal(a.text.split('\n\n').length, 5, a.text)
  assert.ok(!a.text.split('\n\n').some((p) => p === 'Watch' || p === 'of'), a.text)
})

test('read-also lines, teaser cards, consent, credits, prompts, promos and other stories leave the story', () => {
  const a = page('leaks.html')
  const paragraphs = a.text.split('\n\n')
  assert.equal(paragraphs.length, 4, a.text)
  has(a, 'Cattle farmers across the plains', 'Auction prices have dropped', 'We sell now', 'emergency aid for feed')
  lacks(
    a,
    'Table of contents',
    'Read also',
    'How a cooperative',
    'Neighbours pool',
    'Click here to load',
    'Title image',
    'Getty Images',
    'Featured Image',
    'Image caption',
    'Farmers queued',
    'Image copyright',
    'Media playback',
    'Jo Park',
    'Ana Silva',
    'Facebook Twitter',
    'Twitter content',
    'Was this article helpful',
    'Share this article',
    'Follow the Plains Courier',
    'affiliate links',
    'views expressed by readers',
    'More stories',
    'Wheat harvest',
    'Farm machinery dealers',
    'Leave a Reply',
    'About us',
  )
})

test('an agency byline is credited as an organization; a sidebar teaser byline is not the author', () => {
  const a = page('byline-organization.html')
  // No person is credited, so the agency is the author too; bylineOrganizations says it is one.
  assert.deepEqual(a.bylineOrganizations, ['dpa'])
  assert.deepEqual(a.authors, ['dpa'])
})

/** Pages where one field says it all: the page, the field, and what a reader must get there. */
const FIELD_CASES: ReadonlyArray<{ name: string; file: string; expect: Pick<Partial<Article>, 'title' | 'authors'> }> = [
  { name: 'labels in other languages are left off the name', file: 'byline-labels.html', expect: { authors: ['Léa Martin'] } },
  { name: 'a handle stated as the author link is the author', file: 'byline-handle.html', expect: { authors: ['nebelkind'] } },
  { name: 'a name in the element after its label is the author, not the label or a teaser byline', file: 'byline-next-element.html', expect: { authors: ['Jonas Weber'] } },
  { name: '"date | time | Name" is read as a byline', file: 'byline-shapes.html', expect: { authors: ['Uta Brenner'] } },
  { name: 'JSON-LD @graph persons referenced by @id are the authors, before a Twitter card handle', file: 'byline-jsonld-graph.html', expect: { authors: ['Mara Lind', 'Tomás Ortega'] } },
  { name: 'the Twitter card "Written by" names the author when nothing else does', file: 'byline-twitter.html', expect: { authors: ['Henrik Aalto'] } },
  { name: 'a kicker inside the <h1> is left out of the title', file: 'title-kicker.html', expect: { title: 'Wurmkiste selber bauen' } },
  { name: 'a logo <h1> linking home names the site, not the headline', file: 'title-home-link.html', expect: { title: 'Enchufla Figuren' } },
  { name: 'an og:title cut at an inner quote gives way to the whole title', file: 'title-quote.html', expect: { title: 'Mayor calls bridge plan "a waste of money"' } },
  { name: 'the separator between a dropped kicker and the headline goes with the kicker', file: 'title-kicker-colon.html', expect: { title: 'Hafen Kiel investiert in Landstrom' } },
  { name: "a post title in a plain h2 that is one part of the page title wins over the site's h1", file: 'title-blog-h2.html', expect: { title: 'Neue Bänke im Stadtpark' } },
  { name: 'a separator hidden from sight between kicker and headline is kept in the title', file: 'title-hidden-separator.html', expect: { title: 'Neue Fahrpläne: Busse fahren nachts öfter' } },
  {
    name: "the headline h1 is not taken for navigation because of the <body> element's classes",
    file: 'title-body-classes.html',
    expect: { title: 'Night buses will link the valley towns from March' },
  },
  { name: 'the headline h1 is found after a menu of many h1 section names', file: 'title-menu-headings.html', expect: { title: 'Lohnt sich eine Wärmepumpe im unsanierten Altbau?' } },
]

for (const c of FIELD_CASES) {
  test(c.name, () => {
    const a = page(c.file)
    for (const [field, value] of Object.entries(c.expect)) assert.deepEqual(a[field as 'title' | 'authors'], value, field)
  })
}

test('a site tagline, a lead picture credit and a disclosure above the story are no standfirst; a subscription pitch ends it', () => {
  const a = page('not-ledes.html')
  has(a, 'The Ferrybridge ferry carried its first passengers', 'once the second crew has finished its training')
  lacks(a, 'News, tides and life on the bay', 'Photograph by Miriam Stone', 'may contain affiliate links', 'delivered through your letterbox', 'Добавить отзыв')
})

test('a credit label alone is no author: the name after a line break is read, a bare label gives none', () => {
  const a = page('byline-label-alone.html')
  assert.deepEqual(a.authors, ['Hanna Jürgensen'])
})

test('a page that opens with a long style sheet before <html> is read as HTML, not as text', () => {
  const css = '.grid-item { display: grid; gap: 10px 10px; margin-left: 0; height: auto !important; }\n'.repeat(80)
  const html = `<style>\n${css}</style>\n<html lang="en"><head><title>Meet the artist | City Weekly</title>
    <meta property="article:published_time" content="2023-11-06T08:00:15-08:00"></head>
    <body><h1>Meet the artist</h1><p>${'The painter opened her studio to visitors on Saturday and talked about her work. '.repeat(4)}</p></body></html>`
  const a = extract({ input: 'style-first.html', body: html })
  assert.equal(a.title, 'Meet the artist')
  assert.equal(a.published, '2023-11-06T08:00:15-08:00')
  lacks(a, 'display: grid')
})

test('a dotted date set with thin spaces under the headline is the date, not an event day in the intro', () => {
  assert.equal(page('date-spaced-dots.html').published, '2024-03-07')
})

test('dates in a list of other releases after the story are not its date; the one above the headline is', () => {
  assert.equal(page('date-teaser-list.html').published, '2023-12-04T09:30:00')
})

test('when JSON-LD and the meta tags disagree on the day, the one the page prints is the date', () => {
  const a = page('date-conflict.html')
  assert.equal(a.published?.slice(0, 10), '2024-02-12')
})
