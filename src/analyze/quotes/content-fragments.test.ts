/**
 * Contents that are no claim on their own, read on a sports page ("they envisioned him in the
 * rotation", "We know the following about the Red Sox:"), each from sentences written here.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed, quoteWithCue } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

const readable = (a: Article): string => JSON.stringify(a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.kind} | ${q.text}`))

test('should not list a lone pronoun credited to nobody as what was said or thought', () => {
  const a = analyzed('The club gave up one of its best prospects for the lefty because they envisioned him in the rotation for a long time.')
  assert.ok(!a.quotes.some((q) => q.text.trim() === 'him'), readable(a))
  // With a named source a pronoun is still a content (PolNeAR marks "attacked him").
  const b = analyzed('Senator Jane Ortiz criticized him on Tuesday.')
  assert.deepEqual([quoteWithCue(b, 'criticized').speakerName, quoteWithCue(b, 'criticized').text], ['Jane Ortiz', 'him'], readable(b))
})

test('should give "the following" the words its colon introduces', () => {
  const a = analyzed('The minister said the following: the border will stay closed until March.')
  assert.equal(quoteWithCue(a, 'said').text, 'the border will stay closed until March', readable(a))
  const b = analyzed('On July 6, Senator Jane Ortiz said the following:\n\n“For young people who have left school, the unemployment rate is 33 percent.”\n\nHer office did not respond.')
  const comment = quoteWithCue(b, 'said')
  assert.equal(comment.text, 'For young people who have left school, the unemployment rate is 33 percent.', readable(b))
  assert.equal(comment.kind, 'direct', readable(b))
})

test('should not list what the writer or the reader does as an attribution, but keep what they think', () => {
  // An interview page listed "I enjoy the communications business" and "If you look at the dollar" with nobody as the speaker.
  const a = analyzed('I enjoy the newspaper business. If you look at the price of bread, it has doubled since spring.')
  assert.deepEqual(
    a.quotes.filter((q) => q.class === 'other'),
    [],
    readable(a),
  )
  const b = analyzed('We think the new tax is fair to farmers.')
  assert.ok(
    b.quotes.some((q) => /tax is fair/.test(q.text)),
    readable(b),
  )
})

test('should not read a "He said, she said" heading as two people quoting each other', () => {
  // A finance newsletter's heading gave "she said" to nobody and "He said" to the singer named above it.
  const a = analyzed('Taylor Swift cannot sing her old hits on television this month.\n\nHe said, she said\n\nSwift took to Twitter to air her grievances with the label.')
  assert.ok(!a.quotes.some((q) => /^(?:he|she) said$/i.test(q.text.trim())), readable(a))
  // A content that says something after the pronoun stays.
  const b = analyzed('Mayor Jane Ortiz told reporters she said it twice to the council.')
  assert.ok(
    b.quotes.some((q) => /she said it twice/.test(q.text)),
    readable(b),
  )
})

test('should not credit the writer’s "it is worth noting that" to anybody', () => {
  const a = analyzed("It's worth noting that it is not uncommon for artists to give up the rights to their recordings. It is also worth pointing out that the label sold its catalog in June.")
  assert.deepEqual(a.quotes, [], readable(a))
  // Someone noting a fact is still reported.
  const b = analyzed('The label’s lawyer, Mark Ruiz, noted that artists often give up the rights to their recordings.')
  assert.equal(quoteWithCue(b, 'noted').speakerName, 'Mark Ruiz', readable(b))
})
