/**
 * What `npm pack` puts in the package a user installs: the license, the command, the built
 * library with its types, every model file the analysis loads, and none of the tests, sources
 * or test helpers.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

test('should pack the license, the command, the built library and every model, and no tests', { timeout: 120_000 }, () => {
  // `npm install` builds dist/ (the `prepare` script); packing a checkout that was never built would ship no library.
  assert.ok(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is built (npm install or npm run build)')
  // --ignore-scripts: `prepare` would rebuild dist/ here, which the test does not need to measure.
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 })
  const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path))

  assert.ok(files.has('LICENSE'), 'LICENSE is packed')
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; bin: Record<string, string> }
  assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), new RegExp(`^${pkg.license} License`), 'LICENSE is the license package.json names')
  for (const bin of Object.values(pkg.bin)) assert.ok(files.has(bin.replace(/^\.\//, '')), `the command ${bin} is packed`)
  for (const f of ['README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js']) assert.ok(files.has(f), `${f} is packed`)

  const tracked = execFileSync('git', ['ls-files', 'models'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
  assert.ok(
    tracked.some((f) => f.endsWith('.gz')),
    'the repository has model weights',
  )
  const missing = tracked.filter((f) => !files.has(f))
  assert.deepEqual(missing, [], 'every model file of the repository is packed')

  const unwanted = [...files].filter((f) => /\.test\.(js|ts|d\.ts)$|(^|\/)testing\/|^src\/|^scripts\/|^bench\/|^\.ci\/|^examples\//.test(f))
  assert.deepEqual(unwanted, [], 'no tests, sources, test helpers, scripts or CI files are packed')
  // By name as well as by folder: a helper built from an older place (a stale dist/) would pass the folder check.
  const helpers = [...files].filter((f) => /(^|\/)(store-contract|local-fleet|synthetic-corpus)\.(js|d\.ts|js\.map)$/.test(f))
  assert.deepEqual(helpers, [], 'the store contract, the local fleet and the synthetic corpus (test and bench helpers) are not packed')
})
