/**
 * Incremental pass over a stream of documents, as `newsgraph cluster --incremental` runs it: the
 * documents are added in the order given (their arrival order), a few at a time, to a story state
 * held in memory through exactly the code a store runs per batch (`IncrementalClusterer`). Provenance and
 * summaries are then worked out per story as the one-shot pass does.
 */
import type { CorpusDoc } from './corpus-doc.js'
import { describeStories, type BatchStories } from './stories-of-batch.js'
import { docTime } from './one-shot-clusterer.js'
import { storyFeatures, type StoryFeatures } from './story-features.js'
import { IncrementalClusterer, type IncrementalOptions, type StoryInput } from './story-state/incremental-clusterer.js'
import { MemoryStoryState } from './story-state/memory-story-state.js'

/** Options of an incremental pass. */
export interface ArrivalOrderOptions {
  readonly cluster?: Partial<IncrementalOptions>
  /** Documents per step (default 1: one at a time, as lines arrive). */
  readonly batchSize?: number
  /** Undated documents per day of the arrival clock (default 10,000; see `arrivalTime`). */
  readonly undatedPerDay?: number
}

/** Clusters documents incrementally, in the order given. Throws when two share an input name. */
export async function storiesInArrivalOrder(docs: readonly CorpusDoc[], options: ArrivalOrderOptions = {}): Promise<BatchStories> {
  const seen = new Set<string>()
  for (const d of docs) {
    if (seen.has(d.input)) throw new Error(`storiesInArrivalOrder: duplicate input name ${d.input}`)
    seen.add(d.input)
  }
  const state = new MemoryStoryState()
  const features = new Map<string, StoryFeatures>()
  const size = Math.max(1, options.batchSize ?? 1)
  // One clusterer for the whole stream: its scratch memory is made once, not per document.
  const clusterer = new IncrementalClusterer({ ...(options.undatedPerDay !== undefined ? { undatedPerDay: options.undatedPerDay } : {}), ...options.cluster })
  for (let start = 0; start < docs.length; start += size) {
    const inputs: StoryInput[] = docs.slice(start, start + size).map((d) => {
      const f = storyFeatures(d)
      features.set(d.input, f)
      return { id: d.input, time: docTime(d), features: f }
    })
    const { changes } = await clusterer.clusterBatch(state, inputs)
    await state.commit(changes)
  }
  const storyOf = state.assignments()
  return describeStories(
    docs,
    docs,
    (input) => String(storyOf.get(input)),
    (input) => features.get(input)?.names ?? [],
  )
}
