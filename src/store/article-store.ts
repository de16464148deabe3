/**
 * The store interface: where ingested documents, their articles, and the corpus structure
 * (stories, provenance) live. SQLite implements it for the embedded default; PostgreSQL serves
 * the same interface for shared deployments, and one test suite runs against both.
 */
import type { Article } from '../model/article.js'
import type { StoryStateBackend, StoryStateChanges } from '../model/story-state.js'
import type { CountedPage } from './search-limits.js'

/** A raw input kept (compressed) so re-analysis needs no refetch. */
export interface StoredDocument {
  /** SHA-256 prefix of input name and bytes: the same input always maps to the same id. */
  readonly id: string
  readonly input: string
  readonly url: string | null
  readonly contentType: string | null
  readonly fetchedAt: string | null
  readonly body: Uint8Array
  /**
   * Place of the document in the global ingest order when it came through the queue (the
   * JetStream sequence it was published at). Workers store documents out of order; a store that
   * honours this lists and dedups articles as if they had arrived in this order.
   */
  readonly ingestOrder?: number
}

/** Result of writing one ingested document and its article. */
export interface PutResult {
  readonly documentId: string
  readonly articleId: string | null
  /** False when the same input (or the same article) was already stored: nothing changed. */
  readonly inserted: boolean
  /** Why the article was not stored as a new one: same document, same URL, same text. */
  readonly duplicateOf?: { readonly articleId: string; readonly level: 'document' | 'url' | 'text' }
}

/** Dedup levels a search can hide, from the narrowest to the widest. */
export const DEDUP_FILTERS = ['url', 'text', 'copy', 'rewrite'] as const
export type DedupFilter = (typeof DEDUP_FILTERS)[number]

/** Filters of an article search. All are optional and combine with AND. */
export interface SearchQuery {
  /** Full-text query over title and text (FTS5 syntax on SQLite, websearch syntax on PostgreSQL). */
  readonly text?: string
  /** Entity key (`country:PRK`, `person:kim-jong-un`) or name. */
  readonly entity?: string
  /** Outlet domain (`example.com`). */
  readonly outlet?: string
  /** Inclusive ISO date bounds on the reference date. */
  readonly from?: string
  readonly to?: string
  /** PLOVER event type present in the article. */
  readonly eventType?: string
  /** Story id. */
  readonly story?: string
  /**
   * Hide duplicates from this dedup level up: `url` (same canonical URL as an earlier article),
   * `text` (also same normalized text), `copy` (also syndicated and near-identical copies in a
   * story), `rewrite` (also rewrites: independent reports only). Absent: every article.
   */
  readonly unique?: DedupFilter
  /** ISO 639-1 language of the article (`de`). */
  readonly language?: string
  /** IPTC Media Topic code (`medtop:04000000`) among the article's topics. */
  readonly topic?: string
  /** Only these article ids (an alert matching new articles against a saved search). */
  readonly ids?: readonly string[]
  /** Only articles stored at or after this ISO instant. */
  readonly storedSince?: string
  readonly limit?: number
  readonly offset?: number
}

/** One facet value and how many matching articles have it. */
export interface FacetValue {
  readonly value: string
  readonly count: number
}

/** An entity facet: the entity (key to filter by, name to show) and its article count. */
export interface FacetEntity {
  readonly key: string
  readonly name: string
  readonly type: string
  readonly count: number
}

/** Counts beside a search's hits, to narrow it by one click. */
export interface SearchFacets {
  /** How many matches the outlet, language, entity and event-type counts were taken over: the newest `sample` at most. */
  readonly counted: number
  readonly outlets: readonly FacetValue[]
  readonly languages: readonly FacetValue[]
  readonly entities: readonly FacetEntity[]
  readonly eventTypes: readonly FacetValue[]
  /** Matches per month of their reference date (`2025-03`), over every match. */
  readonly months: readonly FacetValue[]
}

/** Bounds of a facet count. */
export interface FacetOptions {
  /** Newest matches counted for outlets, languages, entities and event types (default 1000). */
  readonly sample?: number
  /** Values kept per facet (default 10). */
  readonly top?: number
}

/** Fills in the facet bounds' defaults. */
export function resolveFacetOptions(options: FacetOptions): Required<FacetOptions> {
  return { sample: Math.min(Math.max(options.sample ?? 1000, 1), 5000), top: Math.min(Math.max(options.top ?? 10, 1), 100) }
}

/** A search's facets: outlets and languages counted over the sampled hits, the rest as the store's queries counted them. */
export function searchFacets(
  hits: ReadonlyArray<{ readonly outlet: string | null; readonly language: string | null }>,
  top: number,
  counted: Pick<SearchFacets, 'entities' | 'eventTypes' | 'months'>,
): SearchFacets {
  return {
    counted: hits.length,
    outlets: countValues(
      hits.map((h) => h.outlet),
      top,
    ),
    languages: countValues(
      hits.map((h) => h.language),
      top,
    ),
    ...counted,
  }
}

/** The `top` commonest non-empty values, most frequent first (ties alphabetical). */
function countValues(values: ReadonlyArray<string | null>, top: number): FacetValue[] {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, top)
}
/** A saved search: any article filter, with an optional webhook that is told of new matches. */
export interface SavedSearch {
  readonly id: string
  readonly name: string
  readonly query: Omit<SearchQuery, 'limit' | 'offset' | 'ids' | 'storedSince'>
  /** Where new matches are POSTed; the secret signs each body (HMAC-SHA256). */
  readonly webhook: { readonly url: string; readonly secret: string } | null
  readonly createdAt: string
  /** Articles stored from this instant on have not been matched yet. */
  readonly cursor: string
}

/** One item owed to a saved search's webhook. */
export interface Delivery {
  readonly search: string
  /** `article:<id>` or `event:<article id>:<event id>`: at most one delivery per search and item. */
  readonly item: string
  readonly payload: unknown
  readonly attempts: number
  readonly status: 'pending' | 'delivered' | 'failed'
  readonly nextAttemptAt: string
  readonly deliveredAt: string | null
  readonly lastError: string | null
}

/** Articles per day (the reference date), for attention over time. */
export type DayCounts = ReadonlyMap<string, number>

/** One search hit: enough to list it without loading the whole article. */
export interface ArticleSummary {
  readonly id: string
  readonly title: string | null
  readonly url: string | null
  readonly site: string | null
  readonly published: string | null
  readonly referenceDate: string | null
  readonly snippet: string
  readonly story: string | null
}

/** One story as stored. */
export interface StoryRecord {
  readonly id: string
  readonly title: string
  readonly firstSeen: string | null
  readonly lastSeen: string | null
  readonly origin: string | null
  readonly articles: number
  readonly outlets: number
  readonly independent: number
}

/** An article's place in its story. */
export interface StoryMembership {
  readonly story: string
  readonly article: string
  readonly relation: 'origin' | 'copy' | 'rewrite' | 'independent'
  /** Evidence for the relation (shared passages, credit line, claim drift), as JSON-able data. */
  readonly evidence: unknown
}

/** Filters of an event listing. */
export interface EventQuery {
  readonly type?: string
  /** ISO alpha-3 of the actor / recipient country. */
  readonly actorCountry?: string
  readonly recipientCountry?: string
  /** Entity key as actor or recipient. */
  readonly entity?: string
  readonly from?: string
  readonly to?: string
  readonly limit?: number
  readonly offset?: number
}

/** One stored event row, with the article it is stated in. */
export interface EventRecord {
  readonly article: string
  readonly event: string
  readonly type: string
  readonly actorKey: string | null
  readonly recipientKey: string | null
  readonly actorCountry: string | null
  readonly recipientCountry: string | null
  readonly date: string | null
  readonly negated: boolean
  readonly modality: string
  readonly quadClass: string | null
  readonly evidence: { readonly start: number; readonly end: number }
  /** Reference date of the article stating it: the fallback when the event itself is undated. */
  readonly articleDate?: string | null
}

/** What the corpus knows of one entity across articles. */
export interface EntityRecord {
  readonly key: string
  readonly name: string
  readonly type: string
  readonly country: string | null
  /** Articles naming it, newest first, with how often. */
  readonly articles: Array<{ readonly id: string; readonly date: string | null; readonly mentions: number; readonly title: string | null }>
  /** Other entities named in the same articles, most shared first. */
  readonly cooccurring: Array<{ readonly key: string; readonly name: string; readonly type: string; readonly articles: number }>
}

/** Where a long store upgrade stands (a migration that reads every article back). */
export interface UpgradeProgress {
  /** What is being rebuilt, for people ("search index"). */
  readonly step: string
  readonly done: number
  readonly total: number
}

/** The articles a story grouping was computed over (every article id the store listed when it began). */
export interface GroupedArticles {
  readonly articleIds: readonly string[]
}

/** An article waiting to be grouped into stories, with its place in the arrival order. */
export interface OwedArticle {
  readonly id: string
  /** Arrival order in the store (the queue's sequence for articles that came through it). */
  readonly arrival: number
}

/** What a story record and its provenance are made from: an article's columns, without its text. */
export interface ArticleFacts {
  readonly id: string
  readonly title: string | null
  readonly url: string | null
  readonly published: string | null
  readonly referenceDate: string | null
  readonly siteDomain: string | null
  readonly siteName: string | null
}

/** One incremental step of story clustering, written in one transaction. */
export interface StoryStep {
  /** The state's article count the step was computed from: nothing is written when another step came first. */
  readonly after: number
  readonly changes: StoryStateChanges
  /** Whole records of the stories the step created or changed. */
  readonly stories: readonly StoryRecord[]
  /** Memberships that are new or changed (an article's previous membership is replaced). */
  readonly memberships: readonly StoryMembership[]
  /** The owed articles the step covers (clustered, or left out for having no text): no longer owed. */
  readonly articles: readonly string[]
  /** Queue sequence through which every article has now been clustered (the distributed cluster worker). */
  readonly queueSeq?: number
}

/** Where the story state of a store stands. */
export interface StoryProgress {
  /** Articles waiting to be grouped. */
  readonly owed: number
  /** A `stories --rebuild` is under way (started and not finished). */
  readonly rebuilding: boolean
  /** Queue sequence through which every article has been clustered (0: none). */
  readonly queueSeq: number
}

/** A store that can run a function while no other process of the deployment runs it. */
export interface ExclusiveStore {
  /** Runs `fn` holding a lock named `name`, shared by every process using this database. */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** As `exclusive`, but gives up at once and resolves to `busy` when another process holds the lock. */
  tryExclusive<T>(name: string, fn: () => Promise<T>): Promise<T | typeof LOCK_BUSY>
}

/** What `tryExclusive` resolves to when another process holds the lock. */
export const LOCK_BUSY: unique symbol = Symbol('lock busy')

/** True when the store offers deployment-wide locks (the PostgreSQL one does). */
export function isExclusiveStore(store: ArticleStore): store is ArticleStore & ExclusiveStore {
  return typeof (store as Partial<ExclusiveStore>).exclusive === 'function'
}

/** Storage of documents, articles and stories behind one interface. */
export interface ArticleStore {
  /** Whether a document with this id is stored already (ingest skips it then). */
  hasDocument(id: string): Promise<boolean>
  /** Stores a raw document and its analyzed article in one transaction; idempotent. */
  put(document: StoredDocument, article: Article | null): Promise<PutResult>
  /** The stored raw document. */
  getDocument(id: string): Promise<StoredDocument | null>
  /** The stored article with its analysis. */
  getArticle(id: string): Promise<Article | null>
  /** Articles matching the query, newest first, with the total count (a lower bound past `SearchLimits.countCap`). */
  search(query: SearchQuery): Promise<CountedPage<ArticleSummary>>
  /** Outlet, language, entity, event-type and month counts of a search's matches. */
  facets(query: SearchQuery, options?: FacetOptions): Promise<SearchFacets>
  /** Every stored article id in ingest order (for re-analysis and clustering). */
  articleIds(): Promise<string[]>
  /**
   * Replaces the stored story structure for the given stories. With `grouped` (the articles the
   * grouping was computed over) the write is conditional: when an article outside that list is
   * waiting to be grouped (another process stored it meanwhile), nothing is written and the result
   * is false; otherwise the grouped articles stop being owed, in the same transaction.
   */
  putStories(stories: readonly StoryRecord[], memberships: readonly StoryMembership[], grouped?: GroupedArticles): Promise<boolean>
  /**
   * How many stored articles have not been grouped into stories yet. Every new article is owed
   * until a grouping that covers it is written, so a regroup cut short (kill -9) is still owed on
   * the next run.
   */
  storiesOwed(): Promise<number>
  /** Owed articles in arrival order: at most `limit`, and with `upTo` only those that arrived at or before it. */
  owedArticles(options: { readonly limit: number; readonly upTo?: number }): Promise<OwedArticle[]>
  /** The incremental clusterer's story state, read from this store. */
  storyState(): StoryStateBackend
  /**
   * Writes one incremental step in one transaction: the state changes, the story records and
   * memberships, the merge and split redirects, and the covered articles stop being owed. False
   * (nothing written) when another step was written since the state it was computed from.
   */
  writeStoryStep(step: StoryStep): Promise<boolean>
  /**
   * Starts a full regroup: clears the story state and marks every article owed, in one
   * transaction. Story records stay, and are replaced as the articles are grouped again.
   */
  startStoryRebuild(): Promise<void>
  /** Owed articles, whether a rebuild is under way, and how far the queue has been clustered. */
  storyProgress(): Promise<StoryProgress>
  /** Columns of these articles that story records are made from (absent ids are left out). */
  articleFacts(ids: readonly string[]): Promise<ArticleFacts[]>
  /** Current memberships of these articles. */
  membershipsOf(ids: readonly string[]): Promise<StoryMembership[]>
  /** Stories, largest and latest first. */
  stories(options?: { limit?: number; offset?: number }): Promise<StoryRecord[]>
  /**
   * One story and its members. An id that stopped existing (merged into another story, or
   * regrouped by a rebuild) leads to the story it went to; the record then has that story's id.
   */
  story(id: string): Promise<{ story: StoryRecord; members: StoryMembership[] } | null>
  /** The story an article belongs to, with its relation and evidence; null when it has none. */
  storyOf(articleId: string): Promise<StoryMembership | null>
  /** Events matching the filters, newest first, with the total count (a lower bound past `SearchLimits.countCap`). */
  events(query: EventQuery): Promise<CountedPage<EventRecord>>
  /** One entity (by key, or by name when no key matches) across the corpus. */
  entity(keyOrName: string, options?: { limit?: number }): Promise<EntityRecord | null>
  /**
   * Runs `fn` holding a lock named `name` that every process using this store shares. Offered by
   * stores several processes write at once (PostgreSQL); absent where one process owns the store
   * (the SQLite file), whose callers then simply run `fn`.
   */
  exclusive?<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Matching articles per reference day (undated articles are not counted). */
  countByDay(query: SearchQuery): Promise<DayCounts>
  /** Stores a new saved search (its cursor is its creation time). */
  createSavedSearch(search: SavedSearch): Promise<void>
  savedSearches(): Promise<SavedSearch[]>
  savedSearch(id: string): Promise<SavedSearch | null>
  /** Deletes a saved search and what it still owes; false when there was none. */
  deleteSavedSearch(id: string): Promise<boolean>
  /**
   * Records deliveries owed (an item already recorded for the search is left alone) and moves the
   * search's cursor, in one transaction; returns how many were new.
   */
  recordMatches(searchId: string, cursor: string, deliveries: ReadonlyArray<{ item: string; payload: unknown }>, now: string): Promise<number>
  /** Pending deliveries due at `now`, oldest first. */
  dueDeliveries(now: string, limit: number): Promise<Delivery[]>
  /** Every delivery of a search (for status displays and tests). */
  deliveries(searchId: string): Promise<Delivery[]>
  /** Marks one delivery done, or failed for now with when to try again (or for good). */
  settleDelivery(searchId: string, item: string, outcome: { ok: true; at: string } | { ok: false; error: string; retryAt: string | null }): Promise<void>
  /** Counts for status displays. */
  stats(): Promise<{ documents: number; articles: number; stories: number }>
  /** Why the store cannot serve right now (deleted, replaced, damaged, unreachable), or null when it passes its checks. */
  check(): Promise<string | null>
  close(): Promise<void>
}
