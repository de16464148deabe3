import { test } from 'node:test'
import assert from 'node:assert/strict'
import { receptionReading } from './reception-cue.js'

const span = (text: string, words: string): { start: number; end: number } => {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

test('should read the critics after "from" even when the content starts after them', () => {
  const text = 'The plan drew sharp criticism from farm groups for raising fees.'
  for (const content of ['from farm groups for raising fees', 'for raising fees', 'raising fees']) {
    const a = receptionReading(text, { source: span(text, 'The plan'), cue: span(text, 'drew sharp criticism'), content: span(text, content) })
    assert.equal(a.source && text.slice(a.source.start, a.source.end), 'farm groups', content)
    assert.equal(text.slice(a.content.start, a.content.end), 'raising fees', content)
  }
})
