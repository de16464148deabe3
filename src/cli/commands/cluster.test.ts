import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = join(import.meta.dirname, '..', 'main.ts')
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('${CLI}').then(async m => { process.exitCode = await m.main(${JSON.stringify(args)}) })`], { encoding: 'utf8' })

const WIRE =
  'A bomb exploded on Friday at a bank branch in Woodburn, killing two police officers and critically injuring the police chief. ' +
  'Investigators from the Oregon State Police bomb squad were called to the scene shortly after five in the afternoon.'

test('should print one line per input, in input order, with story, relation and origin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cluster-'))
  const file = join(dir, 'docs.jsonl')
  const lines = [
    { id: 'wire', title: 'Bomb kills two officers in Woodburn', text: WIRE },
    { input: 'copy.html', title: 'Bomb kills two officers in Woodburn', text: `${WIRE} More to follow.` },
    { id: 'other', title: 'Microsoft patches Internet Explorer', text: 'Microsoft released an emergency update for Internet Explorer to fix a flaw used by attackers.' },
    { id: 'broken' },
  ]
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`)
  const r = run(['cluster', '--from-jsonl', file, '--jsonl'])
  assert.equal(r.status, 1, 'bad lines make the exit code 1')
  assert.match(r.stderr, /broken: line has no "text" string/)
  assert.match(r.stderr, /docs\.jsonl:5: not valid JSON/)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; story: string; relation: string; origin: string })
  assert.deepEqual(out.map((o) => o.input), ['wire', 'copy.html', 'other'])
  assert.equal(out[0]!.story, out[1]!.story)
  assert.notEqual(out[2]!.story, out[0]!.story)
  assert.deepEqual(out.slice(0, 2).map((o) => o.relation).sort(), ['copy', 'origin'])
  assert.equal(out[2]!.relation, 'origin')
  assert.equal(out[1]!.origin, out[0]!.origin)
})

test('should exit 2 without --from-jsonl', () => {
  const r = run(['cluster', '--jsonl'])
  assert.equal(r.status, 2)
  assert.match(r.stderr, /--from-jsonl/)
})
