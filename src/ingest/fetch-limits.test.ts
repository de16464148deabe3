/**
 * Servers that stall, drip or bomb: each fetch ends within its time and size limits with a clear
 * failure (the limits are set small here; the defaults are 20 s and 20 MiB), a time-out is not
 * retried at full length, and the server's ingest queue goes on to the next job.
 */
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { fetchUrl } from './fetch-url.js'
import { PoliteFetcher } from './polite-fetcher.js'
import { startHostileServer, type HostileServer } from '../testing/hostile-server.js'
import { createNewsgraphApp } from '../server/create-app.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { createPipeline } from '../pipeline.js'

let server: HostileServer
const allow = { addressPolicy: { allowPrivate: true } }

before(async () => {
  server = await startHostileServer()
})
after(async () => {
  await server.close()
})

test('should end a body that stalls, plain or compressed, at the time limit', async () => {
  for (const path of ['/stall', '/stall-gzip', '/stall-deflate', '/stall-br', '/stall-headers', '/drip']) {
    const started = Date.now()
    const r = await fetchUrl(`${server.base}${path}`, { ...allow, timeoutMs: 800 })
    const ms = Date.now() - started
    assert.ok('error' in r && /timed out after 800 ms/.test(r.error), `${path}: ${JSON.stringify(r)}`)
    assert.ok(ms < 3000, `${path} ended after ${ms} ms`)
  }
})

test('should stop a gzip bomb at the size limit after decompression', async () => {
  const started = Date.now()
  const r = await fetchUrl(`${server.base}/bomb`, { ...allow, maxBytes: 2_000_000, timeoutMs: 30_000 })
  assert.ok('error' in r && /over the 2000000-byte limit after decompression/.test(r.error), JSON.stringify(r))
  assert.ok(Date.now() - started < 15_000)
})

test('should not retry a time-out at full length', async () => {
  const fetcher = new PoliteFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 600, backoffMs: 10 })
  try {
    const started = Date.now()
    const r = await fetcher.fetch(`${server.base}/stall-headers?once`)
    assert.ok('error' in r && /timed out/.test(r.error))
    assert.equal(server.hits.get('/stall-headers?once'), 1, 'asked once, not four times')
    assert.ok(Date.now() - started < 3000)
  } finally {
    await fetcher.close()
  }
})

test('should keep the server job queue moving past a stalled source', async () => {
  const store = openSqliteStore(':memory:')
  const token = 't'.repeat(24)
  const { app, jobs } = createNewsgraphApp({
    store,
    pipeline: createPipeline({ analyze: false }),
    token,
    fetcher: () => new PoliteFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 700, maxBytes: 500_000 }),
  })
  const post = async (sources: string[]): Promise<string> => {
    const res = await app.request('/api/ingest', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ sources }) })
    assert.equal(res.status, 202)
    return ((await res.json()) as { id: string }).id
  }
  const stuck = await post([`${server.base}/stall-gzip?job`, `${server.base}/bomb?job`, `${server.base}/drip?job`])
  const next = await post([`${server.base}/ok/Portville`])
  await jobs.idle()
  const view = async (id: string) => (await (await app.request(`/api/jobs/${id}`)).json()) as { state: string; progress: { failed: number; stored: number }; stories: number | null }
  const first = await view(stuck)
  assert.equal(first.state, 'done')
  assert.equal(first.progress.failed, 3)
  const second = await view(next)
  assert.deepEqual([second.state, second.progress.stored, second.stories], ['done', 1, 1])
  await store.close()
})
