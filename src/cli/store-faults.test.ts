/**
 * The store as a careless user and a crash treat it, with real `newsgraph` processes: stores that
 * are missing, empty, damaged or not a store at all; queues and databases that are down; a reader
 * that closes the pipe; two ingests into one file at once; and kill -9 at every stage boundary
 * of an ingest. Every fault ends in one line and a documented exit code, never a stack trace, and
 * every crash is repaired by running the command again.
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'
import Database from 'better-sqlite3'
import { runCli, spawnCli, STACK_FRAME, type CliResult } from '../testing/cli-process.js'
import { articlePage } from '../testing/hostile-server.js'

// The exit codes README documents: 0 ok, 3 the store cannot be used, 4 the queue cannot be reached.
const EXIT = { ok: 0, store: 3, queue: 4 } as const

let work: string
let corpus: string // 12 pages, three stories of four outlets each
let built: string // a store ingested from the corpus once, cleanly

// Three events, each reported by four outlets in their own words around one shared passage.
function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true })
  const events = [
    ['Harbourton', 'The harbour bridge in Harbourton will reopen next month after eight weeks of repairs, the port authority said on Tuesday.'],
    ['Millbrook', 'A fire at the textile mill in Millbrook destroyed two warehouses overnight, the fire brigade said on Wednesday.'],
    ['Lakeside', 'Voters in Lakeside approved a new school budget of 40 million dollars in a referendum on Sunday, officials said.'],
  ] as const
  for (const [e, [place, fact]] of events.entries()) {
    for (let o = 0; o < 4; o++) {
      // Dated, so which report came first (a story's origin) does not depend on the order of ingest.
      const html = articlePage(place)
        .replace('<title>', `<meta property="article:published_time" content="2025-05-0${e + 1}T0${o + 1}:00:00Z"><title>`)
        .replace(
          /<article>[\s\S]*<\/article>/,
          `<article><h1>${place}: outlet ${o} reports</h1><p>${fact}</p><p>Outlet ${o} adds its own view of what happened in ${place} and what comes next for the people who live there.</p></article>`,
        )
      writeFileSync(join(dir, `e${e}-o${o}.html`), html)
    }
  }
}

const cli = (args: string[], env?: Record<string, string>): Promise<CliResult> => runCli(args, { timeoutMs: 240_000, ...(env ? { env } : {}) })

/** Stories of a store as comparable data: id, article count and members. */
/**
 * Documents, articles, stories and memberships of a store file. With `byOrigin`, a story is named
 * by its origin article instead of its id: ids come from the article that opened a story, so two
 * processes storing the same articles in another order give the same stories under other ids.
 */
function storiesOf(db: string, byOrigin = false): unknown {
  const d = new Database(db, { readonly: true })
  try {
    const stories = d.prepare('SELECT id, articles, outlets, origin FROM stories ORDER BY id').all() as Array<{ id: string; origin: string }>
    const name = new Map(stories.map((s) => [s.id, byOrigin ? `origin:${s.origin}` : s.id]))
    return {
      articles: (d.prepare('SELECT id FROM articles ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id),
      documents: (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,
      stories: stories.map((s) => ({ ...s, id: name.get(s.id) })).sort((a, b) => String(a.id).localeCompare(String(b.id))),
      members: (d.prepare('SELECT story_id, article_id, relation FROM story_members ORDER BY article_id').all() as Array<{ story_id: string }>).map((m) => ({
        ...m,
        story_id: name.get(m.story_id) ?? `missing:${m.story_id}`,
      })),
    }
  } finally {
    d.close()
  }
}

/** Runs the tasks a few at a time: a dozen processes at once would only queue on a 2-core machine. */
async function inBatches<T>(tasks: Array<() => Promise<T>>, size = 3): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < tasks.length; i += size) out.push(...(await Promise.all(tasks.slice(i, i + size).map((t) => t()))))
  return out
}

function oneLine(r: CliResult, code: number, pattern: RegExp, what: string): void {
  assert.equal(r.code, code, `${what}: exit ${r.code}\n${r.stderr}`)
  assert.doesNotMatch(r.stderr, STACK_FRAME, `${what}: no stack trace`)
  const lines = r.stderr.trim().split('\n')
  assert.equal(lines.length, 1, `${what}: one line, got:\n${r.stderr}`)
  assert.match(lines[0]!, pattern, what)
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-store-faults-'))
  corpus = join(work, 'corpus')
  writeCorpus(corpus)
  built = join(work, 'clean.db')
  const r = await cli(['ingest', '--db', built, corpus])
  assert.equal(r.code, 0, r.stderr)
})

test('should say in one line what is wrong with an unusable store, with exit code 3', { timeout: 600_000 }, async () => {
  const text = join(work, 'notes.txt')
  writeFileSync(text, 'these are my notes, not a database\n'.repeat(100))
  const empty = join(work, 'empty.db')
  writeFileSync(empty, '')
  const truncated = join(work, 'truncated.db')
  copyFileSync(built, truncated)
  truncateSync(truncated, Math.floor(statSync(truncated).size / 3))
  const corrupt = join(work, 'corrupt.db')
  copyFileSync(built, corrupt)
  const bytes = readFileSync(corrupt)
  for (let i = 4096; i < bytes.length; i += 1024) bytes.fill(0xa5, i, i + 600) // every page scribbled over, header kept
  writeFileSync(corrupt, bytes)
  const foreign = join(work, 'foreign.db')
  const f = new Database(foreign)
  f.exec('CREATE TABLE recipes (name TEXT)')
  f.close()
  const missing = join(work, 'never-ingested.db')
  const noFolder = join(work, 'no', 'such', 'folder', 'x.db')
  const cases: Array<[string[], RegExp]> = [
    [['search', 'harbour', '--db', text], /is not a newsgraph store \(not a SQLite database\)/],
    [['ingest', corpus, '--db', text], /is not a newsgraph store/],
    [['search', 'harbour', '--db', empty], /is empty \(0 bytes\): nothing has been ingested/],
    [['stories', '--db', truncated], /damaged/],
    [['export', '--db', corrupt], /damaged/],
    [['search', 'harbour', '--db', foreign], /SQLite database of another program, not a newsgraph store/],
    [['ingest', corpus, '--db', foreign], /SQLite database of another program/],
    [['search', 'harbour', '--db', missing], /there is no store at .* yet; ingest something first/],
    [['stories', '--db', missing], /there is no store at/],
    [['story', 's-123', '--db', missing], /there is no store at/],
    [['export', '--db', missing], /there is no store at/],
    [['search', 'x', '--db', noFolder], /the folder .* does not exist/],
    [['ingest', corpus, '--db', noFolder], /the folder .* does not exist/],
    [['serve', '--db', missing, '--port', '0'], /there is no store at .* yet/],
  ]
  const results = await inBatches(
    cases.map(
      ([args]) =>
        () =>
          cli(args),
    ),
  )
  cases.forEach(([args, pattern], i) => oneLine(results[i]!, EXIT.store, pattern, args.join(' ')))
  assert.equal(statSync(missing, { throwIfNoEntry: false }), undefined, 'no store was created by reading or serving a missing one')
})

test('should say in one line that NATS or PostgreSQL cannot be reached (exit 4 and 3)', async () => {
  // A port that was free a moment ago: nothing listens there.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port
      s.close(() => resolve(p))
    })
  })
  const [worker, queue, pg] = await Promise.all([
    cli(['worker', '--stage', 'extract', '--nats', `nats://127.0.0.1:${port}`]),
    cli(['ingest', '--queue', corpus, '--nats', `nats://127.0.0.1:${port}`]),
    cli(['search', 'harbour', '--db', `postgres://newsgraph@127.0.0.1:${port}/newsgraph`]),
  ])
  oneLine(worker, EXIT.queue, /cannot reach NATS at nats:\/\/127\.0\.0\.1:\d+ .*start nats-server/, 'worker')
  oneLine(queue, EXIT.queue, /cannot reach NATS/, 'ingest --queue')
  oneLine(pg, EXIT.store, /cannot reach the PostgreSQL store at 127\.0\.0\.1:\d+\/newsgraph/, 'search --db postgres://')
})

test('should stop quietly when the reader closes the pipe (| head)', async () => {
  // Far more output than a pipe holds, so writes are still going when the reader leaves.
  const pages = Array.from({ length: 12 }, (_, i) => join(corpus, `e${Math.floor(i / 4)}-o${i % 4}.html`))
  const child = spawnCli(['analyze', '--jsonl', ...Array.from({ length: 30 }, () => pages).flat()])
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  // Read one line, then go away, as `head -1` does.
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()))
  child.stdout!.destroy()
  const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)))
  assert.equal(code, EXIT.ok)
  assert.equal(stderr, '')
})

test('should let two ingests into one new or existing file both finish, each document stored once, as a sequential run', { timeout: 240_000 }, async () => {
  const files = Array.from({ length: 12 }, (_, i) => join(corpus, `e${Math.floor(i / 4)}-o${i % 4}.html`))
  const first = files.filter((_, i) => i % 2 === 0)
  const second = files.filter((_, i) => i % 2 === 1)
  // A new file: both processes create and migrate it at once.
  const fresh = join(work, 'concurrent-new.db')
  const [a, b] = await Promise.all([cli(['ingest', '--db', fresh, ...first]), cli(['ingest', '--db', fresh, ...second])])
  assert.equal(a.code, 0, a.stderr)
  assert.equal(b.code, 0, b.stderr)
  assert.deepEqual(storiesOf(fresh, true), storiesOf(built, true), 'the same documents, articles and stories as one sequential run')
  // An existing file, with both processes ingesting overlapping sources.
  const existing = join(work, 'concurrent-existing.db')
  assert.equal((await cli(['ingest', '--db', existing, files[0]!])).code, 0)
  const [c, d] = await Promise.all([cli(['ingest', '--db', existing, ...files.slice(0, 8)]), cli(['ingest', '--db', existing, ...files.slice(4)])])
  assert.equal(c.code, 0, c.stderr)
  assert.equal(d.code, 0, d.stderr)
  assert.deepEqual(storiesOf(existing, true), storiesOf(built, true))
})

test('should give the stories of a clean run after kill -9 at every stage boundary and a rerun', { timeout: 240_000 }, async () => {
  const expected = storiesOf(built)
  for (const point of ['before-store', 'after-store', 'during-stories']) {
    const db = join(work, `crash-${point}.db`)
    const crashed = await cli(['ingest', '--db', db, corpus], { NEWSGRAPH_CRASH_AT: point })
    assert.equal(crashed.signal, 'SIGKILL', `${point}: the process was killed (${crashed.code}, ${crashed.stderr})`)
    const rerun = await cli(['ingest', '--db', db, corpus])
    assert.equal(rerun.code, 0, rerun.stderr)
    assert.deepEqual(storiesOf(db), expected, `${point}: a rerun gives the clean run's stories`)
  }
})

test('should rebuild stories on request and say when they are owed', async () => {
  const db = join(work, 'rebuild.db')
  copyFileSync(built, db)
  const d = new Database(db)
  d.exec('DELETE FROM story_members; DELETE FROM stories; UPDATE articles SET stories_pending = 1')
  d.close()
  const owed = await cli(['stories', '--db', db])
  assert.equal(owed.code, 0)
  assert.match(owed.stderr, /12 articles are not grouped into stories yet .* `newsgraph stories --rebuild`/)
  const rebuilt = await cli(['stories', '--rebuild', '--db', db])
  assert.equal(rebuilt.code, 0, rebuilt.stderr)
  assert.match(rebuilt.stderr, /12 articles regrouped into \d+ stories/)
  assert.deepEqual(storiesOf(db), storiesOf(built))
})

test('should give the stories of a clean run after kill -9 inside or between the steps of a rebuild, and a rerun', { timeout: 240_000 }, async () => {
  const expected = storiesOf(built)
  for (const point of ['during-stories', 'after-story-step']) {
    const db = join(work, `rebuild-crash-${point}.db`)
    copyFileSync(built, db)
    const crashed = await cli(['stories', '--rebuild', '--batch-size', '5', '--db', db], { NEWSGRAPH_CRASH_AT: point })
    assert.equal(crashed.signal, 'SIGKILL', `${point}: the process was killed (${crashed.code}, ${crashed.stderr})`)
    const d = new Database(db, { readonly: true })
    const owed = (d.prepare('SELECT count(*) AS n FROM articles WHERE stories_pending = 1').get() as { n: number }).n
    d.close()
    // Killed inside the first step nothing of it stays; killed after it, its 5 articles are grouped.
    assert.equal(owed, point === 'during-stories' ? 12 : 7, `${point}: the articles still owed`)
    const rerun = await cli(['stories', '--rebuild', '--batch-size', '5', '--db', db])
    assert.equal(rerun.code, 0, rerun.stderr)
    assert.match(rerun.stderr, /\(an interrupted rebuild, resumed\)/)
    assert.deepEqual(storiesOf(db), expected, `${point}: a rerun gives the clean run's stories`)
  }
})
