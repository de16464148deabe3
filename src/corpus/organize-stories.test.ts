import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../pipeline.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { runIngest } from '../ingest/ingest-job.js'
import { organizeStories } from './organize-stories.js'

const EXAMPLES = join(import.meta.dirname, '../../examples')

test('should group the bundled reports into one story with the credited rewrite labelled, and keep ids on a rerun', async () => {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'ng-org-')), 'ex.db'))
  try {
    await runIngest([EXAMPLES], { store, pipeline: createPipeline() })
    const first = await organizeStories(store)
    assert.equal(first.articles, 4)
    const stories = await store.stories()
    assert.equal(stories.length, 1, 'four reports of one event are one story')
    const story = await store.story(stories[0]!.id)
    const relations = story!.members.map((m) => m.relation).sort()
    assert.ok(relations.includes('origin'))
    assert.ok(relations.includes('rewrite'), 'the page that credits another outlet is a rewrite')
    await organizeStories(store)
    assert.deepEqual(
      (await store.stories()).map((s) => s.id),
      stories.map((s) => s.id),
      'ids are stable when nothing changed',
    )
  } finally {
    await store.close()
  }
})
