import { test } from 'node:test'
import assert from 'node:assert/strict'
import { collectTimestamps, toCountryTime, toLocalTime } from './local-time.js'
import { parseHtml } from '../parse-html.js'
import { formatDate, type DateParts } from '../../model/dates/written-dates.js'
import { parseDateValue } from './parse-date.js'

const at = (s: string): DateParts => {
  const p = parseDateValue(s)
  assert.ok(p)
  return p
}

test('should move a late-evening UTC instant of an Italian site to the next local day', () => {
  assert.equal(formatDate(toCountryTime(at('2023-11-01T23:01:00Z'), 'www.repubblica.it')), '2023-11-02T00:01:00+01:00')
})

test('should give a late-evening story in Latin America its local day', () => {
  assert.equal(formatDate(toCountryTime(at('2022-05-04T02:41:00Z'), 'eldeber.com.bo')), '2022-05-03T22:41:00-04:00')
  assert.equal(formatDate(toCountryTime(at('2022-05-04T02:41:00Z'), 'www.prensa.com.gt')), '2022-05-03T20:41:00-06:00')
})

test('should apply European summer time', () => {
  assert.equal(formatDate(toCountryTime(at('2023-07-01T22:30:00Z'), 'www.spiegel.de')), '2023-07-02T00:30:00+02:00')
})

test('should use the language of a page on a generic domain', () => {
  assert.equal(formatDate(toCountryTime(at('2019-03-04T15:00:00Z'), 'example.com', 'ja')), '2019-03-05T00:00:00+09:00')
  assert.equal(formatDate(toCountryTime(at('2019-03-04T15:00:00Z'), 'example.com', 'en')), '2019-03-04T15:00:00Z')
})

test('should take the offset from local wall time printed elsewhere on the page', () => {
  const local = toLocalTime(at('2023-11-09T01:49:09Z'), [at('2023-11-08 17:49:09')])
  assert.equal(formatDate(local), '2023-11-08T17:49:09-08:00')
})

test('should leave a date alone when no other stamp matches it', () => {
  assert.equal(formatDate(toLocalTime(at('2023-11-09T01:49:09Z'), [at('2023-11-08 17:12:00')])), '2023-11-09T01:49:09Z')
})

test('should find a page stamp whose script the decoder cut into pieces, even across the cut', () => {
  // The decoder hands the parser pieces; a script spanning them becomes one text node of several parts.
  const html = '<html><head><script>var page = {"published": "2023-11-08T22:28:35-05:00", "section": "city"};</script></head><body><p>Text</p></body></html>'
  const limits = { maxElements: 1000, maxDepth: 100 }
  for (const cut of [html.indexOf('2023-11-08') + 4, html.indexOf('"section"')]) {
    const parsed = parseHtml(html, limits, [html.slice(0, cut), html.slice(cut)])
    const stamps = collectTimestamps(parsed.dom, at('2023-11-09T03:28:35Z'), parsed.textParts).map(formatDate)
    assert.deepEqual(stamps, ['2023-11-08T22:28:35-05:00'], `cut at ${cut}`)
  }
  const parsed = parseHtml(html, limits, [html.slice(0, 60), html.slice(60)])
  assert.deepEqual(collectTimestamps(parsed.dom, at('2021-02-01T10:00:00Z'), parsed.textParts), [])
})
