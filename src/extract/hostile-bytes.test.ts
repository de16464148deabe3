import { test } from 'node:test'
import assert from 'node:assert/strict'
import iconv from 'iconv-lite'
import { extract } from './index.js'
import { ArticleSchema } from '../model/article.js'

/** Extracts and checks the contract holds; the 2 s budget per call is timed by `npm run bench:extract-bounds`. */
function checkedExtract(body: Uint8Array, contentType?: string) {
  const article = extract({ input: 'hostile', body, ...(contentType ? { contentType } : {}) })
  ArticleSchema.parse(article)
  return article
}
const codes = (a: { diagnostics: Array<{ code: string }> }): string[] => a.diagnostics.map((d) => d.code)

test('should return an empty article with binary-input for a PNG', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(2048).fill(7)])
  const a = checkedExtract(png)
  assert.equal(a.text, '')
  assert.equal(a.title, null)
  assert.deepEqual(codes(a), ['binary-input'])
})

test('should return binary-input for a megabyte of random bytes', () => {
  let seed = 42
  const random = new Uint8Array(1 << 20).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16)
  const a = checkedExtract(random)
  assert.equal(a.text, '')
  assert.deepEqual(codes(a), ['binary-input'])
})

test('should report empty and blank files as empty-input', () => {
  assert.deepEqual(codes(checkedExtract(new Uint8Array(0))), ['empty-input'])
  assert.deepEqual(codes(checkedExtract(new Uint8Array(Buffer.from(' \n\n\t \r\n')))), ['empty-input'])
})

test('should extract a page with invalid UTF-8 bytes and warn about them', () => {
  const page = Buffer.from(
    '<html><head><meta charset="utf-8"><title>Talks resume</title></head><body><article><p>Negotiators met again on Monday — the first round since March. </p></article></body></html>',
  )
  const at = page.indexOf('first')
  const broken = new Uint8Array([...page.subarray(0, at), 0xc3, 0x28, 0xff, ...page.subarray(at)])
  const a = checkedExtract(broken)
  assert.match(a.text, /Negotiators met again on Monday — .*first round since March\./)
  assert.ok(codes(a).includes('invalid-utf8'))
})

test('should read a Shift_JIS page declared as UTF-8', () => {
  const body = '東京都は月曜日、新しい防災計画を発表した。計画では、大地震に備えて避難所を増やすとしている。'
  const html = `<html><head><meta charset="utf-8"><title>防災計画</title></head><body><article><p>${body}</p></article></body></html>`
  const a = checkedExtract(new Uint8Array(iconv.encode(html, 'shift_jis')))
  assert.ok(a.text.includes(body))
  assert.equal(a.language, 'ja')
  assert.ok(codes(a).includes('encoding-mismatch'))
})

test('should read a UTF-8 page declared as ISO-8859-1', () => {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Grève</title></head><body><article><p>Le syndicat a mis fin à la grève mardi après neuf jours de négociations, a déclaré le port.</p></article></body></html>'
  const a = checkedExtract(new Uint8Array(Buffer.from(html, 'utf8')))
  assert.ok(a.text.includes('mis fin à la grève mardi après neuf jours'))
  assert.equal(a.language, 'fr')
  assert.ok(codes(a).includes('encoding-mismatch'))
})

test('should return no text and say so for a page that is only a script', () => {
  const html = `<html><head><script>${'var x = "<p>not text</p>";'.repeat(20000)}</script></head><body><script>document.write("hi")</script></body></html>`
  const a = checkedExtract(new Uint8Array(Buffer.from(html)))
  assert.equal(a.text, '')
  assert.ok(codes(a).includes('empty-body'))
  assert.ok(!codes(a).includes('binary-input'))
})

test('should keep NUL-free control characters in a text page from being called binary', () => {
  const a = checkedExtract(new Uint8Array(Buffer.from('Port Strike Ends\n\nThe strike ended on Tuesday\f after nine days of talks, the union said in a statement.')))
  assert.equal(a.title, 'Port Strike Ends')
  assert.deepEqual(codes(a), [])
})

test('should handle half a megabyte on one line and fifty thousand short lines', () => {
  const oneLine = checkedExtract(new Uint8Array(Buffer.from('word '.repeat(100_000))))
  assert.equal(oneLine.text.length, 499_999)
  const lines = checkedExtract(new Uint8Array(Buffer.from('Share\nA line of text here.\n'.repeat(25_000))))
  assert.ok(lines.text.startsWith('A line of text here.'))
  assert.ok(!lines.text.includes('Share'))
  assert.ok(lines.removed.length <= 200)
  assert.ok(codes(lines).includes('removed-truncated'))
})
