import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeJson, decodeRawDocument, encodeJson, encodeRawDocument, type ExtractedMessage } from './messages.js'

test('should carry a large page through the queue compressed and give back the same bytes', () => {
  const html = `<html><body>${'<p>Kim met Putin in Moscow on Thursday, officials said.</p>\n'.repeat(40_000)}</body></html>`
  const body = new TextEncoder().encode(html)
  const message = encodeRawDocument({ input: 'big.html', body, url: 'https://a.example/ü', contentType: 'text/html; charset=utf-8' })
  assert.ok(message.data.byteLength < body.byteLength / 5, 'a 2 MB page fits a 1 MB message')
  const back = decodeRawDocument(message.headers, message.data)
  assert.deepEqual(back.body, body)
  assert.equal(back.url, 'https://a.example/ü', 'non-ASCII metadata survives the header')
})

test('should give back a text body as text and a small page as it was', () => {
  const message = encodeRawDocument({ input: '-', body: 'Plain words.', format: 'plain' })
  assert.equal(new TextDecoder().decode(message.data), 'Plain words.')
  assert.deepEqual(decodeRawDocument(message.headers, message.data), { input: '-', body: 'Plain words.', format: 'plain' })
})

test('should round-trip an extracted-article message however large', () => {
  const small: ExtractedMessage = { documentId: 'd1', rawSeq: 3, article: null, error: 'x' }
  assert.deepEqual(decodeJson(encodeJson(small)), small)
  const large: ExtractedMessage = { documentId: 'd2', rawSeq: 4, article: null, error: 'y'.repeat(500_000) }
  const data = encodeJson(large)
  assert.ok(data.byteLength < 100_000)
  assert.deepEqual(decodeJson(data), large)
})
