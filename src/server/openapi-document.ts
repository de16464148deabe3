/**
 * The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`. The Article schema is
 * generated from the zod contract (OpenAPI 3.1 schemas are JSON Schema 2020-12), so the document
 * cannot drift from what `/api/articles/{id}` returns.
 */
import { z } from 'zod'
import { ArticleSchema } from '../model/article.js'

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const str: Schema = { type: 'string' }
const nstr: Schema = { type: ['string', 'null'] }
const int: Schema = { type: 'integer' }
// `total` of a listing: exact, or a lower bound once counting reached the store's count cap.
const countedPage = (items: Schema): Schema => ({
  ...object({ total: int, totalIsLowerBound: { type: 'boolean' }, limit: int, offset: int, items: { type: 'array', items } }),
  description: 'total counts the matches up to the store\'s count cap (SearchLimits.countCap, default 10,000); past it counting stops, total is a lower bound (at least the cap, or as many as the page proves) and totalIsLowerBound is true',
})

const query = (name: string, description: string, schema: Schema = str) => ({ name, in: 'query', required: false, description, schema })
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: str })
const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } })
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } })

const PAGE = [query('limit', 'Page size', int), query('offset', 'Items to skip', int)]
const ERRORS = { '400': problem('A parameter is invalid'), '429': problem('Rate limit reached') }

function articleSchema(): Schema {
  const { $schema: _drop, ...schema } = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' }) as Schema
  return schema
}

function object(properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema {
  return { type: 'object', properties, required }
}

/** Builds the OpenAPI document (once per app). */
export function openApiDocument(version = '0.1.0'): Schema {
  const summary = object({ id: str, title: nstr, url: nstr, site: nstr, published: nstr, referenceDate: nstr, snippet: str, story: nstr })
  const story = object({ id: str, title: str, firstSeen: nstr, lastSeen: nstr, origin: nstr, articles: int, outlets: int, independent: int })
  const event = object({
    article: str, event: str, type: str, actorKey: nstr, recipientKey: nstr, actorCountry: nstr, recipientCountry: nstr, date: nstr,
    negated: { type: 'boolean' }, modality: str, quadClass: nstr, evidence: object({ start: int, end: int }), articleDate: nstr,
  }, ['article', 'event', 'type', 'negated', 'modality', 'evidence'])
  const job = object({
    id: str, state: { enum: ['queued', 'running', 'done', 'failed'] }, sources: { type: 'array', items: str }, created: str, started: nstr, finished: nstr,
    progress: object({ read: int, stored: int, unchanged: int, duplicates: int, failed: int, current: nstr }),
    failures: { type: 'array', items: object({ input: str, error: str }) }, error: nstr, stories: { type: ['integer', 'null'] },
  })
  const pairMonth = object({ month: str, events: int, cooperation: int, conflict: int, score: { type: 'number' }, byQuadClass: { type: 'object', additionalProperties: int } })
  const pair = object({
    pair: str, actor: str, recipient: str, events: int, score: { type: 'number' }, byType: { type: 'object', additionalProperties: int },
    byQuadClass: { type: 'object', additionalProperties: int }, months: { type: 'array', items: pairMonth }, undated: int,
  })
  const filter = { type: 'object', description: 'Any /api/articles filter (q, entity, outlet, from, to, event, story, unique, topic) as strings', additionalProperties: str }
  const savedSearch = object({
    id: str, name: str, query: { type: 'object' }, webhook: { type: ['object', 'null'], properties: { url: str, secret: { ...str, description: 'Only in the answer to the create request' } } }, createdAt: str,
    feeds: object({ atom: str, rss: str }),
  })
  const delivery = object({ search: str, item: str, payload: { type: 'object' }, attempts: int, status: { enum: ['pending', 'delivered', 'failed'] }, nextAttemptAt: str, deliveredAt: nstr, lastError: nstr })
  const searchFilters = [query('q', 'Words in title or text'), query('entity', 'Entity key or name'), query('outlet', 'Outlet domain'), query('from', 'Earliest reference date'), query('to', 'Latest reference date'), query('event', 'PLOVER event type'), query('topic', 'IPTC Media Topic')]
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph API', version, description: 'Articles with their analysis (newsgraph.article/1), entities, stories, events and country-pair relations from a newsgraph store.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Article: articleSchema(),
        ArticleSummary: summary,
        Story: story,
        Event: event,
        IngestJob: job,
        PairTimeline: pair,
        SavedSearch: savedSearch,
        Delivery: delivery,
        AttentionPoint: object({ period: str, matching: int, total: int, share: { type: 'number' } }),
        Problem: object({ type: str, title: str, status: int, detail: str, instance: str }, ['type', 'title', 'status', 'detail']),
      },
    },
    paths: {
      '/api/health': { get: { summary: 'Store counts', responses: { '200': json(object({ status: str, documents: int, articles: int, stories: int }), 'Counts') } } },
      '/api/articles': {
        get: {
          summary: 'Search articles, newest first',
          parameters: [query('q', 'Words in title or text'), query('entity', 'Entity key or name'), query('outlet', 'Outlet domain'), query('from', 'Earliest reference date (YYYY[-MM[-DD]])'), query('to', 'Latest reference date'), query('event', 'PLOVER event type'), query('story', 'Story id'), query('unique', 'Hide duplicates from this dedup level up: url, text, copy, rewrite (independent reports only)'), query('topic', 'IPTC Media Topic (top level): medtop:04000000, 04000000 or a label such as economy'), query('language', 'ISO 639-1 language of the article (de)'), ...PAGE],
          responses: { '200': json(countedPage(ref('ArticleSummary')), 'A page of hits'), ...ERRORS },
        },
      },
      '/api/facets': {
        get: {
          summary: 'Counts of a search\'s matches by outlet, language, entity and event type (newest 1,000 matches) and by month (every match)',
          parameters: [query('q', 'Words in title or text'), query('entity', 'Entity key or name'), query('outlet', 'Outlet domain'), query('from', 'Earliest reference date'), query('to', 'Latest reference date'), query('event', 'PLOVER event type'), query('story', 'Story id'), query('unique', 'Hide duplicates from this dedup level up'), query('language', 'ISO 639-1 language')],
          responses: { '200': json({ type: 'object' }, 'Facet counts: counted, outlets, languages, entities, eventTypes, months'), ...ERRORS },
        },
      },
      '/api/articles/{id}': { get: { summary: 'One article with its analysis', parameters: [path('id', 'Article id')], responses: { '200': json(ref('Article'), 'The article'), '404': problem('No such article') } } },
      '/api/entities/{key}': {
        get: {
          summary: 'One entity across the corpus: mentions over time, quotes, co-occurring entities, events as actor and recipient',
          parameters: [path('key', 'Entity key: a KB id (Q801), an older name-based key (country:ISR) or a name'), query('quotes', 'Attribution classes the quote list holds: `all` or a comma list of speech, writing, thought, agreement, evidence, legal, other (default speech,writing)')],
          responses: { '200': json({ type: 'object' }, 'The entity view'), '400': problem('An unknown attribution class'), '404': problem('Nothing names it') },
        },
      },
      '/api/stories': { get: { summary: 'Stories, largest and latest first', parameters: PAGE, responses: { '200': json(object({ items: { type: 'array', items: ref('Story') } }), 'Stories'), ...ERRORS } } },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: timeline, outlets, origin, copies and rewrites as a graph, claim drift',
          parameters: [path('id', 'Story id')],
          responses: { '200': json({ type: 'object' }, 'The story view'), '404': problem('No such story') },
        },
      },
      '/api/events': {
        get: {
          summary: 'Events, newest first; `format` exports them',
          parameters: [query('type', 'PLOVER type'), query('actor', 'Actor country (ISO alpha-3)'), query('recipient', 'Recipient country'), query('pair', 'ACTOR-RECIPIENT'), query('entity', 'Entity key as actor or recipient'), query('from', 'Earliest event date'), query('to', 'Latest event date'), query('format', 'json (default), jsonl, csv or gdelt (TSV)', { enum: ['json', 'jsonl', 'csv', 'gdelt'] }), ...PAGE],
          responses: {
            '200': {
              description: 'A page of events',
              content: {
                'application/json': { schema: countedPage(ref('Event')) },
                'application/x-ndjson': { schema: str },
                'text/csv': { schema: str },
                'text/tab-separated-values': { schema: str },
              },
            },
            ...ERRORS,
          },
        },
      },
      '/api/relations': {
        get: {
          summary: 'Country-pair relations by month (cooperation and conflict counts, cooperation-conflict score)',
          parameters: [query('actor', 'Actor country'), query('recipient', 'Recipient country'), query('from', 'Earliest event date'), query('to', 'Latest event date')],
          responses: { '200': json(object({ items: { type: 'array', items: ref('PairTimeline') } }), 'Pairs, busiest first'), ...ERRORS },
        },
      },
      '/api/relations/{actor}/{recipient}': {
        get: { summary: 'One ordered country pair by month', parameters: [path('actor', 'ISO alpha-3'), path('recipient', 'ISO alpha-3')], responses: { '200': json(ref('PairTimeline'), 'The pair'), ...ERRORS } },
      },
      '/api/ingest': {
        post: {
          summary: 'Start an ingest job (needs the bearer token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: object({ sources: { type: 'array', items: str, minItems: 1 }, max: int }, ['sources']) } } },
          responses: { '202': json(ref('IngestJob'), 'Job queued'), '400': problem('Bad body'), '401': problem('Missing or wrong token'), '403': problem('Writes disabled'), '413': problem('Body too large') },
        },
      },
      '/api/articles/{id}/places': { get: { summary: "An article's linked places with coordinates, and its focus countries and places", parameters: [path('id', 'Article id')], responses: { '200': json({ type: 'object' }, 'Places'), '404': problem('No such article') } } },
      '/api/stories/{id}/places': { get: { summary: "A story's places, by how many of its articles name each", parameters: [path('id', 'Story id')], responses: { '200': json({ type: 'object' }, 'Places'), '404': problem('No such story') } } },
      '/api/map/events': { get: { summary: 'Where the latest events happen (location, else actor place), grouped by place; filters type, entity, from, to', responses: { '200': json({ type: 'object' }, 'Event places') } } },
      '/api/searches': {
        get: { summary: 'Saved searches (without webhook secrets)', responses: { '200': json(object({ items: { type: 'array', items: ref('SavedSearch') } }), 'Saved searches') } },
        post: {
          summary: 'Save a search; new matching articles and their events are POSTed to the webhook once each, signed with X-Newsgraph-Signature: sha256=HMAC (needs the bearer token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: object({ name: str, query: filter, webhook: object({ url: str, secret: str }, ['url']) }, ['name']) } } },
          responses: { '201': json(ref('SavedSearch'), 'Saved; the webhook secret is shown this once'), '400': problem('Bad body or filter'), '401': problem('Missing or wrong token'), '403': problem('Writes disabled') },
        },
      },
      '/api/searches/{id}': {
        get: { summary: 'One saved search', parameters: [path('id', 'Saved search id')], responses: { '200': json(ref('SavedSearch'), 'The search'), '404': problem('No such saved search') } },
        delete: { summary: 'Delete a saved search and what it still owes (needs the bearer token)', security: [{ bearer: [] }], parameters: [path('id', 'Saved search id')], responses: { '204': { description: 'Deleted' }, '404': problem('No such saved search') } },
      },
      '/api/searches/{id}/feed.atom': { get: { summary: 'Atom feed of the latest 50 matches', parameters: [path('id', 'Saved search id')], responses: { '200': { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: str } } }, '404': problem('No such saved search') } } },
      '/api/searches/{id}/feed.rss': { get: { summary: 'RSS 2.0 feed of the latest 50 matches', parameters: [path('id', 'Saved search id')], responses: { '200': { description: 'RSS 2.0', content: { 'application/rss+xml': { schema: str } } }, '404': problem('No such saved search') } } },
      '/api/searches/{id}/deliveries': { get: { summary: 'Webhook deliveries owed and made (needs the bearer token)', security: [{ bearer: [] }], parameters: [path('id', 'Saved search id')], responses: { '200': json(object({ items: { type: 'array', items: ref('Delivery') } }), 'Deliveries'), '404': problem('No such saved search') } } },
      '/api/attention': {
        get: {
          summary: 'Attention over time: matching articles per day or ISO week (Monday), all articles stored that period, and the share',
          parameters: [...searchFilters, query('by', 'day (default) or week'), query('format', 'json (default) or csv')],
          responses: { '200': json(object({ by: str, query: { type: 'object' }, items: { type: 'array', items: ref('AttentionPoint') } }), 'The series (text/csv with format=csv)'), ...ERRORS },
        },
      },
      '/api/jobs/{id}': { get: { summary: 'Progress of an ingest job', parameters: [path('id', 'Job id')], responses: { '200': json(ref('IngestJob'), 'The job'), '404': problem('No such job') } } },
    },
  }
}
