/**
 * Maps and KB cards over a real SQLite store and the shipped knowledge base: a country's entity
 * page shows its KB card and map and counts events credited to its nationality, an article's
 * places come back with coordinates, the events map places events, and the base map is served
 * from the product.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { newArticle } from '../model/new-article.js'
import { documentId } from '../model/ids.js'
import { createApp } from './create-app.js'
import { createPipeline } from '../pipeline.js'

function storedDoc(input: string) {
  const body = new TextEncoder().encode(input)
  return { id: documentId(input, body), input, url: null, contentType: 'text/plain', fetchedAt: null, body }
}

async function app() {
  const store = openSqliteStore(':memory:')
  const text = 'Israeli troops entered Gaza on Monday. Israel said the operation would last days.'
  const a = newArticle({
    input: 'gaza.txt',
    text,
    title: 'Troops enter Gaza',
    referenceDate: '2025-05-08',
    entities: [
      { id: 'e1', name: 'Israeli', type: 'NORP', aliases: [], mentions: [{ start: 0, end: 7 }], country: 'ISR', key: 'norp:ISR', related: [{ key: 'Q801', relation: 'nationality-of' }] },
      { id: 'e2', name: 'Gaza', type: 'GPE', aliases: [], mentions: [{ start: 23, end: 27 }], country: 'PSE', key: 'Q47492', geo: { lat: 31.53, lon: 34.45, country: 'PSE' } },
      {
        id: 'e3',
        name: 'Israel',
        type: 'GPE',
        aliases: [],
        mentions: [{ start: 39, end: 45 }],
        country: 'ISR',
        key: 'Q801',
        slug: 'country:ISR',
        wikidata: 'Q801',
        wikipedia: 'Israel',
        geo: { lat: 31.7, lon: 34.8, country: 'ISR', feature: 'country' },
      },
    ],
    events: [{ id: 'v1', type: 'MOBILIZE', actor: 'e1', location: 'e2', actorCountry: 'ISR', negated: false, modality: 'asserted', evidence: { start: 0, end: 38 } }],
    focus: {
      countries: [
        { country: 'ISR', weight: 0.6 },
        { country: 'PSE', weight: 0.4 },
      ],
      places: [],
    },
  })
  await store.put(storedDoc('gaza.txt'), a)
  return { app: createApp({ store, pipeline: () => createPipeline({ models: { loaded: [] } }) }), a, store }
}

test('a country page shows its KB card, a map, and the events credited to its nationality', async () => {
  const { app: server, store } = await app()
  try {
    const page = await (await server.request('/entities/Q801', { headers: { accept: 'text/html' } })).text()
    assert.match(page, /Knowledge base/)
    assert.match(page, /Wikidata Q801/)
    assert.match(page, /English Wikipedia “Israel”/)
    assert.match(page, /<image href="\/assets\/world.svg"/)
    assert.match(page, /<circle cx=/)
    assert.match(page, /MOBILIZE/, 'the event of "Israeli troops" is on Israel\'s page')
    const json = (await (await server.request('/api/entities/country:ISR')).json()) as { entity: { key: string }; card: { wikidata: string; country: string } | null; events: { asActor: unknown[] } }
    assert.equal(json.entity.key, 'Q801', 'the old key opens the linked entity')
    assert.equal(json.card?.country, 'ISR')
    assert.equal(json.events.asActor.length, 1)
  } finally {
    await store.close()
  }
})

test('an article and the events map give places with coordinates, over a base map served by the product', async () => {
  const { app: server, a, store } = await app()
  try {
    const places = (await (await server.request(`/api/articles/${a.id}/places`)).json()) as { places: { name: string; lat: number; lon: number }[]; focus: { countries: { country: string }[] } }
    assert.deepEqual(places.places.map((p) => p.name).sort(), ['Gaza', 'Israel'])
    assert.equal(places.focus.countries[0]?.country, 'ISR')
    const events = (await (await server.request('/api/map/events')).json()) as { located: number; places: { name: string; weight: number }[] }
    assert.equal(events.located, 1)
    assert.equal(events.places[0]?.name, 'Gaza')
    const map = await (await server.request('/map', { headers: { accept: 'text/html' } })).text()
    assert.match(map, /1 of the 1 latest events/)
    const svg = await server.request('/assets/world.svg')
    assert.equal(svg.headers.get('content-type'), 'image/svg+xml')
    const body = await svg.text()
    assert.ok((body.match(/<path /g) ?? []).length > 150, 'country outlines')
    assert.doesNotMatch(body, /https?:\/\/(?!www\.w3\.org)/, 'no outside tiles or links')
    const page = await (await server.request(`/articles/${a.id}`, { headers: { accept: 'text/html' } })).text()
    assert.match(page, /Focus: ISR 60%/)
  } finally {
    await store.close()
  }
})
