import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isTag, type AnyNode } from 'domhandler'
import { getOuterHTML } from 'domutils'
import { parseDocument } from 'htmlparser2'
import { extractBody } from './body/index.js'
import { resolveExtractOptions } from './options.js'
import { parseHtml } from './parse-html.js'

const options = resolveExtractOptions()

/**
 * Parses and extracts the body, returning the result with the heap it grew by. That a guard fired
 * is checked by its diagnostic; the CPU bound on these pages (10 s, a hang) is measured by
 * `npm run bench:extract-bounds`, not here.
 */
function run(html: string): { text: string; codes: string[]; heapGrowthMb: number } {
  const heap0 = process.memoryUsage().heapUsed
  const parsed = parseHtml(html, options)
  const body = extractBody(parsed.dom, { title: null }, options)
  const heapGrowthMb = (process.memoryUsage().heapUsed - heap0) / (1024 * 1024)
  return { text: body.text, codes: [...parsed.diagnostics, ...body.diagnostics].map((d) => d.code), heapGrowthMb }
}

test('should truncate a 50 MB page and still return its text without parsing it whole', () => {
  const para = (i: number): string => `<p>Paragraph ${i} of a very long page, with enough words to look like an article sentence.</p>\n`
  const chunk = Array.from({ length: 1000 }, (_, i) => para(i)).join('')
  const html = `<html><body><article>${chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length))}</article></body></html>`
  const r = run(html)
  assert.ok(r.heapGrowthMb < 1024, `heap grew ${r.heapGrowthMb.toFixed(0)} MB`)
  assert.ok(r.codes.includes('html-truncated') || r.codes.includes('html-too-many-elements'))
  assert.match(r.text, /^Paragraph 0 of a very long page/)
})

test('should flatten 100,000 nested elements instead of recursing into them', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}<p>The only paragraph of this page sits at the bottom of a very deep tree.</p>${'</div>'.repeat(100_000)}</body></html>`
  const r = run(html)
  assert.ok(r.codes.includes('html-too-deep'))
  assert.match(r.text, /The only paragraph of this page/)
})

test('should survive 100,000 unclosed elements followed by stray end tags', () => {
  const html = `${'<div><span>'.repeat(50_000)}text${'</b>'.repeat(100_000)}`
  const r = run(html)
  assert.ok(r.codes.includes('html-too-deep'))
})

test('should report an empty body for a page that is only a script', () => {
  const r = run(`<script>${'var a = "<p>not text</p>";'.repeat(40_000)}</script>`)
  assert.equal(r.text, '')
  assert.ok(r.codes.includes('empty-body'))
})

test('should report an empty body for an empty html element', () => {
  const r = run('<html></html>')
  assert.equal(r.text, '')
  assert.deepEqual(r.codes, ['empty-body'])
})

test('should stop building the tree at maxElements', () => {
  const html = `<body>${'<p>x</p>'.repeat(1000)}</body>`
  const parsed = parseHtml(html, { maxElements: 100, maxDepth: 512 })
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.code),
    ['html-too-many-elements'],
  )
  let elements = 0
  const count = (nodes: AnyNode[]): void => {
    for (const n of nodes) {
      if (isTag(n)) {
        elements++
        count(n.children)
      }
    }
  }
  count(parsed.dom.children)
  assert.equal(elements, 100)
})

test('should parse ordinary markup without diagnostics', () => {
  const parsed = parseHtml('<html><body><p>Hello <b>world</b></p></body></html>', options)
  assert.deepEqual(parsed.diagnostics, [])
})

test('should build the same tree from a page fed in pieces as from the whole text', () => {
  const html = `<html><head><title>T &amp; t</title></head><body><div class="a b" data-x="1 &lt; 2"><p>Caf\u00e9 &eacute; text</p><script>if (a < b) x = "</div>"</script></div></body></html>`
  const whole = getOuterHTML(parseHtml(html, options).dom)
  // Cut at every position: inside tag names, attribute values, entities and the script.
  for (let at = 1; at < html.length; at++) {
    assert.equal(getOuterHTML(parseHtml(html, options, [html.slice(0, at), html.slice(at)]).dom), whole, `cut at ${at}`)
  }
})

test('should build the same elements as the stock DomHandler: types, parents and siblings', () => {
  // onopentag builds elements itself (see LimitedHandler): script and style keep their own types.
  const html = `<html><head><style>p{}</style><title>T</title></head><body><div id="a"><p>One <b>two</b> three</p><br><script>x()</script><ul><li>a<li>b</ul></div></body></html>`
  const ours = parseHtml(html, options).dom
  const stock = parseDocument(html, { decodeEntities: true })
  const shape = (n: AnyNode): unknown => ({
    type: n.type,
    name: isTag(n) ? n.name : null,
    parent: n.parent && isTag(n.parent) ? n.parent.name : n.parent ? n.parent.type : null,
    prev: n.prev?.type ?? null,
    next: n.next?.type ?? null,
    children: 'children' in n ? n.children.map(shape) : null,
  })
  assert.deepEqual(ours.children.map(shape), stock.children.map(shape))
  assert.equal(getOuterHTML(ours), getOuterHTML(stock))
})
