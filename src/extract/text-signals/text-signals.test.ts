import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyTextSignals, chromeReason, findInlineWireCredit, parseBio, parseByline, parseCreditLine } from './index.js'
import { assertEach } from '../../testing/assert-each.js'

const none = { authors: [], originalSource: null, published: null }

test('should read a wire dateline with its agency and keep the lede intact', () => {
  const lede = 'WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a stopgap spending bill.'
  const s = applyTextSignals([lede, 'Second paragraph of the story.'], none)
  assert.deepEqual(s.originalSource, { name: 'Reuters', url: null })
  assert.deepEqual(s.dateline, { place: 'Washington', date: null })
  assert.equal(s.paragraphs[0], lede)
  assert.deepEqual(s.removed, [])
})

test('should give a year-less dateline date the year the text mentions', () => {
  const s = applyTextSignals(['SEOUL, May 8 (Yonhap) -- South Korea said talks planned for 2025 would go ahead.'], none)
  assert.deepEqual(s.dateline, { place: 'Seoul', date: '2025-05-08' })
  assert.equal(s.referenceDate, '2025-05-08')
  assert.equal(s.originalSource?.name, 'Yonhap')
})

test('should take the dateline year from a known publication date', () => {
  const s = applyTextSignals(['KYIV, Ukraine, March 3 (AP) — Air raid sirens sounded across the capital.'], { ...none, published: '2024-03-03T08:00:00Z' })
  assert.deepEqual(s.dateline, { place: 'Kyiv, Ukraine', date: '2024-03-03' })
})

test('should read a prose dateline in the opening paragraphs', () => {
  const s = applyTextSignals(['A short lede.', 'On May 8, 2025, in Seoul, officials confirmed the plan.'], none)
  assert.deepEqual(s.dateline, { place: 'Seoul', date: '2025-05-08' })
  assert.equal(s.referenceDate, '2025-05-08')
})

test('should not take an ordinary opening clause for a dateline', () => {
  assert.equal(applyTextSignals(['Meanwhile, Russia — which denies it — kept up the shelling.'], none).dateline, null)
  assert.equal(applyTextSignals(['Officials said on Monday that the bridge would reopen.'], none).dateline, null)
})

test('should cut standalone credit lines and keep the outlet as the original source', () => {
  const s = applyTextSignals(['Body one.', 'Body two.', 'This story first appeared in The Harbour Ledger.'], none)
  assert.deepEqual(s.originalSource, { name: 'The Harbour Ledger', url: null })
  assert.deepEqual(s.removed, [{ text: 'This story first appeared in The Harbour Ledger.', reason: 'credit' }])
  assert.deepEqual(s.paragraphs, ['Body one.', 'Body two.'])
})

test('should not replace a source the metadata already found', () => {
  const s = applyTextSignals(['Body.', 'Source: Reuters'], { ...none, originalSource: { name: 'AFP', url: null } })
  assert.equal(s.originalSource, null)
  assert.equal(s.removed.length, 1)
})

test('should cut a closing author bio and name its author only when no author is known', () => {
  const bio = 'Ana Ruiz is a correspondent covering energy and climate from Madrid.'
  const s = applyTextSignals(['The minister resigned on Friday.', bio], none)
  assert.deepEqual(s.authors, ['Ana Ruiz'])
  assert.deepEqual(s.removed, [{ text: bio, reason: 'bio' }])
  assert.deepEqual(applyTextSignals(['The minister resigned on Friday.', bio], { ...none, authors: ['Ana Ruiz'] }).authors, [])
})

test('should keep a closing news paragraph about a person', () => {
  const last = 'Hong Min is a senior research fellow at the Korea Institute for National Unification.'
  assert.equal(parseBio(last), null)
  assert.equal(parseBio('Jo Park, a reporter for the paper, was detained in March, “without charge,” her lawyer said.'), null)
})

test('should read credit lines in their usual wordings', () => {
  assert.deepEqual(parseCreditLine('Original Source: asianews.network'), { credit: { name: 'asianews.network', url: 'https://asianews.network' } })
  assert.deepEqual(parseCreditLine('This article was originally published by The Conversation.'), { credit: { name: 'The Conversation', url: null } })
  assert.deepEqual(parseCreditLine('— Reuters'), { credit: { name: 'Reuters', url: null } })
  assert.deepEqual(parseCreditLine('Reporting by Jo Park; Editing by Lee Kim'), { credit: null })
  assert.equal(parseCreditLine('The source said the talks had stalled.'), null)
  assert.equal(parseCreditLine('— and then the lights went out.'), null)
})

test('should find a wire credit inside the lede', () => {
  assert.equal(findInlineWireCredit('The talks collapsed on Friday, according to the Associated Press.')?.credit.name, 'AP')
  assert.equal(findInlineWireCredit('Kim will not attend, according to the Kremlin.'), null)
  assert.equal(findInlineWireCredit('NEW YORK (AP) — Stocks fell.')?.credit.name, 'AP')
})

test('should read bylines and ignore lines that only look like them', () => {
  assert.deepEqual(parseByline('By John Smith')?.authors, ['John Smith'])
  assert.deepEqual(parseByline('By Ana Ruiz and Lee Min-jun | May 8, 2025')?.authors, ['Ana Ruiz', 'Lee Min-jun'])
  assert.equal(parseByline('By Ana Ruiz | May 8, 2025')?.date?.value, '2025-05-08')
  assert.deepEqual(parseByline('Maria Lopez, Staff Writer')?.authors, ['Maria Lopez'])
  assert.equal(parseByline('By the time rescuers arrived, the fire had spread.'), null)
  assert.equal(parseByline('Home, World'), null)
})

test('should recognise page chrome and leave article sentences alone', () => {
  for (const line of [
    'Loading Now',
    'Post Comment',
    'Share',
    'Advertisement',
    'Read more',
    'Subscribe',
    'Sign in',
    'Comments (12)',
    'We use cookies to improve your experience.',
    'Click here to read the full report',
    'Home | World | Asia | Sport',
  ]) {
    assert.ok(chromeReason(line), line)
  }
  assert.equal(chromeReason('Read more: Seoul and Tokyo agree to resume talks'), 'related')
  assert.equal(chromeReason('Share prices fell 3% on Friday.'), null)
  assert.equal(chromeReason('Subscribers to the service will pay more from June.'), null)
})

test('should credit only outlets, and only their names', () => {
  assert.deepEqual(parseCreditLine('This article was originally published by Futurism. Read the original article.'), { credit: { name: 'Futurism', url: null } })
  assert.deepEqual(parseCreditLine('This article was originally published on The Huffington Post and can be read here.'), { credit: { name: 'The Huffington Post', url: null } })
  assert.deepEqual(parseCreditLine('This article was originally published at 2:05 p.m.'), null)
  assert.deepEqual(parseCreditLine('Source: Met Office'), { credit: null })
  assert.deepEqual(parseCreditLine('SOURCE: News agencies'), { credit: null })
  assert.deepEqual(parseCreditLine('Source: Meridian Press'), { credit: { name: 'Meridian Press', url: null } })
})

test('should never credit the publishing site to itself', () => {
  const lede = 'BOSTON (WHDH) — Police closed the street on Monday.'
  assert.equal(applyTextSignals([lede], { ...none, site: { name: '7News Boston WHDH-TV', domain: 'whdh.com' } }).originalSource, null)
  assert.equal(applyTextSignals([lede], none).originalSource?.name, 'WHDH')
})

test('should read outlet-style and abbreviated datelines and skip labels that only look like them', () => {
  assert.deepEqual(applyTextSignals(['JAKARTA, KOMPAS.com - Harga minyak naik.'], { ...none, site: { name: 'Kompas', domain: 'money.kompas.com' } }).dateline, { place: 'Jakarta', date: null })
  assert.equal(applyTextSignals(['SANTA FE, N.M. (AP) — A cat was found.'], none).dateline?.place, 'Santa Fe, N.M.')
  assert.equal(applyTextSignals(['DEAR ABBY: My husband never listens.'], none).dateline, null)
  assert.equal(applyTextSignals(['UPDATE — The road has reopened.'], none).dateline, null)
})

test('should recognise time stamps, tag lists, captions and copyright lines as chrome', () => {
  assertEach(chromeReason, [
    ['Updated 3 hours ago', 'chrome'],
    ['5 min read', 'chrome'],
    ['Tags: Chile, Argentina, glaciers', 'chrome'],
    ['Photo: Jane Doe/Reuters', 'caption'],
    ['Rescuers search the rubble in Antakya. (AP Photo/Jo Park)', 'caption'],
    ['© 2025 Cordillera Media. All rights reserved.', 'boilerplate'],
    ['Follow us on Instagram for more.', 'chrome'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'boilerplate'],
    ['Three hours ago, the bridge collapsed.', null],
    ['The photo was taken in 1998.', null],
  ])
})

test('should believe a colon dateline only when it names a known place', () => {
  assert.equal(applyTextSignals(['NEW DELHI: The government on Monday announced a new rail line.'], none).dateline?.place, 'New Delhi')
  assert.equal(applyTextSignals(['MUMBAI: Markets rose on Monday.'], none).dateline?.place, 'Mumbai')
  const ani = applyTextSignals(['Montreal [Canada], Jan 1 (ANI): The agency released its 2020 list.'], none)
  assert.deepEqual(ani.dateline, { place: 'Montreal, Canada', date: '2020-01-01' })
  assert.equal(ani.originalSource?.name, 'ANI')
  for (const kicker of ['LETTERS: Trees matter more than ever.', 'EPL: Villa climb out of the drop zone.', 'THIS IS CNN: Anchors trade jokes.']) {
    assert.equal(applyTextSignals([kicker], none).dateline, null, kicker)
  }
})
