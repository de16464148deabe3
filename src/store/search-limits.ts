/**
 * Bounds on what one search may cost, shared by both stores. The shape of the query is checked
 * before it runs (length, words, prefix words and how short a prefix may be: every `t*` makes the
 * full-text index merge the lists of every word starting with t, 45 ms each on 10,000 articles),
 * and the statements themselves run under a time limit. A query over either bound is refused with
 * a `QueryRefused` whose message says which bound and how to narrow the query; the server answers
 * it with 400, the CLI with a usage error.
 */

/** Limits of one search. */
export interface SearchLimits {
  /** Longest search text, in characters. Default 500. */
  readonly maxLength: number
  /** Most words (prefix words included). Default 16. */
  readonly maxTerms: number
  /** Most prefix words (`word*`). Default 4. */
  readonly maxPrefixTerms: number
  /** Fewest letters before a `*`. Default 3: a two-letter prefix costs about three times a three-letter one. */
  readonly minPrefixLength: number
  /** Time limit of the search's statements, in milliseconds. Default 750. */
  readonly timeLimitMs: number
  /**
   * Most matches a listing or search counts for its `total` (articles and events). Default 10,000:
   * past it the count stops and `total` is a lower bound (`totalIsLowerBound`), so a listing over
   * millions of rows reads at most this many index entries for its count. `Infinity` counts all.
   */
  readonly countCap: number
}

/** Defaults: far above what a person types, far below what holds a server for a second. */
export const DEFAULT_SEARCH_LIMITS: SearchLimits = {
  maxLength: 500,
  maxTerms: 16,
  maxPrefixTerms: 4,
  minPrefixLength: 3,
  timeLimitMs: 750,
  countCap: 10_000,
}

/** A search refused for its cost; the message names the bound. */
export class QueryRefused extends Error {
  readonly code = 'EQUERY'
  constructor(message: string) {
    super(message)
    this.name = 'QueryRefused'
  }
}

/** A page of a listing or search with the count of its matches. */
export interface CountedPage<T> {
  /** Matches in all; when `totalIsLowerBound`, at least this many (counting stopped at the cap). */
  readonly total: number
  /** True when the count stopped at `SearchLimits.countCap`: there are `total` matches or more. */
  readonly totalIsLowerBound: boolean
  readonly items: T[]
}

/** The number of rows a capped count reads: one past the cap tells "more than the cap". */
export function countLimit(limits: SearchLimits): number | null {
  return Number.isFinite(limits.countCap) ? Math.max(0, Math.floor(limits.countCap)) + 1 : null
}

/** True when a count that read at most `countLimit` rows stopped there: the matches are more than the cap. */
export function countStopped(counted: number, limits: SearchLimits): boolean {
  const limit = countLimit(limits)
  return limit !== null && counted >= limit
}

/**
 * The total of a page from a count that read at most `countLimit` rows. Over the cap the total is
 * a lower bound, raised to the matches the page itself proves (offset + its rows); a page that is
 * not full and not empty ends the matches, so its total is exact again.
 */
export function pageTotal(counted: number, limits: SearchLimits, page: { offset: number; limit: number; rows: number }): { total: number; totalIsLowerBound: boolean } {
  if (!countStopped(counted, limits)) return { total: counted, totalIsLowerBound: false }
  if (page.rows > 0 && page.rows < page.limit) return { total: page.offset + page.rows, totalIsLowerBound: false }
  return { total: Math.max(counted - 1, page.offset + page.rows), totalIsLowerBound: true }
}

/** True for a QueryRefused (also one from another copy of this module). */
export function isQueryRefused(error: unknown): error is QueryRefused {
  return error instanceof Error && (error as { code?: unknown }).code === 'EQUERY'
}

// The words both stores' query translations take from user text.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu

/** Fills unspecified limits with the defaults. */
export function resolveSearchLimits(limits: Partial<SearchLimits> = {}): SearchLimits {
  return { ...DEFAULT_SEARCH_LIMITS, ...limits }
}

/** Throws QueryRefused when the search text is over a shape bound. */
export function checkSearchText(text: string, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): void {
  if (text.length > limits.maxLength) throw new QueryRefused(`the search text is ${text.length} characters; at most ${limits.maxLength} are searched`)
  const words = text.match(WORD) ?? []
  if (words.length > limits.maxTerms) throw new QueryRefused(`the search has ${words.length} words; at most ${limits.maxTerms} are searched`)
  const prefixes = words.filter((w) => w.endsWith('*'))
  const short = prefixes.find((w) => [...w.slice(0, -1)].length < limits.minPrefixLength)
  if (short) throw new QueryRefused(`the prefix \`${short}\` is too short; give at least ${limits.minPrefixLength} letters before *`)
  if (prefixes.length > limits.maxPrefixTerms) throw new QueryRefused(`the search has ${prefixes.length} prefix words (word*); at most ${limits.maxPrefixTerms} are allowed`)
}

/** The refusal for a search stopped at its time limit. */
export function searchTimedOut(limits: SearchLimits): QueryRefused {
  return new QueryRefused(`the search took longer than its ${limits.timeLimitMs} ms limit; narrow it with more specific words or filters`)
}
