import { test } from 'node:test'
import assert from 'node:assert/strict'
import { gzipSync } from 'node:zlib'
import { Readable } from 'node:stream'
import { WarcParser, readWarc, type WarcProblem, type WarcResponse } from './warc.js'

function record(type: string, uri: string, block: string): Buffer {
  const body = Buffer.from(block, 'utf8')
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-05-08T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${uri.length}-${type}>\r\nContent-Length: ${body.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')])
}

const page = (title: string): string => `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>${title}</title></head><body><p>Über ${title}</p></body></html>`
const records = [
  record('warcinfo', '', 'software: test'),
  record('request', 'https://a.example/1', 'GET /1 HTTP/1.1\r\n\r\n'),
  record('response', 'https://a.example/1', page('One')),
  record('response', 'https://a.example/logo.png', 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG'),
  record('response', 'https://a.example/2', page('Two')),
]

async function collect(stream: Readable): Promise<Array<WarcResponse | WarcProblem>> {
  const out: Array<WarcResponse | WarcProblem> = []
  for await (const item of readWarc(stream)) out.push(item)
  return out
}

test('should yield only the HTML responses of a plain WARC', async () => {
  const items = await collect(Readable.from([Buffer.concat(records)]))
  assert.deepEqual(
    items.map((i) => (i.kind === 'response' ? i.url : i.message)),
    ['https://a.example/1', 'https://a.example/2'],
  )
  const first = items[0] as WarcResponse
  assert.match(Buffer.from(first.body).toString('utf8'), /<p>Über One<\/p>/)
  assert.equal(first.date, '2025-05-08T10:00:00Z')
})

test('should read a .warc.gz with one gzip member per record', async () => {
  const gz = Buffer.concat(records.map((r) => gzipSync(r)))
  const items = await collect(Readable.from([gz]))
  assert.equal(items.filter((i) => i.kind === 'response').length, 2)
})

test('should give the same records when fed one byte at a time', () => {
  const whole = Buffer.concat(records)
  const all = new WarcParser().push(whole)
  const parser = new WarcParser()
  const byByte: Array<WarcResponse | WarcProblem> = []
  for (let i = 0; i < whole.length; i++) byByte.push(...parser.push(whole.subarray(i, i + 1)))
  byByte.push(...parser.end())
  assert.deepEqual(byByte, all)
})

test('should keep every complete record of a truncated archive and report the cut', async () => {
  const whole = Buffer.concat(records)
  const cut = whole.subarray(0, whole.length - 40)
  const items = await collect(Readable.from([cut]))
  assert.deepEqual(
    items.filter((i) => i.kind === 'response').map((i) => (i as WarcResponse).url),
    ['https://a.example/1'],
  )
  const problem = items.find((i) => i.kind === 'error') as WarcProblem | undefined
  assert.match(problem?.message ?? '', /truncated/)
})

test('should report a truncated gzip stream without losing earlier records', async () => {
  const gz = Buffer.concat(records.map((r) => gzipSync(r)))
  const items = await collect(Readable.from([gz.subarray(0, gz.length - 30)]))
  assert.ok(items.some((i) => i.kind === 'response' && i.url === 'https://a.example/1'))
  assert.ok(items.some((i) => i.kind === 'error'))
})
