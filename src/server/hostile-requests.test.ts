/**
 * Requests an attacker or a careless client sends the API: the wrong method, LIKE wildcards in a
 * filter, searches built to cost seconds of CPU, and a health check while the store file is
 * broken under the server.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, openSync, writeSync, closeSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from './create-app.js'
import { createPipeline } from '../pipeline.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { newArticle } from '../model/new-article.js'
import { documentId } from '../model/ids.js'
import type { ArticleStore } from '../store/article-store.js'

async function storeWith(path: string, sites: string[], options: Parameters<typeof openSqliteStore>[1] = {}): Promise<ArticleStore> {
  const store = openSqliteStore(path, options)
  for (const [i, domain] of sites.entries()) {
    const text = `Article ${i} from ${domain}: the council met on Tuesday and voted on the harbour budget, then talked about taxes and trade.`
    const a = newArticle({ input: `${domain}/${i}`, text, title: `Report ${i}`, site: { domain, name: null }, url: `https://${domain}/news/${i}` })
    const body = new TextEncoder().encode(text)
    await store.put({ id: documentId(a.input, body), input: a.input, url: a.url, contentType: 'text/plain', fetchedAt: null, body }, a)
  }
  return store
}

const appOf = (store: ArticleStore) => createApp({ store, pipeline: () => createPipeline({ analyze: false }), token: 'k'.repeat(24), limits: { requestsPerMinute: 0 } })

test('should answer a wrong method with 405 and Allow, and an unknown path with 404', async () => {
  const store = await storeWith(':memory:', ['a.example'])
  const app = appOf(store)
  for (const [method, path, allow] of [
    ['DELETE', '/api/articles', 'GET, HEAD'],
    ['POST', '/api/health', 'GET, HEAD'],
    ['PUT', '/api/stories/s1', 'GET, HEAD'],
    ['GET', '/api/ingest', 'POST'],
    ['POST', '/', 'GET, HEAD'],
  ] as const) {
    const res = await app.request(path, { method })
    assert.equal(res.status, 405, `${method} ${path}`)
    assert.equal(res.headers.get('allow'), allow, `${method} ${path}`)
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/)
  }
  assert.equal((await app.request('/api/nothing-here', { method: 'DELETE' })).status, 404)
  await store.close()
})

test('should take % and _ in an outlet filter as characters, not LIKE wildcards', async () => {
  const store = await storeWith(':memory:', ['a.example', 'news.b.example', 'c_d.example'])
  const app = appOf(store)
  const total = async (outlet: string) => ((await (await app.request(`/api/articles?outlet=${encodeURIComponent(outlet)}`)).json()) as { total: number }).total
  assert.equal(await total('%'), 0)
  assert.equal(await total('%.example'), 0)
  assert.equal(await total('_.example'), 0)
  assert.equal(await total('b.example'), 1, 'a subdomain still matches')
  assert.equal(await total('c_d.example'), 1)
  await store.close()
})

test('should refuse searches built to be costly with 400 and the reason', async () => {
  const store = await storeWith(':memory:', ['a.example'])
  const app = appOf(store)
  for (const [q, reason] of [
    [Array(166).fill('t*').join(' '), /166 words; at most 16/],
    ['tax* tbc* tcd* tde* tef*', /5 prefix words \(word\*\); at most 4/],
    ['t*', /prefix `t\*` is too short; give at least 3 letters/],
    [Array(40).fill('harbour').join(' '), /40 words; at most 16/],
  ] as const) {
    const res = await app.request(`/api/articles?q=${encodeURIComponent(q)}`)
    assert.equal(res.status, 400, q.slice(0, 40))
    assert.match(((await res.json()) as { detail: string }).detail, reason)
    // The UI search page says the same, as a page.
    const page = await app.request(`/?q=${encodeURIComponent(q)}`, { headers: { accept: 'text/html' } })
    assert.equal(page.status, 400)
  }
  assert.equal((await app.request('/api/articles?q=harb*%20council')).status, 200, 'an ordinary prefix search still works')
  await store.close()
})

test('should stop a search at its time limit and say so', async () => {
  const store = await storeWith(
    ':memory:',
    Array.from({ length: 300 }, (_, i) => `s${i}.example`),
    { searchLimits: { timeLimitMs: 0 } },
  )
  const res = await appOf(store).request('/api/articles?q=harbour&outlet=s1.example')
  assert.equal(res.status, 400)
  assert.match(((await res.json()) as { detail: string }).detail, /longer than its 0 ms limit/)
  await store.close()
})

test('should report a store that fails its checks in /api/health with 503', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-health-'))
  const path = join(dir, 'live.db')
  const store = await storeWith(path, ['a.example'])
  const app = appOf(store)
  assert.equal((await app.request('/api/health')).status, 200)
  // Overwritten in place (a bad restore, a disk fault): the header is garbage now.
  copyFileSync(path, join(dir, 'backup.db'))
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.from('garbage garbage garbage garbage '), 0, 32, 0)
  closeSync(fd)
  const broken = await app.request('/api/health')
  assert.equal(broken.status, 503)
  assert.match(((await broken.json()) as { problem: string }).problem, /damaged/)
  // Replaced by another file under the same name: the server still holds the old one.
  renameSync(join(dir, 'backup.db'), path)
  const replaced = await app.request('/api/health')
  assert.equal(replaced.status, 503)
  assert.match(((await replaced.json()) as { status: string; problem: string }).problem, /deleted or replaced/)
  await store.close()
})
