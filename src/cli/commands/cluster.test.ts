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
  const out = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { input: string; story: string; relation: string; origin: string })
  assert.deepEqual(
    out.map((o) => o.input),
    ['wire', 'copy.html', 'other'],
  )
  assert.equal(out[0]!.story, out[1]!.story)
  assert.notEqual(out[2]!.story, out[0]!.story)
  assert.deepEqual(
    out
      .slice(0, 2)
      .map((o) => o.relation)
      .sort(),
    ['copy', 'origin'],
  )
  assert.equal(out[2]!.relation, 'origin')
  assert.equal(out[1]!.origin, out[0]!.origin)
})

test('should exit 2 without --from-jsonl', () => {
  const r = run(['cluster', '--jsonl'])
  assert.equal(r.status, 2)
  assert.match(r.stderr, /--from-jsonl/)
})

test('should stream lower-cased undated headlines one at a time with --incremental, in file order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cluster-inc-'))
  const file = join(dir, 'headlines.jsonl')
  const lines = [
    { id: 'h1', text: 'malaysia airlines flight mh370 missing over south china sea' },
    { id: 'h2', text: 'apple unveils iphone 6 and apple watch at cupertino event' },
    { id: 'h3', text: 'search for missing malaysia airlines mh370 moves to indian ocean' },
    { id: 'h4', text: 'iphone 6 preorders break apple records' },
    { id: 'h5', text: 'mh370: malaysia airlines families demand answers' },
  ]
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`)
  const r = run(['cluster', '--from-jsonl', file, '--jsonl', '--incremental'])
  assert.equal(r.status, 0, r.stderr)
  const story = new Map(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; story: string })
      .map((o) => [o.input, o.story]),
  )
  assert.deepEqual([...story.keys()], ['h1', 'h2', 'h3', 'h4', 'h5'])
  assert.equal(story.get('h3'), story.get('h1'), 'the search for MH370 is the missing-jet story')
  assert.equal(story.get('h5'), story.get('h1'))
  assert.equal(story.get('h4'), story.get('h2'), 'iPhone preorders are the iPhone story')
  assert.notEqual(story.get('h2'), story.get('h1'))
  assert.equal(run(['cluster', '--from-jsonl', file, '--incremental', '--seed', '2']).status, 2, '--seed has no meaning for a stream')
})
