import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storeContract } from '../store-contract.js'
import { openSqliteStore } from './sqlite-store.js'

storeContract('sqlite', async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'ng-store-')), 'test.db')))

test('should reopen an existing store file without migrating it again', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-store-')), 'twice.db')
  const a = openSqliteStore(path)
  await a.close()
  const b = openSqliteStore(path)
  assert.deepEqual(await b.stats(), { documents: 0, articles: 0, stories: 0 })
  await b.close()
})
