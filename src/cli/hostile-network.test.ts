/**
 * The network faults as a user meets them, with real `newsgraph` processes and real servers on
 * loopback: every address form refused by `ingest`, `analyze`, `extract` and a running `serve`'s
 * POST /api/ingest (allowed with --allow-private); servers that stall, drip or bomb end each URL
 * within its limits while the batch goes on to its summary and stories; and SIGTERM stops a
 * server whose ingest job is stuck, closing its store.
 */
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { runCli, spawnCli, STACK_FRAME } from '../testing/cli-process.js'
import { startHostileServer, privateUrlForms, type HostileServer } from '../testing/hostile-server.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'

let target: HostileServer
let work: string

before(async () => {
  target = await startHostileServer()
  work = mkdtempSync(join(tmpdir(), 'ng-hostile-net-'))
})
after(async () => {
  await target.close()
})

test('should refuse every private address form in ingest, analyze and extract, and fetch it with --allow-private', async () => {
  const forms = privateUrlForms(target.port)
  const [ingest, analyze, extract] = await Promise.all([
    runCli(['ingest', '--db', join(work, 'ssrf.db'), '--delay-ms', '0', ...forms]),
    runCli(['analyze', '--jsonl', ...forms]),
    runCli(['extract', '--jsonl', ...forms]),
  ])
  for (const [name, r] of [
    ['ingest', ingest],
    ['analyze', analyze],
    ['extract', extract],
  ] as const) {
    assert.equal(r.code, 1, `${name}: ${r.stderr}`)
    for (const url of forms) assert.ok(r.stderr.includes(`${url}: refused`), `${name} refuses ${url}:\n${r.stderr}`)
    assert.doesNotMatch(r.stderr, STACK_FRAME)
    assert.equal(r.stdout.includes('Bridge reopens'), false, `${name} printed nothing fetched`)
  }
  assert.match(ingest.stdout, new RegExp(`nothing ingested: ${forms.length} inputs failed \\(named above\\)`))
  assert.equal(target.requests(), 0, 'the internal server was never contacted')
  const allowed = await runCli(['extract', '--json', '--allow-private', `http://[::ffff:127.0.0.1]:${target.port}/ok/Allowed`])
  assert.equal(allowed.code, 0, allowed.stderr)
  assert.equal((JSON.parse(allowed.stdout) as { title: string }).title, 'Bridge reopens in Allowed')
})

test("should refuse them in a running server's POST /api/ingest", { timeout: 120_000 }, async () => {
  const before = target.requests()
  const token = 's'.repeat(24)
  const db = join(work, 'serve-ssrf.db')
  await openSqliteStore(db).close() // an existing, empty store
  const child = spawnCli(['serve', '--db', db, '--port', '0', '--token', token])
  const url = await listening(child)
  const forms = privateUrlForms(target.port)
  const res = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ sources: forms }) })
  assert.equal(res.status, 202)
  const { id } = (await res.json()) as { id: string }
  let job: { state: string; progress: { failed: number }; failures: Array<{ input: string; error: string }> }
  do {
    await new Promise((r) => setTimeout(r, 200))
    job = (await (await fetch(`${url}/api/jobs/${id}`)).json()) as typeof job
  } while (job.state === 'queued' || job.state === 'running')
  assert.equal(job.state, 'done')
  assert.equal(job.progress.failed, forms.length)
  for (const f of job.failures) assert.match(f.error, /refused/, f.input)
  assert.equal(target.requests(), before, 'the internal server was never contacted')
  child.kill('SIGTERM')
  await once(child, 'close')
})

test('should end stalled, dripping and bombing URLs within their limits and finish the batch with its stories', { timeout: 180_000 }, async () => {
  const hostile = ['/stall-gzip', '/stall-deflate', '/stall-br', '/stall-headers', '/drip', '/bomb'].map((p) => `${target.base}${p}?batch`)
  const good = `${target.base}/ok/Harbourton`
  const db = join(work, 'stall.db')
  const r = await runCli(['ingest', '--db', db, '--allow-private', '--delay-ms', '0', '--timeout-ms', '1500', '--max-bytes', '1000000', ...hostile, good], { timeoutMs: 150_000 })
  assert.equal(r.code, 1, r.stderr)
  assert.match(r.stdout, /1 document read: 1 new article, 0 unchanged, 0 duplicates; 6 inputs failed \(named above\); 1 story in the store/)
  for (const u of hostile.filter((x) => !x.includes('bomb'))) assert.ok(r.stderr.includes(`${u}: timed out after 1500 ms`), r.stderr)
  assert.match(r.stderr, /bomb\?batch: body over the 1000000-byte limit after decompression/)
  assert.doesNotMatch(r.stderr, STACK_FRAME)
  // Each timed-out URL was asked once: no three retries at full length.
  for (const u of hostile) assert.equal(target.hits.get(new URL(u).pathname + '?batch'), 1, u)
  const x = await runCli(['extract', '--allow-private', '--timeout-ms', '1000', `${target.base}/stall-gzip?extract`, good])
  assert.equal(x.code, 1)
  assert.match(x.stderr, /stall-gzip\?extract: timed out after 1000 ms/)
  assert.match(x.stdout, /Bridge reopens in Harbourton/)
})

test('should stop on SIGTERM while an ingest job is stuck, and close the store', { timeout: 120_000 }, async () => {
  const token = 'g'.repeat(24)
  const db = join(work, 'sigterm.db')
  await openSqliteStore(db).close()
  const child = spawnCli(['serve', '--db', db, '--allow-private', '--port', '0', '--token', token])
  const url = await listening(child)
  let stderr = ''
  child.stderr!.on('data', (c: string) => (stderr += c))
  const res = await fetch(`${url}/api/ingest`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sources: [`${target.base}/stall-headers?sigterm`] }),
  })
  assert.equal(res.status, 202)
  while (!target.hits.has('/stall-headers?sigterm')) await new Promise((r) => setTimeout(r, 100))
  const started = Date.now()
  child.kill('SIGTERM')
  const [code] = (await once(child, 'close')) as [number | null]
  assert.equal(code, 0, stderr)
  assert.ok(Date.now() - started < 15_000, `stopped after ${Date.now() - started} ms`)
  assert.match(stderr, /store closed/)
  assert.equal(existsSync(`${db}-wal`), false, 'the store was closed (its write-ahead log checkpointed and removed)')
})

/** Resolves with the URL a `serve` child prints once it listens. */
function listening(child: ReturnType<typeof spawnCli>): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = ''
    child.stderr!.setEncoding('utf8')
    const onData = (c: string): void => {
      seen += c
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(seen)
      if (m) {
        child.stderr!.off('data', onData)
        resolve(m[1]!)
      }
    }
    child.stderr!.on('data', onData)
    child.once('close', () => reject(new Error(`serve exited early: ${seen}`)))
  })
}
