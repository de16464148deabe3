import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = join(import.meta.dirname, '../main.ts')
const script = (args: string[]): string[] => ['--import', 'tsx', '-e', `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`]

function corpus(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cli-'))
  mkdirSync(join(dir, 'pages'))
  for (const [name, city, n] of [
    ['a', 'Lima', 12],
    ['b', 'Quito', 7],
  ] as const) {
    writeFileSync(
      join(dir, 'pages', `${name}.html`),
      `<html><head><title>Floods in ${city}</title></head><body><article><h1>Floods in ${city}</h1><p>Heavy rain flooded ${n} districts of ${city} on Monday, officials said, and schools stayed closed.</p><p>Rescue teams from the army attacked the rising water with sandbags, the mayor said.</p></article></body></html>`,
    )
  }
  return { dir, db: join(dir, 'c.db') }
}

test('should ingest, search, list stories and export events from the command line', () => {
  const { dir, db } = corpus()
  const ingest = spawnSync(process.execPath, script(['ingest', join(dir, 'pages'), '--db', db, '--json']), { encoding: 'utf8' })
  assert.equal(ingest.status, 0, ingest.stderr)
  const summary = JSON.parse(ingest.stdout) as { stored: number; stories: number }
  assert.equal(summary.stored, 2)
  assert.ok(summary.stories >= 1)
  const search = spawnSync(process.execPath, script(['search', 'Quito', '--db', db, '--jsonl']), { encoding: 'utf8' })
  assert.equal(search.status, 0, search.stderr)
  assert.deepEqual(
    search.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { title: string }).title),
    ['Floods in Quito'],
  )
  const csv = spawnSync(process.execPath, script(['export', '--format', 'csv', '--db', db]), { encoding: 'utf8' })
  assert.equal(csv.stdout.trim().split('\n').length, 3, 'a header and one row per article')
  const bad = spawnSync(process.execPath, script(['export', '--format', 'xml', '--db', db]), { encoding: 'utf8' })
  assert.equal(bad.status, 2)
})

test('should keep polling in watch mode and stop cleanly on SIGTERM without storing doubles', async () => {
  const { dir, db } = corpus()
  const child = spawn(process.execPath, script(['ingest', join(dir, 'pages'), '--db', db, '--watch', '--interval', '0.002', '--json']), { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  await new Promise<void>((resolve) => {
    child.stdout.on('data', () => {
      if (stdout.trim().split('\n').length >= 2) resolve()
    })
  })
  child.kill('SIGTERM')
  const code = await new Promise((resolve) => child.once('exit', resolve))
  assert.equal(code, 0)
  const polls = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { stored: number; unchanged: number })
  assert.equal(polls[0]!.stored, 2)
  assert.equal(polls[1]!.stored, 0, 'a second poll finds nothing new')
  assert.equal(polls[1]!.unchanged, 2)
})
