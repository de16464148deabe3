/**
 * "citing someone" names where the news came from, read on a news story about an outbreak ("the
 * news agency said, citing the regional health commission"), from sentences written here.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed, quoteWithCue } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

const readable = (a: Article): string => JSON.stringify(a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.class} | ${q.text}`))

test('should make the party a news agency cites the source of what it reports, not its content', () => {
  const cases: Array<[text: string, cited: string, reported: string]> = [
    [
      'The patient was taken to a hospital in the county of Westvale, the news agency said, citing the provincial health commission.',
      'the provincial health commission',
      'The patient was taken to a hospital in the county of Westvale',
    ],
    // The attribution the cited party belongs to may come after it.
    ['The broadcaster, citing an anonymous government source, reported that the talks had stalled.', 'an anonymous government source', 'that the talks had stalled'],
  ]
  for (const [text, cited, reported] of cases) {
    const a = analyzed(text)
    assert.ok(!a.quotes.some((q) => q.text === cited), readable(a))
    const citing = quoteWithCue(a, 'citing')
    assert.deepEqual([citing.speakerName, citing.text], [cited, reported], readable(a))
  }
  const a = analyzed(cases[0]![0])
  assert.ok(
    a.quotes.some((q) => q.cue === 'said' && q.speakerName === 'the news agency'),
    readable(a),
  )
})

test('should keep a reason cited as the content, as PolNeAR marks it', () => {
  const a = analyzed('The firm pulled the pill from the market last week, citing a threat to public health.')
  assert.equal(quoteWithCue(a, 'citing').text, 'a threat to public health', readable(a))
})
