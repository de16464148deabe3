/**
 * The incremental clusterer's story state in the SQLite file (tables of migration 7): story
 * centroids, clustered articles' hashed features, posting lists by blocking key and day bucket,
 * document frequencies and the merge/split record. Reads are indexed lookups whose cost depends
 * on the stories around a batch, never on the number of stored articles.
 */
import type Database from 'better-sqlite3'
import { encodePacked } from '../../model/packed-features.js'
import { encodeCentroids } from '../../model/story-state.js'
import type * as state from '../../model/story-state.js'
import { memberFromRow, storyNodeFromRow, type StoryArticleRow, type StoryNodeRow } from '../story-state-rows.js'

/** The story state of one SQLite database (the caller owns the connection). */
export class SqliteStoryState implements state.WritableStoryState {
  readonly #db: Database.Database
  readonly #s: Record<string, Database.Statement>

  constructor(db: Database.Database) {
    this.#db = db
    this.#s = {
      meta: db.prepare('SELECT documents, next_story, swept_seq, last_time FROM story_meta WHERE id = 1'),
      df: db.prepare('SELECT n FROM story_df WHERE feature = ?'),
      postings: db.prepare('SELECT bucket, story FROM story_postings WHERE key = ? AND bucket BETWEEN ? AND ? ORDER BY bucket DESC, story ASC LIMIT ?'),
      node: db.prepare('SELECT * FROM story_nodes WHERE num = ?'),
      members: db.prepare('SELECT * FROM story_articles WHERE story = ?'),
      memberIds: db.prepare('SELECT article_id, seq FROM story_articles WHERE story = ?'),
      touched: db.prepare('SELECT num FROM story_nodes WHERE touched > ?'),
      setMeta: db.prepare('UPDATE story_meta SET documents = ?, next_story = ?, swept_seq = ?, last_time = ? WHERE id = 1'),
      addDf: db.prepare('INSERT INTO story_df (feature, n) VALUES (?, ?) ON CONFLICT(feature) DO UPDATE SET n = n + excluded.n'),
      delNode: db.prepare('DELETE FROM story_nodes WHERE num = ?'),
      putNode: db.prepare('INSERT OR REPLACE INTO story_nodes (num, id, size, first, last, refine_at, touched, looked, centroids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      putArticle: db.prepare('INSERT OR REPLACE INTO story_articles (article_id, seq, time, story, features) VALUES (?, ?, ?, ?, ?)'),
      putPosting: db.prepare('INSERT OR IGNORE INTO story_postings (key, bucket, story) VALUES (?, ?, ?)'),
      putRedirect: db.prepare('INSERT INTO story_redirects (from_id, to_id, kind, seq) VALUES (?, ?, ?, ?)'),
      known: db.prepare('SELECT story FROM story_articles WHERE article_id = ?'),
    }
  }

  async meta(): Promise<state.StoryMeta> {
    const r = this.#s['meta']!.get() as { documents: number; next_story: number; swept_seq: number; last_time: number }
    return { documents: r.documents, nextStory: r.next_story, sweptSeq: r.swept_seq, lastTime: r.last_time }
  }

  async df(hashes: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>()
    for (const h of hashes) {
      const r = this.#s['df']!.get(h) as { n: number } | undefined
      if (r) out.set(h, r.n)
    }
    return out
  }

  async postings(requests: readonly state.PostingRequest[], limit: number): Promise<state.PostingRow[][]> {
    return requests.map((r) => (this.#s['postings']!.all(r.key, r.lo, r.hi, limit) as Array<{ bucket: number; story: number }>).map((row) => ({ key: r.key, bucket: row.bucket, story: row.story })))
  }

  async stories(nums: readonly number[]): Promise<state.StoryNode[]> {
    const out: state.StoryNode[] = []
    for (const n of nums) {
      const r = this.#s['node']!.get(n) as StoryNodeRow | undefined
      if (r) out.push(storyNodeFromRow(r))
    }
    return out
  }

  async members(story: number): Promise<state.MemberNode[]> {
    return (this.#s['members']!.all(story) as StoryArticleRow[]).map(memberFromRow)
  }

  async memberIds(stories: readonly number[]): Promise<state.MemberRef[]> {
    const out: state.MemberRef[] = []
    for (const story of stories) for (const r of this.#s['memberIds']!.all(story) as Array<{ article_id: string; seq: number }>) out.push({ id: r.article_id, seq: r.seq, story })
    return out
  }

  async touchedSince(seq: number): Promise<number[]> {
    return (this.#s['touched']!.all(seq) as Array<{ num: number }>).map((r) => r.num)
  }

  async clustered(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.#s['known']!.get(id) !== undefined))
  }

  async commit(changes: state.StoryStateChanges): Promise<void> {
    this.#db.transaction(() => this.write(changes))()
  }

  /** Writes the changes inside the caller's transaction. */
  write(changes: state.StoryStateChanges): void {
    const s = this.#s
    s['setMeta']!.run(changes.meta.documents, changes.meta.nextStory, changes.meta.sweptSeq, changes.meta.lastTime)
    for (const [h, n] of changes.df) s['addDf']!.run(h, n)
    for (const { num } of changes.removedStories) s['delNode']!.run(num)
    for (const n of changes.stories) s['putNode']!.run(n.num, n.id, n.size, n.first, n.last, n.refineAt, n.touched, n.looked, encodeCentroids(n.centroids))
    for (const m of changes.members) s['putArticle']!.run(m.id, m.seq, m.time, m.story, encodePacked(m.features))
    for (const p of changes.postings) s['putPosting']!.run(p.key, p.bucket, p.story)
    for (const r of changes.redirects) s['putRedirect']!.run(r.from, r.to, r.kind, r.seq)
  }
}
