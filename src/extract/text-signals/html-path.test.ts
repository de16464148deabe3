import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extract } from '../index.js'

const page = (head: string, paragraphs: string[]): string =>
  `<!doctype html><html><head>${head}<title>Senate passes stopgap bill</title></head><body><article><h1>Senate passes stopgap bill</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`

const STORY = [
  'The U.S. Senate on Tuesday passed a stopgap spending bill that keeps the government open until March, sending it to the president.',
  'The measure passed 68 to 31 after a week of talks between party leaders, who had clashed over disaster aid and border funding.',
  'The House approved the same bill on Monday. The president is expected to sign it before the midnight deadline on Friday.',
]

test('should read a wire credit and dateline from an HTML body and keep the lede whole', () => {
  const lede = `WASHINGTON (Reuters) - ${STORY[0]}`
  const a = extract({ input: 'p.html', body: page('', [lede, ...STORY.slice(1)]), format: 'html' })
  assert.deepEqual(a.originalSource, { name: 'Reuters', url: null })
  assert.equal(a.dateline?.place, 'Washington')
  assert.ok(a.text.startsWith(lede), a.text.slice(0, 80))
  assert.equal(a.fieldSources['originalSource'], 'text')
})

test('should cut a credit line and a closing bio from an HTML body', () => {
  const bio = 'Maria Lopez is a staff writer covering Congress and the federal budget.'
  const a = extract({ input: 'p.html', body: page('', [...STORY, 'This story first appeared in The Harbour Ledger.', bio]), format: 'html' })
  assert.deepEqual(a.originalSource, { name: 'The Harbour Ledger', url: null })
  assert.ok(!a.text.includes('first appeared'))
  assert.ok(!a.text.includes('staff writer'))
  assert.deepEqual(a.authors, ['Maria Lopez'])
  assert.equal(a.fieldSources['authors'], 'text')
  assert.deepEqual(
    a.removed.filter((r) => r.reason === 'credit' || r.reason === 'bio').map((r) => r.reason),
    ['credit', 'bio'],
  )
})

test('should keep the authors the page declares over a bio', () => {
  const bio = 'Maria Lopez is a staff writer covering Congress and the federal budget.'
  const a = extract({ input: 'p.html', body: page('<meta name="author" content="Sam Green">', [...STORY, bio]), format: 'html' })
  assert.deepEqual(a.authors, ['Sam Green'])
})

test('should detect the language of an HTML page that does not declare one, or declares another', () => {
  const html = page('', [
    'Le Sénat a adopté mardi une loi de finances provisoire qui permet au gouvernement de fonctionner jusqu’en mars.',
    'Le texte a été voté par 68 voix contre 31 après une semaine de discussions entre les dirigeants des partis.',
  ])
  const a = extract({ input: 'p.html', body: html, format: 'html' })
  assert.equal(a.language, 'fr')
  assert.equal(a.fieldSources['language'], 'text')
  // A site-wide lang="de" on a French story: the text decides, and the article says so.
  const declaredOtherwise = extract({ input: 'p.html', body: html.replace('<html>', '<html lang="de">'), format: 'html' })
  assert.equal(declaredOtherwise.language, 'fr')
  assert.ok(declaredOtherwise.diagnostics.some((d) => d.code === 'language-declared-otherwise'))
  // Too little text to be sure: the declared language stands.
  const short = extract({ input: 'p.html', body: page('', ['Le Sénat a voté.']).replace('<html>', '<html lang="de">'), format: 'html' })
  assert.equal(short.language, 'de')
})

test('should infer a reference date from the body when the page has no date', () => {
  const a = extract({ input: 'p.html', body: page('', [`SEOUL, May 8 (Yonhap) -- ${STORY[0]} The 2025 budget is next.`, ...STORY.slice(1)]), format: 'html' })
  assert.equal(a.referenceDate, '2025-05-08')
  assert.equal(a.fieldSources['referenceDate'], 'text')
})
