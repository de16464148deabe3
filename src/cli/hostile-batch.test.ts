import { test } from 'node:test'
import assert from 'node:assert/strict'
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { runCli, STACK_FRAME } from '../testing/cli-process.js'

const run = (args: string[]) => runCli(args, { timeoutMs: 60_000 })

test('should report binary and empty files as failed inputs and still output the good one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-hostile-'))
  writeFileSync(join(dir, 'a-image.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(512).fill(3)]))
  writeFileSync(join(dir, 'b-empty.txt'), '')
  writeFileSync(join(dir, 'c-good.txt'), 'Ferry Strike Ends\n\nThe ferry workers’ union ended its strike on Tuesday after nine days, the port authority said.')
  let seed = 3
  writeFileSync(
    join(dir, 'd-noise.htm'),
    new Uint8Array(8192).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16),
  )
  const r = await run(['extract', '--jsonl', dir])
  assert.equal(r.code, 1)
  assert.match(r.stderr, /a-image\.html: binary-input: the input is not text \(PNG image\)/)
  assert.match(r.stderr, /b-empty\.txt: empty-input/)
  assert.match(r.stderr, /d-noise\.htm: binary-input/)
  assert.match(r.stderr, /3 of 4 inputs failed/)
  const lines = r.stdout.trim().split('\n')
  assert.equal(lines.length, 1)
  const article = JSON.parse(lines[0]!) as { input: string; title: string }
  assert.equal(article.input, join(dir, 'c-good.txt'))
  assert.equal(article.title, 'Ferry Strike Ends')
})

test('should count an unreadable subfolder as one failed input, follow symlinks, and fail unusable inputs in ingest as analyze does', { timeout: 180_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'ng-batch-'))
  const dir = join(root, 'in')
  const outside = join(root, 'elsewhere')
  mkdirSync(join(dir, 'locked'), { recursive: true })
  mkdirSync(outside)
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${title}: the harbour bridge will reopen next month after eight weeks of repairs, the port authority said on Tuesday, and ferries will stop running then.</p></article></body></html>`
  writeFileSync(join(dir, 'a-good.html'), page('Bridge to reopen'))
  writeFileSync(join(dir, 'locked', 'hidden.html'), page('Never read'))
  writeFileSync(join(outside, 'linked.html'), page('Linked report'))
  symlinkSync(join(outside, 'linked.html'), join(dir, 'b-link.html'))
  symlinkSync(outside, join(dir, 'c-linked-folder'))
  writeFileSync(join(dir, 'd-empty.txt'), '')
  writeFileSync(join(dir, 'e-image.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(512).fill(3)]))
  writeFileSync(join(dir, 'f-random.htm'), randomBytes(20 * 1000 * 1000))
  chmodSync(join(dir, 'locked'), 0o000)
  const db = join(root, 'batch.db')
  const [analyze, ingest] = await Promise.all([
    // Permissions do not bind root unless it gives up its override (the tests run as root in CI).
    runCli(['analyze', '--jsonl', dir], { permissionsBind: true, timeoutMs: 150_000 }),
    runCli(['ingest', '--db', db, dir], { permissionsBind: true, timeoutMs: 150_000 }),
  ])
  chmodSync(join(dir, 'locked'), 0o755)
  for (const [name, r] of [
    ['analyze', analyze],
    ['ingest', ingest],
  ] as const) {
    assert.equal(r.code, 1, `${name}: ${r.stderr}`)
    assert.doesNotMatch(r.stderr, STACK_FRAME, name)
    assert.match(r.stderr, /locked: cannot list folder: permission denied/, name)
    assert.match(r.stderr, /d-empty\.txt: empty-input/, name)
    assert.match(r.stderr, /e-image\.html: binary-input/, name)
    assert.match(r.stderr, /f-random\.htm: binary-input/, name)
  }
  const titles = analyze.stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { title: string }).title)
  assert.deepEqual(titles, ['Bridge to reopen', 'Linked report', 'Linked report'], 'the good page, the linked file and the file in the linked folder')
  assert.match(analyze.stderr, /4 of 7 inputs failed/)
  assert.match(ingest.stdout, /^3 documents read: 2 new articles, 0 unchanged, 1 duplicate; 4 inputs failed \(named above\); 1 story in the store/m)
  const store = new Database(db, { readonly: true })
  const rows = store.prepare('SELECT title FROM articles ORDER BY title').all() as Array<{ title: string | null }>
  store.close()
  assert.deepEqual(
    rows.map((r) => r.title),
    ['Bridge to reopen', 'Linked report'],
    'no empty or untitled article was stored (the second link is the same article)',
  )
})
