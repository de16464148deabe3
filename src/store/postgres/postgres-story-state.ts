/**
 * The incremental clusterer's story state in PostgreSQL: the same tables and answers as the SQLite
 * state (`sqlite-story-state.ts`), with every read of a batch done in one round trip (posting
 * lookups for all keys at once through a lateral join) so a batch costs a handful of queries.
 */
import type pg from 'pg'
import { encodePacked } from '../../model/packed-features.js'
import { encodeCentroids } from '../../model/story-state.js'
import type * as state from '../../model/story-state.js'
import { unnestColumns } from './unnest-columns.js'
import { memberFromRow, storyNodeFromRow, type StoryArticleRow, type StoryNodeRow } from '../story-state-rows.js'

/** A pool or one of its clients (a transaction). */
type Queryable = Pick<pg.Pool, 'query'>

/** The story state of one PostgreSQL schema. */
export class PostgresStoryState implements state.WritableStoryState {
  readonly #db: Queryable

  constructor(db: Queryable) {
    this.#db = db
  }

  async meta(): Promise<state.StoryMeta> {
    const r = (await this.#db.query<{ documents: string; next_story: string; swept_seq: string; last_time: string }>('SELECT documents, next_story, swept_seq, last_time FROM story_meta WHERE id = 1'))
      .rows[0]!
    return { documents: Number(r.documents), nextStory: Number(r.next_story), sweptSeq: Number(r.swept_seq), lastTime: Number(r.last_time) }
  }

  async df(hashes: readonly number[]): Promise<Map<number, number>> {
    const rows = (await this.#db.query<{ feature: string; n: string }>('SELECT feature, n FROM story_df WHERE feature = ANY($1::bigint[])', [hashes])).rows
    return new Map(rows.map((r) => [Number(r.feature), Number(r.n)]))
  }

  async postings(requests: readonly state.PostingRequest[], limit: number): Promise<state.PostingRow[][]> {
    const out: state.PostingRow[][] = requests.map(() => [])
    if (requests.length === 0) return out
    const rows = (
      await this.#db.query<{ i: string; bucket: number; story: string }>(
        `SELECT r.i, p.bucket, p.story FROM unnest($1::bigint[], $2::int[], $3::int[]) WITH ORDINALITY AS r(key, lo, hi, i)
         CROSS JOIN LATERAL (SELECT bucket, story FROM story_postings WHERE key = r.key AND bucket BETWEEN r.lo AND r.hi ORDER BY bucket DESC, story ASC LIMIT $4) p
         ORDER BY r.i, p.bucket DESC, p.story ASC`,
        [requests.map((r) => r.key), requests.map((r) => r.lo), requests.map((r) => r.hi), limit],
      )
    ).rows
    for (const row of rows) {
      const i = Number(row.i) - 1
      out[i]!.push({ key: requests[i]!.key, bucket: row.bucket, story: Number(row.story) })
    }
    return out
  }

  async stories(nums: readonly number[]): Promise<state.StoryNode[]> {
    if (nums.length === 0) return []
    return (await this.#db.query<StoryNodeRow>('SELECT * FROM story_nodes WHERE num = ANY($1::bigint[])', [nums])).rows.map(storyNodeFromRow)
  }

  async members(story: number): Promise<state.MemberNode[]> {
    return (await this.#db.query<StoryArticleRow>('SELECT * FROM story_articles WHERE story = $1', [story])).rows.map(memberFromRow)
  }

  async memberIds(stories: readonly number[]): Promise<state.MemberRef[]> {
    if (stories.length === 0) return []
    const rows = (await this.#db.query<{ article_id: string; seq: string; story: string }>('SELECT article_id, seq, story FROM story_articles WHERE story = ANY($1::bigint[])', [stories])).rows
    return rows.map((r) => ({ id: r.article_id, seq: Number(r.seq), story: Number(r.story) }))
  }

  async touchedSince(seq: number): Promise<number[]> {
    return (await this.#db.query<{ num: string }>('SELECT num FROM story_nodes WHERE touched > $1', [seq])).rows.map((r) => Number(r.num))
  }

  async clustered(ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.#db.query<{ article_id: string }>('SELECT article_id FROM story_articles WHERE article_id = ANY($1::text[])', [ids])).rows.map((r) => r.article_id))
  }

  async commit(changes: state.StoryStateChanges): Promise<void> {
    await this.write(changes)
  }

  /** Writes the changes (inside the caller's transaction when this state was made on one). */
  async write(changes: state.StoryStateChanges): Promise<void> {
    const db = this.#db
    await db.query('UPDATE story_meta SET documents = $1, next_story = $2, swept_seq = $3, last_time = $4 WHERE id = 1', [
      changes.meta.documents,
      changes.meta.nextStory,
      changes.meta.sweptSeq,
      changes.meta.lastTime,
    ])
    if (changes.df.size > 0) {
      await db.query('INSERT INTO story_df (feature, n) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT (feature) DO UPDATE SET n = story_df.n + excluded.n', [
        [...changes.df.keys()],
        [...changes.df.values()],
      ])
    }
    if (changes.removedStories.length > 0) await db.query('DELETE FROM story_nodes WHERE num = ANY($1::bigint[])', [changes.removedStories.map((r) => r.num)])
    const ns = changes.stories
    if (ns.length > 0) {
      await db.query(
        `INSERT INTO story_nodes (num, id, size, first, last, refine_at, touched, looked, centroids)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::bigint[], $5::bigint[], $6::int[], $7::bigint[], $8::bigint[], $9::bytea[])
         ON CONFLICT (num) DO UPDATE SET id = excluded.id, size = excluded.size, first = excluded.first, last = excluded.last, refine_at = excluded.refine_at, touched = excluded.touched, looked = excluded.looked, centroids = excluded.centroids`,
        unnestColumns(ns, ['num', 'id', 'size', 'first', 'last', 'refineAt', 'touched', 'looked', (n) => encodeCentroids(n.centroids)]),
      )
    }
    const ms = changes.members
    if (ms.length > 0) {
      await db.query(
        `INSERT INTO story_articles (article_id, seq, time, story, features)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bytea[])
         ON CONFLICT (article_id) DO UPDATE SET story = excluded.story`,
        unnestColumns(ms, ['id', 'seq', 'time', 'story', (m) => encodePacked(m.features)]),
      )
    }
    const ps = changes.postings
    if (ps.length > 0) {
      await db.query(
        'INSERT INTO story_postings (key, bucket, story) SELECT * FROM unnest($1::bigint[], $2::int[], $3::bigint[]) ON CONFLICT DO NOTHING',
        unnestColumns(ps, ['key', 'bucket', 'story']),
      )
    }
    const rs = changes.redirects
    if (rs.length > 0) {
      // WITH ORDINALITY keeps the order they happened in: the latest redirect of an id is the one followed.
      await db.query(
        'INSERT INTO story_redirects (from_id, to_id, kind, seq) SELECT f, t, k, s FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) WITH ORDINALITY AS r(f, t, k, s, i) ORDER BY i',
        unnestColumns(rs, ['from', 'to', 'kind', 'seq']),
      )
    }
  }
}
