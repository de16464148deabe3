import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = join(import.meta.dirname, 'main.ts')
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`], {
    encoding: 'utf8',
    timeout: 30_000,
  })

test('should report binary and empty files as failed inputs and still output the good one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-hostile-'))
  writeFileSync(join(dir, 'a-image.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(512).fill(3)]))
  writeFileSync(join(dir, 'b-empty.txt'), '')
  writeFileSync(join(dir, 'c-good.txt'), 'Ferry Strike Ends\n\nThe ferry workers’ union ended its strike on Tuesday after nine days, the port authority said.')
  let seed = 3
  writeFileSync(join(dir, 'd-noise.htm'), new Uint8Array(8192).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16))
  const r = run(['extract', '--jsonl', dir])
  assert.equal(r.status, 1)
  assert.match(r.stderr, /a-image\.html: binary-input: the input is not text \(PNG image\)/)
  assert.match(r.stderr, /b-empty\.txt: empty-input/)
  assert.match(r.stderr, /d-noise\.htm: binary-input/)
  assert.match(r.stderr, /3 of 4 input\(s\) failed/)
  const lines = r.stdout.trim().split('\n')
  assert.equal(lines.length, 1)
  const article = JSON.parse(lines[0]!) as { input: string; title: string }
  assert.equal(article.input, join(dir, 'c-good.txt'))
  assert.equal(article.title, 'Ferry Strike Ends')
})
