import { mkdtempSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storeContract } from '../../testing/store-contract.js'
import Database from 'better-sqlite3'
import { SQLITE_MIGRATIONS } from './migrations.js'
import { compressForStore } from '../compression.js'
import type { UpgradeProgress } from '../article-store.js'
import { openSqliteStore } from './sqlite-store.js'

storeContract('sqlite', async (options = {}) => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'ng-store-')), 'test.db'), options))

test('should reopen an existing store file without migrating it again', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-store-')), 'twice.db')
  const a = openSqliteStore(path)
  await a.close()
  const b = openSqliteStore(path)
  assert.deepEqual(await b.stats(), { documents: 0, articles: 0, stories: 0 })
  await b.close()
})

/** A store file as newsgraph wrote it before migration 2, left open for the test to use. */
function versionOneStore(name: string): { path: string; old: Database.Database } {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-store-')), name)
  const old = new Database(path)
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)')
  old.exec(SQLITE_MIGRATIONS[0] as string)
  old.prepare("INSERT INTO schema_migrations VALUES (1, '2026-01-01')").run()
  return { path, old }
}

test('should bring a store written by an older newsgraph up to date when it is opened read-only', async () => {
  const { path, old } = versionOneStore('old.db')
  const json = compressForStore(JSON.stringify({ text: 'The harbour reopened after the storms.' }))
  old.prepare("INSERT INTO articles (id, input, text_hash, title, site_domain, reference_date, json, snippet) VALUES ('a1', 'a.html', 'h', 'Old', 'www.port.example', '2025-01-01', ?, '')").run(json)
  old.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'Old', 'The harbour reopened after the storms.')").run()
  old.close()
  const seen: UpgradeProgress[] = []
  const reader = openSqliteStore(path, { readonly: true, onUpgradeProgress: (p) => seen.push(p) })
  try {
    assert.deepEqual(seen.at(-1), { step: 'search index', done: 1, total: 1 }, 'the rebuild reports how far it got')
    const found = await reader.search({ outlet: 'port.example' })
    assert.deepEqual(
      found.items.map((i) => i.id),
      ['a1'],
      'outlet search works on a store migrated on a read-only open',
    )
    assert.deepEqual(
      (await reader.search({ text: 'storm' })).items.map((i) => i.id),
      ['a1'],
      'the text index is rebuilt from the stored articles, by stem',
    )
  } finally {
    await reader.close()
  }
})

test('should say why a store from an older newsgraph cannot be opened read-only while it cannot be upgraded', async () => {
  const { path, old } = versionOneStore('locked.db')
  // Another process holding the write lock stands in for any reason the upgrade cannot write.
  old.exec('BEGIN IMMEDIATE')
  try {
    assert.throws(() => openSqliteStore(path, { readonly: true, busyTimeoutMs: 50 }), /written by an older newsgraph and must be upgraded/)
  } finally {
    old.exec('ROLLBACK')
    old.close()
  }
})

// Another process part-way through switching the same new file to WAL holds its write lock in
// rollback mode; SQLite then fails this process's own switch at once, without its busy handler.
const HOLD_WRITE_LOCK = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require('better-sqlite3')
const db = new Database(workerData.path)
db.exec('BEGIN IMMEDIATE')
parentPort.postMessage('locked')
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms)
db.exec('COMMIT')
db.close()
`

test('should wait for another process that is creating the same new store file, then open it', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-store-')), 'new.db')
  const other = new Worker(HOLD_WRITE_LOCK, { eval: true, workerData: { path, ms: 300 } })
  await once(other, 'message')
  const store = openSqliteStore(path, { busyTimeoutMs: 10_000 })
  try {
    assert.deepEqual(await store.stats(), { documents: 0, articles: 0, stories: 0 })
  } finally {
    await store.close()
    await once(other, 'exit')
  }
  const check = new Database(path, { readonly: true })
  assert.equal(check.pragma('journal_mode', { simple: true }), 'wal')
  check.close()
})

test('should give up on a new store file held by another process after the busy time-out, not before', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-store-')), 'held.db')
  const other = new Database(path)
  other.exec('BEGIN IMMEDIATE')
  try {
    const started = Date.now()
    assert.throws(() => openSqliteStore(path, { busyTimeoutMs: 400 }), /the store .*held\.db stayed locked by another process/)
    const waited = Date.now() - started
    assert.ok(waited >= 400 && waited < 5_000, `gave up after ${waited} ms`)
  } finally {
    other.exec('ROLLBACK')
    other.close()
  }
})
