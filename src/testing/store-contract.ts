/**
 * The behaviour every ArticleStore implementation must show, as one suite of node:test cases.
 * SQLite runs it in `sqlite/sqlite-store.test.ts`; PostgreSQL runs the very same suite.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Article } from '../model/article.js'
import { newArticle } from '../model/new-article.js'
import { documentId } from '../model/ids.js'
import type { ArticleStore, StoredDocument } from '../store/article-store.js'
import type { SearchLimits } from '../store/search-limits.js'

function doc(input: string, body: string): StoredDocument {
  const bytes = new TextEncoder().encode(body)
  return { id: documentId(input, bytes), input, url: null, contentType: 'text/html', fetchedAt: null, body: bytes }
}

function article(input: string, text: string, extra: Partial<Article> = {}): Article {
  return newArticle({ input, text, title: `Title of ${input}`, ...extra })
}

/** How the contract opens a store: with the search limits a test asks for. */
export interface ContractStoreOptions {
  readonly searchLimits?: Partial<SearchLimits>
}

/** Registers the store contract tests against stores made by `open` (a fresh empty store each call). */
export function storeContract(name: string, open: (options?: ContractStoreOptions) => Promise<ArticleStore>): void {
  test(`${name}: should store a document once, however often it is ingested`, async () => {
    const store = await open()
    try {
      const d = doc('a.html', '<p>Hello</p>')
      const first = await store.put(d, article('a.html', 'Seoul confirmed the talks.'))
      const again = await store.put(d, article('a.html', 'Seoul confirmed the talks.'))
      assert.equal(first.inserted, true)
      assert.equal(again.inserted, false)
      assert.deepEqual(await store.stats(), { documents: 1, articles: 1, stories: 0 })
      assert.equal(await store.hasDocument(d.id), true)
      const raw = await store.getDocument(d.id)
      assert.equal(new TextDecoder().decode(raw!.body), '<p>Hello</p>', 'the raw input is kept for re-analysis')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should mark a second outlet's identical text as a same-text duplicate`, async () => {
    const store = await open()
    try {
      const a = article('x/a.html', 'Kim will not attend the parade.', { url: 'https://a.example/story' })
      const b = article('y/b.html', 'Kim  will not attend the parade.', { url: 'https://b.example/copy' })
      await store.put(doc('x/a.html', 'A'), a)
      const second = await store.put(doc('y/b.html', 'B'), b)
      assert.deepEqual(second.duplicateOf, { articleId: a.id, level: 'text' })
      const c = article('z/c.html', 'A different text at the same address.', { url: 'https://www.a.example/story/?utm_source=x' })
      const third = await store.put(doc('z/c.html', 'C'), c)
      assert.deepEqual(third.duplicateOf, { articleId: a.id, level: 'url' }, 'tracking parameters and www. do not make a new URL')
      const d = article('w/d.html', 'Kim skips the parade, a rewrite says.', { url: 'https://d.example/rewrite' })
      await store.put(doc('w/d.html', 'D'), d)
      await store.putStories(
        [{ id: 's1', title: 'Parade', firstSeen: null, lastSeen: null, origin: a.id, articles: 2, outlets: 2, independent: 1 }],
        [
          { story: 's1', article: a.id, relation: 'origin', evidence: null },
          { story: 's1', article: d.id, relation: 'rewrite', evidence: null },
        ],
      )
      const visible = async (unique?: 'url' | 'text' | 'copy' | 'rewrite'): Promise<string[]> => (await store.search({ limit: 50, ...(unique ? { unique } : {}) })).items.map((i) => i.id).sort()
      assert.equal((await visible()).length, 4, 'without a filter every article is listed')
      assert.deepEqual(await visible('url'), [a.id, b.id, d.id].sort(), 'the same-URL level hides only URL duplicates')
      assert.deepEqual(await visible('text'), [a.id, d.id].sort())
      assert.deepEqual(await visible('copy'), [a.id, d.id].sort())
      assert.deepEqual(await visible('rewrite'), [a.id], 'independent reports only')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should filter by language and count the matches by outlet, language, entity, event type and month`, async () => {
    const store = await open()
    try {
      const chile = { id: 'e1', name: 'Chile', type: 'GPE' as const, aliases: [], mentions: [{ start: 0, end: 5 }], key: 'country:CHL', country: 'CHL' }
      const event = { id: 'v1', type: 'AGREE', actor: 'e1', negated: false, modality: 'asserted' as const, evidence: { start: 0, end: 10 } }
      const site = (domain: string) => ({ site: { domain, name: null }, url: `https://${domain}/${domain.length}` })
      const en = article('l1', 'Chile signs the glacier pact.', { language: 'en', referenceDate: '2025-03-04', ...site('a.example'), entities: [chile], events: [event] })
      const en2 = article('l2', 'Chile and the glacier network.', { language: 'en', referenceDate: '2025-04-01', ...site('b.example'), entities: [chile] })
      const de = article('l3', 'Chile unterzeichnet den Gletscherpakt.', { language: 'de', referenceDate: '2025-03-05', ...site('a.example'), entities: [chile] })
      for (const a of [en, en2, de]) await store.put(doc(a.input, a.text), a)
      assert.deepEqual(
        (await store.search({ language: 'de' })).items.map((i) => i.id),
        [de.id],
        'the language filter',
      )
      assert.equal((await store.search({ language: 'EN' })).total, 2, 'codes in any case')
      const f = await store.facets({})
      assert.equal(f.counted, 3)
      assert.deepEqual(f.outlets, [
        { value: 'a.example', count: 2 },
        { value: 'b.example', count: 1 },
      ])
      assert.deepEqual(f.languages, [
        { value: 'en', count: 2 },
        { value: 'de', count: 1 },
      ])
      assert.deepEqual(f.entities, [{ key: 'country:CHL', name: 'Chile', type: 'GPE', count: 3 }])
      assert.deepEqual(f.eventTypes, [{ value: 'AGREE', count: 1 }])
      assert.deepEqual(f.months, [
        { value: '2025-03', count: 2 },
        { value: '2025-04', count: 1 },
      ])
      const narrowed = await store.facets({ language: 'en', outlet: 'a.example' })
      assert.equal(narrowed.counted, 1, 'facets follow the filters')
      assert.deepEqual(narrowed.months, [{ value: '2025-03', count: 1 }])
      assert.equal((await store.facets({}, { sample: 1 })).counted, 1, 'the counted matches are bounded')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should find the other forms of a searched word`, async () => {
    const store = await open()
    try {
      const a = article('g', 'Chile and Argentina will share data on their glaciers after both were sanctioned.')
      const b = article('h', 'A glacial lake burst its banks.')
      await store.put(doc('g', 'g'), a)
      await store.put(doc('h', 'h'), b)
      const ids = async (text: string): Promise<string[]> => (await store.search({ text })).items.map((i) => i.id)
      assert.deepEqual(await ids('glacier'), [a.id], 'a plural is found by its singular')
      assert.deepEqual(await ids('sanctions'), [a.id], 'one inflection finds another')
      assert.deepEqual(await ids('sharing data'), [a.id])
      assert.deepEqual(await ids('burst lake'), [b.id])
    } finally {
      await store.close()
    }
  })

  test(`${name}: should page every search newest first, whether the term is common or rare`, async () => {
    const store = await open()
    try {
      const day = (i: number): string => new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 60) * 86_400_000).toISOString().slice(0, 10)
      for (let i = 0; i < 60; i++) {
        const text = `Bulletin ${i}: the common council met${i % 3 === 0 ? ' about the harbour' : ''}${i % 30 === 0 ? ' and the lighthouse' : ''}.`
        await store.put(doc(`b${i}`, text), article(`b${i}`, text, { referenceDate: day(i), url: `https://sub${i % 4}.port.example/${i}`, site: { domain: `sub${i % 4}.port.example`, name: null } }))
      }
      const pages = async (q: Parameters<ArticleStore['search']>[0], size: number): Promise<{ total: number; dates: string[] }> => {
        const dates: string[] = []
        for (let offset = 0; ; offset += size) {
          const page = await store.search({ ...q, limit: size, offset })
          if (page.items.length === 0) return { total: page.total, dates }
          dates.push(...page.items.map((x) => x.referenceDate ?? ''))
        }
      }
      const newestFirst = (dates: string[]): string[] => [...dates].sort().reverse()
      for (const [q, expected] of [
        [{ text: 'council' }, 60],
        [{ text: 'harbour' }, 20],
        [{ text: 'lighthouse' }, 2],
        [{ outlet: 'port.example', text: 'harbour' }, 20],
        [{ outlet: 'sub1.port.example' }, 15],
      ] as const) {
        const { total, dates } = await pages(q, 7)
        assert.equal(total, expected, JSON.stringify(q))
        assert.equal(dates.length, expected, `${JSON.stringify(q)}: every match on some page, none twice`)
        assert.equal(new Set(dates).size, expected, `${JSON.stringify(q)}: no article on two pages`)
        assert.deepEqual(dates, newestFirst(dates), `${JSON.stringify(q)}: newest first across pages`)
      }
      assert.deepEqual((await store.search({ text: 'council', offset: 500 })).items, [], 'past the end is an empty page')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should count listings and searches up to the count cap, then give total as a lower bound`, async () => {
    const store = await open({ searchLimits: { countCap: 5 } })
    try {
      for (let i = 0; i < 8; i++) {
        const text = `North Korea sent note ${i} to the harbour${i < 3 ? ' and the lighthouse' : ''}.`
        await store.put(
          doc(`n${i}`, text),
          article(`n${i}`, text, {
            referenceDate: `2025-05-0${i + 1}`,
            entities: [{ id: 'e1', name: 'North Korea', type: 'GPE', aliases: [], mentions: [{ start: 0, end: 11 }], country: 'PRK', key: 'country:PRK' }],
            events: [{ id: 'v1', type: 'MOBILIZE', actor: 'e1', actorCountry: 'PRK', negated: false, modality: 'asserted', evidence: { start: 0, end: 20 } }],
          }),
        )
      }
      const seen = async (q: Parameters<ArticleStore['search']>[0]): Promise<[number, boolean, number]> => {
        const r = await store.search(q)
        return [r.total, r.totalIsLowerBound, r.items.length]
      }
      assert.deepEqual(await seen({ limit: 3 }), [5, true, 3], 'a listing of 8 counted to the cap of 5: at least 5')
      assert.deepEqual(await seen({ text: 'harbour', limit: 3 }), [5, true, 3], 'a text search too')
      assert.deepEqual(await seen({ entity: 'country:PRK', text: 'harbour', limit: 3 }), [5, true, 3], 'a filtered search too')
      assert.deepEqual(await seen({ text: 'lighthouse' }), [3, false, 3], 'under the cap the count is exact')
      assert.deepEqual(await seen({ from: '2025-05-04' }), [5, false, 5], 'exactly the cap is exact')
      assert.deepEqual(await seen({ limit: 3, offset: 3 }), [6, true, 3], 'a full page past the cap raises the bound to what it shows')
      assert.deepEqual(await seen({ limit: 3, offset: 6 }), [8, false, 2], 'the page holding the last match knows the total')
      assert.deepEqual(
        (await store.search({ limit: 3, offset: 6 })).items.map((i) => i.referenceDate),
        ['2025-05-02', '2025-05-01'],
        'paging on past the cap still reaches the oldest',
      )
      const events = await store.events({ type: 'MOBILIZE', limit: 2 })
      assert.deepEqual([events.total, events.totalIsLowerBound, events.items.length], [5, true, 2], 'event listings are capped the same way')
      const all = await store.events({ type: 'MOBILIZE' })
      assert.deepEqual([all.total, all.totalIsLowerBound, all.items.length], [8, false, 8])
    } finally {
      await store.close()
    }
  })

  test(`${name}: should count every match when the count cap is lifted`, async () => {
    const store = await open({ searchLimits: { countCap: Infinity } })
    try {
      for (let i = 0; i < 3; i++) await store.put(doc(`u${i}`, `u${i}`), article(`u${i}`, `Note ${i} on the harbour.`))
      const r = await store.search({ limit: 1 })
      assert.deepEqual([r.total, r.totalIsLowerBound, r.items.length], [3, false, 1])
    } finally {
      await store.close()
    }
  })

  test(`${name}: should find articles by words, entity, outlet, date and event type`, async () => {
    const store = await open()
    try {
      const a = article('a', 'North Korea sent troops to Russia.', {
        url: 'https://news.example/a',
        site: { domain: 'news.example', name: 'News' },
        referenceDate: '2025-05-08',
        entities: [{ id: 'e1', name: 'North Korea', type: 'GPE', aliases: [], mentions: [{ start: 0, end: 11 }], country: 'PRK', key: 'country:PRK' }],
        events: [{ id: 'v1', type: 'MOBILIZE', actor: 'e1', actorCountry: 'PRK', negated: false, modality: 'asserted', evidence: { start: 0, end: 34 } }],
      })
      const b = article('b', 'Brazil hosted a football final.', { site: { domain: 'sport.example', name: null }, referenceDate: '2024-01-01' })
      await store.put(doc('a', 'a'), a)
      await store.put(doc('b', 'b'), b)
      const ids = async (q: Parameters<ArticleStore['search']>[0]): Promise<string[]> => (await store.search(q)).items.map((i) => i.id)
      assert.deepEqual(await ids({ text: 'troops' }), [a.id])
      assert.deepEqual(await ids({ text: 'troop*' }), [a.id], 'prefix search')
      assert.deepEqual(await ids({ text: 'AND OR "' }), [], 'query syntax in user text is inert')
      assert.deepEqual(await ids({ entity: 'country:PRK' }), [a.id])
      assert.deepEqual(await ids({ entity: 'north korea' }), [a.id])
      assert.deepEqual(await ids({ outlet: 'www.sport.example' }), [b.id])
      assert.deepEqual(await ids({ from: '2025-01-01' }), [a.id])
      assert.deepEqual(await ids({ eventType: 'mobilize' }), [a.id])
      assert.equal((await store.search({})).total, 2)
      const events = await store.events({ type: 'MOBILIZE', actorCountry: 'prk' })
      assert.equal(events.total, 1)
      assert.equal(events.items[0]?.actorKey, 'country:PRK')
      assert.equal(events.items[0]?.articleDate, '2025-05-08', 'an undated event can be placed by its article')
      const korea = await store.entity('North Korea')
      assert.equal(korea?.key, 'country:PRK')
      assert.deepEqual(
        korea?.articles.map((x) => x.id),
        [a.id],
      )
      assert.equal((await store.getArticle(a.id))?.entities[0]?.key, 'country:PRK')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should find a KB-linked entity by its QID and by its older name-based key`, async () => {
    const store = await open()
    try {
      const old = article('old', 'Israel said troops would stay.', {
        referenceDate: '2024-01-01',
        entities: [{ id: 'e1', name: 'Israel', type: 'GPE', aliases: [], mentions: [{ start: 0, end: 6 }], country: 'ISR', key: 'country:ISR' }],
        events: [{ id: 'v1', type: 'ASSAULT', actor: 'e1', negated: false, modality: 'asserted', evidence: { start: 0, end: 30 } }],
      })
      const linked = article('new', 'Israel said talks would resume.', {
        referenceDate: '2025-01-01',
        entities: [{ id: 'e1', name: 'Israel', type: 'GPE', aliases: [], mentions: [{ start: 0, end: 6 }], country: 'ISR', key: 'Q801', slug: 'country:ISR', wikidata: 'Q801', wikipedia: 'Israel' }],
        events: [{ id: 'v1', type: 'CONSULT', actor: 'e1', negated: false, modality: 'asserted', evidence: { start: 0, end: 31 } }],
      })
      await store.put(doc('old', 'old'), old)
      await store.put(doc('new', 'new'), linked)
      const ids = async (entity: string): Promise<string[]> => (await store.search({ entity })).items.map((i) => i.id).sort()
      assert.deepEqual(await ids('Q801'), [linked.id])
      assert.deepEqual(await ids('country:ISR'), [linked.id, old.id].sort(), 'the old key finds old and new articles')
      assert.deepEqual((await store.events({ entity: 'country:ISR' })).items.map((e) => e.type).sort(), ['ASSAULT', 'CONSULT'])
      assert.equal((await store.entity('Q801'))?.key, 'Q801')
      assert.equal((await store.getArticle(linked.id))?.entities[0]?.wikidata, 'Q801')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should replace a story's members and move an article between stories`, async () => {
    const store = await open()
    try {
      const story = { id: 's1', title: 'Parade', firstSeen: '2025-05-08', lastSeen: '2025-05-09', origin: 'a', articles: 2, outlets: 2, independent: 1 }
      await store.putStories(
        [story],
        [
          { story: 's1', article: 'a', relation: 'origin', evidence: null },
          { story: 's1', article: 'b', relation: 'copy', evidence: { shared: 0.98 } },
        ],
      )
      assert.deepEqual(
        (await store.story('s1'))?.members.map((m) => [m.article, m.relation]),
        [
          ['a', 'origin'],
          ['b', 'copy'],
        ],
      )
      assert.deepEqual(await store.storyOf('b'), { story: 's1', article: 'b', relation: 'copy', evidence: { shared: 0.98 } }, 'an article finds its story')
      assert.equal(await store.storyOf('nowhere'), null)
      await store.putStories([{ ...story, id: 's2', origin: 'b', articles: 1, outlets: 1 }], [{ story: 's2', article: 'b', relation: 'origin', evidence: null }])
      assert.deepEqual(
        (await store.story('s1'))?.members.map((m) => m.article),
        ['a'],
      )
      assert.equal((await store.stories()).length, 2)
    } finally {
      await store.close()
    }
  })

  test(`${name}: should owe stories for every new article until a grouping that covers it is written`, async () => {
    const store = await open()
    try {
      const a = article('a.html', 'Seoul confirmed the talks on Monday.')
      const b = article('b.html', 'Tokyo denied the report on Tuesday.')
      await store.put(doc('a.html', 'a'), a)
      assert.equal(await store.storiesOwed(), 1)
      const story = { id: 's1', title: 'Talks', firstSeen: null, lastSeen: null, origin: a.id, articles: 1, outlets: 1, independent: 1 }
      const membership = { story: 's1', article: a.id, relation: 'origin' as const, evidence: null }
      // Another writer stored b after this grouping read the article list: the grouping is stale.
      await store.put(doc('b.html', 'b'), b)
      assert.equal(await store.putStories([story], [membership], { articleIds: [a.id] }), false)
      assert.equal((await store.stats()).stories, 0, 'nothing of the stale grouping was written')
      assert.equal(await store.storiesOwed(), 2)
      assert.equal(await store.putStories([story], [membership], { articleIds: [a.id, b.id] }), true)
      assert.equal(await store.storiesOwed(), 0)
      assert.equal((await store.stats()).stories, 1)
    } finally {
      await store.close()
    }
  })

  test(`${name}: should refuse a search over its bounds with the reason, and take % in an outlet literally`, async () => {
    const store = await open()
    try {
      await store.put(doc('a.html', 'a'), article('a.html', 'The harbour bridge reopens next month.', { site: { domain: 'news.example', name: null } }))
      await assert.rejects(store.search({ text: Array(166).fill('t*').join(' ') }), (e: Error & { code?: string }) => e.code === 'EQUERY' && /166 words/.test(e.message))
      await assert.rejects(store.search({ text: 'h* bridge' }), /prefix `h\*` is too short/)
      assert.equal((await store.search({ text: 'harb* bridge' })).total, 1)
      assert.equal((await store.search({ outlet: '%' })).total, 0)
      assert.equal((await store.search({ outlet: '_ews.example' })).total, 0)
      assert.equal((await store.search({ outlet: 'news.example' })).total, 1)
      assert.equal(await store.check(), null, 'a healthy store passes its checks')
    } finally {
      await store.close()
    }
  })

  test(`${name}: should filter by topic, count matches per day and list only what was stored since an instant`, async () => {
    const store = await open()
    try {
      const econ = article('e.html', 'Shares fell as the central bank raised rates.', {
        referenceDate: '2025-05-05',
        topics: [{ code: 'medtop:04000000', label: 'economy, business and finance', score: 0.9 }],
      })
      const sport = article('s.html', 'The striker scored twice in the final.', { referenceDate: '2025-05-05', topics: [{ code: 'medtop:15000000', label: 'sport', score: 0.95 }] })
      const later = article('l.html', 'Markets steadied after the rate decision.', {
        referenceDate: '2025-05-12',
        topics: [{ code: 'medtop:04000000', label: 'economy, business and finance', score: 0.7 }],
      })
      await store.put(doc('e.html', 'E'), econ)
      await store.put(doc('s.html', 'S'), sport)
      // Clear of the millisecond the earlier writes were stamped with.
      await new Promise((resolve) => setTimeout(resolve, 20))
      const between = new Date().toISOString()
      await new Promise((resolve) => setTimeout(resolve, 20))
      await store.put(doc('l.html', 'L'), later)
      const ids = async (q: Parameters<ArticleStore['search']>[0]): Promise<string[]> => (await store.search({ ...q, limit: 50 })).items.map((i) => i.id).sort()
      assert.deepEqual(await ids({ topic: 'medtop:04000000' }), [econ.id, later.id].sort())
      assert.deepEqual(await ids({ topic: 'medtop:15000000' }), [sport.id])
      assert.deepEqual(await ids({ topic: 'medtop:16000000' }), [])
      assert.deepEqual(await ids({ ids: [sport.id, 'missing'] }), [sport.id])
      assert.deepEqual(await ids({ storedSince: between }), [later.id], 'only the article stored after the instant')
      assert.deepEqual(Object.fromEntries(await store.countByDay({ topic: 'medtop:04000000' })), { '2025-05-05': 1, '2025-05-12': 1 })
      assert.deepEqual(Object.fromEntries(await store.countByDay({})), { '2025-05-05': 2, '2025-05-12': 1 })
    } finally {
      await store.close()
    }
  })

  test(`${name}: should keep saved searches and owe each matching item once`, async () => {
    const store = await open()
    try {
      const t0 = '2026-01-01T00:00:00.000Z'
      await store.createSavedSearch({
        id: 'w1',
        name: 'floods',
        query: { text: 'flood', topic: 'medtop:03000000' },
        webhook: { url: 'http://127.0.0.1:9/hook', secret: 's3cret-s3cret-s3cret' },
        createdAt: t0,
        cursor: t0,
      })
      await store.createSavedSearch({ id: 'f1', name: 'feed only', query: {}, webhook: null, createdAt: t0, cursor: t0 })
      assert.deepEqual((await store.savedSearches()).map((s) => s.id).sort(), ['f1', 'w1'])
      const w1 = await store.savedSearch('w1')
      assert.deepEqual(w1?.query, { text: 'flood', topic: 'medtop:03000000' })
      assert.deepEqual(w1?.webhook, { url: 'http://127.0.0.1:9/hook', secret: 's3cret-s3cret-s3cret' })
      const now = '2026-01-01T00:01:00.000Z'
      assert.equal(
        await store.recordMatches(
          'w1',
          now,
          [
            { item: 'article:a', payload: { n: 1 } },
            { item: 'event:a:v1', payload: { n: 2 } },
          ],
          now,
        ),
        2,
      )
      assert.equal(await store.recordMatches('w1', now, [{ item: 'article:a', payload: { n: 9 } }], now), 0, 'an item already owed is not owed again')
      assert.equal(await store.recordMatches('f1', now, [{ item: 'article:a', payload: {} }], now), 1, 'another search may owe the same item')
      assert.equal((await store.savedSearch('w1'))?.cursor, now)
      const due = await store.dueDeliveries('2026-01-01T00:02:00.000Z', 10)
      assert.deepEqual(due.map((d) => d.item).sort(), ['article:a', 'event:a:v1'], 'only searches with a webhook owe deliveries')
      assert.deepEqual(due.find((d) => d.item === 'article:a')?.payload, { n: 1 })
      await store.settleDelivery('w1', 'article:a', { ok: false, error: 'HTTP 503', retryAt: '2026-01-01T00:05:00.000Z' })
      await store.settleDelivery('w1', 'event:a:v1', { ok: true, at: '2026-01-01T00:02:01.000Z' })
      assert.deepEqual(await store.dueDeliveries('2026-01-01T00:03:00.000Z', 10), [], 'a failed delivery waits for its retry time')
      const retry = await store.dueDeliveries('2026-01-01T00:05:00.000Z', 10)
      assert.deepEqual(
        retry.map((d) => [d.item, d.attempts, d.lastError]),
        [['article:a', 1, 'HTTP 503']],
      )
      await store.settleDelivery('w1', 'article:a', { ok: false, error: 'HTTP 500', retryAt: null })
      assert.deepEqual(
        (await store.deliveries('w1')).map((d) => [d.item, d.status]),
        [
          ['article:a', 'failed'],
          ['event:a:v1', 'delivered'],
        ],
      )
      assert.equal(await store.deleteSavedSearch('w1'), true)
      assert.equal(await store.deleteSavedSearch('w1'), false)
      assert.deepEqual(await store.deliveries('w1'), [])
    } finally {
      await store.close()
    }
  })
}
