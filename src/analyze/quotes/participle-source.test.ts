/**
 * A participle cue right after a noun phrase has that phrase as its source, read on a music
 * review where an album named further left became the speaker of "lovingly recalling …"; each
 * case is a sentence written here.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'
import { loadModels } from '../index.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { participleSubject } from './participle-source.js'

const models = loadModels()

const readable = (a: Article): string => JSON.stringify(a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.class} | ${q.text}`))

test('should not make a name before the clause the speaker of a participle that modifies a thing', () => {
  const a = analyzed('The pair pick up where Afterglow left off, with bright synths and crisp drum patterns lovingly recalling the brooding synth-pop of the early eighties.')
  const recalling = a.quotes.find((q) => /recalling/.test(q.cue ?? ''))
  assert.ok(recalling, readable(a))
  assert.notEqual(recalling.speakerName, 'Afterglow', readable(a))
  assert.equal(recalling.class, 'evidence', readable(a))
})

test('should take the noun phrase right before a participle cue as its source, and nothing after a comma or a preposition', () => {
  const subject = (text: string, cue: string): string | null => {
    const { tokens, sentences } = tokenize(text)
    const syntax = parseTokens(models.parser!, tokens, sentences)
    const start = text.indexOf(cue)
    const span = participleSubject(tokens, syntax, { start, end: start + cue.length })
    return span ? text.slice(span.start, span.end) : null
  }
  assert.equal(subject('The health scare has left skittish Democrats contemplating a new nominee.', 'contemplating'), 'skittish Democrats')
  assert.equal(subject('The mayor spoke for an hour, adding that the budget was balanced.', 'adding'), null)
  assert.equal(subject('He began the speech by saying that he would not resign.', 'saying'), null)
  assert.equal(subject('The mayor said that the budget was balanced.', 'said'), null)
})
