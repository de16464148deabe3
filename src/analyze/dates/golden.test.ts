import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../../pipeline.js'
import { readInput } from '../../ingest/read-inputs.js'
import { sharedPath } from '../../testing/shared-data.js'

test('should pass every date and quantity check of the reference example', async () => {
  // The reference page and its checker live in the shared folder next to the repository.
  const EXAMPLE = sharedPath('examples/kim-victory-day')
  const CHECKER = sharedPath('tools/check-golden.mjs')
  const doc = await readInput(join(EXAMPLE, 'input.txt'))
  assert.ok(!('error' in doc), 'the example reads')
  // The page states its day only in its dateline; pin it so this test does not depend on extraction.
  const pipeline = createPipeline({ steps: ['dates', 'quantities'], models: { loaded: [] }, referenceDate: '2025-05-08' })
  const article = pipeline.run(doc)
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-golden-dates-'))
  try {
    const out = join(dir, 'out.json')
    writeFileSync(out, JSON.stringify(article))
    let report = ''
    try {
      report = execFileSync(process.execPath, [CHECKER, join(EXAMPLE, 'expected.json'), out, '--only', 'date-,qty-'], { encoding: 'utf8' })
    } catch (error) {
      assert.fail(String((error as { stdout?: string }).stdout ?? error))
    }
    assert.match(report, /golden: \d+ passed, 0 failed/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
