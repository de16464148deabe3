/**
 * One-shot corpus pass over a batch, as `newsgraph cluster` and the evaluation run it: copies
 * are found first (a copy joins its original's story), the batch is streamed through the story
 * clusterer in a seeded order (a batch without dates has no arrival order of its own), stories
 * get a second look every hundred articles and at the end, then provenance is worked out per story.
 */
import type { CorpusDoc } from './corpus-doc.js'
import { addToDuplicateIndex, createDuplicateIndex, findDuplicate } from './dedup.js'
import { storyProvenance, type ProvenanceEntry, type Relation, type StoryProvenance } from './provenance.js'
import { seededShuffle } from './seeded-shuffle.js'
import { addToStories, createClusterState, primeDocumentFrequency, refineStories, type ClusterOptions } from './one-shot-clusterer.js'
import { storyFeatures } from './story-features.js'
import { summarizeStory, type StorySummary } from './story-summary.js'

/** Options of a one-shot pass. */
export interface StoriesOfBatchOptions {
  /** Seed of the arrival order (default 1). */
  readonly seed?: number
  readonly cluster?: Partial<ClusterOptions>
  /** Run `refineStories` after every so many articles (0: only at the end; default 100). */
  readonly refineEvery?: number
}

/** Articles between two refine passes while streaming a batch (fitted on ECB+ topics 1-17, held on 18-35). */
export const DEFAULT_REFINE_EVERY = 100

/** One input's result, as `newsgraph cluster --jsonl` prints it. */
export interface ClusterRow {
  readonly input: string
  readonly story: string
  readonly relation: Relation
  /** Input of the story's origin. */
  readonly origin: string
  /** Input of the article this one copies or rewrites; null for the origin and independents. */
  readonly copyOf: string | null
}

/** Everything a one-shot pass found. */
export interface BatchStories {
  /** One row per document, in the order given. */
  readonly rows: readonly ClusterRow[]
  readonly stories: readonly StorySummary[]
  readonly provenance: ReadonlyMap<string, StoryProvenance>
  /** Per input, its full provenance entry (evidence and drift). */
  readonly entries: ReadonlyMap<string, ProvenanceEntry>
}

/**
 * Clusters a batch into stories with provenance. Throws when two documents share an input
 * name: results are keyed by it, so that is a caller bug.
 */
export function storiesOfBatch(docs: readonly CorpusDoc[], options: StoriesOfBatchOptions = {}): BatchStories {
  const seen = new Set<string>()
  for (const d of docs) {
    if (seen.has(d.input)) throw new Error(`storiesOfBatch: duplicate input name ${d.input}`)
    seen.add(d.input)
  }
  const features = new Map(docs.map((d) => [d.input, storyFeatures(d)]))
  const state = createClusterState(options.cluster ?? {}, primeDocumentFrequency([...features.values()]))
  const dedup = createDuplicateIndex()
  const order = seededShuffle(docs, options.seed ?? 1)
  const every = options.refineEvery ?? DEFAULT_REFINE_EVERY
  let added = 0
  for (const doc of order) {
    const copy = findDuplicate(dedup, doc)
    addToStories(state, doc, copy?.of, features.get(doc.input))
    addToDuplicateIndex(dedup, doc)
    // As a store would: a second look now and then lets later articles land in corrected stories.
    if (every > 0 && ++added % every === 0) refineStories(state)
  }
  refineStories(state)
  return describeStories(
    docs,
    order,
    (input) => state.docs.get(input)!.story,
    (input) => state.docs.get(input)!.features.names,
  )
}

/**
 * The result of a pass from where each document ended: story ids numbered by first appearance
 * in input order (so output does not depend on internals), provenance worked out per story over
 * its members in arrival order, a summary per story and one row per document.
 */
export function describeStories(docs: readonly CorpusDoc[], order: readonly CorpusDoc[], storyOf: (input: string) => string, namesOf: (input: string) => readonly string[]): BatchStories {
  const ids = new Map<string, string>()
  const names = new Map<string, string>()
  for (const d of docs) {
    const internal = storyOf(d.input)
    if (!names.has(internal)) names.set(internal, `story-${names.size + 1}`)
    ids.set(d.input, names.get(internal)!)
  }
  const members = new Map<string, CorpusDoc[]>()
  for (const d of order) {
    const id = ids.get(d.input)!
    const list = members.get(id)
    if (list) list.push(d)
    else members.set(id, [d])
  }
  const provenance = new Map<string, StoryProvenance>()
  const entries = new Map<string, ProvenanceEntry>()
  const stories: StorySummary[] = []
  for (const [id, list] of members) {
    const p = storyProvenance(list)
    provenance.set(id, p)
    for (const e of p.entries) entries.set(e.input, e)
    const byInput = new Map(list.map((d) => [d.input, d]))
    stories.push(
      summarizeStory(
        id,
        list,
        list.map((d) => namesOf(d.input)),
        byInput.get(p.origin),
      ),
    )
  }
  const rows = docs.map((d): ClusterRow => {
    const story = ids.get(d.input)!
    const e = entries.get(d.input)!
    return { input: d.input, story, relation: e.relation, origin: provenance.get(story)!.origin, copyOf: e.copyOf }
  })
  stories.sort((a, b) => Number(a.id.slice(6)) - Number(b.id.slice(6)))
  return { rows, stories, provenance, entries }
}
