import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../../pipeline.js'
import { readInput } from '../../ingest/read-inputs.js'
import { sharedPath } from '../../testing/shared-data.js'
import { DEFAULT_MODELS_DIR } from '../models.js'
import { loadGazetteer } from '../kb/gazetteer.js'

/** Runs the reference page through extraction and the entity step and returns the checker's report. */
async function checkReference(withTagger: boolean): Promise<string> {
  // The reference page and its scorer live in the shared folder next to the repository.
  const EXAMPLE = sharedPath('examples/kim-victory-day')
  const CHECKER = sharedPath('tools/check-golden.mjs')
  const doc = await readInput(join(EXAMPLE, 'input.txt'))
  assert.ok(!('error' in doc), 'the example reads')
  const pipeline = createPipeline({
    steps: ['entities'],
    ...(withTagger ? {} : { models: { loaded: ['entities/gazetteer'], gazetteer: loadGazetteer(join(DEFAULT_MODELS_DIR, 'entities/gazetteer.json'))! } }),
  })
  const article = pipeline.run(doc)
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-golden-'))
  try {
    const out = join(dir, 'out.json')
    writeFileSync(out, JSON.stringify(article))
    const args = [CHECKER, join(EXAMPLE, 'expected.json'), out, '--only', 'ent-,nationality-,coref-,no-ent-']
    try {
      return execFileSync(process.execPath, args, { encoding: 'utf8' })
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('should pass every entity, nationality and coreference check of the reference example', async () => {
  assert.match(await checkReference(true), /golden: \d+ passed, 0 failed/)
})

test('should still pass them when no tagger model is installed', async () => {
  assert.match(await checkReference(false), /golden: \d+ passed, 0 failed/)
})
