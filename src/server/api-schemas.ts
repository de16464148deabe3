/**
 * The JSON the API answers with, as zod schemas of the stored records. The OpenAPI document's
 * component schemas are generated from them (`z.toJSONSchema`), and the route tests parse every
 * answer with them, so a field a route returns that the document does not describe fails a test
 * (the objects are strict), and a field added to a stored record's type without the schema fails
 * the type check (the `Same` checks below).
 *
 * zod's own JSON Schema output is used rather than `@hono/zod-openapi`: that package would move
 * every route into its `createRoute` form (a rewrite of the routing, with its own request
 * validation that answers in its own error format, not our RFC 9457 problems) for the one thing
 * needed here, schemas generated from zod, which zod 4 does by itself.
 */
import { z } from 'zod'
import type { ArticleSummary, Delivery, EventRecord, StoryRecord } from '../store/article-store.js'
import type { PairTimeline } from '../corpus/pair-timelines.js'
import type { AttentionPoint } from './attention.js'
import type { IngestJobView } from './ingest-jobs.js'

const int = z.int()
const nstr = z.string().nullable()
const counts = z.record(z.string(), int)

/** One search hit (`ArticleSummary`). */
export const ArticleSummarySchema = z.strictObject({
  id: z.string(),
  title: nstr,
  url: nstr,
  site: nstr,
  published: nstr,
  referenceDate: nstr,
  snippet: z.string(),
  story: nstr,
})

/** One stored story (`StoryRecord`). */
export const StorySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  firstSeen: nstr,
  lastSeen: nstr,
  origin: nstr,
  articles: int,
  outlets: int,
  independent: int,
})

/** One stored event (`EventRecord`). */
export const EventSchema = z.strictObject({
  article: z.string(),
  event: z.string(),
  type: z.string(),
  actorKey: nstr,
  recipientKey: nstr,
  actorCountry: nstr,
  recipientCountry: nstr,
  date: nstr,
  negated: z.boolean(),
  modality: z.string(),
  quadClass: nstr,
  evidence: z.strictObject({ start: int, end: int }),
  articleDate: nstr.exactOptional(),
})

/** An ingest job as the API reports it (`IngestJobView`). */
export const IngestJobSchema = z.strictObject({
  id: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  sources: z.array(z.string()).readonly(),
  created: z.string(),
  started: nstr,
  finished: nstr,
  progress: z.strictObject({ read: int, stored: int, unchanged: int, duplicates: int, failed: int, current: nstr }),
  failures: z.array(z.strictObject({ input: z.string(), error: z.string() })).readonly(),
  error: nstr,
  stories: int.nullable(),
})

const PairMonthSchema = z.strictObject({ month: z.string(), events: int, cooperation: int, conflict: int, score: z.number(), byQuadClass: counts })

/** One ordered country pair across the corpus (`PairTimeline`). */
export const PairTimelineSchema = z.strictObject({
  pair: z.string(),
  actor: z.string(),
  recipient: z.string(),
  events: int,
  score: z.number(),
  byType: counts,
  byQuadClass: counts,
  months: z.array(PairMonthSchema).readonly(),
  undated: int,
})

/** A saved search as the API shows it: the webhook without its secret, except in the answer to the create request. */
export const SavedSearchSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  query: z.record(z.string(), z.unknown()),
  webhook: z.strictObject({ url: z.string(), secret: z.string().exactOptional().describe('Only in the answer to the create request') }).nullable(),
  createdAt: z.string(),
  feeds: z.strictObject({ atom: z.string(), rss: z.string() }),
})

/** One item owed to a saved search's webhook (`Delivery`). */
export const DeliverySchema = z.strictObject({
  search: z.string(),
  item: z.string(),
  payload: z.unknown(),
  attempts: int,
  status: z.enum(['pending', 'delivered', 'failed']),
  nextAttemptAt: z.string(),
  deliveredAt: nstr,
  lastError: nstr,
})

/** One period of an attention series (`AttentionPoint`). */
export const AttentionPointSchema = z.strictObject({ period: z.string(), matching: int, total: int, share: z.number() })

/** An RFC 9457 problem document. */
export const ProblemSchema = z.strictObject({ type: z.string(), title: z.string(), status: int, detail: z.string(), instance: z.string().exactOptional() })

const countedPage = <T extends z.ZodType>(items: T) =>
  z
    .strictObject({ total: int, totalIsLowerBound: z.boolean(), limit: int, offset: int, items: z.array(items) })
    .describe(
      "total counts the matches up to the store's count cap (SearchLimits.countCap, default 10,000); past it counting stops, total is a lower bound (at least the cap, or as many as the page proves) and totalIsLowerBound is true",
    )
const listOf = <T extends z.ZodType>(items: T) => z.strictObject({ items: z.array(items) })

/** `/api/health`: store counts. */
export const HealthSchema = z.strictObject({ status: z.string(), documents: int, articles: int, stories: int })
/** `/api/articles`: a counted page of hits. */
export const ArticlePageSchema = countedPage(ArticleSummarySchema)
/** `/api/events`: a counted page of events. */
export const EventPageSchema = countedPage(EventSchema)
/** `/api/stories`: a page of stories. */
export const StoryListSchema = z.strictObject({ limit: int, offset: int, items: z.array(StorySchema) })
/** `/api/relations`: pairs, busiest first. */
export const PairListSchema = listOf(PairTimelineSchema)
/** `/api/searches`: the saved searches. */
export const SavedSearchListSchema = listOf(SavedSearchSchema)
/** `/api/searches/{id}/deliveries`. */
export const DeliveryListSchema = listOf(DeliverySchema)
/** `/api/attention`: the series. */
export const AttentionSchema = z.strictObject({ by: z.string(), query: z.record(z.string(), z.unknown()), items: z.array(AttentionPointSchema) })

/** Every named response schema, under the name the OpenAPI document gives it. */
export const API_SCHEMAS = {
  ArticleSummary: ArticleSummarySchema,
  Story: StorySchema,
  Event: EventSchema,
  IngestJob: IngestJobSchema,
  PairTimeline: PairTimelineSchema,
  SavedSearch: SavedSearchSchema,
  Delivery: DeliverySchema,
  AttentionPoint: AttentionPointSchema,
  Problem: ProblemSchema,
  Health: HealthSchema,
  ArticlePage: ArticlePageSchema,
  EventPage: EventPageSchema,
  StoryList: StoryListSchema,
  PairList: PairListSchema,
  SavedSearchList: SavedSearchListSchema,
  DeliveryList: DeliveryListSchema,
  Attention: AttentionSchema,
} as const

/** The OpenAPI component schemas of `API_SCHEMAS`, each referring to the others by `$ref`. */
export function apiComponentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(API_SCHEMAS)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // z.int() states JavaScript's safe-integer bounds on every count; they say nothing to a reader.
    override: ({ jsonSchema }) => {
      if (jsonSchema.type === 'integer' && jsonSchema.minimum === Number.MIN_SAFE_INTEGER && jsonSchema.maximum === Number.MAX_SAFE_INTEGER) {
        delete jsonSchema.minimum
        delete jsonSchema.maximum
      }
    },
  })
  const out: Record<string, Record<string, unknown>> = {}
  for (const [id, { $schema: _schema, $id: _id, ...schema }] of Object.entries(schemas)) out[id] = schema
  return out
}

// A stored record's type and its schema name the same fields with the same types: adding a field
// to one without the other fails the type check.
type Same<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? ([A] extends [B] ? ([B] extends [A] ? true : false) : false) : false) : false
const same = <_T extends true>(): void => undefined
same<Same<z.output<typeof ArticleSummarySchema>, ArticleSummary>>()
same<Same<z.output<typeof StorySchema>, StoryRecord>>()
same<Same<z.output<typeof EventSchema>, EventRecord>>()
same<Same<z.output<typeof IngestJobSchema>, IngestJobView>>()
same<Same<z.output<typeof PairTimelineSchema>, PairTimeline>>()
same<Same<z.output<typeof DeliverySchema>, Delivery>>()
same<Same<z.output<typeof AttentionPointSchema>, AttentionPoint>>()
