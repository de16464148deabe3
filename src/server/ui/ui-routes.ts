/**
 * The web UI's routes: search, article, story, entity and country-pair pages, plus the
 * same-origin stylesheet, script and icon. Pages are rendered on the server from the same view
 * builders the JSON API answers with.
 */
import { Hono } from 'hono'
import type { ArticleStore, EventRecord } from '../../store/article-store.js'
import { HttpProblem } from '../problem.js'
import { pageParams, parseQuery, quoteFilterParams, relationParams, searchParams, toSearchQuery } from '../query-params.js'
import { storyView } from '../story-view.js'
import { entityView, type EventWithEvidence } from '../entity-view.js'
import { loadPairTimelines } from '../relations-timeline.js'
import type { ServerLimits } from '../server-limits.js'
import type { SafeHtml } from '../safe-html.js'
import { STYLESHEET } from './styles.js'
import type { KnowledgeBase } from '../../analyze/kb/knowledge-base.js'
import { placesOfArticles } from '../place-map.js'
import { storyArticles } from '../geo-routes.js'
import { APP_SCRIPT, ICON_SVG } from './app-script.js'
import { searchPage } from './search-page.js'
import { articlePage } from './article-page.js'
import { storiesPage, storyPage } from './story-page.js'
import { entityPage } from './entity-page.js'
import { pairPage, relationsPage } from './relations-page.js'

/** What the UI routes need. */
export interface UiDeps {
  readonly store: ArticleStore
  readonly limits: ServerLimits
  /** The knowledge base for entity cards, loaded on first use. */
  readonly kb?: () => KnowledgeBase | undefined
}

const asset = (body: string, type: string) => ({ body, headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' } })

/** Builds the UI sub-application. */
export function uiRoutes({ store, limits, kb }: UiDeps): Hono {
  const ui = new Hono()
  const page = (markup: SafeHtml, status = 200) => new Response(String(markup), { status, headers: { 'content-type': 'text/html; charset=utf-8' } })

  const css = asset(STYLESHEET, 'text/css; charset=utf-8')
  const js = asset(APP_SCRIPT, 'text/javascript; charset=utf-8')
  const icon = asset(ICON_SVG, 'image/svg+xml')
  ui.get('/assets/style.css', (c) => c.body(css.body, 200, css.headers))
  ui.get('/assets/app.js', (c) => c.body(js.body, 200, js.headers))
  ui.get('/assets/icon.svg', (c) => c.body(icon.body, 200, icon.headers))
  ui.get('/favicon.ico', (c) => c.body(icon.body, 200, icon.headers))

  ui.get('/', async (c) => {
    const query = c.req.query()
    const p = parseQuery(searchParams(limits.pageSize), query)
    const q = toSearchQuery(p)
    const [result, stories, stats] = await Promise.all([store.search(q), store.stories({ limit: 8 }), store.stats()])
    const facets = result.total > 0 ? await store.facets(q) : undefined
    const params = Object.fromEntries(Object.entries(query).filter(([k, v]) => v.trim() !== '' && k !== 'offset'))
    return page(searchPage({ params, total: result.total, totalIsLowerBound: result.totalIsLowerBound, limit: p.limit, offset: p.offset, items: result.items, stories, stats, facets }))
  })

  ui.get('/articles/:id', async (c) => {
    const id = c.req.param('id')
    const { quotes } = parseQuery(quoteFilterParams, c.req.query())
    const article = await store.getArticle(id)
    if (!article) throw new HttpProblem(404, `no article \`${id}\``)
    return page(articlePage(article, await store.storyOf(id), quotes))
  })

  ui.get('/stories', async (c) => {
    const p = parseQuery(pageParams(limits.pageSize), c.req.query())
    return page(storiesPage(await store.stories({ limit: p.limit, offset: p.offset }), p.offset, p.limit))
  })

  ui.get('/stories/:id', async (c) => {
    const view = await storyView(store, c.req.param('id'))
    if (!view) throw new HttpProblem(404, `no story \`${c.req.param('id')}\``)
    return page(storyPage(view, placesOfArticles((await storyArticles(store, c.req.param('id'))) ?? [])))
  })

  ui.get('/entities/:key', async (c) => {
    const { quotes } = parseQuery(quoteFilterParams, c.req.query())
    const view = await entityView(store, c.req.param('key'), { quoteClasses: quotes, kb: kb?.() })
    if (!view) throw new HttpProblem(404, `no entity \`${c.req.param('key')}\` in the store`)
    return page(entityPage(view, quotes))
  })

  ui.get('/relations', async (c) => {
    const p = parseQuery(relationParams, c.req.query())
    return page(relationsPage(await loadPairTimelines(store, p)))
  })

  ui.get('/relations/:actor/:recipient', async (c) => {
    const p = parseQuery(relationParams, { ...c.req.query(), actor: c.req.param('actor'), recipient: c.req.param('recipient') })
    const actor = p.actor!
    const recipient = p.recipient!
    const [pair] = await loadPairTimelines(store, p)
    const latest = await store.events({ actorCountry: actor, recipientCountry: recipient, limit: 50 })
    const hideLow = c.req.query('hide-low') === '1'
    return page(pairPage(actor, recipient, pair, await withEvidence(store, latest.items), { hideLow }))
  })

  return ui
}

async function withEvidence(store: ArticleStore, items: readonly EventRecord[]): Promise<EventWithEvidence[]> {
  const texts = new Map<string, { text: string; title: string | null; confidence: Map<string, number> } | null>()
  const out: EventWithEvidence[] = []
  for (const r of items) {
    if (!texts.has(r.article)) {
      const a = await store.getArticle(r.article)
      texts.set(r.article, a ? { text: a.text, title: a.title, confidence: new Map(a.events.flatMap((e) => (typeof e.confidence === 'number' ? [[e.id, e.confidence] as const] : []))) } : null)
    }
    const a = texts.get(r.article)
    const confidence = a?.confidence.get(r.event)
    out.push({ ...r, evidenceText: a?.text.slice(r.evidence.start, r.evidence.end) ?? '', title: a?.title ?? null, ...(confidence !== undefined ? { confidence } : {}) })
  }
  return out
}
