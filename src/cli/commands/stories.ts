/** `newsgraph stories`: the stories in the store, regrouped first with `--rebuild`. */
import { parseArgs } from 'node:util'
import { rebuildStories } from '../../corpus/incremental-stories.js'
import { UsageError } from '../usage-error.js'
import { plural } from '../usage.js'
import { DB, withStore } from './store-access.js'

/** `newsgraph stories`: the stories in the store; `--rebuild` regroups every article first. */
export async function runStoriesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...DB, limit: { type: 'string' }, jsonl: { type: 'boolean' }, rebuild: { type: 'boolean' }, 'batch-size': { type: 'string' } } })
  if (values.help) {
    process.stdout.write(
      'Usage: newsgraph stories [--rebuild [--batch-size N]] [--limit N] [--jsonl] [--db FILE]\n' +
        '  --rebuild     regroup every stored article into stories now, in arrival order; an interrupted\n' +
        '                rebuild goes on where it stopped (also groups what an interrupted ingest owes)\n' +
        '  --batch-size  articles grouped and written per step (default 100)\n',
    )
    return 0
  }
  if (values.rebuild) {
    const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size'])
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new UsageError('--batch-size takes a whole number above 0')
    const started = Date.now()
    const done = await withStore(values.db, (store) => rebuildStories(store, batchSize !== undefined ? { batchSize } : {}))
    const note = done.deferred ? '; another process kept grouping articles meanwhile, so the rest stays owed to it' : ''
    const resumed = done.resumed ? ' (an interrupted rebuild, resumed)' : ''
    process.stderr.write(
      `newsgraph stories: ${plural(done.articles, 'article')} regrouped into ${plural(done.stories, 'story', 'stories')}${resumed} (${((Date.now() - started) / 1000).toFixed(1)} s)${note}\n`,
    )
  }
  const { stories, owed } = await withStore(values.db, async (store) => ({ stories: await store.stories({ limit: Number(values.limit ?? 50) }), owed: await store.storiesOwed() }), true)
  if (owed > 0)
    process.stderr.write(
      `newsgraph stories: ${plural(owed, 'article is', 'articles are')} not grouped into stories yet (an ingest was interrupted or is running); \`newsgraph stories --rebuild\` regroups them\n`,
    )
  for (const s of stories) {
    if (values.jsonl) process.stdout.write(`${JSON.stringify(s)}\n`)
    else process.stdout.write(`${s.id}  ${plural(s.articles, 'article')}, ${plural(s.outlets, 'outlet')}, ${s.independent} independent  ${s.firstSeen ?? ''}  ${s.title}\n`)
  }
  return 0
}
