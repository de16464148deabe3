/** `newsgraph watch` prints an article that a concurrent `ingest` stores, and only a matching one. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'

const CLI = join(import.meta.dirname, '../main.ts')
const script = (args: string[]): string[] => ['--import', 'tsx', '-e', `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`]

test('watch shows a match stored by a concurrent ingest, and nothing stored before it started', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-watch-'))
  const db = join(dir, 'w.db')
  const write = (name: string, title: string): string => {
    const path = join(dir, `${name}.html`)
    writeFileSync(
      path,
      `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${title}, officials said on Monday, and more news would follow later in the week.</p></article></body></html>`,
    )
    return path
  }
  assert.equal(spawnSync(process.execPath, script(['ingest', write('old', 'Volcano alert raised earlier'), '--db', db]), { encoding: 'utf8' }).status, 0)
  const watch = spawn(process.execPath, script(['watch', 'volcano', '--db', db, '--max', '1', '--timeout', '90', '--interval', '200', '--jsonl']), { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  watch.stdout.setEncoding('utf8').on('data', (c: string) => (out += c))
  watch.stderr.setEncoding('utf8').on('data', (c: string) => (err += c))
  while (!err.includes('waiting')) await new Promise((resolve) => setTimeout(resolve, 100))
  const ingest = spawn(process.execPath, script(['ingest', write('miss', 'Harbour reopens after storm'), write('hit', 'Volcano erupts on the island'), '--db', db]), { stdio: 'ignore' })
  const ingestDone = once(ingest, 'exit')
  const [code] = (await once(watch, 'exit')) as [number | null]
  await ingestDone
  assert.equal(code, 0, err)
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string })
  assert.deepEqual(
    lines.map((l) => l.title),
    ['Volcano erupts on the island'],
  )
})
