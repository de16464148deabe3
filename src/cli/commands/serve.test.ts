/**
 * `newsgraph serve` as a user starts it: it says where it listens, answers there, refuses bad
 * options with exit 2, and stops cleanly on SIGTERM.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'

const CLI = join(import.meta.dirname, '..', 'main.ts')
const script = (args: string[]) => `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`

test('should refuse a bad port or a short token with exit 2', () => {
  for (const args of [
    ['serve', '--port', 'http'],
    ['serve', '--token', 'short'],
  ]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script(args)], { encoding: 'utf8' })
    assert.equal(r.status, 2, args.join(' '))
  }
})

test('should serve the store on loopback and stop cleanly on SIGTERM', { timeout: 60_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'newsgraph-serve-')), 'empty.db')
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script(['serve', '--db', db, '--create', '--port', '0'])], { stdio: ['ignore', 'ignore', 'pipe'] })
  // A failed check must not leave the server running: the test file would never end.
  const stop = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  try {
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8')
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)
        if (m) resolve(m[1]!)
      })
      child.once('exit', () => reject(new Error(`serve exited early: ${stderr}`)))
    })
    assert.match(stderr, /writes disabled/, 'without a token the server says it is read-only')
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; articles: number }
    assert.deepEqual([health.status, health.articles], ['ok', 0])
    const page = await fetch(url)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /No articles yet/, 'a new store greets with the first steps')
    child.kill('SIGTERM')
    const [code] = (await once(child, 'exit')) as [number | null]
    assert.equal(code, 0)
  } finally {
    stop()
  }
})
