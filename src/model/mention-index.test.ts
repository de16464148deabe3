import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from './article.js'
import { buildMentionIndex, entityAt, mentionAt, mentionsIn } from './mention-index.js'

// "Ushakov said he would come to Moscow."
const entities: Entity[] = [
  {
    id: 'e1',
    name: 'Yury Ushakov',
    type: 'PERSON',
    aliases: ['Ushakov'],
    mentions: [
      { start: 0, end: 7, text: 'Ushakov', kind: 'short' },
      { start: 13, end: 15, text: 'he', kind: 'pronoun' },
    ],
  },
  { id: 'e2', name: 'Moscow', type: 'GPE', aliases: [], mentions: [{ start: 30, end: 36, text: 'Moscow', kind: 'name' }] },
]

test('should find the entity a span names, also from inside the mention', () => {
  assert.equal(entityAt(entities, 0, 7)?.id, 'e1')
  assert.equal(entityAt(entities, 2)?.id, 'e1')
  assert.equal(entityAt(entities, 13, 15)?.id, 'e1')
  assert.equal(entityAt(entities, 31, 33)?.id, 'e2')
  assert.equal(entityAt(entities, 20, 25), undefined)
})

test('should list the mentions inside a sentence in text order with their kinds', () => {
  const index = buildMentionIndex(entities)
  assert.deepEqual(
    mentionsIn(index, 0, 37).map((m) => [m.entity.id, m.kind]),
    [
      ['e1', 'short'],
      ['e1', 'pronoun'],
      ['e2', 'name'],
    ],
  )
  assert.deepEqual(
    mentionsIn(index, 10, 29).map((m) => m.text),
    ['he'],
  )
  assert.equal(mentionAt(index, 5, 14)?.text, 'Ushakov', 'the larger overlap wins when nothing covers the span')
})
