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
        Problem: object({ type: str, title: str, status: int, detail: str, instance: str }, ['type', 'title', 'status', 'detail']),
      },
    },
    paths: {
      '/api/health': { get: { summary: 'Store counts', responses: { '200': json(object({ status: str, documents: int, articles: int, stories: int }), 'Counts') } } },
      '/api/articles': {
        get: {
          summary: 'Search articles, newest first',
          parameters: [query('q', 'Words in title or text'), query('entity', 'Entity key or name'), query('outlet', 'Outlet domain'), query('from', 'Earliest reference date (YYYY[-MM[-DD]])'), query('to', 'Latest reference date'), query('event', 'PLOVER event type'), query('story', 'Story id'), query('unique', 'Hide duplicates from this dedup level up: url, text, copy, rewrite (independent reports only)'), ...PAGE],
          responses: { '200': json(object({ total: int, limit: int, offset: int, items: { type: 'array', items: ref('ArticleSummary') } }), 'A page of hits'), ...ERRORS },
        },
      },
      '/api/articles/{id}': { get: { summary: 'One article with its analysis', parameters: [path('id', 'Article id')], responses: { '200': json(ref('Article'), 'The article'), '404': problem('No such article') } } },
      '/api/entities/{key}': {
        get: {
          summary: 'One entity across the corpus: mentions over time, quotes, co-occurring entities, events as actor and recipient',
          parameters: [path('key', 'Entity key: a KB id (Q801), an older name-based key (country:ISR) or a name')],
          responses: { '200': json({ type: 'object' }, 'The entity view'), '404': problem('Nothing names it') },
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
                'application/json': { schema: object({ total: int, limit: int, offset: int, items: { type: 'array', items: ref('Event') } }) },
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
      '/api/jobs/{id}': { get: { summary: 'Progress of an ingest job', parameters: [path('id', 'Job id')], responses: { '200': json(ref('IngestJob'), 'The job'), '404': problem('No such job') } } },
    },
  }
}
