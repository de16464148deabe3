/**
 * "The governor seems ready to sign": a raising verb's subject is part of what seems so, and
 * whoever judges it goes unnamed (PolNeAR's reading of seem/appear cues), from sentences written here.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

function readable(a: Article): string[] {
  return a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.text}`)
}

test('should keep the subject of "seems" in the content and name no speaker', () => {
  const a = analyzed('After the vote, the harbour board seems to have dropped its plan for a second pier.')
  const q = a.quotes.find((x) => x.cue === 'seems')
  assert.ok(q, JSON.stringify(readable(a)))
  assert.equal(q.speakerMention, null, JSON.stringify(readable(a)))
  assert.match(q.text, /^the harbour board seems to have dropped its plan/, JSON.stringify(readable(a)))
})
