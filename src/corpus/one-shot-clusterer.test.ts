import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addToStories, createClusterState, refineStories } from './one-shot-clusterer.js'
import { storiesOfBatch } from './stories-of-batch.js'
import type { CorpusDoc } from './corpus-doc.js'
import type { Article } from '../model/article.js'
import { newArticle } from '../model/new-article.js'

const reid = (i: number, extra = ''): CorpusDoc => ({
  input: `reid-${i}`,
  title: ['Tara Reid enters rehab in Malibu', 'Actress Tara Reid checks into Promises', 'Reid seeks treatment at Promises'][i % 3]!,
  text: `Tara Reid, 33, has entered the Promises Treatment Center in Malibu, her representative Jack Ketsoyan confirmed. The American Pie actress checked into rehab in 2008. ${extra}`,
})
const lohan = (i: number, extra = ''): CorpusDoc => ({
  input: `lohan-${i}`,
  title: ['Lindsay Lohan enters rehab at Betty Ford', 'Lohan checks into Betty Ford Center', 'Lindsay Lohan begins court-ordered rehab'][i % 3]!,
  text: `Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage, her attorney Shawn Holley said. The actress must spend 90 days in rehab under a 2013 court order. ${extra}`,
})
const patch = (i: number): CorpusDoc => ({
  input: `patch-${i}`,
  title: 'Microsoft issues emergency patch for Internet Explorer',
  text: `Microsoft released an emergency security update for Internet Explorer on Wednesday to fix a flaw that attackers were exploiting. Version ${i} of the advisory lists the affected browsers.`,
})

const extras = ['Her publicist declined to comment.', 'Friends said she was doing well.', 'The stay is expected to last weeks.', 'Fans sent messages of support online.']
const corpus: CorpusDoc[] = [...extras.map((e, i) => reid(i, e)), ...extras.map((e, i) => lohan(i, e)), patch(1), patch(2)]

test('should keep two similar events apart (who and when decide) whatever the arrival order', () => {
  for (const seed of [1, 2, 3, 4]) {
    const { rows } = storiesOfBatch(corpus, { seed })
    const story = (input: string): string => rows.find((r) => r.input === input)!.story
    for (let i = 1; i < 4; i++) {
      assert.equal(story(`reid-${i}`), story('reid-0'), `seed ${seed}: Reid articles together`)
      assert.equal(story(`lohan-${i}`), story('lohan-0'), `seed ${seed}: Lohan articles together`)
    }
    assert.notEqual(story('reid-0'), story('lohan-0'), `seed ${seed}: two rehab stories`)
    assert.equal(story('patch-1'), story('patch-2'))
    assert.notEqual(story('patch-1'), story('reid-0'))
  }
})

test('should answer in input order with the story origin named for every article', () => {
  const { rows, stories } = storiesOfBatch(corpus)
  assert.deepEqual(
    rows.map((r) => r.input),
    corpus.map((d) => d.input),
  )
  for (const r of rows) {
    const sameStory = rows.filter((x) => x.story === r.story)
    assert.equal(sameStory.filter((x) => x.relation === 'origin').length, 1)
    assert.ok(sameStory.some((x) => x.input === r.origin))
  }
  const reidStory = stories.find((s) => s.id === rows[0]!.story)!
  assert.ok(reidStory.entities.includes('Tara Reid'), `main entities: ${reidStory.entities.join(', ')}`)
})

test('should not join articles published far outside the time window', () => {
  const state = createClusterState({ windowDays: 7 })
  const a = addToStories(state, { ...patch(1), published: '2024-01-10' })
  const b = addToStories(state, { ...patch(2), published: '2024-01-12' })
  const c = addToStories(state, { ...patch(3), published: '2024-06-01' })
  assert.equal(b.story, a.story)
  assert.notEqual(c.story, a.story)
  refineStories(state)
  assert.throws(() => addToStories(state, patch(1)), /already added/)
})

test('should take analyzed articles as they are and go by their entities', () => {
  const mk = (input: string, text: string, person: string): Article =>
    newArticle({
      input,
      text,
      title: null,
      entities: [
        {
          id: 'e1',
          name: person,
          type: 'PERSON',
          aliases: [],
          mentions: [
            { start: 0, end: person.length },
            { start: 0, end: person.length },
          ],
        },
      ],
    })
  const text = 'The actress checked into a treatment centre on Friday, a representative confirmed to reporters.'
  const docs: CorpusDoc[] = [mk('a1', text, 'Tara Reid'), mk('a2', `${text} More soon.`, 'Tara Reid')]
  const state = createClusterState()
  const [a1, a2] = docs.map((d) => addToStories(state, d))
  assert.equal(a2!.story, a1!.story)
  assert.deepEqual(state.docs.get('a1')!.features.names, ['Tara Reid'], 'the analysis entities replace capitalized n-grams')
})
