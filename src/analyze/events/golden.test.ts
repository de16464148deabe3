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

async function check(only: string): Promise<string> {
  const doc = await readInput(sharedPath(EXAMPLE, 'input.txt'))
  assert.ok(!('error' in doc), 'the example reads')
  const article = createPipeline({ steps: ['entities', 'dates', 'quotes', 'events'] }).run(doc)
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-events-'))
  try {
    const out = join(dir, 'out.json')
    writeFileSync(out, JSON.stringify(article))
    try {
      return execFileSync(process.execPath, [sharedPath('tools/check-golden.mjs'), sharedPath(EXAMPLE, 'expected.json'), out, '--only', only], { encoding: 'utf8' })
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test("should never make the reference article's author an actor", async () => {
  assert.match(await check('no-event-'), /golden: 1 passed, 0 failed/)
})

// "no North Korean leader has attended": a nationality holding a state office is coded as the
// state the article names, as the check (and GDELT-style users) expect.
test('should code the reference example’s negated visit with North Korea as its actor', async () => {
  assert.match(await check('event-kim-not-attending'), /golden: 1 passed, 0 failed/)
})

// The trained detector scores "shell support for Russia" under its threshold and the troop event
// takes no North Korean actor (issue 15 leaves this open; see models/events/MODEL_CARD.md): the two
// checks run and report, but do not fail the suite, until the detector and roles find them.
test('should pass the other event checks of the reference example', { todo: 'nominal support and troop involvement missed (2 of 2 fail)' }, async () => {
  assert.match(await check('event-shell-support,event-troops'), /golden: 2 passed, 0 failed/)
})
