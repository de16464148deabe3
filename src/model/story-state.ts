/**
 * The persisted state of incremental story clustering, and what a store implements to keep it.
 * Stories carry their centroids (one sum of unit member vectors per feature group, capped to
 * their heaviest features) and time span; members carry their hashed, weighted features; a
 * posting list per blocking key and time bucket finds the stories an arriving article could join;
 * document frequencies give IDF weights. The clusterer reads only what one batch needs from a
 * backend and hands back the changes to write in one transaction, so the cost of a batch depends
 * on the stories around it, not on how many articles the store holds.
 */
import { GROUPS, type FeatureGroup, type FlatGroupVectors, type HashedGroupVectors, type PackedFeatures } from './packed-features.js'

/**
 * A story's centroid in one feature group, as stored. The clusterer changes a centroid only
 * through its own class (corpus/story-state/centroid.ts), which keeps its lookup table in step.
 */
export interface CentroidRecord {
  /** Sum of the members' unit vectors (capped to the heaviest features). */
  readonly sum: ReadonlyMap<number, number>
  readonly normSq: number
  /** Members that have this group. */
  readonly members: number
}

/** One story of the state. */
export interface StoryNode {
  /** Internal number: compact, used in posting lists. */
  readonly num: number
  /** Public id (`s-` and 12 hex digits), kept while the story grows. */
  readonly id: string
  size: number
  /** Earliest and latest member time, epoch milliseconds. */
  first: number
  last: number
  /** Size at which the story gets its next second look (`refineStories` on this story). */
  refineAt: number
  /** Arrival order of the article whose addition last changed it. */
  touched: number
  /** Arrival order at its last second look (-1: none yet); members after it are new to it. */
  looked: number
  readonly centroids: Record<FeatureGroup, CentroidRecord>
  /**
   * Replaced by a new object whenever the story changes (never stored): a similarity computed
   * against the story while its stamp is the same object is still exact.
   */
  stamp?: object
}

/** One clustered article. */
export interface MemberNode {
  /** Article id (or the input name on the command line). */
  readonly id: string
  /** Arrival order. */
  readonly seq: number
  /** Epoch milliseconds: its date, or a time derived from its arrival when it has none. */
  readonly time: number
  story: number
  readonly features: PackedFeatures
  /** Cached unit group vectors (derived from `features`, never stored). */
  vectors?: HashedGroupVectors
  /** Cached flat form of `vectors`, for dot products (never stored). */
  flat?: FlatGroupVectors
  /** Cached blocking keys (derived from `features`, never stored). */
  keys?: number[]
  /** Similarities to stories computed in earlier second looks, by story number, with the story's stamp then (never stored). */
  scores?: Map<number, { stamp: object; score: number }>
}

/** A member without its features: what a story's record is made from. */
export interface MemberRef {
  readonly id: string
  readonly seq: number
  readonly story: number
}

/** Story `story` has a member with blocking key `key` in time bucket `bucket`. */
export interface PostingRow {
  readonly key: number
  readonly bucket: number
  readonly story: number
}

/** A posting lookup: rows of one key with buckets in [lo, hi]. */
export interface PostingRequest {
  readonly key: number
  readonly lo: number
  readonly hi: number
}

/** Counters of the state. */
export interface StoryMeta {
  /** Articles counted into document frequencies. */
  documents: number
  /** Next internal story number. */
  nextStory: number
  /** Arrival order of the article after which the last sweep ran (-1: none yet). */
  sweptSeq: number
  /** Latest article date seen, epoch milliseconds (-1: none yet): the time of an undated article. */
  lastTime: number
}

/** A story id that stopped existing (merged away) or gave part of itself away (split). */
export interface StoryRedirect {
  readonly from: string
  readonly to: string
  readonly kind: 'merge' | 'split'
  /** Arrival order of the article whose addition caused it. */
  readonly seq: number
}

/** Everything one batch changed, to be written in one transaction. */
export interface StoryStateChanges {
  readonly meta: StoryMeta
  /** Document-frequency increments by feature hash. */
  readonly df: ReadonlyMap<number, number>
  /** Stories created or changed (whole rows). */
  readonly stories: readonly StoryNode[]
  /** Stories that no longer exist: internal numbers and public ids. */
  readonly removedStories: ReadonlyArray<{ readonly num: number; readonly id: string }>
  /** Members added or moved (whole rows). */
  readonly members: readonly MemberNode[]
  /** Posting rows to add (rows already there are kept; rows are never removed). */
  readonly postings: readonly PostingRow[]
  readonly redirects: readonly StoryRedirect[]
}

/** Where the state lives: an in-memory map, a SQLite file or a PostgreSQL database. */
export interface StoryStateBackend {
  meta(): Promise<StoryMeta>
  /** Document frequencies of the given feature hashes (absent ones are 0). */
  df(hashes: readonly number[]): Promise<Map<number, number>>
  /**
   * For each request, the first `limit` rows of its key with bucket in [lo, hi], in the order
   * bucket descending, then story ascending. Rows of stories that no longer exist may be listed.
   */
  postings(requests: readonly PostingRequest[], limit: number): Promise<PostingRow[][]>
  /**
   * Only a state held in memory: its posting rows by key, then bucket, then story number in
   * ascending order, lent to a batch to read in place and add its rows to as it goes (rows are
   * only ever added, so the batch sees what it would read row by row, without copying them).
   */
  sharedPostings?(): Map<number, Map<number, number[]>>
  /** The stories that exist among the given numbers. */
  stories(nums: readonly number[]): Promise<StoryNode[]>
  /** All members of a story. */
  members(story: number): Promise<MemberNode[]>
  /** The latest `limit` members of a story by arrival order (`seq`), in any order. */
  recentMembers(story: number, limit: number): Promise<MemberNode[]>
  /** Ids and arrival order of the members of these stories (no features). */
  memberIds(stories: readonly number[]): Promise<MemberRef[]>
  /** Numbers of the stories changed after arrival `seq`. */
  touchedSince(seq: number): Promise<number[]>
  /** Those of the given articles that are clustered already. */
  clustered(ids: readonly string[]): Promise<Set<string>>
}

/** A backend that also writes changes (the in-memory one; stores write them with their story records). */
export interface WritableStoryState extends StoryStateBackend {
  commit(changes: StoryStateChanges): Promise<void>
}

/** Bytes of a story's centroids: per group, members, squared norm, count, hashes and values. */
export function encodeCentroids(centroids: Record<FeatureGroup, CentroidRecord>): Buffer {
  let size = 0
  for (const g of GROUPS) size += 16 + centroids[g].sum.size * 12
  const buf = Buffer.alloc(size)
  let o = 0
  for (const g of GROUPS) {
    const c = centroids[g]
    buf.writeUInt32LE(c.members, o)
    buf.writeDoubleLE(c.normSq, o + 4)
    buf.writeUInt32LE(c.sum.size, o + 12)
    o += 16
    // Sums are exact float64: a story read back compares exactly as the one kept in memory.
    for (const key of c.sum.keys()) {
      buf.writeUInt32LE(key, o)
      o += 4
    }
    for (const value of c.sum.values()) {
      buf.writeDoubleLE(value, o)
      o += 8
    }
  }
  return buf
}

/** Reads `encodeCentroids` bytes back. */
export function decodeCentroids(bytes: Uint8Array): Record<FeatureGroup, CentroidRecord> {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out = {} as Record<FeatureGroup, CentroidRecord>
  let o = 0
  for (const g of GROUPS) {
    const members = buf.readUInt32LE(o)
    const normSq = buf.readDoubleLE(o + 4)
    const n = buf.readUInt32LE(o + 12)
    o += 16
    const keys = new Array<number>(n)
    for (let i = 0; i < n; i++, o += 4) keys[i] = buf.readUInt32LE(o)
    const sum = new Map<number, number>()
    for (let i = 0; i < n; i++, o += 8) sum.set(keys[i]!, buf.readDoubleLE(o))
    out[g] = { sum, normSq, members }
  }
  return out
}
