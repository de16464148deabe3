import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../../pipeline.js'
import { readInput } from '../../ingest/read-inputs.js'
import { sharedPath } from '../../testing/shared-data.js'

// The reference page and its checker live in the shared folder next to the repository; the
// tests fail, naming the path, when it is missing (a skipped golden check looks like a pass).
const EXAMPLE = 'examples/kim-victory-day'

test('should pass every quote and scare-quote check of the reference example', async () => {
  const doc = await readInput(sharedPath(EXAMPLE, 'input.txt'))
  assert.ok(!('error' in doc), 'the example reads')
  const article = createPipeline({ steps: ['entities', 'quotes'] }).run(doc)
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-quotes-'))
  try {
    const out = join(dir, 'out.json')
    writeFileSync(out, JSON.stringify(article))
    let report: string
    try {
      report = execFileSync(process.execPath, [sharedPath('tools/check-golden.mjs'), sharedPath(EXAMPLE, 'expected.json'), out, '--only', 'quote-,scare-'], { encoding: 'utf8' })
    } catch (error) {
      report = String((error as { stdout?: string }).stdout ?? error)
    }
    assert.match(report, /golden: 8 passed, 0 failed/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
