import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { PoliteFetcher } from './polite-fetcher.js'
import { isPrivateAddress } from './ssrf-guard.js'

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; base: string }> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

test('should refuse loopback and private addresses unless allowed', async () => {
  const fetcher = new PoliteFetcher()
  const r = await fetcher.fetch('http://127.0.0.1:9/secret')
  assert.ok('skipped' in r && /refused loopback address 127.0.0.1/.test(r.skipped))
  const local = await fetcher.fetch('http://localhost:9/')
  assert.ok('skipped' in local)
  await fetcher.close()
  assert.equal(isPrivateAddress('10.1.2.3'), true)
  assert.equal(isPrivateAddress('::ffff:192.168.1.1'), true)
  assert.equal(isPrivateAddress('93.184.216.34'), false)
})

test('should honour robots.txt, retry a 503, and answer a conditional GET with not-modified', async () => {
  let hits503 = 0
  const times: number[] = []
  const { server, base } = await serve((req, res) => {
    times.push(Date.now())
    if (req.url === '/robots.txt') return res.end('User-agent: *\nDisallow: /private\n')
    if (req.url === '/flaky' && hits503++ < 1) {
      res.statusCode = 503
      res.setHeader('retry-after', '0')
      return res.end()
    }
    if (req.url === '/cached' && req.headers['if-none-match'] === '"v1"') {
      res.statusCode = 304
      return res.end()
    }
    res.setHeader('content-type', 'text/html')
    res.setHeader('etag', '"v1"')
    res.end('<html><body><p>ok</p></body></html>')
  })
  const fetcher = new PoliteFetcher({ allowPrivate: true, perHostDelayMs: 50, backoffMs: 10 })
  try {
    const blocked = await fetcher.fetch(`${base}/private/page`)
    assert.deepEqual(blocked, { skipped: 'disallowed by robots.txt' })
    const flaky = await fetcher.fetch(`${base}/flaky`)
    assert.ok('document' in flaky, 'a 503 is retried until it succeeds')
    const first = await fetcher.fetch(`${base}/cached`)
    assert.ok('document' in first && first.etag === '"v1"')
    const again = await fetcher.fetch(`${base}/cached`, { etag: '"v1"' })
    assert.ok('notModified' in again)
    const poll = await fetcher.fetch(`${base}/cached`)
    assert.ok('notModified' in poll, 'a repeat poll in the same process is a conditional GET by itself')
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 40, 'requests to one host are spaced by the delay')
  } finally {
    await fetcher.close()
    server.close()
  }
})
