/**
 * The SSRF guard as an attacker tries it: every written form of a non-public address, directly
 * and behind one or two redirects from a server the guard lets through, for every way in (the
 * fetch `analyze`/`extract` use, the polite fetcher `ingest` uses, and POST /api/ingest). The
 * trusted server stands on 127.0.0.2, allowed through the library's `trusted` ranges, so that a
 * redirect from an allowed address to a refused one can be tried on one machine.
 */
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'undici'
import { createGuardedAgent, nonPublicRange, refuseUrl } from './ssrf-guard.js'
import { fetchUrl } from './fetch-url.js'
import { readInput } from './read-inputs.js'
import { PoliteFetcher } from './polite-fetcher.js'
import { startHostileServer, privateUrlForms, type HostileServer } from '../testing/hostile-server.js'
import { createNewsgraphApp } from '../server/create-app.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { createPipeline } from '../pipeline.js'

let target: HostileServer // the "internal" server every refused form points at
let front: HostileServer // the allowed server that redirects
const TRUSTED = ['127.0.0.2/32']

before(async () => {
  target = await startHostileServer('127.0.0.1')
  front = await startHostileServer('127.0.0.2')
})
after(async () => {
  await target.close()
  await front.close()
})

test('should classify every non-public address form and pass public unicast', () => {
  for (const a of [
    '127.0.0.1',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::127.0.0.1',
    '::7f00:1',
    '64:ff9b::7f00:1',
    '64:ff9b::a9fe:a9fe',
    '0.0.0.0',
    '::',
    '169.254.169.254',
    '::ffff:169.254.169.254',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '10.0.0.1',
    '::ffff:10.0.0.1',
    '172.16.0.1',
    '192.168.1.1',
    '100.64.0.1',
    '224.0.0.1',
    'ff02::1',
    '255.255.255.255',
    '192.0.2.1',
    '2001:db8::1',
    '2002:7f00:1::',
    '::ffff:0:7f00:1',
  ]) {
    assert.notEqual(nonPublicRange(a), null, `${a} must be refused`)
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) assert.equal(nonPublicRange(a), null, `${a} is public`)
  assert.match(refuseUrl('http://[::ffff:7f00:1]/', false) ?? '', /refused loopback \(as IPv4-mapped\) address/)
  assert.equal(refuseUrl('http://[::ffff:7f00:1]/', true), null)
})

test('should refuse every address form where the connection is made, even without the URL check', async () => {
  // Straight to the dispatcher, past fetchUrl's early check: the connector alone must hold.
  const agent = createGuardedAgent()
  for (const url of privateUrlForms(target.port).filter((u) => !u.includes('localhost'))) {
    await assert.rejects(request(url, { dispatcher: agent, signal: AbortSignal.timeout(5000) }), (e: Error & { code?: string }) => e.code === 'ESSRF' || /refused/.test(e.message), url)
  }
  await assert.rejects(request(`http://localhost:${target.port}/ok/x`, { dispatcher: agent }), /refused localhost: it resolves to loopback address/)
  await agent.close()
  assert.equal(target.requests(), 0, 'the internal server was never contacted')
})

test('should refuse every form for analyze and extract (readInput), directly and behind one or two redirects', async () => {
  for (const url of privateUrlForms(target.port)) {
    const direct = await readInput(url)
    assert.ok('error' in direct && /refused/.test(direct.error), `${url}: ${JSON.stringify(direct)}`)
    const once = `${front.base}/redirect?to=${encodeURIComponent(url)}`
    const twice = `${front.base}/redirect?to=${encodeURIComponent(once)}`
    for (const hop of [once, twice]) {
      const r = await readInput(hop, { fetch: { addressPolicy: { trusted: TRUSTED } } })
      assert.ok('error' in r && /redirected to .*refused/.test(r.error), `${hop}: ${JSON.stringify(r)}`)
    }
  }
  assert.equal(target.requests(), 0, 'the internal server was never contacted')
  // The trusted front itself is fetched, and --allow-private reaches the internal server.
  const ok = await readInput(`${front.base}/ok/front`, { fetch: { addressPolicy: { trusted: TRUSTED } } })
  assert.ok('body' in ok)
  const allowed = await fetchUrl(`http://[::ffff:127.0.0.1]:${target.port}/ok/allowed`, { addressPolicy: { allowPrivate: true } })
  assert.ok('document' in allowed, JSON.stringify(allowed))
  assert.equal(target.hits.get('/ok/allowed'), 1)
})

test('should refuse every form for ingest (the polite fetcher), directly and behind redirects', async () => {
  const before = target.requests()
  const fetcher = new PoliteFetcher({ trusted: TRUSTED, perHostDelayMs: 0 })
  try {
    for (const url of privateUrlForms(target.port)) {
      const direct = await fetcher.fetch(url)
      assert.ok('skipped' in direct || ('error' in direct && /refused/.test(direct.error)), `${url}: ${JSON.stringify(direct)}`)
      const hop = await fetcher.fetch(`${front.base}/redirect?to=${encodeURIComponent(`${front.base}/redirect?to=${encodeURIComponent(url)}`)}`)
      assert.ok('error' in hop && /refused/.test(hop.error), `${url}: ${JSON.stringify(hop)}`)
    }
  } finally {
    await fetcher.close()
  }
  assert.equal(target.requests(), before, 'the internal server was never contacted')
})

test('should refuse every form for POST /api/ingest, directly and behind a redirect', async () => {
  const before = target.requests()
  const store = openSqliteStore(':memory:')
  const token = 'x'.repeat(24)
  const { app, jobs } = createNewsgraphApp({ store, pipeline: createPipeline({ analyze: false }), token, fetcher: () => new PoliteFetcher({ trusted: TRUSTED, perHostDelayMs: 0 }) })
  const forms = privateUrlForms(target.port)
  const sources = [...forms, ...forms.map((u) => `${front.base}/redirect?to=${encodeURIComponent(u)}`)]
  const res = await app.request('/api/ingest', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ sources }) })
  assert.equal(res.status, 202)
  const { id } = (await res.json()) as { id: string }
  await jobs.idle()
  const job = (await (await app.request(`/api/jobs/${id}`)).json()) as { state: string; progress: { failed: number; stored: number }; failures: Array<{ error: string }> }
  assert.equal(job.state, 'done')
  assert.equal(job.progress.stored, 0)
  assert.equal(job.progress.failed, sources.length)
  for (const f of job.failures) assert.match(f.error, /refused/)
  assert.equal(target.requests(), before, 'the internal server was never contacted')
  await store.close()
})
