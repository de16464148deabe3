/**
 * "He was charged with assault": what a passive or raising cue reports on starts at its subject,
 * as PolNeAR marks it, from sentences written here; a listener's passive and a quoted charge keep
 * the words after the cue.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

function readable(a: Article): string[] {
  return a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.text}`)
}

test('should read a passive cue from its subject when no one stands before it', () => {
  const a = analyzed('The driver left the scene before the police came. He was charged with assault.')
  const q = a.quotes.find((x) => /charged/.test(x.cue ?? ''))
  assert.ok(q, JSON.stringify(readable(a)))
  assert.match(q.text, /^He was charged with assault/, JSON.stringify(readable(a)))
  assert.equal(q.speakerMention, null, JSON.stringify(readable(a)))
})

test('should keep what a listener was asked after the cue', () => {
  const a = analyzed('At the meeting, the mayor was asked whether the pier would reopen before the summer.')
  const q = a.quotes.find((x) => /asked/.test(x.cue ?? ''))
  assert.ok(q, JSON.stringify(readable(a)))
  assert.doesNotMatch(q.text, /^the mayor/, JSON.stringify(readable(a)))
})
