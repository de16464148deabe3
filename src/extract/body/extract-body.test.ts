import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveExtractOptions } from '../options.js'
import { parseHtml } from '../parse-html.js'
import { extractBody, type BodyResult } from './index.js'

const options = resolveExtractOptions()

function body(html: string, title: string | null = null): BodyResult {
  return extractBody(parseHtml(html, options).dom, { title }, options)
}

const P1 = 'The council voted on Tuesday to expand the city tram network, adding three lines by 2030.'
const P2 = 'Supporters said the plan would cut traffic, while critics warned that the budget was far too optimistic.'
const P3 = 'Construction is expected to start next spring, officials said, once the final permits have been granted.'

const P4 = 'The transport authority will publish the route maps and the timetable for public comment in the coming weeks.'

const story = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`

test('should keep the story and cut navigation, share bars, related links and comments', () => {
  const r = body(`<html><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <main><article>${story}<p>${P4}</p></article></main>
    <section class="related-articles"><h2>Related</h2><ul><li><a href="/a">Another story about trams and buses in town</a></li></ul></section>
    <div id="comments"><p>I think this is a terrible idea and nobody asked the residents of the old town first.</p></div>
    <footer><p>© 2025 The Daily Example. All rights reserved.</p></footer>
  </body></html>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}\n\n${P4}`)
  const reasons = new Set(r.removed.map((x) => x.reason))
  for (const reason of ['nav', 'share', 'related', 'comments'] as const) assert.ok(reasons.has(reason), `no ${reason} in removed`)
  assert.equal(r.access, 'full')
})

test('should drop the headline when it repeats the title, and a leading byline', () => {
  const r = body(`<article><h1>City expands tram network</h1><p>By Jane Doe</p>${story}</article>`, 'City expands tram network | Daily Example')
  assert.equal(r.text.split('\n\n')[0], P1)
  assert.ok(r.removed.some((x) => x.reason === 'title' && x.text === 'City expands tram network'))
  assert.ok(r.removed.some((x) => x.reason === 'byline'))
})

test('should keep subheadings and list items inside the story as their own blocks', () => {
  const r = body(`<article>${story}<h2>What happens next</h2><ul><li>Public hearings in May, with all districts invited to take part.</li><li>A final vote in June.</li></ul><p>${P1}</p></article>`)
  const blocks = r.text.split('\n\n')
  assert.ok(blocks.includes('What happens next'))
  assert.ok(blocks.includes('A final vote in June.'))
})

test('should turn a single <br> into a line break and a double <br> into a new block', () => {
  const r = body(`<article><p>${P1}<br>${P2}<br><br>${P3}</p></article>`)
  assert.equal(r.text, `${P1}\n${P2}\n\n${P3}`)
})

test('should normalise whitespace inside blocks', () => {
  const r = body(`<article><p>  The council   voted\n\n on <b>Tuesday</b>\tto expand the tram network, adding lines by 2030.  </p><p>${P2}</p><p>${P3}</p></article>`)
  assert.match(r.text, /^The council voted on Tuesday to expand/)
})

test('should keep a story that a site wrapped in a header element', () => {
  const r = body(`<body><header class="site-header"><a href="/">Logo</a></header><header class="story">${story}</header><footer>Contact us</footer></body>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
})

test('should drop hidden elements, ads and trailing furniture', () => {
  const r = body(`<article>${story}<div style="display:none"><p>Hidden promotional text that no reader ever sees on the page.</p></div>
    <div class="ad-slot"><p>Advertisement</p></div><p>Advertisement</p><p>Read more</p></article>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
  assert.ok(r.removed.some((x) => x.reason === 'ad'))
  assert.ok(r.removed.some((x) => x.reason === 'hidden'))
})

test('should cut German boilerplate sections by class name', () => {
  const r = body(`<article><div class="artikel-text">${story}</div>
    <div class="weitere-artikel"><p>Weitere Artikel aus der Region, die Sie interessieren könnten, finden Sie hier.</p></div>
    <div class="kommentare"><p>Das ist doch alles viel zu teuer und kommt sowieso zu spät, meine ich.</p></div>
    <p>Anzeige</p></article>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
})

test('should prefer the marked article body over a richer teaser rail', () => {
  const teaser = (i: number): string => `<div class="teaser"><p>Teaser ${i}: a long summary of another story, written to make readers click through to it.</p></div>`
  const r = body(`<body><div class="rail">${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</div><div itemprop="articleBody">${story}</div></body>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
})

test('should mark a page paywalled when a paywall marker is present', () => {
  const r = body(`<article><p>${P1}</p><div class="paywall"><p>Subscribe to continue reading.</p></div></article>`)
  assert.equal(r.access, 'paywalled')
})

test('should mark a very short body as partial', () => {
  const r = body(`<article><p>${P1}</p></article>`)
  assert.equal(r.access, 'partial')
})

test('should rescue the text from JSON-LD when the markup has no story', () => {
  const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: `${P1}\n\n${P2}\n\n${P3}` })
  const r = body(`<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"></div></body></html>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
  assert.ok(r.diagnostics.some((d) => d.code === 'body-rescued'))
})

test('should keep the removed list bounded on pages with huge menus', () => {
  const menu = `<nav>${Array.from({ length: 2000 }, (_, i) => `<div class="menu"><a href="/${i}">Section ${i}</a></div>`).join('')}</nav>`
  const r = body(`<body>${menu}<article>${story}</article></body>`)
  assert.ok(r.removed.length <= 200)
  assert.ok(r.removed.every((x) => x.text.length <= 300))
})

test('should keep a story built from page-builder widgets (Elementor)', () => {
  const w = (p: string): string =>
    `<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${p}</p></div></div></div>`
  const r = body(`<body><div class="sidebar widget"><a href="/x">Archive</a></div><main>${[P1, P2, P3].map(w).join('')}</main></body>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
})

test('should not mistake a comment thread that outweighs a short post for the story', () => {
  const comment = (i: number): string => `<li class="comment"><p>Comment ${i}: I completely disagree with the council, the trams will never be finished on time or within budget.</p></li>`
  const r = body(`<body><div class="post">${story}<p>${P4}</p></div><div id="comments"><ol class="commentlist">${[1, 2, 3, 4, 5, 6, 7, 8].map(comment).join('')}</ol></div></body>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}\n\n${P4}`)
  assert.ok(r.removed.some((x) => x.reason === 'comments'))
})

test('should not take a feed of other stories for the story when their summaries outweigh it', () => {
  const card = (i: number): string =>
    `<article class="card"><h2><a href="/s${i}">Story ${i}</a></h2><p>Summary ${i}: a long description of another story on this site, written to look like real prose to a scorer.</p></article>`
  const r = body(`<body><main><article>${story}</article><section>${[1, 2, 3, 4, 5, 6].map(card).join('')}</section></main></body>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
})

test('should ignore WordPress taxonomy classes such as category-newsletter on the post', () => {
  const r = body(
    `<body><div class="post hentry category-newsletter tag-comments">${story}</div><div class="newsletter-box"><p>Sign up for our weekly newsletter and never miss a story again, it is free.</p></div></body>`,
  )
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}`)
})

test('should call a long story behind a template paywall class full, not paywalled', () => {
  const long = Array.from({ length: 8 }, (_, i) => `<p>Part ${i}. ${P1} ${P2}</p>`).join('')
  const r = body(`<article class="article-content paywall">${long}</article>`)
  assert.equal(r.access, 'full')
})

test('should write a data table row as one line and keep layout table cells as blocks', () => {
  const r = body(`<article>${story}<table><tr><th>Line</th><th>Opens</th></tr><tr><td>T1</td><td>2027</td></tr></table>
    <table><tr><td><p>${P4}</p></td><td><p>${P1}</p></td></tr></table></article>`)
  const blocks = r.text.split('\n\n')
  assert.ok(blocks.includes('Line | Opens'))
  assert.ok(blocks.includes('T1 | 2027'))
  assert.ok(blocks.includes(P4))
})

test('should drop a trailing label whose list was cut and a trailing copyright line, but keep a wire credit', () => {
  const r = body(`<article>${story}<p>dpa</p><p>Weitere Informationen:</p><ul><li><a href="/a">Link one to another page</a></li></ul>
    <p>Copyright © 2025 Example Newspapers Ltd. All rights reserved. No part of this site may be reproduced without permission of the publisher.</p><p>Explore More</p><p>Sign up for our free newsletter and get the best stories delivered to your inbox every morning.</p></article>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}\n\ndpa`)
})

test('should keep a quotation written as figure and blockquote, without its caption', () => {
  const r = body(`<article>${story}<figure><blockquote><p>We will build it, and we will build it on time and on budget.</p></blockquote><figcaption>Mayor Jane Roe</figcaption></figure></article>`)
  assert.ok(r.text.includes('We will build it, and we will build it on time and on budget.'))
  assert.ok(!r.text.includes('Mayor Jane Roe'))
})

test('should drop a video placeholder that plays a button, with its clip title, but keep a link that plays one', () => {
  const r = body(`<article><div class="story-body">
    <div role="button" tabindex="0" class="player-slot"><div class="clip-footer"><span>VIDEO</span><span>2:41</span><div class="clip-title">Harbour chief on the new ferry timetable</div><a href="/shows/morning">Morning Show</a></div></div>
    ${story}<p>The council will <a role="button" href="#">publish</a> the final route maps and the timetable for public comment next week.</p></div></article>`)
  assert.doesNotMatch(r.text, /Harbour chief|Morning Show|VIDEO/)
  assert.match(r.text, /The council will publish the final route maps/)
})

test('should drop teaser cards whose heading sits inside a link, in role=article cards and a recommendation box', () => {
  const card = (h: string, by: string): string =>
    `<div class="grid-item"><x-card role="article"><a href="/other/${by}"><h2>${h}</h2></a><div class="card-meta"><a href="/author/${by}">By ${by}</a><span>3 hours ago</span></div><span>The Daily Example</span></x-card></div>`
  const r = body(`<article><div class="article-body">${story}
    <section class="in-content-recommendation"><h2>Editors Recommend</h2>${card('Harbour reopens after storm', 'Ann Lee')}${card('New bridge opens in May', 'Bo Kim')}</section>
    <p>${P4}</p></div></article>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}\n\n${P4}`)
})

test('should drop a photo credit marked by its class, and a "Name for The Outlet" credit line', () => {
  const r = body(`<article><div class="article-body"><p>${P1}</p>
    <div class="portrait"><h4>The old tram depot</h4><p class="portrait-credit">Lena Hart for The Daily Example</p></div>
    <p>${P2}</p><p>Tomas Berg for The New York Times</p><p>${P3}</p></div></article>`)
  assert.doesNotMatch(r.text, /Lena Hart|Tomas Berg/)
  assert.match(r.text, /The old tram depot/)
})

test('should drop widgets built around a form control, but not a checklist or a standfirst beside a player', () => {
  const r = body(`<article><div class="article-body">${story}
    <div class="cta cta--post-content"><h3>Newsletter Signup</h3><p>Get the city's news every morning.</p><form><label for="e">Email address</label><input id="e" type="email"><button>Join</button></form></div>
    <div class="notify-row"><div>Get alerts for live updates</div><div>Turn on notifications to hear as the vote develops.</div><div><input type="checkbox" id="s"><label for="s">Toggle</label></div></div>
    <p>${P4}</p>
    <div class="checklist"><div class="row"><label><input type="checkbox"> 2 tram tickets</label></div><div class="row"><label><input type="checkbox"> 1 city map</label></div><div class="row"><label><input type="checkbox"> a rain coat</label></div></div>
    <div class="excerpt"><p>Riders will pay the same fare on all three new lines, the transport authority confirmed in its statement on Tuesday.</p><div class="audio"><span>Listen to this story</span><select><option>1x</option></select></div></div>
  </div></article>`)
  assert.doesNotMatch(r.text, /Newsletter Signup|morning|Get alerts|notifications|Toggle|Listen to this story/)
  assert.match(r.text, /2 tram tickets/)
  assert.match(r.text, /Riders will pay the same fare/)
  assert.ok(r.removed.some((x) => x.reason === 'chrome' && x.text === 'Newsletter Signup'))
})

test('should still end the story at a sign-up widget that closes it, cutting the site links after it', () => {
  const r = body(`<article><div class="article-body">${story}<p>${P4}</p>
    <div class="module box"><h3>Get email updates</h3><p>Subscribe to news about our projects.</p><form><input type="email"></form></div>
    <div class="contact"><h3>Contact a human</h3><p>Questions about our projects? Get in touch with our team.</p></div></div></article>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}\n\n${P4}`)
})

test('should keep one copy of a part printed twice for wide and narrow screens, but keep like siblings without that mark', () => {
  const part = (cls: string, order: 'wide' | 'narrow'): string => {
    const head = '<h4>The first tram ticket</h4><h5>Donated by Mara Quist, Lindholm</h5>'
    const credit = '<p class="photo-note">Archive photo</p>'
    const quote = '<p>“My grandfather kept it in a tin box for sixty years, and he told everyone it was his ticket to the future.”</p>'
    return `<div class="${cls}">${order === 'wide' ? head + credit + quote : credit + head + quote}</div>`
  }
  const day = '<div class="day"><p>Breakfast: oat porridge with apples, a slice of toast and a cup of tea with milk.</p></div>'
  const r = body(
    `<article><div class="article-body">${story}<div class="item">${part('item-view desktop-only', 'wide')}${part('item-view mobile-only', 'narrow')}</div>${day}<p>${P4}</p>${day}</div></article>`,
  )
  assert.equal(r.text.match(/tin box/g)?.length, 1)
  assert.equal(r.text.match(/Donated by Mara Quist/g)?.length, 1)
  assert.equal(r.text.match(/oat porridge/g)?.length, 2)
})

test('should drop a video label and its embed placeholder from a block of lines, keeping the credit after them', () => {
  const r = body(`<article><div class="article-body">${story}<p>${P4}</p>
    <strong>Watch video: "How the new trams are built"</strong><br><a class="embed player" href="https://video.example/embed/42">[Video Example]</a><br><strong>(jd/ab)</strong></div></article>`)
  assert.doesNotMatch(r.text, /Watch video|How the new trams|\[Video Example\]/)
  assert.match(r.text, /\(jd\/ab\)$/)
})

test('should drop a credit line under a picture inside a block of lines', () => {
  const r = body(`<article><div class="article-body">${story}<p>${P4}<br>Photo: Lena Hart / Example Images</p></div></article>`)
  assert.ok(r.text.endsWith(P4))
  assert.ok(r.removed.some((x) => x.reason === 'caption' && x.text === 'Photo: Lena Hart / Example Images'))
})

test('should drop icon-font ligature names, live price changes and links to the story in another language', () => {
  const r = body(`<article>
    <p>${P1}</p><p>${P2} <i class="material-icons">open_in_new</i></p><p><span class="material-symbols-outlined">schedule</span>${P3}</p>
    <p>Shares of <b>Northwind Rail</b> <span class="nowrap">(<a class="ticker-symbol" href="/quote/nwr">NWR</a><span class="ticker-change"> 2.15%</span>)</span> rose after the vote.</p>
    <p>${P4}<br><a href="https://bn.example.com/tram">Read this story in Bengali</a></p>
  </article>`)
  assert.equal(r.text, `${P1}\n\n${P2}\n\n${P3}\n\nShares of Northwind Rail (NWR) rose after the vote.\n\n${P4}`)
})

test('should keep words in an icon class that are no ligature name, and lines that only mention a language', () => {
  const r = body(`<article>${story}
    <p>The notice was printed <span class="icon">Twice</span> in the city paper.</p>
    <p>Read the story in English, then in Bengali, before the council meets.</p>
  </article>`)
  assert.ok(r.text.includes('printed Twice in the city paper'), r.text)
  assert.ok(r.text.includes('Read the story in English, then in Bengali'), r.text)
})
