/**
 * The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`. The Article schema is
 * generated from the zod contract (OpenAPI 3.1 schemas are JSON Schema 2020-12), and so are the
 * listings and stored records the other routes return (`api-schemas.ts`), so the document cannot
 * drift from what the routes answer: the route tests parse every answer with the same schemas.
 */
import { z } from 'zod'
import { ArticleSchema } from '../model/article.js'
import { apiComponentSchemas } from './api-schemas.js'

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const str: Schema = { type: 'string' }
const int: Schema = { type: 'integer' }
const query = (name: string, description: string, schema: Schema = str) => ({ name, in: 'query', required: false, description, schema })
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: str })
const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } })
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } })
/** A GET of one stored `thing` (article, story, …) by the `id` in its path: the answer, or 404 when there is none. */
const getById = (thing: string, summary: string, schema: Schema, description: string) => ({
  get: { summary, parameters: [path('id', `${thing[0]!.toUpperCase()}${thing.slice(1)} id`)], responses: { '200': json(schema, description), '404': problem(`No such ${thing}`) } },
})

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
  const filter = { type: 'object', description: 'Any /api/articles filter (q, entity, outlet, from, to, event, story, unique, topic) as strings', additionalProperties: str }
  // Filters both the facets and attention routes take (the article search takes them too, described more fully).
  const commonFilters = [
    query('q', 'Words in title or text'),
    query('entity', 'Entity key or name'),
    query('outlet', 'Outlet domain'),
    query('from', 'Earliest reference date'),
    query('to', 'Latest reference date'),
    query('event', 'PLOVER event type'),
  ]
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph API', version, description: 'Articles with their analysis (newsgraph.article/1), entities, stories, events and country-pair relations from a newsgraph store.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Article: articleSchema(),
        ...apiComponentSchemas(),
      },
    },
    paths: {
      '/api/health': { get: { summary: 'Store counts', responses: { '200': json(ref('Health'), 'Counts') } } },
      '/api/articles': {
        get: {
          summary: 'Search articles, newest first',
          parameters: [
            query('q', 'Words in title or text'),
            query('entity', 'Entity key or name'),
            query('outlet', 'Outlet domain'),
            query('from', 'Earliest reference date (YYYY[-MM[-DD]])'),
            query('to', 'Latest reference date'),
            query('event', 'PLOVER event type'),
            query('story', 'Story id'),
            query('unique', 'Hide duplicates from this dedup level up: url, text, copy, rewrite (independent reports only)'),
            query('topic', 'IPTC Media Topic (top level): medtop:04000000, 04000000 or a label such as economy'),
            query('language', 'ISO 639-1 language of the article (de)'),
            ...PAGE,
          ],
          responses: { '200': json(ref('ArticlePage'), 'A page of hits'), ...ERRORS },
        },
      },
      '/api/facets': {
        get: {
          summary: "Counts of a search's matches by outlet, language, entity and event type (newest 1,000 matches) and by month (every match)",
          parameters: [...commonFilters, query('story', 'Story id'), query('unique', 'Hide duplicates from this dedup level up'), query('language', 'ISO 639-1 language')],
          responses: { '200': json({ type: 'object' }, 'Facet counts: counted, outlets, languages, entities, eventTypes, months'), ...ERRORS },
        },
      },
      '/api/articles/{id}': getById('article', 'One article with its analysis', ref('Article'), 'The article'),
      '/api/entities/{key}': {
        get: {
          summary: 'One entity across the corpus: mentions over time, quotes, co-occurring entities, events as actor and recipient',
          parameters: [
            path('key', 'Entity key: a KB id (Q801), an older name-based key (country:ISR) or a name'),
            query('quotes', 'Attribution classes the quote list holds: `all` or a comma list of speech, writing, thought, agreement, evidence, legal, other (default speech,writing)'),
          ],
          responses: { '200': json({ type: 'object' }, 'The entity view'), '400': problem('An unknown attribution class'), '404': problem('Nothing names it') },
        },
      },
      '/api/stories': { get: { summary: 'Stories, largest and latest first', parameters: PAGE, responses: { '200': json(ref('StoryList'), 'Stories'), ...ERRORS } } },
      '/api/stories/{id}': getById('story', 'One story: timeline, outlets, origin, copies and rewrites as a graph, claim drift', { type: 'object' }, 'The story view'),
      '/api/events': {
        get: {
          summary: 'Events, newest first; `format` exports them',
          parameters: [
            query('type', 'PLOVER type'),
            query('actor', 'Actor country (ISO alpha-3)'),
            query('recipient', 'Recipient country'),
            query('pair', 'ACTOR-RECIPIENT'),
            query('entity', 'Entity key as actor or recipient'),
            query('from', 'Earliest event date'),
            query('to', 'Latest event date'),
            query('format', 'json (default), jsonl, csv or gdelt (TSV)', { enum: ['json', 'jsonl', 'csv', 'gdelt'] }),
            ...PAGE,
          ],
          responses: {
            '200': {
              description: 'A page of events',
              content: {
                'application/json': { schema: ref('EventPage') },
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
          responses: { '200': json(ref('PairList'), 'Pairs, busiest first'), ...ERRORS },
        },
      },
      '/api/relations/{actor}/{recipient}': {
        get: {
          summary: 'One ordered country pair by month',
          parameters: [path('actor', 'ISO alpha-3'), path('recipient', 'ISO alpha-3')],
          responses: { '200': json(ref('PairTimeline'), 'The pair'), ...ERRORS },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Start an ingest job (needs the bearer token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: object({ sources: { type: 'array', items: str, minItems: 1 }, max: int }, ['sources']) } } },
          responses: {
            '202': json(ref('IngestJob'), 'Job queued'),
            '400': problem('Bad body'),
            '401': problem('Missing or wrong token'),
            '403': problem('Writes disabled'),
            '413': problem('Body too large'),
          },
        },
      },
      '/api/articles/{id}/places': getById('article', "An article's linked places with coordinates, and its focus countries and places", { type: 'object' }, 'Places'),
      '/api/stories/{id}/places': getById('story', "A story's places, by how many of its articles name each", { type: 'object' }, 'Places'),
      '/api/map/events': {
        get: {
          summary: 'Where the latest events happen (location, else actor place), grouped by place; filters type, entity, from, to',
          responses: { '200': json({ type: 'object' }, 'Event places') },
        },
      },
      '/api/searches': {
        get: { summary: 'Saved searches (without webhook secrets)', responses: { '200': json(ref('SavedSearchList'), 'Saved searches') } },
        post: {
          summary: 'Save a search; new matching articles and their events are POSTed to the webhook once each, signed with X-Newsgraph-Signature: sha256=HMAC (needs the bearer token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: object({ name: str, query: filter, webhook: object({ url: str, secret: str }, ['url']) }, ['name']) } } },
          responses: {
            '201': json(ref('SavedSearch'), 'Saved; the webhook secret is shown this once'),
            '400': problem('Bad body or filter'),
            '401': problem('Missing or wrong token'),
            '403': problem('Writes disabled'),
          },
        },
      },
      '/api/searches/{id}': {
        ...getById('saved search', 'One saved search', ref('SavedSearch'), 'The search'),
        delete: {
          summary: 'Delete a saved search and what it still owes (needs the bearer token)',
          security: [{ bearer: [] }],
          parameters: [path('id', 'Saved search id')],
          responses: { '204': { description: 'Deleted' }, '404': problem('No such saved search') },
        },
      },
      '/api/searches/{id}/feed.atom': {
        get: {
          summary: 'Atom feed of the latest 50 matches',
          parameters: [path('id', 'Saved search id')],
          responses: { '200': { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: str } } }, '404': problem('No such saved search') },
        },
      },
      '/api/searches/{id}/feed.rss': {
        get: {
          summary: 'RSS 2.0 feed of the latest 50 matches',
          parameters: [path('id', 'Saved search id')],
          responses: { '200': { description: 'RSS 2.0', content: { 'application/rss+xml': { schema: str } } }, '404': problem('No such saved search') },
        },
      },
      '/api/searches/{id}/deliveries': {
        get: {
          summary: 'Webhook deliveries owed and made (needs the bearer token)',
          security: [{ bearer: [] }],
          parameters: [path('id', 'Saved search id')],
          responses: { '200': json(ref('DeliveryList'), 'Deliveries'), '404': problem('No such saved search') },
        },
      },
      '/api/attention': {
        get: {
          summary: 'Attention over time: matching articles per day or ISO week (Monday), all articles stored that period, and the share',
          parameters: [...commonFilters, query('topic', 'IPTC Media Topic'), query('by', 'day (default) or week'), query('format', 'json (default) or csv')],
          responses: { '200': json(ref('Attention'), 'The series (text/csv with format=csv)'), ...ERRORS },
        },
      },
      '/api/jobs/{id}': getById('job', 'Progress of an ingest job', ref('IngestJob'), 'The job'),
    },
  }
}
