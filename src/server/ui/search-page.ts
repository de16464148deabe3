/**
 * The search page: a query with the store's filters, a page of hits newest first with their
 * snippets, and, beside them, the largest stories and the store's counts.
 */
import type { ArticleSummary, StoryRecord } from '../../store/article-store.js'
import { html, type SafeHtml } from '../safe-html.js'
import { articleHref, layout, storyHref, timeHtml } from './layout.js'

/** What the search page shows. */
export interface SearchPageData {
  readonly params: Readonly<Record<string, string | number | undefined>>
  readonly total: number
  readonly limit: number
  readonly offset: number
  readonly items: readonly ArticleSummary[]
  readonly stories: readonly StoryRecord[]
  readonly stats: { documents: number; articles: number; stories: number }
}

function pageLink(params: SearchPageData['params'], offset: number): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '' && k !== 'offset') q.set(k, String(v))
  if (offset > 0) q.set('offset', String(offset))
  const s = q.toString()
  return s ? `/?${s}` : '/'
}

/** Renders the search page. */
export function searchPage(d: SearchPageData): SafeHtml {
  const p = d.params
  const val = (k: string): string => (p[k] === undefined ? '' : String(p[k]))
  const hits = d.items.map(
    (i) => html`<li>
<a class="title" href="${articleHref(i.id)}">${i.title ?? '(untitled)'}</a>
<div class="meta">${i.site ?? 'unknown outlet'} · ${timeHtml(i.published ?? i.referenceDate)}${i.story ? html` · <a href="${storyHref(i.story)}">story</a>` : ''}</div>
<div>${i.snippet}${i.snippet.length >= 280 ? '…' : ''}</div>
</li>`,
  )
  const stories = d.stories.length
    ? html`<ul class="plain">${d.stories.map((s) => html`<li><a href="${storyHref(s.id)}">${s.title}</a> <span class="muted">${s.articles} articles, ${s.outlets} outlets</span></li>`)}</ul>`
    : html`<p class="muted">No stories yet: stories appear once the store's articles have been grouped.</p>`
  const body = html`<h1>Search the news</h1>
<form class="search" method="get" action="/" role="search">
  <label>Words<input type="search" name="q" value="${val('q')}" placeholder="troops parade"></label>
  <label>Entity<input name="entity" value="${val('entity')}" placeholder="country:PRK or a name"></label>
  <label>Outlet<input name="outlet" value="${val('outlet')}" placeholder="example.com"></label>
  <label>From<input name="from" value="${val('from')}" placeholder="YYYY-MM-DD"></label>
  <label>To<input name="to" value="${val('to')}" placeholder="YYYY-MM-DD"></label>
  <label>Event type<input name="event" value="${val('event')}" placeholder="CONSULT"></label>
  <button type="submit">Search</button>
</form>
<div class="grid">
<section>
<p class="muted">${d.total} article${d.total === 1 ? '' : 's'}${d.total > 0 ? ` · showing ${d.offset + 1}–${d.offset + d.items.length}` : ''}</p>
${d.items.length ? html`<ol class="hits">${hits}</ol>` : html`<p class="empty">No article matches.</p>`}
<nav class="pager">
${d.offset > 0 ? html`<a href="${pageLink(p, Math.max(0, d.offset - d.limit))}" rel="prev">← Newer</a>` : ''}
${d.offset + d.items.length < d.total ? html`<a href="${pageLink(p, d.offset + d.limit)}" rel="next">Older →</a>` : ''}
</nav>
</section>
<aside>
<section><h2>Stories</h2>${stories}<p><a href="/stories">All stories</a></p></section>
<section><h2>In the store</h2><p class="muted">${d.stats.articles} articles from ${d.stats.documents} documents, ${d.stats.stories} stories.</p><p><a href="/relations">Country pairs</a></p></section>
</aside>
</div>`
  return layout(p['q'] ? `${String(p['q'])} – search` : 'Search', body)
}
