import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { createPipeline } from '../pipeline.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { runIngest } from './ingest-job.js'
import { PoliteFetcher } from './polite-fetcher.js'
import { sharedPath } from '../testing/shared-data.js'

const extractOnly = createPipeline({ analyze: false })

function page(i: number): string {
  return `<!doctype html><html><head><title>Report ${i}</title></head><body><article><h1>Report ${i}</h1><p>Officials in city number ${i} said on Tuesday that the bridge would reopen after repairs lasting ${(i % 7) + 2} weeks.</p><p>Residents welcomed the news, the ${i}th such announcement this year.</p></article></body></html>`
}

const TWICE = 'should store the same 181 pages once when they are ingested twice'
test(TWICE, async () => {
  const SCRAPINGHUB = sharedPath('data/extraction/scrapinghub/html')
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'ng-ingest-')), 'twice.db'))
  try {
    const first = await runIngest([SCRAPINGHUB], { store, pipeline: extractOnly })
    const after1 = await store.stats()
    const second = await runIngest([SCRAPINGHUB], { store, pipeline: extractOnly })
    const after2 = await store.stats()
    assert.equal(first.read, 181)
    assert.equal(after1.documents, 181)
    assert.equal(second.unchanged, 181, 'every page is recognised on the second run')
    assert.equal(second.stored, 0)
    assert.deepEqual(after2, after1, 'the second run changes nothing')
    const ids = await store.articleIds()
    assert.equal(new Set(ids).size, ids.length, 'no article is stored twice')
  } finally {
    await store.close()
  }
})

test('should finish a killed ingest of 1,000 documents on rerun with every document exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-kill-'))
  const pages = join(dir, 'pages')
  mkdirSync(pages)
  for (let i = 0; i < 1000; i++) writeFileSync(join(pages, `p${String(i).padStart(4, '0')}.html`), page(i))
  const db = join(dir, 'kill.db')
  const cli = join(import.meta.dirname, '../cli/main.ts')
  const ingest = (): ReturnType<typeof spawn> =>
    spawn(process.execPath, ['--import', 'tsx', '-e', `import('${cli}').then(async m => { process.exitCode = await m.main(['ingest', ${JSON.stringify(pages)}, '--db', ${JSON.stringify(db)}]) })`], {
      stdio: 'ignore',
    })
  const count = (): number => {
    if (!existsSync(db)) return 0
    try {
      const conn = new Database(db, { readonly: true, timeout: 1000 })
      try {
        return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
      } finally {
        conn.close()
      }
    } catch {
      return 0
    }
  }
  const child = ingest()
  const killedAt = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const n = count()
      if (n >= 50) {
        clearInterval(timer)
        child.kill('SIGKILL')
        resolve(n)
      }
    }, 20)
    child.on('exit', () => {
      clearInterval(timer)
      reject(new Error('ingest finished before it could be killed'))
    })
  })
  await new Promise((resolve) => child.once('exit', resolve))
  assert.ok(killedAt < 1000, 'the run was killed part-way')
  const rerun = ingest()
  const code = await new Promise((resolve) => rerun.once('exit', resolve))
  assert.equal(code, 0)
  const conn = new Database(db, { readonly: true })
  try {
    const docs = conn.prepare('SELECT count(*) AS n, count(DISTINCT input) AS inputs FROM documents').get() as { n: number; inputs: number }
    const articles = conn.prepare('SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles').get() as { n: number; ids: number }
    assert.deepEqual(docs, { n: 1000, inputs: 1000 })
    assert.equal(articles.n, articles.ids)
    assert.equal(articles.n, 1000)
  } finally {
    conn.close()
  }
})

test('should ingest a feed, a sitemap and a WARC archive served on loopback completely', async () => {
  const pagesServed = new Set<string>()
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    if (url === '/robots.txt') return res.end('User-agent: *\nAllow: /\n')
    if (url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml')
      return res.end(`<rss version="2.0"><channel><title>T</title>${[1, 2, 3].map((i) => `<item><title>Report ${i}</title><link>${base}/a/${i}</link></item>`).join('')}</channel></rss>`)
    }
    if (url === '/sitemap.xml') {
      res.setHeader('content-type', 'application/xml')
      return res.end(`<urlset>${[4, 5].map((i) => `<url><loc>${base}/a/${i}</loc></url>`).join('')}</urlset>`)
    }
    if (url === '/crawl.warc.gz') {
      const records = [6, 7].map((i) => {
        const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${page(i)}`
        const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://archive.example/a/${i}\r\nWARC-Date: 2025-05-08T00:00:00Z\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n`
        return gzipSync(Buffer.from(`${head}${http}\r\n\r\n`))
      })
      return res.end(Buffer.concat(records))
    }
    const m = /^\/a\/(\d+)$/.exec(url)
    if (m) {
      pagesServed.add(m[1]!)
      res.setHeader('content-type', 'text/html; charset=utf-8')
      return res.end(page(Number(m[1])))
    }
    res.statusCode = 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const dir = mkdtempSync(join(tmpdir(), 'ng-loop-'))
  const store = openSqliteStore(join(dir, 'loop.db'))
  const fetcher = new PoliteFetcher({ allowPrivate: true, perHostDelayMs: 0, backoffMs: 1 })
  try {
    const summary = await runIngest([`${base}/feed.xml`, `${base}/sitemap.xml`, `${base}/crawl.warc.gz`], { store, pipeline: extractOnly, fetcher })
    assert.equal(summary.failed, 0, JSON.stringify(summary.failures))
    assert.equal(summary.stored, 7)
    assert.deepEqual([...pagesServed].sort(), ['1', '2', '3', '4', '5'])
    const titles = (await store.search({ limit: 50 })).items.map((i) => i.title).sort()
    assert.deepEqual(titles, [1, 2, 3, 4, 5, 6, 7].map((i) => `Report ${i}`).sort())
    assert.ok(readdirSync(dir).includes('loop.db'))
  } finally {
    await fetcher.close()
    await store.close()
    server.close()
  }
})
