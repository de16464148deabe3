import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storyFeatures } from './story-features.js'

test('should read a short text whole as a headline, given as title or as text alike', () => {
  const asText = storyFeatures({ input: 'a', text: 'malaysia airlines mh370 search moves north' })
  const asTitle = storyFeatures({ input: 'b', title: 'malaysia airlines mh370 search moves north', text: '' })
  assert.deepEqual(asTitle.counts, asText.counts)
  assert.ok(asText.counts.has('t:mh370'), 'headline words count as title words')
  assert.ok(asText.counts.has('c:_mh3'), 'character n-grams stand in when words are few')
  assert.ok(asText.counts.has('b:airline mh370'), 'word pairs stand in for names in lower case')
})

test('should keep a full article to its title and body words, without short-text features', () => {
  const body = Array.from({ length: 12 }, (_, i) => `The council voted on budget item ${i} after a long debate about schools and roads.`).join(' ')
  const f = storyFeatures({ input: 'c', title: 'Council passes budget', text: body })
  assert.ok(f.counts.has('t:council'))
  assert.ok(![...f.counts.keys()].some((k) => k.startsWith('c:') || k.startsWith('b:')))
})
