/**
 * The HTTP API and UI in process (Hono's `app.request`): every read route answers JSON, errors
 * are problem documents, writes need the token, scraped text is escaped, and an ingest job
 * started over HTTP stores articles.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import type { ArticleStore } from '../store/article-store.js'
import { newArticle } from '../model/new-article.js'
import { documentId } from '../model/ids.js'
import { ArticleSchema, type Article } from '../model/article.js'
import { createApp, createNewsgraphApp } from './create-app.js'
import { createPipeline } from '../pipeline.js'
import { API_SCHEMAS, apiComponentSchemas } from './api-schemas.js'

const TOKEN = 'test-token-0123456789'
const HOSTILE = '<script>alert("x")</script>'

function storedDoc(input: string) {
  const body = new TextEncoder().encode(input)
  return { id: documentId(input, body), input, url: null, contentType: 'text/plain', fetchedAt: null, body }
}

function parade(): Article {
  const text = `North Korea sent troops to Russia on May 8, 2025. "We are grateful," Yury Ushakov said. ${HOSTILE} appeared in a comment.`
  return newArticle({
    input: 'parade.txt',
    text,
    title: `Parade ${HOSTILE}`,
    url: 'https://news.example/parade',
    site: { domain: 'news.example', name: 'News Example' },
    published: '2025-05-08',
    referenceDate: '2025-05-08',
    entities: [
      { id: 'e1', name: 'North Korea', type: 'GPE', aliases: [], mentions: [{ start: 0, end: 11 }], country: 'PRK', key: 'country:PRK' },
      { id: 'e2', name: 'Russia', type: 'GPE', aliases: [], mentions: [{ start: 26, end: 32 }], country: 'RUS', key: 'country:RUS' },
      { id: 'e3', name: 'Yury Ushakov', type: 'PERSON', aliases: ['Ushakov'], mentions: [{ start: 70, end: 82 }], country: 'RUS', key: 'person:yury-ushakov' },
    ],
    quotes: [
      {
        text: 'We are grateful,',
        start: 51,
        end: 67,
        kind: 'direct',
        speaker: 'e3',
        speakerName: 'Yury Ushakov',
        speakerMention: { start: 70, end: 82 },
        cue: 'said',
        cueSpan: { start: 83, end: 87 },
      },
    ],
    dates: [{ text: 'May 8, 2025', start: 36, end: 47, value: '2025-05-08', type: 'DATE' }],
    events: [
      {
        id: 'v1',
        type: 'COOPERATE',
        actor: 'e1',
        recipient: 'e2',
        actorCountry: 'PRK',
        recipientCountry: 'RUS',
        negated: false,
        modality: 'asserted',
        quadClass: 'material-cooperation',
        date: '2025-05-08',
        evidence: { start: 0, end: 48 },
      },
    ],
  })
}

function copy(): Article {
  const text = 'North Korea sent 30 troops to Russia on May 8, 2025. Officials were grateful.'
  return newArticle({ input: 'copy.txt', text, title: 'Parade copy', site: { domain: 'copy.example', name: null }, referenceDate: '2025-05-09', published: '2025-05-09' })
}

async function fixture(): Promise<{ store: ArticleStore; a: Article; b: Article }> {
  const store = openSqliteStore(':memory:')
  const a = parade()
  const b = copy()
  await store.put(storedDoc('parade.txt'), a)
  await store.put(storedDoc('copy.txt'), b)
  await store.putStories(
    [{ id: 's1', title: 'Troops to Russia', firstSeen: '2025-05-08', lastSeen: '2025-05-09', origin: a.id, articles: 2, outlets: 2, independent: 1 }],
    [
      { story: 's1', article: a.id, relation: 'origin', evidence: { copyOf: null, evidence: null, drift: [] } },
      {
        story: 's1',
        article: b.id,
        relation: 'rewrite',
        evidence: {
          copyOf: a.id,
          evidence: { level: null, jaccard: 0.4, containment: 0.6, passages: [{ text: 'North Korea sent troops' }], credit: null, published: '2025-05-09', sourcePublished: '2025-05-08' },
          drift: [{ kind: 'number', origin: { text: 'troops', start: 17, end: 23 }, other: { text: '30 troops', start: 17, end: 26 }, context: 'troops' }],
        },
      },
    ],
  )
  return { store, a, b }
}

const app = (store: ArticleStore, extra: Partial<Parameters<typeof createApp>[0]> = {}) => createApp({ store, pipeline: () => createPipeline({ analyze: false }), token: TOKEN, ...extra })

async function problem(res: Response, status: number): Promise<{ detail: string }> {
  assert.equal(res.status, status)
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/)
  const body = (await res.json()) as { status: number; detail: string; title: string }
  assert.equal(body.status, status)
  assert.ok(body.title && body.detail, 'a problem has a title and a detail')
  return body
}

test('should answer every read route with valid JSON', async () => {
  const { store, a } = await fixture()
  const http = app(store)
  const routes = [
    '/api',
    '/api/health',
    '/api/articles',
    '/api/articles?q=troops&outlet=news.example&from=2025&to=2025-12-31&limit=5',
    `/api/articles/${a.id}`,
    '/api/entities/country%3APRK',
    '/api/entities/Yury%20Ushakov',
    '/api/stories',
    '/api/stories/s1',
    '/api/events',
    '/api/events?pair=PRK-RUS&type=cooperate',
    '/api/relations',
    '/api/relations/PRK/RUS',
    '/openapi.json',
  ]
  for (const route of routes) {
    const res = await http.request(route)
    assert.equal(res.status, 200, route)
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/, route)
    await res.json()
  }
  const article = await (await http.request(`/api/articles/${a.id}`)).json()
  assert.equal(ArticleSchema.safeParse(article).success, true, 'the article endpoint returns a valid newsgraph.article/1')
  const search = (await (await http.request('/api/articles?q=troops')).json()) as { total: number; items: Array<{ id: string; story: string | null }> }
  assert.equal(search.total, 2)
  assert.equal(search.items.find((i) => i.id === a.id)?.story, 's1')
  const entity = (await (await http.request('/api/entities/person%3Ayury-ushakov')).json()) as { quotes: Array<{ text: string }> }
  assert.deepEqual(
    entity.quotes.map((q) => q.text),
    ['We are grateful,'],
  )
  const story = (await (await http.request('/api/stories/s1')).json()) as { origin: string; graph: { edges: Array<{ from: string; relation: string }> }; drift: Array<{ changed: string }> }
  assert.equal(story.origin, a.id)
  assert.deepEqual(
    story.graph.edges.map((e) => [e.from, e.relation]),
    [[a.id, 'rewrite']],
  )
  assert.equal(story.drift[0]?.changed, '30 troops')
  const pair = (await (await http.request('/api/relations/PRK/RUS')).json()) as { events: number; months: Array<{ month: string; cooperation: number }> }
  assert.equal(pair.events, 1)
  assert.deepEqual(
    pair.months.map((m) => [m.month, m.cooperation]),
    [['2025-05', 1]],
  )
  const openapi = (await (await http.request('/openapi.json')).json()) as { openapi: string; components: { schemas: { Article: { properties: Record<string, unknown> } } } }
  assert.equal(openapi.openapi, '3.1.0')
  assert.ok(openapi.components.schemas.Article.properties['quotes'], 'the Article schema comes from the zod contract')
  await store.close()
})

test('should answer with exactly the fields the OpenAPI document describes', async () => {
  const { store } = await fixture()
  const { app: http, jobs } = createNewsgraphApp({ store, pipeline: () => createPipeline({ analyze: false }), token: TOKEN, limits: { allowLocalSources: true } })
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
  // The schemas are strict: a route that answers with a field its schema lacks fails here.
  const check = async (res: Response | Promise<Response>, name: keyof typeof API_SCHEMAS, status = 200): Promise<unknown> => {
    const answer = await res
    assert.equal(answer.status, status, name)
    const body: unknown = await answer.json()
    const parsed = API_SCHEMAS[name].safeParse(body)
    assert.ok(parsed.success, `${name}: ${parsed.error?.message ?? ''}`)
    return body
  }
  await check(http.request('/api/health'), 'Health')
  await check(http.request('/api/articles?q=troops'), 'ArticlePage')
  await check(http.request('/api/stories'), 'StoryList')
  await check(http.request('/api/events'), 'EventPage')
  await check(http.request('/api/relations'), 'PairList')
  await check(http.request('/api/relations/PRK/RUS'), 'PairTimeline')
  await check(http.request('/api/relations/USA/FRA'), 'PairTimeline')
  await check(http.request('/api/attention?q=troops&by=week'), 'Attention')
  await check(http.request('/api/jobs/nope'), 'Problem', 404)
  const created = (await check(
    http.request('/api/searches', { method: 'POST', headers: auth, body: JSON.stringify({ name: 'troops', query: { q: 'troops' }, webhook: { url: 'https://hooks.example.org/ng' } }) }),
    'SavedSearch',
    201,
  )) as { id: string }
  await check(http.request('/api/searches'), 'SavedSearchList')
  await check(http.request(`/api/searches/${created.id}`), 'SavedSearch')
  await check(http.request(`/api/searches/${created.id}/deliveries`, { headers: auth }), 'DeliveryList')
  const job = (await check(http.request('/api/ingest', { method: 'POST', headers: auth, body: JSON.stringify({ sources: ['examples/'] }) }), 'IngestJob', 202)) as { id: string }
  await jobs.idle()
  await check(http.request(`/api/jobs/${job.id}`), 'IngestJob')

  const summary = ((await (await http.request('/api/articles')).json()) as { items: unknown[] }).items[0] as Record<string, unknown>
  assert.equal(API_SCHEMAS.ArticleSummary.safeParse({ ...summary, extra: 1 }).success, false, 'a field the schema lacks is refused')
  const openapi = (await (await http.request('/openapi.json')).json()) as { components: { schemas: Record<string, unknown> } }
  for (const [name, schema] of Object.entries(apiComponentSchemas())) assert.deepEqual(openapi.components.schemas[name], schema, `${name} in /openapi.json comes from the zod schema`)
  await store.close()
})

test("should give total as a lower bound with a flag when a listing passes the store's count cap", async () => {
  const store = openSqliteStore(':memory:', { searchLimits: { countCap: 1 } })
  await store.put(storedDoc('parade.txt'), parade())
  await store.put(storedDoc('copy.txt'), copy())
  const http = app(store)
  const get = async (route: string): Promise<{ total: number; totalIsLowerBound: boolean; items: unknown[] }> =>
    (await (await http.request(route)).json()) as { total: number; totalIsLowerBound: boolean; items: unknown[] }
  assert.deepEqual(await get('/api/articles?limit=1').then((r) => [r.total, r.totalIsLowerBound, r.items.length]), [1, true, 1], 'two matches, counted to the cap of 1')
  assert.deepEqual(await get('/api/articles').then((r) => [r.total, r.totalIsLowerBound]), [2, false], 'a page that holds the last match knows the total')
  assert.deepEqual(await get('/api/articles?q=grateful&entity=Yury%20Ushakov').then((r) => [r.total, r.totalIsLowerBound]), [1, false], 'within the cap the total is exact')
  assert.deepEqual(await get('/api/events?limit=1').then((r) => [r.total, r.totalIsLowerBound]), [1, false], 'one event: exact')
  const ui = await (await http.request('/?limit=1')).text()
  assert.match(ui, /1\+ articles/, 'the search page shows the bound as "1+ articles"')
  assert.match(ui, /rel="next"/, 'and offers the next page')
  await store.close()
})

test('should list speech and writing by default and every attribution class on request, in the API and the UI', async () => {
  const store = openSqliteStore(':memory:')
  const base = parade()
  // "North Korea sent troops to Russia" as Ushakov's belief, and a stored quote without a class (speech).
  const a = {
    ...base,
    quotes: [
      ...base.quotes,
      {
        text: 'North Korea sent troops to Russia',
        start: 0,
        end: 32,
        kind: 'indirect' as const,
        class: 'thought' as const,
        speaker: 'e3',
        speakerName: 'Yury Ushakov',
        speakerMention: { start: 70, end: 82 },
        cue: 'believes',
        cueSpan: { start: 83, end: 87 },
      },
    ],
  }
  await store.put(storedDoc('parade.txt'), a)
  const http = app(store)
  const listed = async (query: string): Promise<string[]> =>
    ((await (await http.request(`/api/entities/person%3Ayury-ushakov${query}`)).json()) as { quotes: Array<{ class: string }> }).quotes.map((q) => q.class)
  assert.deepEqual(await listed(''), ['speech'], 'a quote stored without a class is speech; the belief is left out')
  assert.deepEqual(await listed('?quotes=all'), ['speech', 'thought'])
  assert.deepEqual(await listed('?quotes=thought'), ['thought'])
  await problem(await http.request('/api/entities/person%3Ayury-ushakov?quotes=rumour'), 400)
  const page = await (await http.request(`/articles/${a.id}`)).text()
  assert.equal((page.match(/<li class="quote-item"/g) ?? []).length, 1, 'the article page lists the speech only')
  assert.match(page, /href="\/articles\/[^"]+\?quotes=all">all attributions</, 'with a link to every attribution')
  assert.match(page, /thought or belief \(1\)/, 'and the count of the other classes')
  const all = await (await http.request(`/articles/${a.id}?quotes=all`)).text()
  assert.equal((all.match(/<li class="quote-item"/g) ?? []).length, 2)
  const entityPage = await (await http.request('/entities/person%3Ayury-ushakov')).text()
  assert.match(entityPage, /1 more attribution of other classes/)
  await store.close()
})

test('should answer unknown things with 404 and bad parameters with 400, as problem+json', async () => {
  const { store } = await fixture()
  const http = app(store)
  await problem(await http.request('/api/articles/nope'), 404)
  await problem(await http.request('/api/stories/nope'), 404)
  await problem(await http.request('/api/entities/nobody'), 404)
  await problem(await http.request('/api/jobs/nope'), 404)
  await problem(await http.request('/api/no-such-route'), 404)
  assert.equal((await http.request('/api/articles?q=troops&from=&to=&entity=')).status, 200, 'empty form fields are no filter')
  assert.match((await problem(await http.request('/api/articles?limit=0'), 400)).detail, /limit/)
  assert.match((await problem(await http.request('/api/articles?from=yesterday'), 400)).detail, /from/)
  assert.match((await problem(await http.request('/api/events?actor=Korea'), 400)).detail, /actor/)
  assert.match((await problem(await http.request('/api/events?format=xml'), 400)).detail, /format/)
  const page = await http.request('/articles/nope', { headers: { accept: 'text/html' } })
  assert.equal(page.status, 404)
  assert.match(page.headers.get('content-type') ?? '', /text\/html/, 'a browser gets an error page')
  await store.close()
})

test('should keep writes behind the bearer token and the body limit', async () => {
  const { store } = await fixture()
  const post = (http: ReturnType<typeof app>, body: string, headers: Record<string, string> = {}) =>
    http.request('/api/ingest', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
  const http = app(store, { limits: { bodyBytes: 200 } })
  const body = JSON.stringify({ sources: ['https://news.example/feed.xml'] })
  const missing = await problem(await post(http, body), 401)
  assert.match(missing.detail, /Bearer/)
  await problem(await post(http, body, { authorization: 'Bearer wrong-token-000000' }), 401)
  await problem(await post(http, JSON.stringify({ sources: ['x'.repeat(300)] }), { authorization: `Bearer ${TOKEN}` }), 413)
  await problem(await post(http, '{not json', { authorization: `Bearer ${TOKEN}` }), 400)
  await problem(await post(http, JSON.stringify({ sources: [] }), { authorization: `Bearer ${TOKEN}` }), 400)
  assert.match((await problem(await post(http, JSON.stringify({ sources: ['/etc/passwd'] }), { authorization: `Bearer ${TOKEN}` }), 400)).detail, /URL/)
  await problem(await post(app(store, { token: null }), body, { authorization: `Bearer ${TOKEN}` }), 403)
  await store.close()
})

test('should run an ingest job started over HTTP and report its progress', async () => {
  const store = openSqliteStore(':memory:')
  const { app: http, jobs } = createNewsgraphApp({ store, pipeline: () => createPipeline(), token: TOKEN, limits: { allowLocalSources: true } })
  const res = await http.request('/api/ingest', { method: 'POST', body: JSON.stringify({ sources: ['examples/'] }), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } })
  assert.equal(res.status, 202)
  const job = (await res.json()) as { id: string }
  assert.equal(res.headers.get('location'), `/api/jobs/${job.id}`)
  await jobs.idle()
  const done = (await (await http.request(`/api/jobs/${job.id}`)).json()) as { state: string; progress: { read: number; stored: number }; stories: number }
  assert.equal(done.state, 'done')
  assert.ok(done.stories >= 1, 'the job regroups stories as the ingest command does')
  assert.ok(done.progress.stored >= 3, `examples/ stored ${done.progress.stored} articles`)
  const listed = (await (await http.request('/api/articles')).json()) as { total: number }
  assert.equal(listed.total, done.progress.stored)
  await store.close()
})

test('should render scraped markup in an article as text, never as markup', async () => {
  const { store, a } = await fixture()
  const http = app(store)
  const res = await http.request(`/articles/${a.id}`)
  assert.equal(res.status, 200)
  const page = await res.text()
  assert.ok(!page.includes(HOSTILE), 'the script tag from the text is not in the page')
  assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'it is shown escaped')
  assert.equal((page.match(/<script\b/g) ?? []).length, 1, 'the only script element is the same-origin app.js')
  assert.match(page, /title="PERSON: Yury Ushakov/, 'mentions carry their evidence on hover')
  assert.match(page, /class="quote"/)
  const csp = res.headers.get('content-security-policy') ?? ''
  assert.match(csp, /default-src 'self'/)
  assert.doesNotMatch(csp, /unsafe-inline/)
  await store.close()
})

test('should send the same hardening headers on pages, API answers and errors', async () => {
  const { store, a } = await fixture()
  const http = app(store)
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
  for (const [route, status] of [
    [`/articles/${a.id}`, 200],
    [`/api/articles/${a.id}`, 200],
    ['/api/articles/missing', 404],
    ['/no-such-page', 404],
  ] as const) {
    const res = await http.request(route)
    assert.equal(res.status, status, route)
    assert.equal(res.headers.get('content-security-policy'), policy, route)
    assert.equal(res.headers.get('x-frame-options'), 'DENY', route)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', route)
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', route)
    assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin', route)
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin', route)
    assert.equal(res.headers.get('strict-transport-security'), null, `${route}: HTTPS pinning is left to the deployment`)
  }
  await store.close()
})

test('should render every UI page, with or without stories', async () => {
  const { store, a } = await fixture()
  const http = app(store)
  for (const route of ['/', '/?q=troops', `/articles/${a.id}`, '/stories', '/stories/s1', '/entities/country%3APRK', '/relations', '/relations/PRK/RUS', '/assets/style.css', '/assets/app.js']) {
    const res = await http.request(route)
    assert.equal(res.status, 200, route)
  }
  const story = await (await http.request('/stories/s1')).text()
  assert.match(story, /<svg[^>]*aria-label="Story provenance graph"/)
  assert.match(story, /30 troops/, 'the claim drift is shown')
  const empty = openSqliteStore(':memory:')
  const bare = app(empty)
  assert.match(await (await bare.request('/stories')).text(), /No stories in this store yet/)
  assert.match(await (await bare.request('/')).text(), /No articles yet[\s\S]*newsgraph ingest/, 'an empty store says how to put articles in')
  assert.equal((await bare.request('/relations/PRK/RUS')).status, 200)
  await empty.close()
  await store.close()
})

test('should export events as JSON lines, CSV and GDELT-style TSV', async () => {
  const { store, a } = await fixture()
  const http = app(store)
  const jsonl = await (await http.request('/api/events?format=jsonl')).text()
  assert.equal(JSON.parse(jsonl.trim()).article, a.id)
  const csv = await http.request('/api/events?format=csv')
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/)
  assert.match(await csv.text(), /^article,event,type/)
  const tsv = (await (await http.request('/api/events?format=gdelt')).text()).trim().split('\n')
  assert.equal(tsv.length, 2)
  assert.match(tsv[1]!, /\tCOOPERATE\t/)
  await store.close()
})

test('should slow a client down once it exceeds the rate limit', async () => {
  const { store } = await fixture()
  const http = app(store, { limits: { requestsPerMinute: 60, burst: 2 } })
  assert.equal((await http.request('/api/health')).status, 200)
  assert.equal((await http.request('/api/health')).status, 200)
  const res = await http.request('/api/health')
  await problem(res, 429)
  assert.ok(Number(res.headers.get('retry-after')) >= 1)
  await store.close()
})

test('should show country pairs from newly stored articles at once', async () => {
  const { store } = await fixture()
  const http = app(store)
  const pairs = async (): Promise<string[]> => ((await (await http.request('/api/relations')).json()) as { items: Array<{ pair: string }> }).items.map((p) => p.pair)
  assert.deepEqual(await pairs(), ['PRK>RUS'])
  const text = 'Russia sanctioned Ukraine.'
  const later = newArticle({
    input: 'later.txt',
    text,
    referenceDate: '2025-06-01',
    entities: [
      { id: 'e1', name: 'Russia', type: 'GPE', aliases: [], mentions: [{ start: 0, end: 6 }], country: 'RUS', key: 'country:RUS' },
      { id: 'e2', name: 'Ukraine', type: 'GPE', aliases: [], mentions: [{ start: 18, end: 25 }], country: 'UKR', key: 'country:UKR' },
    ],
    events: [{ id: 'v1', type: 'SANCTION', actor: 'e1', recipient: 'e2', actorCountry: 'RUS', recipientCountry: 'UKR', negated: false, modality: 'asserted', evidence: { start: 0, end: 26 } }],
  })
  await store.put(storedDoc('later.txt'), later)
  assert.deepEqual((await pairs()).sort(), ['PRK>RUS', 'RUS>UKR'])
  await store.close()
})

test('should order a story timeline by instant, across time zones', async () => {
  const store = openSqliteStore(':memory:')
  const early = newArticle({ input: 'z.txt', text: 'Meridian Press first reported the glacier deal.', published: '2025-03-04T17:32:00Z' })
  const late = newArticle({ input: 'm.txt', text: 'The Andes Ledger reported the glacier deal later.', published: '2025-03-04T15:10:00-03:00' })
  await store.put(storedDoc('z.txt'), early)
  await store.put(storedDoc('m.txt'), late)
  await store.putStories(
    [{ id: 's', title: 'Glaciers', firstSeen: null, lastSeen: null, origin: early.id, articles: 2, outlets: 2, independent: 2 }],
    [
      { story: 's', article: late.id, relation: 'independent', evidence: null },
      { story: 's', article: early.id, relation: 'origin', evidence: null },
    ],
  )
  const view = (await (await app(store).request('/api/stories/s')).json()) as { timeline: Array<{ article: string }> }
  assert.deepEqual(
    view.timeline.map((m) => m.article),
    [early.id, late.id],
    '15:10 at UTC-3 is 18:10 UTC, after 17:32 UTC',
  )
  await store.close()
})

test('should chart attention per day and per week, normalized by all articles of the period, as JSON and CSV', async () => {
  const { store } = await fixture()
  const extra = newArticle({
    input: 'other.txt',
    text: 'The harbour reopened after the storm.',
    title: 'Harbour',
    referenceDate: '2025-05-09',
    topics: [{ code: 'medtop:03000000', label: 'disaster, accident and emergency incident', score: 0.8 }],
  })
  await store.put(storedDoc('other.txt'), extra)
  const http = app(store)
  const days = (await (await http.request('/api/attention?q=troops&by=day')).json()) as { items: Array<{ period: string; matching: number; total: number; share: number }> }
  assert.deepEqual(days.items, [
    { period: '2025-05-08', matching: 1, total: 1, share: 1 },
    { period: '2025-05-09', matching: 1, total: 2, share: 0.5 },
  ])
  const weeks = (await (await http.request('/api/attention?q=troops&by=week')).json()) as { items: Array<{ period: string; matching: number; total: number }> }
  assert.deepEqual(
    weeks.items.map((p) => [p.period, p.matching, p.total]),
    [['2025-05-05', 2, 3]],
    'ISO weeks start on Monday',
  )
  const csv = await http.request('/api/attention?topic=disaster&format=csv')
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/)
  assert.equal(await csv.text(), 'period,matching,total,share\n2025-05-08,0,1,0\n2025-05-09,1,2,0.5\n')
  assert.equal((await http.request('/api/attention?by=month')).status, 400)
  assert.equal((await http.request('/api/articles?topic=nonsense')).status, 400)
  const byTopic = (await (await http.request('/api/articles?topic=medtop:03000000')).json()) as { items: Array<{ id: string }> }
  assert.deepEqual(
    byTopic.items.map((i) => i.id),
    [extra.id],
  )
  await store.close()
})

test('should refuse a saved search whose webhook points into the private network, and accept a public one', async () => {
  const { store } = await fixture()
  const http = app(store)
  const post = (body: unknown): Promise<Response> =>
    Promise.resolve(http.request('/api/searches', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }))
  for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:6379/', 'http://[::1]/', 'http://localhost/', 'file:///etc/passwd']) {
    const r = await post({ name: 'x', query: {}, webhook: { url } })
    assert.equal(r.status, 400, url)
  }
  assert.equal((await post({ name: 'x', query: { topic: 'nonsense' } })).status, 400, 'the filter is checked like /api/articles')
  assert.equal((await http.request('/api/searches', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' })).status, 401, 'saving a search needs the token')
  assert.equal(
    (await app(store, { token: null }).request('/api/searches', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' })).status,
    403,
    'a server without a token takes no saved searches',
  )
  const ok = await post({ name: 'glaciers', query: { q: 'glacier', topic: 'science' }, webhook: { url: 'https://hooks.example.org/ng' } })
  assert.equal(ok.status, 201)
  const created = (await ok.json()) as { id: string; query: Record<string, string>; webhook: { secret: string } }
  assert.deepEqual(created.query, { text: 'glacier', topic: 'medtop:13000000' })
  assert.ok(created.webhook.secret.length >= 32, 'a secret is made when none is given')
  const rss = await http.request(`/api/searches/${created.id}/feed.rss`)
  assert.match(rss.headers.get('content-type') ?? '', /application\/rss\+xml/)
  assert.match(await rss.text(), /^<\?xml version="1\.0" encoding="utf-8"\?>\n<rss version="2\.0">/)
  assert.equal((await http.request(`/api/searches/${created.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status, 204)
  assert.equal((await http.request(`/api/searches/${created.id}`)).status, 404)
  await store.close()
})

test('should filter articles by language and count facets over the API', async () => {
  const { store, a } = await fixture()
  const german = newArticle({
    input: 'de.txt',
    text: 'Nordkorea schickte Truppen nach Russland.',
    title: 'Truppen',
    language: 'de',
    site: { domain: 'zeitung.example', name: null },
    referenceDate: '2025-05-10',
  })
  await store.put(storedDoc('de.txt'), german)
  const http = app(store)
  const de = (await (await http.request('/api/articles?language=DE')).json()) as { total: number; items: Array<{ id: string }> }
  assert.deepEqual(
    de.items.map((i) => i.id),
    [german.id],
    'only the German article, the code read in any case',
  )
  const en = (await (await http.request('/api/articles?language=en')).json()) as { total: number }
  assert.equal(en.total, 2)
  await problem(await http.request('/api/articles?language=english'), 400)
  const facets = (await (await http.request('/api/facets')).json()) as { languages: Array<{ value: string; count: number }>; outlets: Array<{ value: string }>; entities: Array<{ key: string }> }
  assert.deepEqual(facets.languages, [
    { value: 'en', count: 2 },
    { value: 'de', count: 1 },
  ])
  assert.ok(facets.outlets.some((o) => o.value === 'zeitung.example'))
  const narrowed = (await (await http.request('/api/facets?language=en')).json()) as { languages: Array<{ value: string }>; entities: Array<{ key: string }> }
  assert.deepEqual(
    narrowed.languages.map((l) => l.value),
    ['en'],
    'facets follow the filters',
  )
  assert.ok(
    narrowed.entities.some((e) => e.key === 'country:PRK'),
    `the entities of ${a.id} are counted`,
  )
  await store.close()
})
