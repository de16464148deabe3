/**
 * Query-string parsing shared by the API and the UI: one zod schema per listing, so a bad value
 * is a 400 with a message naming the parameter, never a silently ignored filter.
 */
import { z } from 'zod'
import { DEDUP_FILTERS, type EventQuery, type SearchQuery } from '../store/article-store.js'
import { AttributionClassSchema, DEFAULT_QUOTE_CLASSES, type AttributionClass } from '../model/article.js'
import { HttpProblem } from './problem.js'
import { topicCode } from '../model/topic-taxonomy.js'

/** An IPTC Media Topic as a code (`medtop:04000000`, `04000000`) or its label's first word (`economy`). */
const topic = z
  .string()
  .max(80)
  .transform((v, ctx) => {
    const code = topicCode(v)
    if (!code) ctx.addIssue({ code: 'custom', message: 'must be an IPTC Media Topic top-level code such as medtop:04000000, or its label such as economy' })
    return code ?? ''
  })

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
const country = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase())
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`)

/** Page size and offset, with the most a client may ask for. */
export function pagination(maxLimit: number, defaultLimit = 20) {
  return {
    limit: z.coerce.number().int('must be an integer').min(1, 'must be at least 1').max(maxLimit, `must be at most ${maxLimit}`).default(defaultLimit),
    offset: z.coerce.number().int('must be an integer').min(0, 'must not be negative').max(1_000_000).default(0),
  }
}

// Building a zod object is far dearer than parsing with it: schemas are made once per limit.
function memo<T>(build: (maxLimit: number) => T): (maxLimit: number) => T {
  const made = new Map<number, T>()
  return (maxLimit) => {
    let schema = made.get(maxLimit)
    if (schema === undefined) made.set(maxLimit, (schema = build(maxLimit)))
    return schema
  }
}

/** Schema of article-search parameters. */
export const searchParams = memo((maxLimit: number) =>
  z.object({
    q: text(500).optional(),
    entity: text(200).optional(),
    outlet: text(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    event: z
      .string()
      .regex(/^[A-Za-z_]{2,40}$/, 'must be a PLOVER type such as CONSULT')
      .optional(),
    story: text(200).optional(),
    unique: z.enum(DEDUP_FILTERS).optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}$/, 'must be an ISO 639-1 code such as de')
      .optional(),
    topic: topic.optional(),
    ...pagination(maxLimit),
  }),
)

/** Schema of page parameters alone. */
export const pageParams = memo((maxLimit: number) => z.object(pagination(maxLimit, 50)))

/** Schema of event-listing parameters. */
export const eventParams = memo((maxLimit: number) =>
  z.object({
    type: z
      .string()
      .regex(/^[A-Za-z_]{2,40}$/, 'must be a PLOVER type such as CONSULT')
      .optional(),
    actor: country.optional(),
    recipient: country.optional(),
    pair: z
      .string()
      .regex(/^[A-Za-z]{3}[->][A-Za-z]{3}$/, 'must be ACTOR-RECIPIENT, e.g. PRK-RUS')
      .optional(),
    entity: text(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(['json', 'jsonl', 'csv', 'gdelt']).default('json'),
    ...pagination(maxLimit, 100),
  }),
)

/** Schema of country-pair timeline parameters. */
export const relationParams = z.object({
  actor: country.optional(),
  recipient: country.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
})

/**
 * Schema of the `quotes` filter of quote lists: `all`, or a comma list of attribution classes
 * (`speech,writing,thought,agreement,evidence,legal,other`); absent, speech and writing.
 */
export const quoteFilterParams = z.object({
  quotes: z
    .string()
    .max(100)
    .regex(/^(?:all|[a-z]+(?:,[a-z]+)*)$/, 'must be `all` or a comma list of speech, writing, thought, agreement, evidence, legal, other')
    .optional()
    .transform((v, ctx): ReadonlySet<AttributionClass> => {
      if (v === undefined) return DEFAULT_QUOTE_CLASSES
      if (v === 'all') return new Set(AttributionClassSchema.options)
      const classes = new Set<AttributionClass>()
      for (const name of v.split(',')) {
        const parsed = AttributionClassSchema.safeParse(name)
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: `\`${name}\` is not an attribution class (speech, writing, thought, agreement, evidence, legal, other)` })
          return z.NEVER
        }
        classes.add(parsed.data)
      }
      return classes
    }),
})

/** Validates a query object against a schema; a failure is a 400 naming the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  // A submitted form sends every field, filled or not: an empty field is no filter.
  const given = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''))
  const result = schema.safeParse(given)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? `parameter \`${issue.path.join('.')}\`` : 'query'
  throw new HttpProblem(400, `${where}: ${issue?.message ?? 'invalid'}`)
}

/** Turns parsed search parameters into a store query (dropping empty values). */
export function toSearchQuery(p: z.infer<ReturnType<typeof searchParams>>): SearchQuery {
  const q: { -readonly [K in keyof SearchQuery]: SearchQuery[K] } = { limit: p.limit, offset: p.offset }
  if (p.q?.trim()) q.text = p.q.trim()
  if (p.entity?.trim()) q.entity = p.entity.trim()
  if (p.outlet?.trim()) q.outlet = p.outlet.trim()
  if (p.from) q.from = p.from
  if (p.to) q.to = p.to
  if (p.event) q.eventType = p.event.toUpperCase()
  if (p.story?.trim()) q.story = p.story.trim()
  if (p.unique) q.unique = p.unique
  if (p.language) q.language = p.language.toLowerCase()
  if (p.topic) q.topic = p.topic
  return q
}

/** Turns parsed event parameters into a store query; `pair` sets both countries. */
export function toEventQuery(p: z.infer<ReturnType<typeof eventParams>>): EventQuery {
  const q: { -readonly [K in keyof EventQuery]: EventQuery[K] } = { limit: p.limit, offset: p.offset }
  if (p.type) q.type = p.type.toUpperCase()
  const [pairActor, pairRecipient] = p.pair ? p.pair.toUpperCase().split(/[->]/) : []
  const actor = p.actor ?? pairActor
  const recipient = p.recipient ?? pairRecipient
  if (actor) q.actorCountry = actor
  if (recipient) q.recipientCountry = recipient
  if (p.entity?.trim()) q.entity = p.entity.trim()
  if (p.from) q.from = p.from
  if (p.to) q.to = p.to
  return q
}
