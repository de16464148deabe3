import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sharedPath } from '../testing/shared-data.js'
import { extract } from './index.js'

/** The extraction checks of the reference page; the analysis checks belong to the analysis tests. */
const ONLY = 'title,text-,chrome-,credit-,bio-,removed-,author-,original-,reference-,dateline-,language'

test('should pass every extraction check of the reference page (shared check-golden tool)', () => {
  const input = sharedPath('examples/kim-victory-day/input.txt')
  const article = extract({ input, body: new Uint8Array(readFileSync(input)) })
  const out = join(mkdtempSync(join(tmpdir(), 'ng-golden-')), 'out.json')
  writeFileSync(out, JSON.stringify(article))
  const r = spawnSync(process.execPath, [sharedPath('tools/check-golden.mjs'), sharedPath('examples/kim-victory-day/expected.json'), out, '--only', ONLY], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stdout + r.stderr)
  assert.match(r.stdout, /golden: 15 passed, 0 failed/)
})
