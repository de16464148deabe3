/**
 * Text that names members of `Object.prototype` ("constructor", "toString", "__proto__") is text
 * like any other: a page built from such words, in every field the input can fill (words, names,
 * charset, time zone, domain, CLI command), is analyzed without a crash. Before `ownEntry`, the
 * word "constructor" anywhere in an article stopped its analysis with an internal error.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createPipeline } from './pipeline.js'
import { ArticleSchema } from './model/article.js'
import { main } from './cli/main.js'

const MEMBERS = Object.getOwnPropertyNames(Object.prototype)

/** A news paragraph in which `w` stands where names, verbs, titles, places and quotes go. */
function paragraph(w: string): string {
  const Cap = w.charAt(0).toUpperCase() + w.slice(1)
  return `The ${w} said on Monday that ${Cap} forces attacked ${w} in ${Cap}. "We will ${w}," ${w} told reporters. ${Cap} minister ${Cap} met President ${Cap} ${w} in ${Cap}, ${w}, a ${w} of the ${Cap} Party.`
}

test('should analyze text and pages made of Object.prototype member names without a crash', { timeout: 300_000 }, () => {
  assert.ok(MEMBERS.includes('constructor') && MEMBERS.includes('__proto__'))
  const pipeline = createPipeline()
  for (const w of MEMBERS) {
    const text = `${paragraph(w)}\n\n${paragraph(w)}`
    const plain = pipeline.run({ input: `notes-${w}.txt`, body: Buffer.from(text), format: 'text' })
    ArticleSchema.parse(plain)
    assert.ok(plain.text.includes(w), `the text keeps "${w}"`)
    const page =
      `<html lang="${w}"><head><meta charset="${w}"><title>${w} | ${w}</title><meta name="author" content="${w}">` +
      `<meta property="article:published_time" content="3 ${w} 2020 10:00 ${w}"></head>` +
      `<body><article><h1>${w}</h1><p>By ${w}</p><p>${paragraph(w)}</p><p>${paragraph(w)}</p></article></body></html>`
    const html = pipeline.run({ input: `https://news.example.${w}/${w}/${w}`, body: Buffer.from(page), format: 'html' })
    ArticleSchema.parse(html)
    assert.ok(html.text.includes(`forces attacked ${w}`), `the page's body keeps "${w}"`)
  }
})

test('should answer an unknown command for a command named after an Object.prototype member', async () => {
  const err: string[] = []
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string) => (err.push(String(chunk)), true)) as typeof process.stderr.write
  try {
    assert.equal(await main(['constructor']), 2)
    assert.equal(await main(['toString']), 2)
  } finally {
    process.stderr.write = write
  }
  assert.match(err.join(''), /unknown command `constructor`/)
})
