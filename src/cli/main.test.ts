import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = join(import.meta.dirname, 'main.ts')
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`], {
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  })

test('should exit 2 with usage on an unknown command', () => {
  const r = run(['frobnicate'])
  assert.equal(r.status, 2)
  assert.match(r.stderr, /unknown command `frobnicate`/)
})

test('should keep --plain text exactly as given', () => {
  const text = 'Seoul said on Friday that talks would resume.\n\n  Second paragraph. '
  const r = run(['analyze', '--plain', '--json', '-'], text)
  assert.equal(r.status, 0, r.stderr)
  assert.equal(JSON.parse(r.stdout).text, text)
})

test('should report a missing file, go on with the others, and exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-'))
  const good = join(dir, 'good.txt')
  writeFileSync(good, 'A title\n\nSome body text here.')
  const r = run(['extract', '--jsonl', join(dir, 'missing.html'), good])
  assert.equal(r.status, 1)
  assert.match(r.stderr, /missing\.html: no such file/)
  const lines = r.stdout.trim().split('\n')
  assert.equal(lines.length, 1)
  assert.equal(JSON.parse(lines[0]!).input, good)
})

test('should name every --from-jsonl line in `input`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-'))
  const file = join(dir, 'docs.jsonl')
  writeFileSync(file, `${JSON.stringify({ id: 'a1', text: 'First.' })}\n${JSON.stringify({ input: 'b2', text: 'Second.', published: '2025-05-08' })}\n`)
  const r = run(['analyze', '--from-jsonl', file, '--jsonl'])
  assert.equal(r.status, 0, r.stderr)
  const docs = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { input: string; text: string; referenceDate: string | null })
  assert.deepEqual(
    docs.map((d) => d.input),
    ['a1', 'b2'],
  )
  assert.equal(docs[1]!.text, 'Second.')
  assert.equal(docs[1]!.referenceDate, '2025-05-08')
})

test('should run only the steps given to --steps, and name the steps on a wrong one', () => {
  const text = 'Seoul said on Friday, May 9, 2025, that 29 officials would go to Moscow.'
  const r = run(['analyze', '--plain', '--json', '--steps', 'dates,quantities', '-'], text)
  assert.equal(r.status, 0, r.stderr)
  const a = JSON.parse(r.stdout) as { dates: unknown[]; quantities: Array<{ value: number }>; entities: unknown[]; topics?: unknown }
  assert.ok(a.dates.length > 0)
  assert.deepEqual(
    a.quantities.map((q) => q.value),
    [29],
  )
  assert.deepEqual(a.entities, [])
  assert.equal(a.topics, undefined)
  const wrong = run(['analyze', '--plain', '--steps', 'entities,sentiment', '-'], text)
  assert.equal(wrong.status, 2)
  assert.match(wrong.stderr, /--steps: unknown analysis step `sentiment`; the steps are entities, dates, quantities, quotes, topics, events, tone, summary/)
})
