/** Rows of the incremental clusterer's tables (`story_nodes`, `story_articles`), which both SQL stores share, and their mapping to story-state nodes. */
import { decodePacked } from '../model/packed-features.js'
import { decodeCentroids, type MemberNode, type StoryNode } from '../model/story-state.js'

/** An integer column as the driver returns it: SQLite gives numbers, PostgreSQL's bigint gives decimal strings. */
type DbInteger = number | string

/** A row of the `story_nodes` table. */
export interface StoryNodeRow {
  num: DbInteger
  id: string
  size: number
  first: DbInteger
  last: DbInteger
  refine_at: number
  touched: DbInteger
  looked: DbInteger
  centroids: Uint8Array
}

/** A row of the `story_articles` table. */
export interface StoryArticleRow {
  article_id: string
  seq: DbInteger
  time: DbInteger
  story: DbInteger
  features: Uint8Array
}

/** The story node a `story_nodes` row holds. */
export function storyNodeFromRow(r: StoryNodeRow): StoryNode {
  return {
    num: Number(r.num),
    id: r.id,
    size: r.size,
    first: Number(r.first),
    last: Number(r.last),
    refineAt: r.refine_at,
    touched: Number(r.touched),
    looked: Number(r.looked),
    centroids: decodeCentroids(r.centroids),
  }
}

/** The clustered article a `story_articles` row holds. */
export function memberFromRow(r: StoryArticleRow): MemberNode {
  return { id: r.article_id, seq: Number(r.seq), time: Number(r.time), story: Number(r.story), features: decodePacked(r.features) }
}
