/**
 * The country-pair timelines the API and the relations page show: events read from the store
 * (at most `MAX_TIMELINE_EVENTS`, the newest) and summarised by `pairTimelines`, kept per store
 * until its article count changes.
 */
import type { ArticleStore } from '../store/article-store.js'
import { pairTimelines, type PairTimeline } from '../corpus/pair-timelines.js'

/** Most events read for one timeline; a busier corpus is summarised from its newest events. */
export const MAX_TIMELINE_EVENTS = 20_000

// Timelines read up to MAX_TIMELINE_EVENTS events; they are kept per store until its article
// count changes (events only arrive with articles), so the overview page is read once per ingest.
const cache = new WeakMap<ArticleStore, { stamp: string; byFilter: Map<string, PairTimeline[]> }>()

/** Reads events for the filters from the store and builds the pair timelines. */
export async function loadPairTimelines(
  store: ArticleStore,
  filter: { actor?: string | undefined; recipient?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<PairTimeline[]> {
  const stats = await store.stats()
  const stamp = `${stats.documents}:${stats.articles}`
  let entry = cache.get(store)
  if (!entry || entry.stamp !== stamp) cache.set(store, (entry = { stamp, byFilter: new Map() }))
  const key = JSON.stringify([filter.actor, filter.recipient, filter.from, filter.to])
  const known = entry.byFilter.get(key)
  if (known) return known
  const { items } = await store.events({
    ...(filter.actor ? { actorCountry: filter.actor } : {}),
    ...(filter.recipient ? { recipientCountry: filter.recipient } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    limit: MAX_TIMELINE_EVENTS,
  })
  const timelines = pairTimelines(items)
  if (entry.byFilter.size > 500) entry.byFilter.clear()
  entry.byFilter.set(key, timelines)
  return timelines
}
