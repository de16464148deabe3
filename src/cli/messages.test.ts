/**
 * What a user reads on the command line in their first hour, through the real CLI process: counts
 * in the right number, a story told with titles and outlets, each command's own help, a missing
 * source named as such, a wrong flag answered in newsgraph's words with the command's usage, and
 * the bundled rewrite (Pampa Post crediting The Andes Ledger) labelled a rewrite.
 */
import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runCli, STACK_FRAME } from '../testing/cli-process.js'
import { formatIngestSummary } from './format-summary.js'
import { plural } from './usage.js'

const EXAMPLES = resolve(import.meta.dirname, '../../examples')

describe('CLI messages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-messages-'))
  const db = join(dir, 'news.db')
  let ingest: Awaited<ReturnType<typeof runCli>>

  before(async () => {
    ingest = await runCli(['ingest', EXAMPLES, '--db', db], { timeoutMs: 300_000 })
  })

  test('should count in the right number: "1 story", "4 articles", "0 unchanged"', async () => {
    assert.equal(ingest.code, 0, ingest.stderr)
    assert.match(ingest.stdout, /^4 documents read: 4 new articles, 0 unchanged, 0 duplicates; 1 story in the store \(\d+\.\d s\)$/m)
    const stories = await runCli(['stories', '--db', db])
    assert.match(stories.stdout, / 4 articles, 4 outlets, /)
    const search = await runCli(['search', '--outlet', 'pampapost.example', '--db', db])
    assert.match(search.stdout, /^1 article\n/, 'one hit is "1 article"')
    assert.equal(plural(1, 'story', 'stories'), '1 story')
    assert.equal(plural(0, 'story', 'stories'), '0 stories')
    assert.equal(
      formatIngestSummary({ read: 1, stored: 1, unchanged: 0, duplicates: 1, failed: 0, failures: [], stories: 1 }, 0.5),
      '1 document read: 1 new article, 0 unchanged, 1 duplicate; 1 story in the store (0.5 s)',
    )
  })

  test("should show a story with its members' titles, outlets and who rewrote whom", async () => {
    const id = (await runCli(['stories', '--db', db])).stdout.split(/\s/)[0]!
    const story = await runCli(['story', id, '--db', db])
    assert.equal(story.code, 0, story.stderr)
    assert.match(story.stdout, /^# Chile, Argentina sign \$38 mln deal for joint glacier network$/m)
    assert.match(story.stdout, /4 articles from 4 outlets/)
    for (const outlet of ['The Andes Ledger', 'Meridian Press', 'Pampa Post']) assert.ok(story.stdout.includes(outlet), `names the outlet ${outlet}`)
    assert.match(story.stdout, /Andean neighbours will watch the same ice/, 'names the articles by title')
    const missing = await runCli(['story', 's-nosuchstory', '--db', db])
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /no story `s-nosuchstory`; `newsgraph stories` lists them/)
  })

  test('should label the bundled rewrite (Pampa Post crediting The Andes Ledger) a rewrite of it', async () => {
    const id = (await runCli(['stories', '--db', db])).stdout.split(/\s/)[0]!
    const story = await runCli(['story', id, '--db', db])
    const lines = story.stdout.split('\n')
    const pampa = lines.findIndex((l) => l.includes('Pampa Post'))
    assert.ok(pampa >= 0)
    assert.match(lines[pampa]!, /\brewrite\b/, 'Pampa Post is a rewrite')
    assert.match(lines[pampa + 1]!, /rewrites “Chile and Argentina to share glacier data from 14 new Andes stations”/, 'of The Andes Ledger, which it credits')
  })

  test("should list only extract's own options under `extract --help`", async () => {
    const extract = await runCli(['extract', '--help'])
    assert.equal(extract.code, 0)
    for (const flag of ['--json', '--jsonl', '--max-bytes', '--timeout-ms', '--allow-private']) assert.ok(extract.stdout.includes(flag), flag)
    for (const flag of ['--from-jsonl', '--reference-date', '--plain']) assert.ok(!extract.stdout.includes(flag), `extract --help does not offer ${flag}`)
    const analyze = await runCli(['analyze', '--help'])
    for (const flag of ['--from-jsonl', '--reference-date', '--plain']) assert.ok(analyze.stdout.includes(flag), `analyze --help offers ${flag}`)
  })

  test('should say "no such file or folder" for `ingest nosuchdir`, and create no store for it', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'newsgraph-nosuch-')), 'news.db')
    const r = await runCli(['ingest', 'nosuchdir', '--db', store])
    assert.equal(r.code, 1)
    assert.equal(r.stderr, 'newsgraph ingest: nosuchdir: no such file or folder\nnewsgraph ingest: nothing ingested: the source does not exist\n')
    assert.equal(r.stdout, '', 'no "1 documents read"')
    assert.ok(!existsSync(store), 'no store was created')
  })

  test("should answer an unknown flag in newsgraph's words with the command's usage", async () => {
    const r = await runCli(['search', '--bogus', '--db', db])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^newsgraph search: unknown option `--bogus`\n\nUsage:\n {2}newsgraph search \["words"\]/)
    assert.match(r.stderr, /Run "newsgraph search --help" for every option\.\n$/)
    assert.doesNotMatch(r.stderr, /To specify a positional argument|Unknown option/, "not node's own wording")
    assert.doesNotMatch(r.stderr, STACK_FRAME)
  })

  test('should say a flag needs a value, or takes none, with the usage', async () => {
    const needs = await runCli(['export', '--format'])
    assert.equal(needs.code, 2)
    assert.match(needs.stderr, /^newsgraph export: `--format` needs a value\n\nUsage:\n {2}newsgraph export --format jsonl\|csv\|gdelt/)
    const takesNone = await runCli(['stories', '--rebuild=yes', '--db', db])
    assert.equal(takesNone.code, 2)
    assert.match(takesNone.stderr, /^newsgraph stories: `--rebuild` takes no value\n/)
    const extra = await runCli(['stories', 'extra', '--db', db])
    assert.match(extra.stderr, /^newsgraph stories: unexpected argument `extra`: this command takes no inputs\n/)
  })

  test("should refuse an analyze-only flag on extract with extract's usage", async () => {
    const r = await runCli(['extract', '--from-jsonl', 'docs.jsonl'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^newsgraph extract: unknown option `--from-jsonl`\n\nUsage:\n {2}newsgraph extract /)
  })

  test('should check --language and find articles by it', async () => {
    const bad = await runCli(['search', '--language', 'english', '--db', db])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /^newsgraph search: --language must be an ISO 639-1 code such as de, got `english`/)
    const en = await runCli(['search', '--language', 'en', '--db', db])
    assert.match(en.stdout, /^4 articles\n/)
    const de = await runCli(['search', '--language', 'de', '--db', db])
    assert.equal(de.stdout, '0 articles\n')
  })
})
