/**
 * The search page: a query with the store's filters, a page of hits newest first with their
 * snippets, and beside them the facets of the matches (outlet, entity, language, event type, and
 * a month histogram), each value a link that narrows the search. The active filters are listed
 * with a link to drop each. An empty store shows how to put the first articles in.
 */
import type { ArticleSummary, SearchFacets, StoryRecord } from '../../store/article-store.js'
import { html, type SafeHtml } from '../safe-html.js'
import { articleHref, layout, storyHref, timeHtml } from './layout.js'
import { languageName } from './language-name.js'

/** What the search page shows. */
export interface SearchPageData {
  readonly params: Readonly<Record<string, string | number | undefined>>
  readonly total: number
  /** The store stopped counting at its cap: there are `total` matches or more. */
  readonly totalIsLowerBound?: boolean
  readonly limit: number
  readonly offset: number
  readonly items: readonly ArticleSummary[]
  readonly stories: readonly StoryRecord[]
  readonly stats: { documents: number; articles: number; stories: number }
  readonly facets?: SearchFacets | undefined
}

/** Filters a search can carry, with how a chip names each. */
const FILTERS: ReadonlyArray<readonly [string, string]> = [
  ['q', 'words'],
  ['entity', 'entity'],
  ['outlet', 'outlet'],
  ['language', 'language'],
  ['event', 'event'],
  ['from', 'from'],
  ['to', 'to'],
  ['story', 'story'],
  ['unique', 'unique'],
]

/** The search URL with some parameters changed (undefined drops one); the page starts over. */
function searchHref(params: SearchPageData['params'], change: Record<string, string | number | undefined> = {}, offset = 0): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...params, ...change })) if (v !== undefined && v !== '' && k !== 'offset') q.set(k, String(v))
  if (offset > 0) q.set('offset', String(offset))
  const s = q.toString()
  return s ? `/?${s}` : '/'
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

function facetList(title: string, id: string, items: ReadonlyArray<{ label: string; count: number; href: string; active: boolean }>): SafeHtml {
  if (items.length === 0) return html``
  return html`<section aria-labelledby="facet-${id}">
    <h2 id="facet-${id}">${title}</h2>
    <ul class="facet-${id}">
      ${items.map((i) => html`<li><a href="${i.href}" ${i.active ? html` aria-current="true"` : ''}>${i.label}</a> <span class="count">${i.count}</span></li>`)}
    </ul>
  </section>`
}

/** Matches per month as bars, each a link to that month. */
function monthHistogram(params: SearchPageData['params'], months: SearchFacets['months']): SafeHtml {
  if (months.length === 0) return html``
  const shown = months.slice(-24)
  const max = Math.max(...shown.map((m) => m.count))
  const bar = 22
  const gap = 6
  const height = 90
  const width = shown.length * (bar + gap) + 8
  return html`<section aria-labelledby="facet-months">
    <h2 id="facet-months">By month</h2>
    <svg class="histogram" role="img" aria-label="Matching articles per month" viewBox="0 0 ${width} ${height + 34}" width="${width}" height="${height + 34}" xmlns="http://www.w3.org/2000/svg">
      ${shown.map((m, i) => {
        const h = Math.max(2, Math.round((m.count / max) * height))
        const x = 4 + i * (bar + gap)
        return html`<a href="${searchHref(params, { from: `${m.value}-01`, to: lastDayOf(m.value) })}" aria-label="${m.value}: ${m.count} articles"
            ><title>${m.value}: ${m.count}</title><rect x="${x}" y="${height - h + 4}" width="${bar}" height="${h}" fill="#5b8fd9"
          /></a>
          <text x="${x + bar / 2}" y="${height + 18}" text-anchor="middle">${m.value.slice(2).replace('-', '/')}</text>`
      })}</svg
    >${months.length > shown.length ? html`<p class="muted">the last 24 of ${months.length} months</p>` : ''}
  </section>`
}

function facetsAside(d: SearchPageData): SafeHtml {
  const f = d.facets
  if (!f || d.total === 0) return html``
  const p = d.params
  const sampled = f.counted < d.total ? html`<p class="muted">Counts over the newest ${f.counted} of ${d.total}${d.totalIsLowerBound ? '+' : ''} matches.</p>` : ''
  return html`<div class="facets" aria-label="Narrow the search">
    ${sampled}
    ${facetList(
      'Outlet',
      'outlet',
      f.outlets.map((o) => ({ label: o.value, count: o.count, href: searchHref(p, { outlet: o.value }), active: p['outlet'] === o.value })),
    )}
    ${facetList(
      'Entity',
      'entity',
      f.entities.map((e) => ({ label: e.name, count: e.count, href: searchHref(p, { entity: e.key }), active: p['entity'] === e.key })),
    )}
    ${facetList(
      'Language',
      'language',
      f.languages.map((l) => ({ label: languageName(l.value), count: l.count, href: searchHref(p, { language: l.value }), active: p['language'] === l.value })),
    )}
    ${facetList(
      'Event type',
      'event',
      f.eventTypes.map((e) => ({ label: e.value, count: e.count, href: searchHref(p, { event: e.value }), active: p['event'] === e.value })),
    )}
    ${monthHistogram(p, f.months)}
  </div>`
}

function firstSteps(): SafeHtml {
  return html`<section class="first-steps" aria-labelledby="first-steps">
    <h2 id="first-steps">No articles yet</h2>
    <p>This store is empty: there is nothing to search until some news is ingested. Any of these puts articles in:</p>
    <ul>
      <li>
        From a terminal, in the project folder: <code>npx newsgraph ingest examples/</code> (four bundled reports of one story), or your own files, feeds, sitemaps or WARC files; then reload this
        page.
      </li>
      <li>
        Over the API, when the server was started with a token:
        <pre>
curl -X POST -H "Authorization: Bearer $NEWSGRAPH_TOKEN" -H "content-type: application/json" \\
  -d '{"sources": ["https://example.org/feed.xml"]}' /api/ingest</pre>
      </li>
    </ul>
    <p class="muted">The API is described at <a href="/openapi.json">/openapi.json</a>.</p>
  </section>`
}

/** Renders the search page. */
export function searchPage(d: SearchPageData): SafeHtml {
  const p = d.params
  const val = (k: string): string => (p[k] === undefined ? '' : String(p[k]))
  const hits = d.items.map(
    (i) =>
      html`<li>
        <a class="title" href="${articleHref(i.id)}">${i.title ?? '(untitled)'}</a>
        <div class="meta">${i.site ?? 'unknown outlet'} · ${timeHtml(i.published ?? i.referenceDate)}${i.story ? html` · <a href="${storyHref(i.story)}">story</a>` : ''}</div>
        <div>${i.snippet}${i.snippet.length >= 280 ? '…' : ''}</div>
      </li>`,
  )
  const active = FILTERS.filter(([k]) => val(k) !== '')
  const chips = active.length
    ? html`<p class="active-filters" aria-label="Active filters">
        ${active.map(([k, label]) => html`<a href="${searchHref(p, { [k]: undefined })}" aria-label="Remove filter ${label}: ${val(k)}">${label}: ${k === 'language' ? languageName(val(k)) : val(k)} ×</a>`)}${active.length > 1 ? html`<a href="/">clear all</a>` : ''}
      </p>`
    : ''
  const stories = d.stories.length
    ? html`<ul class="plain">
        ${d.stories.map((s) => html`<li><a href="${storyHref(s.id)}">${s.title}</a> <span class="muted">${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.outlets} outlet${s.outlets === 1 ? '' : 's'}</span></li>`)}
      </ul>`
    : html`<p class="muted">No stories yet: stories appear once the store's articles have been grouped.</p>`
  const empty = d.stats.articles === 0
  const body = html`<h1>Search the news</h1>
    <form class="search" method="get" action="/" role="search">
      <label>Words<input type="search" name="q" value="${val('q')}" placeholder="troops parade" /></label>
      <label>Entity<input name="entity" value="${val('entity')}" placeholder="country:PRK or a name" /></label>
      <label>Outlet<input name="outlet" value="${val('outlet')}" placeholder="example.com" /></label>
      <label>Language<input name="language" value="${val('language')}" placeholder="en" size="4" /></label>
      <label>From<input name="from" value="${val('from')}" placeholder="YYYY-MM-DD" /></label>
      <label>To<input name="to" value="${val('to')}" placeholder="YYYY-MM-DD" /></label>
      <label>Event type<input name="event" value="${val('event')}" placeholder="CONSULT" /></label>
      <button type="submit">Search</button>
    </form>
    ${chips}
    ${
      empty
        ? firstSteps()
        : html`<div class="grid">
            <section aria-label="Results">
              <p class="muted result-count">
                ${d.total}${d.totalIsLowerBound ? '+' : ''} article${d.total === 1 && !d.totalIsLowerBound ? '' : 's'}${d.total > 0 ? ` · showing ${d.offset + 1}–${d.offset + d.items.length}` : ''}
              </p>
              ${
                d.items.length
                  ? html`<ol class="hits">
                      ${hits}
                    </ol>`
                  : html`<p class="empty">No article matches${active.length ? ': drop a filter above to widen the search' : ''}.</p>`
              }
              <nav class="pager" aria-label="Pages">
                ${d.offset > 0 ? html`<a href="${searchHref(p, {}, Math.max(0, d.offset - d.limit))}" rel="prev">← Newer</a>` : ''}
                ${d.offset + d.items.length < d.total || (d.totalIsLowerBound && d.items.length === d.limit) ? html`<a href="${searchHref(p, {}, d.offset + d.limit)}" rel="next">Older →</a>` : ''}
              </nav>
            </section>
            <aside>
              ${facetsAside(d)}
              <section>
                <h2>Stories</h2>
                ${stories}
                <p><a href="/stories">All stories</a></p>
              </section>
              <section>
                <h2>In the store</h2>
                <p class="muted">
                  ${d.stats.articles} article${d.stats.articles === 1 ? '' : 's'} from ${d.stats.documents} document${d.stats.documents === 1 ? '' : 's'}, ${d.stats.stories}
                  stor${d.stats.stories === 1 ? 'y' : 'ies'}.
                </p>
                <p><a href="/relations">Country pairs</a></p>
              </section>
            </aside>
          </div>`
    }`
  return layout(p['q'] ? `${String(p['q'])} – search` : 'Search', body)
}
