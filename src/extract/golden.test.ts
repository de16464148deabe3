import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { extract } from './index.js'

const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../../shared'))
const EXAMPLE = join(SHARED, 'examples/kim-victory-day')
/** The extraction checks of the reference page; the analysis checks belong to the analysis tests. */
const ONLY = 'title,text-,chrome-,credit-,bio-,removed-,author-,original-,reference-,dateline-,language'

test('should pass every extraction check of the reference page (shared check-golden tool)', { skip: !existsSync(EXAMPLE) && 'no ../shared' }, () => {
  const input = join(EXAMPLE, 'input.txt')
  const article = extract({ input, body: new Uint8Array(readFileSync(input)) })
  const out = join(mkdtempSync(join(tmpdir(), 'ng-golden-')), 'out.json')
  writeFileSync(out, JSON.stringify(article))
  const r = spawnSync(process.execPath, [join(SHARED, 'tools/check-golden.mjs'), join(EXAMPLE, 'expected.json'), out, '--only', ONLY], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stdout + r.stderr)
  assert.match(r.stdout, /golden: 15 passed, 0 failed/)
})
