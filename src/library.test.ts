/**
 * newsgraph as a library, as the README shows it: the "Use it as a library" snippet runs as
 * written (against this checkout instead of the installed package) and prints what it says, and
 * a wrong argument to a public function is a TypeError naming the function and what it expected.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { analyze, createPipeline, extract, openStore } from './index.js'
import { newArticle } from './model/new-article.js'

const ROOT = resolve(import.meta.dirname, '..')

/** The first ```js block after the README heading `heading`. */
function readmeSnippet(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const at = readme.indexOf(`\n## ${heading}\n`)
  assert.ok(at >= 0, `the README has a "${heading}" section`)
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at))
  assert.ok(block, 'the section has a ```js snippet')
  return block[1]!
}

test("should run the README's library snippet as written and print the article, its quotes and the search", { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-library-'))
  try {
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true })
    // The snippet imports the package by name; here that name is this checkout's source.
    const code = readmeSnippet('Use it as a library').replaceAll("from 'newsgraph'", `from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/index.ts')).href)}`)
    writeFileSync(join(dir, 'snippet.mts'), code)
    const tsx = import.meta.resolve('tsx')
    const r = spawnSync(process.execPath, ['--import', tsx, 'snippet.mts'], { cwd: dir, encoding: 'utf8', timeout: 280_000 })
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /^Chile and Argentina to share glacier data from 14 new Andes stations \(en\): \d+ entities$/m)
    assert.match(r.stdout, /^Carolina Vergara: /m, 'a quote with its speaker')
    assert.match(r.stdout, /^4 articles match "glacier"; 1 story: Chile, Argentina sign \$38 mln deal for joint glacier network$/m)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('should fail a wrong argument at the public boundary with a TypeError that says what was expected', async () => {
  const typeError = (fn: () => unknown, message: RegExp): void => assert.throws(fn, (e: unknown) => e instanceof TypeError && message.test(e.message))
  typeError(() => extract(undefined as never), /^`extract`: the document must be an object `\{ input: string, body: string \| Uint8Array \}`; got undefined$/)
  typeError(() => extract('<p>page</p>' as never), /^`extract`: the document must be an object .*; got string$/)
  typeError(() => extract({ input: 'a.html', body: 42 } as never), /^`extract`: `body` must be a string or a Uint8Array \(a Buffer is one\); got number$/)
  typeError(() => extract({ body: '<p>x</p>' } as never), /^`extract`: `input` must be a string/)
  const models = { loaded: [] }
  typeError(() => analyze('text' as never, { models }), /^`analyze`: the article must be an Article object/)
  typeError(() => analyze({ text: 'x' } as never, { models }), /^`analyze`: `article.entities` must be an array/)
  typeError(() => analyze(newArticle({ input: 'a', text: 'x' }), undefined as never), /^`analyze`: the options must be an object; got undefined$/)
  typeError(() => analyze(newArticle({ input: 'a', text: 'x' }), {} as never), /^`analyze`: `options.models` must be the result of `loadModels\(\)`/)
  typeError(() => createPipeline('fast' as never), /^`createPipeline`: the options must be an object or absent; got string$/)
  typeError(() => createPipeline({ analyze: false, steps: ['entities', 'sentiment' as never] }), /^`createPipeline`: unknown analysis step `sentiment`; the steps are entities, dates/)
  typeError(() => createPipeline({ analyze: false }).run(null as never), /^`pipeline.run`: the document must be an object/)
  typeError(() => createPipeline({ analyze: false, extract: { referenceDate: '2025-05-08' } as never }), /^`createPipeline`: `extract.referenceDate` is not an extraction option; pass `referenceDate`/)
  await assert.rejects(
    openStore(42 as never),
    (e: unknown) => e instanceof TypeError && /^`openStore`: the store \(a SQLite file path or a postgres:\/\/ URL\) must be a non-empty string; got number$/.test(e.message),
  )
})

test('should take the reference date as an analysis input and say it came from the caller', () => {
  const pipeline = createPipeline({ steps: ['dates'], models: { loaded: [] }, referenceDate: '2025-05-08' })
  const article = pipeline.run({ input: 'a.txt', body: 'The talks ended yesterday.' })
  assert.equal(article.referenceDate, '2025-05-08')
  assert.equal(article.fieldSources['referenceDate'], 'option')
  assert.deepEqual(
    article.dates.map((d) => d.value),
    ['2025-05-07'],
  )
  const extracted = createPipeline({ analyze: false, referenceDate: '2025-05-08' }).run({ input: 'a.txt', body: 'The talks ended yesterday.' })
  assert.equal(extracted.referenceDate, null, 'extraction alone never sees the analysis input')
})

test("should keep the opening dateline's span on the article, and read it for articles stored without one", () => {
  const text = 'PARIS (AFP) - French police said Tuesday they had arrested three people.'
  const pipeline = createPipeline({ steps: ['quotes'] })
  const extracted = extract({ input: 'a.txt', body: text, format: 'plain' })
  assert.deepEqual(extracted.datelineSpan, { start: 0, end: text.indexOf('French') })
  assert.equal(extract({ input: 'b.txt', body: 'Officials said the talks ended.', format: 'plain' }).datelineSpan, null)
  const { datelineSpan: _, ...stored } = extracted
  const fresh = pipeline.analyze(extracted)
  const old = pipeline.analyze(stored)
  assert.deepEqual(old.datelineSpan, extracted.datelineSpan)
  assert.deepEqual(old.quotes, fresh.quotes)
  // Without the span the speaker would be "PARIS (AFP) - French police".
  assert.deepEqual(
    fresh.quotes.map((q) => q.speakerMention && text.slice(q.speakerMention.start, q.speakerMention.end)),
    ['French police'],
  )
})
