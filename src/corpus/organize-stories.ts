/**
 * Groups stored articles into stories with provenance and writes them back to the store, through
 * the incremental path (`incremental-stories.ts`): a new article joins the stories around it, and
 * a full regroup replays every article in arrival order through the same path. Story ids derive
 * from the article that opened the story, so they stay while the story grows, and regrouping a
 * store that did not change gives the same ids.
 */
import type { ArticleStore } from '../store/article-store.js'
import { advanceStories, rebuildStories, type AdvanceOptions } from './incremental-stories.js'

/** Counts of a re-organization. */
export interface OrganizeSummary {
  readonly articles: number
  readonly stories: number
  /**
   * True when another process kept writing story steps through every attempt, so the rest was
   * not written: those articles stay owed, and that process (or the next run) groups them.
   */
  readonly deferred?: boolean
}

/** Options of a re-organization (see `AdvanceOptions`). */
export type OrganizeOptions = AdvanceOptions

/**
 * Regroups every stored article into stories: the story state is cleared and every article
 * replayed in arrival order. Resumable: a regroup that was interrupted goes on where it stopped.
 */
export async function organizeStories(store: ArticleStore, options: OrganizeOptions = {}): Promise<OrganizeSummary> {
  const { articles, stories, deferred } = await rebuildStories(store, options)
  return { articles, stories, ...(deferred ? { deferred } : {}) }
}

/**
 * Groups the articles owed a grouping (stored since the last step that was written, including by
 * a run killed before it grouped them) into the stories around them; otherwise only counts them.
 */
export async function regroupIfOwed(store: ArticleStore, options: OrganizeOptions = {}): Promise<OrganizeSummary> {
  if ((await store.storiesOwed()) > 0) {
    const { articles, stories, deferred } = await advanceStories(store, options)
    return { articles, stories, ...(deferred ? { deferred } : {}) }
  }
  const stats = await store.stats()
  return { articles: stats.articles, stories: stats.stories }
}
