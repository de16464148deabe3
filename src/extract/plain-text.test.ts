import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extract } from './index.js'

const run = (text: string) => extract({ input: 'page.txt', body: text, format: 'text' })

test('should find the headline behind page chrome and cut the chrome', () => {
  const a = run(
    'Menu\n\nSign in\n\nFerry Strike Ends After Nine Days\n\nBy Ana Ruiz\n\nThe ferry workers’ union ended its strike on Tuesday after nine days, the port authority said in a statement.\n\nShare\n\nServices resume on Wednesday.',
  )
  assert.equal(a.title, 'Ferry Strike Ends After Nine Days')
  assert.deepEqual(a.authors, ['Ana Ruiz'])
  assert.equal(a.fieldSources['authors'], 'byline')
  assert.equal(a.text, 'The ferry workers’ union ended its strike on Tuesday after nine days, the port authority said in a statement.\n\nServices resume on Wednesday.')
  assert.deepEqual(
    a.removed.map((r) => [r.text, r.reason]),
    [
      ['Menu', 'chrome'],
      ['Sign in', 'chrome'],
      ['By Ana Ruiz', 'byline'],
      ['Share', 'chrome'],
    ],
  )
})

test('should take a publication date line under the headline', () => {
  const a = run('Ferry Strike Ends After Nine Days\nPublished: March 4, 2025 10:32 AM\n\nThe ferry workers’ union ended its strike on Tuesday after nine days, the port authority said.')
  assert.equal(a.published, '2025-03-04')
  assert.equal(a.referenceDate, '2025-03-04')
  assert.equal(a.fieldSources['published'], 'text')
})

test('should join hard-wrapped lines into one paragraph and keep one-line paragraphs apart', () => {
  const wrapped = run(
    'A Headline Here\n\nThe ferry workers union ended its strike on Tuesday after nine\ndays of talks with the port authority, which had offered a\nnew contract to all of its staff.',
  )
  assert.equal(wrapped.text, 'The ferry workers union ended its strike on Tuesday after nine days of talks with the port authority, which had offered a new contract to all of its staff.')
  const lines = run('A Headline Here\nThe union ended its strike on Tuesday after nine days of talks.\nServices resume on Wednesday morning, the authority said.')
  assert.equal(lines.text, 'The union ended its strike on Tuesday after nine days of talks.\n\nServices resume on Wednesday morning, the authority said.')
})

test('should infer the reference date from the text when none is given', () => {
  const a = run('Port Talks Resume\n\nLISBON, June 2 (Reuters) - Talks resumed on Monday, a week after the 2025 strike began.')
  assert.equal(a.referenceDate, '2025-06-02')
  assert.equal(a.fieldSources['referenceDate'], 'text')
  assert.deepEqual(a.dateline, { place: 'Lisbon', date: '2025-06-02' })
  assert.deepEqual(a.originalSource, { name: 'Reuters', url: null })
})

test('should have no title when the text starts with the story', () => {
  const a = run('The union ended its strike on Tuesday after nine days of talks with the port authority, which offered a new contract.')
  assert.equal(a.title, null)
  assert.match(a.text, /^The union ended/)
})

test('should detect the language of a page saved as text', () => {
  const a = run('Fin de la grève des ferries\n\nLe syndicat des marins a mis fin à la grève mardi après neuf jours de négociations avec le port, qui a proposé un nouveau contrat.')
  assert.equal(a.language, 'fr')
})

test('should cut runs of menu labels and labels after the story, but keep credit lines for the credit', () => {
  const a = run(
    'Port Talks Resume After Strike\n\nThe union and the port authority resumed talks on Monday after a nine-day strike, officials said.\n\nWorld\n\nBusiness\n\nSport\n\nA second paragraph of the story ends here.\n\nSource: Harbour News Agency\n\nMost Popular\n\nTrending Topics',
  )
  assert.equal(a.text, 'The union and the port authority resumed talks on Monday after a nine-day strike, officials said.\n\nA second paragraph of the story ends here.')
  assert.equal(a.originalSource?.name, 'Harbour News Agency')
  assert.deepEqual(
    a.removed
      .filter((r) => r.reason === 'chrome')
      .map((r) => r.text)
      .sort(),
    ['Business', 'Most Popular', 'Sport', 'Trending Topics', 'World'],
  )
})

test('should read labelled publication and update lines, times first or last', () => {
  const a = run(
    'Klitschko Keeps His Titles\nUPDATED: 23:40 GMT, 8 July 2012\nPUBLISHED: 22:07 GMT, 7 July 2012\n\nWladimir Klitschko stopped Tony Thompson in the sixth round on Saturday to keep his heavyweight belts.',
  )
  assert.equal(a.published, '2012-07-07')
  assert.equal(a.modified, '2012-07-08')
  assert.equal(a.referenceDate, '2012-07-07')
  assert.deepEqual(
    a.removed.map((r) => r.reason),
    ['dateline', 'dateline'],
  )
})
