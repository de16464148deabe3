/**
 * Writes the story state of a synthetic stream straight into a SQLite file, in bulk transactions,
 * without running the clusterer: every article joins its true story (as if clustered perfectly).
 * The rows are the ones the incremental clusterer writes (same feature packing and IDF at arrival,
 * same centroids, blocking keys, day buckets, story ids and second-look schedule), so a batch
 * clustered onto such a store costs what it costs on a store the pipeline built. Building 100k
 * articles through the clusterer took about an hour on this machine; this is what makes 1M
 * buildable. Same stream, same file contents.
 */
import type Database from 'better-sqlite3'
import { storyFeatures } from '../src/corpus/story-features.js'
import { addToStory, blockingKeys, bucketOf, idf, storyIdOf, type IncrementalOptions } from '../src/corpus/story-state/incremental-clusterer.js'
import { groupVectorsOf, hashedCounts, packFeatures } from '../src/corpus/story-state/packed-features.js'
import { newCentroids, ownStory, type OwnedStory } from '../src/corpus/story-state/centroid.js'
import type { MemberNode, PostingRow } from '../src/model/story-state.js'
import { SqliteStoryState } from '../src/store/sqlite/sqlite-story-state.js'
import type { StoryStream } from './story-stream.js'

const DAY_MS = 86_400_000

/** Articles written per transaction; stories idle this long past the window are written out and dropped from memory. */
const CHUNK = 5000

/**
 * Fills an empty story state (schema applied) with the first `n` articles of `stream`;
 * `progress` hears the count every 50,000 articles.
 */
export async function bulkStoryStore(db: Database.Database, stream: StoryStream, n: number, o: IncrementalOptions, progress: (done: number) => void = () => {}): Promise<void> {
  const state = new SqliteStoryState(db)
  const df = new Map<number, number>()
  const numOf = new Map<number, number>()
  /** Stories in memory (recently active), by number. */
  const live = new Map<number, OwnedStory>()
  const dirty = new Set<number>()
  let nextStory = 1
  let lastTime = -1
  let documents = 0
  let members: MemberNode[] = []
  let postings: PostingRow[] = []
  const flush = async (seq: number, time: number, final: boolean): Promise<void> => {
    const stories: OwnedStory[] = []
    for (const num of dirty) stories.push(live.get(num)!)
    const dfRows = final ? df : new Map<number, number>()
    db.transaction(() =>
      state.write({
        meta: { documents, nextStory, sweptSeq: seq, lastTime },
        df: dfRows,
        stories,
        removedStories: [],
        members,
        postings,
        redirects: [],
      }),
    )()
    dirty.clear()
    members = []
    postings = []
    // A story untouched for twice the window is out of reach of what follows (its tail, if any, reads it back).
    for (const [num, s] of live) if (s.last < time - 2 * o.windowDays * DAY_MS) live.delete(num)
  }
  for (let seq = 0; seq < n; seq++) {
    const a = stream.article(seq)
    const counts = hashedCounts(storyFeatures(a))
    documents++
    for (const h of counts.keys()) df.set(h, (df.get(h) ?? 0) + 1)
    const features = packFeatures(counts, (h) => idf(documents, df.get(h)!), o.weights)
    const vectors = groupVectorsOf(features)
    let num = numOf.get(a.story)
    let story: OwnedStory | undefined
    if (num === undefined) {
      numOf.set(a.story, (num = nextStory++))
      story = { num, id: storyIdOf(a.input, num), size: 0, first: a.time, last: a.time, refineAt: o.refineFirst, touched: seq, looked: -1, centroids: newCentroids() }
      live.set(num, story)
    } else {
      story = live.get(num) ?? ownStory((await state.stories([num]))[0]!)
      live.set(num, story)
    }
    addToStory(story, vectors, a.time, o.maxCentroidFeatures)
    story.touched = seq
    // Second looks fall where the clusterer's would: each time the story reaches `refineAt`.
    if (story.size >= story.refineAt) {
      story.looked = seq
      story.refineAt = Math.max(story.size + 1, Math.ceil(story.size * o.refineGrowth))
    }
    dirty.add(num)
    lastTime = Math.max(lastTime, a.time)
    members.push({ id: a.input, seq, time: a.time, story: num, features })
    const bucket = bucketOf(a.time, o)
    for (const key of blockingKeys(vectors, o.keysPerGroup)) postings.push({ key, bucket, story: num })
    if ((seq + 1) % CHUNK === 0 || seq + 1 === n) await flush(seq, a.time, seq + 1 === n)
    if ((seq + 1) % 50_000 === 0) progress(seq + 1)
  }
}
