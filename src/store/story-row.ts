/** The `stories` table row both SQL stores share, and its mapping to a StoryRecord. */
import type { StoryRecord } from './article-store.js'

/** A row of the `stories` table, as both SQL stores define it. */
export interface StoryRow {
  id: string
  title: string
  first_seen: string | null
  last_seen: string | null
  origin: string | null
  articles: number
  outlets: number
  independent: number
}

/** The StoryRecord a `stories` row describes. */
export function storyFromRow(r: StoryRow): StoryRecord {
  return { id: r.id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, origin: r.origin, articles: r.articles, outlets: r.outlets, independent: r.independent }
}
