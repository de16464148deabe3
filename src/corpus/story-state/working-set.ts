/**
 * What one batch of the incremental clusterer sees of the story state: the rows it read from the
 * backend, overlaid with the changes it made so far. Everything is read on first need (most of it
 * up front, for the whole batch) and every read gives what a direct read of the backend would
 * give had the earlier articles of the batch been written already, so the stories do not depend
 * on where batches begin and end.
 */
import { addPosting, listPostingStories } from './posting-index.js'
import { ownStory, type OwnedStory } from './centroid.js'
import { StoryCounters } from './story-counters.js'
import type { MemberNode, PostingRequest, PostingRow, StoryMeta, StoryNode, StoryRedirect, StoryStateBackend, StoryStateChanges } from '../../model/story-state.js'

/** The working set of one batch. */
export class WorkingSet {
  readonly backend: StoryStateBackend
  /** Posting rows read per key lookup, at most. */
  readonly postingLimit: number
  meta!: StoryMeta
  /** Arrival order of the article being added: what `touch` stamps on a story. */
  seq = -1
  readonly #df = new Map<number, number>()
  readonly #dfDelta = new Map<number, number>()
  /** Stories read or made, with owned centroids; null when the backend has no such story (any more). */
  readonly #stories = new Map<number, OwnedStory | null>()
  readonly #dirtyStories = new Set<number>()
  /** Stories removed, number to public id. */
  readonly #removedStories = new Map<number, string>()
  readonly #members = new Map<string, MemberNode>()
  readonly #dirtyMembers = new Set<string>()
  readonly #byStory = new Map<number, Set<string>>()
  readonly #membersLoaded = new Set<number>()
  /** Stories of which only the latest members were read: how many were asked for, and the ids the backend gave. */
  readonly #recentRead = new Map<number, { limit: number; ids: string[] }>()
  /** Known posting rows (read or added) by key and bucket, and which (key, lo, hi) lookups were read. */
  readonly #postings: Map<number, Map<number, number[]>>
  /** Whether the posting rows are the backend's own index (every row known, nothing to read). */
  readonly sharesPostings: boolean
  readonly #postingsRead = new Map<number, Set<number>>()
  readonly #newPostings: PostingRow[] = []
  readonly #redirects: StoryRedirect[] = []
  readonly #counters: StoryCounters

  /** `counters`: the clusterer's own, reused across its batches (a fresh set by default). */
  constructor(backend: StoryStateBackend, postingLimit: number, counters = new StoryCounters()) {
    this.backend = backend
    this.postingLimit = postingLimit
    this.#counters = counters
    // A state in memory lends its index: a batch of one article (`cluster --incremental`)
    // would otherwise copy hundreds of rows per lookup of every article a second look moves.
    const shared = backend.sharedPostings?.()
    this.#postings = shared ?? new Map<number, Map<number, number[]>>()
    this.sharesPostings = shared !== undefined
  }

  /**
   * A zeroed counter per story number so far, for a caller that counts stories and sets every
   * counter it raised back to zero before it awaits, returns or throws (see `StoryCounters`).
   */
  storyCounters(): Uint32Array {
    return this.#counters.zeroed(this.meta.nextStory)
  }

  /** Reads the counters; call once before anything else. */
  async open(): Promise<void> {
    this.meta = await this.backend.meta()
  }

  // ---- document frequencies

  /** Reads the document frequencies of these features (once each). */
  async loadDf(hashes: Iterable<number>): Promise<void> {
    const missing = [...new Set(hashes)].filter((h) => !this.#df.has(h))
    if (missing.length === 0) return
    const found = await this.backend.df(missing)
    for (const h of missing) this.#df.set(h, found.get(h) ?? 0)
  }

  /** Document frequency of a feature (read by `loadDf` first). */
  df(hash: number): number {
    const n = this.#df.get(hash)
    if (n === undefined) throw new Error(`working set: document frequency of ${hash} was not read`)
    return n
  }

  /** Counts one article's distinct features. */
  learn(hashes: Iterable<number>): void {
    this.meta.documents++
    for (const h of hashes) {
      this.#df.set(h, this.df(h) + 1)
      this.#dfDelta.set(h, (this.#dfDelta.get(h) ?? 0) + 1)
    }
  }

  // ---- posting lists

  /**
   * Reads the posting lookups not read yet. The stories they name are not read: a caller ranks
   * them from the rows and reads only those it compares with (`loadStories`).
   */
  async loadPostings(requests: readonly PostingRequest[]): Promise<void> {
    if (this.sharesPostings) return
    const todo: PostingRequest[] = []
    for (const r of requests) {
      if (this.#wasRead(r)) continue
      // Marked now so a repeat in the same call is skipped; the rows are added below, before any use.
      this.#markRead(r)
      todo.push(r)
    }
    if (todo.length === 0) return
    const lists = await this.backend.postings(todo, this.postingLimit)
    for (const list of lists) for (const row of list) this.#addPostingRow(row)
  }

  #addPostingRow(row: PostingRow): boolean {
    return addPosting(this.#postings, row)
  }

  /** Adds a posting row (kept when it is new). */
  addPosting(row: PostingRow): void {
    if (this.#addPostingRow(row)) this.#newPostings.push(row)
  }

  /**
   * Stories listed under a key in [lo, hi]: the first `postingLimit` rows in the backend's order
   * (bucket descending, story ascending). The rows read plus the rows added since are a superset
   * of what the backend would list now, since rows are only ever added.
   */
  postingStories(r: PostingRequest, into: number[] = []): number[] {
    if (!this.#wasRead(r)) throw new Error(`working set: postings of ${r.key} in ${r.lo}..${r.hi} were not read`)
    return listPostingStories(this.#postings.get(r.key), r, this.postingLimit, into)
  }

  // Lookups read, by key, then the bucket range as one exact number: its start, and its width below 2^21.
  #wasRead(r: PostingRequest): boolean {
    return this.sharesPostings || this.#postingsRead.get(r.key)?.has(r.lo * 2 ** 21 + (r.hi - r.lo)) === true
  }

  #markRead(r: PostingRequest): void {
    let ranges = this.#postingsRead.get(r.key)
    if (!ranges) this.#postingsRead.set(r.key, (ranges = new Set()))
    ranges.add(r.lo * 2 ** 21 + (r.hi - r.lo))
  }

  // ---- stories

  /** Reads the stories not known yet. */
  async loadStories(nums: Iterable<number>): Promise<void> {
    const missing = [...new Set(nums)].filter((n) => !this.#stories.has(n))
    if (missing.length === 0) return
    const found = await this.backend.stories(missing)
    for (const n of missing) this.#stories.set(n, null)
    for (const s of found) this.#stories.set(s.num, ownStory(s))
  }

  /** Whether story `num` was read or made (live or not). */
  knowsStory(num: number): boolean {
    return this.#stories.has(num)
  }

  /** A live story (read by `loadStories` first); undefined when it no longer exists. */
  story(num: number): OwnedStory | undefined {
    const s = this.#stories.get(num)
    if (s === undefined) throw new Error(`working set: story ${num} was not read`)
    return s ?? undefined
  }

  /** A new story, numbered from the counters. */
  newStory(make: (num: number) => OwnedStory): OwnedStory {
    const story = make(this.meta.nextStory++)
    this.#stories.set(story.num, story)
    this.#membersLoaded.add(story.num)
    this.touch(story)
    return story
  }

  /** Marks a story changed by the article being added. */
  touch(story: StoryNode): void {
    story.touched = this.seq
    story.stamp = {}
    this.#dirtyStories.add(story.num)
  }

  /** Live stories changed after arrival `seq` (here or in the backend), by number. */
  async touchedSince(seq: number): Promise<OwnedStory[]> {
    const nums = new Set(await this.backend.touchedSince(seq))
    for (const n of this.#dirtyStories) nums.add(n)
    await this.loadStories(nums)
    const out: OwnedStory[] = []
    for (const n of [...nums].sort((a, b) => a - b)) {
      const s = this.story(n)
      if (s && s.touched > seq) out.push(s)
    }
    return out
  }

  /** Drops a story (its members moved elsewhere). */
  removeStory(num: number): void {
    const id = this.#stories.get(num)?.id
    if (id === undefined) throw new Error(`working set: story ${num} is not live`)
    this.#stories.set(num, null)
    this.#dirtyStories.delete(num)
    this.#removedStories.set(num, id)
  }

  /** Records a merge or split under public ids. */
  redirect(r: StoryRedirect): void {
    this.#redirects.push(r)
  }

  // ---- members

  /** Reads every member of a story (once). */
  async loadMembers(story: number): Promise<void> {
    if (this.#membersLoaded.has(story)) return
    this.#membersLoaded.add(story)
    this.#recentRead.delete(story)
    this.#addRead(await this.backend.members(story))
  }

  /**
   * Reads at least the latest `n` members of a story (all of them when it has no more): enough
   * that `recentMembersOf(story, n)` gives what `membersOf(story).slice(-n)` would, without
   * reading a large story whole. Members the backend lists that this batch moved elsewhere do
   * not count, so it reads further back when needed.
   */
  async loadRecentMembers(story: number, n: number): Promise<void> {
    if (this.#membersLoaded.has(story)) return
    const known = this.#recentRead.get(story)
    let limit = n
    if (known) {
      const moved = known.ids.filter((id) => this.#members.get(id)!.story !== story).length
      if (known.ids.length - moved >= n) return
      limit = Math.max(n + moved, 2 * known.limit)
    }
    const rows = await this.backend.recentMembers(story, limit)
    if (rows.length < limit) {
      // The backend has no more: every member is known now.
      this.#membersLoaded.add(story)
      this.#recentRead.delete(story)
    } else this.#recentRead.set(story, { limit, ids: rows.map((m) => m.id) })
    this.#addRead(rows)
  }

  #addRead(rows: readonly MemberNode[]): void {
    for (const m of rows) {
      // A member changed in this batch is known better here than in the backend.
      if (this.#members.has(m.id)) continue
      this.#members.set(m.id, m)
      this.#index(m)
    }
  }

  /** Members of a story (read by `loadMembers` first), in arrival order. */
  membersOf(story: number): MemberNode[] {
    if (!this.#membersLoaded.has(story)) throw new Error(`working set: members of story ${story} were not read`)
    return this.#known(story)
  }

  /** The latest `n` members of a story (read by `loadRecentMembers` or `loadMembers` first), in arrival order. */
  recentMembersOf(story: number, n: number): MemberNode[] {
    if (!this.#membersLoaded.has(story) && !this.#recentRead.has(story)) throw new Error(`working set: members of story ${story} were not read`)
    const all = this.#known(story)
    return all.length > n ? all.slice(-n) : all
  }

  /** Whether every member of a story is known here. */
  allMembersRead(story: number): boolean {
    return this.#membersLoaded.has(story)
  }

  #known(story: number): MemberNode[] {
    return [...(this.#byStory.get(story) ?? [])].map((id) => this.#members.get(id)!).sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1))
  }

  /** Adds a new member or records that one moved. */
  putMember(m: MemberNode, previousStory?: number): void {
    if (previousStory !== undefined) this.#byStory.get(previousStory)?.delete(m.id)
    this.#members.set(m.id, m)
    this.#index(m)
    this.#dirtyMembers.add(m.id)
  }

  /** Whether this article is a member already (in this batch or, for loaded stories, before). */
  hasMember(id: string): boolean {
    return this.#members.has(id)
  }

  #index(m: MemberNode): void {
    let set = this.#byStory.get(m.story)
    if (!set) this.#byStory.set(m.story, (set = new Set()))
    set.add(m.id)
  }

  // ---- result

  /** Everything this batch changed. */
  changes(): StoryStateChanges {
    const stories: StoryNode[] = []
    for (const n of this.#dirtyStories) {
      const s = this.#stories.get(n)
      if (s) stories.push(s)
    }
    return {
      meta: { ...this.meta },
      df: new Map(this.#dfDelta),
      stories,
      removedStories: [...this.#removedStories].map(([num, id]) => ({ num, id })),
      members: [...this.#dirtyMembers].map((id) => this.#members.get(id)!),
      postings: [...this.#newPostings],
      redirects: [...this.#redirects],
    }
  }
}
