import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Element } from 'domhandler'
import { parseHtml } from '../parse-html.js'
import { DEFAULT_EXTRACT_OPTIONS } from '../options.js'
import { walkElements } from './dom.js'
import { indexPage, walkPage } from './page-index.js'

const HTML = `<!doctype html><html lang="de"><head><title>T</title><meta name="a" content="1">
<script type="application/ld+json">{}</script></head><body>
<nav><a href="/">Home</a><meta name="in-nav" content="2"></nav>
<article><h1>Headline</h1><div class="skip"><p>hidden <b>bold</b></p><figure><img src="x.jpg"></figure></div>
<p>Text <a href="/author/jane">Jane</a></p><figure><img src="y.jpg"></figure></article>
<svg><title>icon</title></svg><footer><p>c</p></footer></body></html>`

const dom = parseHtml(HTML, DEFAULT_EXTRACT_OPTIONS).dom
const names = (els: readonly Element[]): string[] => els.map((e) => e.name)

test('walkPage visits what walkElements visits, in the same order, with the same pruning', () => {
  const prune = (el: Element): boolean => !(el.name === 'nav' || el.attribs['class'] === 'skip' || el.name === 'svg')
  for (const visit of [prune, () => true, (el: Element) => el.name !== 'body']) {
    const expected: Element[] = []
    walkElements(dom.children, (el) => {
      expected.push(el)
      return visit(el)
    })
    const seen: Element[] = []
    walkPage(indexPage(dom), (el) => {
      seen.push(el)
      return visit(el)
    })
    assert.deepEqual(names(seen), names(expected))
    assert.ok(seen.every((el, i) => el === expected[i]))
  }
})

test('byName lists every element of a name in document order, inside any region', () => {
  const page = indexPage(dom)
  assert.deepEqual(
    page.byName('meta').map((m) => m.attribs['name']),
    ['a', 'in-nav'],
  )
  assert.deepEqual(
    page.byName('figure').map((f) => (f.children[0] as Element).attribs['src']),
    ['x.jpg', 'y.jpg'],
  )
  assert.deepEqual(names(page.byName('title')), ['title', 'title'])
  assert.deepEqual(page.byName('blink'), [])
})
