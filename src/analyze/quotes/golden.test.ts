import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createPipeline } from '../../pipeline.js'
import { readInput } from '../../ingest/read-inputs.js'

// The reference page and its checker live in the shared folder next to the repository.
const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../../../shared'))
const EXAMPLE = join(SHARED, 'examples/kim-victory-day')
const CHECKER = join(SHARED, 'tools/check-golden.mjs')
const skip = existsSync(join(EXAMPLE, 'expected.json')) && existsSync(CHECKER) ? false : `shared example not found under ${SHARED}`

test('should pass every quote and scare-quote check of the reference example', { skip }, async () => {
  const doc = await readInput(join(EXAMPLE, 'input.txt'))
  assert.ok(!('error' in doc), 'the example reads')
  const article = createPipeline({ steps: ['entities', 'quotes'] }).run(doc)
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-quotes-'))
  try {
    const out = join(dir, 'out.json')
    writeFileSync(out, JSON.stringify(article))
    let report: string
    try {
      report = execFileSync(process.execPath, [CHECKER, join(EXAMPLE, 'expected.json'), out, '--only', 'quote-,scare-'], { encoding: 'utf8' })
    } catch (error) {
      report = String((error as { stdout?: string }).stdout ?? error)
    }
    assert.match(report, /golden: 8 passed, 0 failed/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
