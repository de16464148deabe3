/**
 * Story state held in memory: what `newsgraph cluster --incremental` streams through, and what
 * tests compare the stores with. It answers exactly as a store does (same ordering of posting
 * rows, same rows never removed). It hands out its own story and member objects rather than
 * copies (copying every candidate's centroid per article cost more than clustering it): a batch
 * reads each object once and `commit` then records what the batch did to it, so the stories come
 * out as they would from a database. Its posting index is lent the same way (`sharedPostings`):
 * a batch adds its rows as it goes, and a batch that fails leaves them (rows only ever add).
 */
import { addPosting, listPostings } from './posting-index.js'
import type * as state from '../../model/story-state.js'

/** An in-memory story state. */
export class MemoryStoryState implements state.WritableStoryState {
  readonly #meta: state.StoryMeta = { documents: 0, nextStory: 1, sweptSeq: -1, lastTime: -1 }
  readonly #df = new Map<number, number>()
  readonly #stories = new Map<number, state.StoryNode>()
  readonly #members = new Map<string, state.MemberNode>()
  readonly #byStory = new Map<number, Set<string>>()
  /** When each story last changed, as last committed. */
  readonly #touched = new Map<number, number>()
  /** Story of each member as last committed (the member objects change before the commit). */
  readonly #storyOf = new Map<string, number>()
  /** Key, then bucket, to the story numbers listed there in ascending order. */
  readonly #postings = new Map<number, Map<number, number[]>>()
  readonly redirects: state.StoryRedirect[] = []

  async meta(): Promise<state.StoryMeta> {
    return { ...this.#meta }
  }

  async df(hashes: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>()
    for (const h of hashes) {
      const n = this.#df.get(h)
      if (n !== undefined) out.set(h, n)
    }
    return out
  }

  async postings(requests: readonly state.PostingRequest[], limit: number): Promise<state.PostingRow[][]> {
    return requests.map((r) => listPostings(this.#postings.get(r.key), r, limit))
  }

  sharedPostings(): Map<number, Map<number, number[]>> {
    return this.#postings
  }

  async stories(nums: readonly number[]): Promise<state.StoryNode[]> {
    const out: state.StoryNode[] = []
    for (const n of nums) {
      const s = this.#stories.get(n)
      if (s) out.push(s)
    }
    return out
  }

  async members(story: number): Promise<state.MemberNode[]> {
    const out: state.MemberNode[] = []
    for (const id of this.#byStory.get(story) ?? []) out.push(this.#members.get(id)!)
    return out
  }

  async recentMembers(story: number, limit: number): Promise<state.MemberNode[]> {
    const all = await this.members(story)
    return all.length <= limit ? all : all.sort((a, b) => b.seq - a.seq).slice(0, limit)
  }

  async memberIds(stories: readonly number[]): Promise<state.MemberRef[]> {
    const out: state.MemberRef[] = []
    for (const story of stories) for (const id of this.#byStory.get(story) ?? []) out.push({ id, seq: this.#members.get(id)!.seq, story })
    return out
  }

  async clustered(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.#storyOf.has(id)))
  }

  async touchedSince(seq: number): Promise<number[]> {
    // A loop, not entries spread into pairs: a sweep asks this of every story there is.
    const out: number[] = []
    for (const [num, t] of this.#touched) if (t > seq) out.push(num)
    return out
  }

  async commit(changes: state.StoryStateChanges): Promise<void> {
    Object.assign(this.#meta, changes.meta)
    for (const { num } of changes.removedStories) this.#touched.delete(num)
    for (const s of changes.stories) this.#touched.set(s.num, s.touched)
    for (const [h, n] of changes.df) this.#df.set(h, (this.#df.get(h) ?? 0) + n)
    for (const { num } of changes.removedStories) this.#stories.delete(num)
    for (const s of changes.stories) this.#stories.set(s.num, s)
    for (const m of changes.members) {
      const old = this.#storyOf.get(m.id)
      if (old !== undefined) this.#byStory.get(old)?.delete(m.id)
      this.#storyOf.set(m.id, m.story)
      this.#members.set(m.id, m)
      let set = this.#byStory.get(m.story)
      if (!set) this.#byStory.set(m.story, (set = new Set()))
      set.add(m.id)
    }
    for (const p of changes.postings) addPosting(this.#postings, p)
    this.redirects.push(...changes.redirects)
  }

  /** Story number of every member (for reading results out). */
  assignments(): Map<string, number> {
    return new Map(this.#storyOf)
  }

  /** Public id of a story number. */
  storyId(num: number): string | undefined {
    return this.#stories.get(num)?.id
  }
}
