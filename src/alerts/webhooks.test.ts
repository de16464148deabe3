/**
 * Saved searches as an analyst uses them: a webhook on loopback receives each new matching
 * article and its events exactly once, signed, across a restart of the server, while pages are
 * ingested by a separate process; failed deliveries are retried with growing delays; the feed
 * is well-formed Atom.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage } from 'node:http'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { parseDocument } from 'htmlparser2'
import type { Element } from 'domhandler'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { newArticle } from '../model/new-article.js'
import { documentId } from '../model/ids.js'
import { verifySignature } from './signature.js'
import { matchSavedSearches } from './match-saved-searches.js'
import { sendDueWebhooks } from './send-webhooks.js'
import { atomFeed } from './feeds.js'

const CLI = join(import.meta.dirname, '../cli/main.ts')
const script = (args: string[]): string[] => ['--import', 'tsx', '-e', `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`]
const TOKEN = 'alerts-test-token-0123456789'
const SECRET = 'alerts-test-secret-0123456789'

function page(dir: string, name: string, title: string, body: string): string {
  const path = join(dir, `${name}.html`)
  writeFileSync(
    path,
    `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>Officials in the region said more measurements would follow next week.</p></article></body></html>`,
  )
  return path
}

async function receiver(): Promise<{ url: string; got: Map<string, number>; bodies: unknown[]; close: () => void }> {
  const got = new Map<string, number>()
  const bodies: unknown[] = []
  const server = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => {
      if (!verifySignature(SECRET, body, req.headers['x-newsgraph-signature'] as string | undefined)) {
        res.writeHead(401).end()
        return
      }
      const id = String(req.headers['x-newsgraph-delivery'])
      got.set(id, (got.get(id) ?? 0) + 1)
      bodies.push(JSON.parse(body))
      res.writeHead(204).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}/hook`, got, bodies, close: () => server.close() }
}

async function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, script(['serve', '--db', db, '--port', '0', '--token', TOKEN, '--alert-interval', '200', '--allow-private-webhooks']), { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding('utf8')
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)
      if (m) resolve(m[1]!)
    })
    child.once('exit', () => reject(new Error(`serve exited early: ${stderr}`)))
  })
  return { child, url }
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM')
  await once(child, 'exit')
}

async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

// Run apart so the receiver in this process keeps answering while pages are ingested (a blocked
// receiver makes the server time out and send again, which is the at-least-once case, not this test's).
async function ingest(db: string, path: string): Promise<void> {
  const child = spawn(process.execPath, script(['ingest', path, '--db', db, '--json']), { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  const [code] = (await once(child, 'exit')) as [number | null]
  assert.equal(code, 0, stderr)
}

test('a saved search webhook gets each new match once, signed, across a server restart', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-alerts-'))
  mkdirSync(join(dir, 'pages'))
  const db = join(dir, 'alerts.db')
  await ingest(db, page(join(dir, 'pages'), 'old', 'Glacier retreat measured before the alert', 'The glacier lost ice for the tenth year, the survey said.'))
  const hook = await receiver()
  let server: { child: ChildProcess; url: string } | null = null
  try {
    server = await serve(db)
    const created = await fetch(`${server.url}/api/searches`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'glaciers', query: { q: 'glacier' }, webhook: { url: hook.url, secret: SECRET } }),
    })
    assert.equal(created.status, 201, await created.clone().text())
    const search = (await created.json()) as { id: string; webhook: { secret: string } }
    assert.equal(search.webhook.secret, SECRET, 'the secret is shown to its creator')
    const listed = (await (await fetch(`${server.url}/api/searches`)).json()) as { items: Array<{ webhook: Record<string, unknown> }> }
    assert.equal(listed.items[0]!.webhook['secret'], undefined, 'listings never show the secret')

    await ingest(db, page(join(dir, 'pages'), 'new1', 'Glacier in the Andes shrinks', 'Scientists said the glacier shrank by a tenth in one summer.'))
    await ingest(db, page(join(dir, 'pages'), 'other', 'Harbour reopens after storm', 'The harbour reopened on Monday after the storm passed.'))
    await until('the first article delivery', () => [...hook.got.keys()].some((k) => k.includes('article:')))
    await stop(server.child)
    server = null

    // While the server is down a matching article arrives; the restarted server owes it, and nothing else again.
    await ingest(db, page(join(dir, 'pages'), 'new2', 'Second glacier report from Patagonia', 'A second glacier in Patagonia lost ice, the team reported.'))
    server = await serve(db)
    await until('the second article delivery', () => [...hook.got.keys()].filter((k) => k.includes('article:')).length >= 2)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const deliveries = (await (await fetch(`${server.url}/api/searches/${search.id}/deliveries`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
      items: Array<{ item: string; status: string }>
    }
    const feed = await fetch(`${server.url}/api/searches/${search.id}/feed.atom`)
    const atom = await feed.text()
    await stop(server.child)
    server = null

    const articleItems = [...hook.got.keys()].filter((k) => k.includes('article:'))
    assert.equal(articleItems.length, 2, `exactly the two new matches: ${[...hook.got.keys()].join(', ')}`)
    for (const [id, n] of hook.got) assert.equal(n, 1, `${id} was delivered ${n} times`)
    const titles = hook.bodies
      .filter((b) => (b as { type: string }).type === 'article')
      .map((b) => (b as { article: { title: string } }).article.title)
      .sort()
    assert.deepEqual(titles, ['Glacier in the Andes shrinks', 'Second glacier report from Patagonia'])
    assert.ok(
      deliveries.items.every((d) => d.status === 'delivered'),
      JSON.stringify(deliveries.items),
    )
    assert.equal(feed.headers.get('content-type'), 'application/atom+xml; charset=utf-8')
    const entries = atomEntries(atom)
    assert.equal(entries.length, 3, 'the feed lists every match, the old one too')
  } finally {
    // A failed assertion must not leave a server running (it would keep the test process alive).
    if (server) await stop(server.child)
    hook.close()
  }
})

test('a failing receiver is retried with growing delays until it answers', async () => {
  const store = openSqliteStore(':memory:')
  const hits: number[] = []
  const server = createServer((_req, res) => {
    hits.push(Date.now())
    res.writeHead(hits.length < 3 ? 503 : 204).end()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  try {
    const { port } = server.address() as { port: number }
    const t0 = new Date('2026-01-01T00:00:00Z')
    await store.createSavedSearch({
      id: 's1',
      name: 'quake',
      query: { text: 'quake' },
      webhook: { url: `http://127.0.0.1:${port}/`, secret: SECRET },
      createdAt: t0.toISOString(),
      cursor: t0.toISOString(),
    })
    const a = newArticle({ input: 'q.html', text: 'A quake shook the coast on Monday.', title: 'Quake' })
    await store.put({ id: documentId('q.html', new Uint8Array([1])), input: 'q.html', url: null, contentType: 'text/html', fetchedAt: null, body: new Uint8Array([1]) }, a)
    const now = new Date()
    assert.equal(await matchSavedSearches(store, now), 1)
    assert.equal(await matchSavedSearches(store, now), 0, 'a match already owed is not owed twice')
    const at = (ms: number): Date => new Date(now.getTime() + ms)
    assert.equal(await sendDueWebhooks(store, at(0), { backoffMs: 1000, allowPrivate: true }), 0)
    assert.equal(await sendDueWebhooks(store, at(500), { backoffMs: 1000, allowPrivate: true }), 0, 'not before the first delay')
    assert.equal(hits.length, 1)
    assert.equal(await sendDueWebhooks(store, at(1000), { backoffMs: 1000, allowPrivate: true }), 0)
    assert.equal(await sendDueWebhooks(store, at(2500), { backoffMs: 1000, allowPrivate: true }), 0, 'the second delay is twice the first')
    assert.equal(hits.length, 2)
    assert.equal(await sendDueWebhooks(store, at(3000), { backoffMs: 1000, allowPrivate: true }), 1)
    const [d] = await store.deliveries('s1')
    assert.deepEqual([d!.status, d!.attempts], ['delivered', 3])
    assert.equal(await sendDueWebhooks(store, at(100_000), { backoffMs: 1000, allowPrivate: true }), 0, 'a delivered item is never sent again')
    assert.equal(hits.length, 3)
  } finally {
    server.close()
    await store.close()
  }
})

test('a webhook into the private network is refused: an attacker with a token cannot aim the server at it', async () => {
  const store = openSqliteStore(':memory:')
  const hits: number[] = []
  const server = createServer((_req, res) => {
    hits.push(1)
    res.writeHead(204).end()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  try {
    const { port } = server.address() as { port: number }
    const t0 = new Date(Date.now() - 1000).toISOString()
    for (const [id, url] of [
      ['loop', `http://127.0.0.1:${port}/`],
      ['meta', 'http://169.254.169.254/latest/meta-data/'],
      ['named', `http://localhost:${port}/`],
    ] as const) {
      await store.createSavedSearch({ id, name: id, query: {}, webhook: { url, secret: SECRET }, createdAt: t0, cursor: t0 })
    }
    const a = newArticle({ input: 'x.html', text: 'Anything at all happened today.', title: 'X' })
    await store.put({ id: documentId('x.html', new Uint8Array([2])), input: 'x.html', url: null, contentType: 'text/html', fetchedAt: null, body: new Uint8Array([2]) }, a)
    await matchSavedSearches(store, new Date())
    assert.equal(await sendDueWebhooks(store, new Date()), 0)
    assert.equal(hits.length, 0, 'nothing reached the private address')
    for (const id of ['loop', 'meta', 'named']) assert.match((await store.deliveries(id))[0]!.lastError ?? '', /refused/, id)
  } finally {
    server.close()
    await store.close()
  }
})

test('the feed escapes hostile titles and stays well-formed Atom', () => {
  const xml = atomFeed(
    { id: 'x', name: 'a <b> & "c"', query: {}, webhook: null, createdAt: '2026-01-01T00:00:00.000Z', cursor: '2026-01-01T00:00:00.000Z' },
    [
      {
        id: 'a1',
        title: '</title><script>alert(1)</script>\u0001',
        url: 'https://e.example/a?x=1&y=2',
        site: 'e.example',
        published: '2026-01-02T10:00:00Z',
        referenceDate: '2026-01-02',
        snippet: 'x < y & z',
        story: null,
      },
    ],
    'http://127.0.0.1:1',
    '2026-01-03T00:00:00.000Z',
  )
  const entries = atomEntries(xml)
  assert.equal(entries.length, 1)
  assert.equal(text(entries[0]!, 'title'), '</title><script>alert(1)</script>')
  assert.ok(!xml.includes('\u0001'), 'characters XML forbids are dropped')
})

// RFC 4287: a feed has id, title, updated and a self link; each entry has id, title, updated and a link.
function atomEntries(xml: string): Element[] {
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/)
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true })
  const feed = doc.children.find((n): n is Element => (n as Element).name === 'feed')
  assert.ok(feed, 'a <feed> root')
  for (const name of ['id', 'title', 'updated']) assert.ok(text(feed, name), `feed <${name}>`)
  assert.ok(
    children(feed, 'link').some((l) => l.attribs['rel'] === 'self'),
    'feed self link',
  )
  assert.ok(!Number.isNaN(Date.parse(text(feed, 'updated'))), 'feed <updated> is a date')
  const entries = children(feed, 'entry')
  for (const e of entries) {
    for (const name of ['id', 'title', 'updated']) assert.ok(text(e, name), `entry <${name}>`)
    assert.ok(
      children(e, 'link').some((l) => /^https?:\/\//.test(l.attribs['href'] ?? '')),
      'entry link',
    )
    assert.ok(!Number.isNaN(Date.parse(text(e, 'updated'))), 'entry <updated> is a date')
  }
  return entries
}

function children(el: Element, name: string): Element[] {
  return el.children.filter((n): n is Element => (n as Element).name === name)
}

function text(el: Element, name: string): string {
  const c = children(el, name)[0]
  return c ? c.children.map((n) => (n as unknown as { data?: string }).data ?? '').join('') : ''
}
