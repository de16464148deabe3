/**
 * Posting rows held in memory, by key, then day bucket, then story number in ascending order, so
 * a lookup reads them in the order a database index gives (bucket descending, story ascending)
 * without sorting a key's rows each time.
 */
import type { PostingRequest, PostingRow } from '../../model/story-state.js'

/** Key to bucket to sorted story numbers. */
export type PostingIndex = Map<number, Map<number, number[]>>

/** Adds a posting row to a key → bucket → sorted stories index; false when it was there. */
export function addPosting(index: PostingIndex, p: PostingRow): boolean {
  let buckets = index.get(p.key)
  if (!buckets) index.set(p.key, (buckets = new Map<number, number[]>()))
  let list = buckets.get(p.bucket)
  if (!list) buckets.set(p.bucket, (list = []))
  // Binary search: lists stay sorted so a lookup reads them in the backend's order.
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < p.story) lo = mid + 1
    else hi = mid
  }
  if (list[lo] === p.story) return false
  list.splice(lo, 0, p.story)
  return true
}

/**
 * Story numbers of the first `limit` rows of one key in [lo, hi], in the order of `listPostings`
 * (a story listed in several buckets comes as often): what a candidate lookup needs, without a
 * row object per posting.
 */
export function listPostingStories(buckets: Map<number, number[]> | undefined, r: PostingRequest, limit: number, into: number[] = []): number[] {
  if (!buckets) return into
  let left = limit
  if (r.hi - r.lo <= 4 * buckets.size) {
    for (let b = r.hi; b >= r.lo && left > 0; b--) {
      const list = buckets.get(b)
      if (!list) continue
      const n = Math.min(left, list.length)
      for (let i = 0; i < n; i++) into.push(list[i]!)
      left -= n
    }
    return into
  }
  // A wide window over few buckets (undated streams): the key's buckets in the window, newest first.
  const inWindow: number[] = []
  for (const b of buckets.keys()) if (b >= r.lo && b <= r.hi) inWindow.push(b)
  inWindow.sort((x, y) => y - x)
  for (const b of inWindow) {
    if (left <= 0) break
    const list = buckets.get(b)!
    const n = Math.min(left, list.length)
    for (let i = 0; i < n; i++) into.push(list[i]!)
    left -= n
  }
  return into
}

/** The first `limit` rows of one key in [lo, hi], bucket descending then story ascending. */
export function listPostings(buckets: Map<number, number[]> | undefined, r: PostingRequest, limit: number): PostingRow[] {
  const out: PostingRow[] = []
  if (!buckets) return out
  // Buckets are days: a window is a handful, so walking it beats sorting the key's rows.
  if (r.hi - r.lo <= 4 * buckets.size) {
    for (let b = r.hi; b >= r.lo && out.length < limit; b--) {
      for (const story of buckets.get(b) ?? []) {
        if (out.length >= limit) break
        out.push({ key: r.key, bucket: b, story })
      }
    }
    return out
  }
  for (const b of [...buckets.keys()].filter((x) => x >= r.lo && x <= r.hi).sort((x, y) => y - x)) {
    for (const story of buckets.get(b)!) {
      if (out.length >= limit) return out
      out.push({ key: r.key, bucket: b, story })
    }
  }
  return out
}
