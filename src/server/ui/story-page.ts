/**
 * The story page, read as a timeline of who reported what first: each report in order of
 * publication with its outlet, how long after the first it came, whether it is the origin, a
 * copy, a rewrite (of which report) or an independent report, and its evidence; then the copies
 * and rewrites drawn as a graph, the places, the outlets and the claims that drifted.
 */
import type { StoryRecord } from '../../store/article-store.js'
import type { StoryView } from '../story-view.js'
import type { MapPlace } from '../place-map.js'
import { worldMapSvg } from './world-map-svg.js'
import { html, type SafeHtml } from '../safe-html.js'
import { articleHref, entityHref, layout, storyHref, timeHtml } from './layout.js'
import { storyGraphSvg } from './story-graph-svg.js'
import { dataTable } from './data-table.js'

/** Renders one story. */
export function storyPage(v: StoryView, places: readonly MapPlace[] = []): SafeHtml {
  const s = v.story
  const titleOf = new Map(v.timeline.map((m) => [m.article, m.title ?? m.article]))
  const origin = v.timeline.find((m) => m.article === v.origin)
  const times = v.timeline.map((m) => (m.published && /T\d{2}:\d{2}/.test(m.published) ? Date.parse(m.published) : m.published ? Date.parse(`${m.published}T00:00:00Z`) : NaN))
  const firstTime = Math.min(...times.filter((t) => Number.isFinite(t)))
  const timeline = v.timeline.map((m, i) => {
    const t = times[i]!
    const after = Number.isFinite(t) && Number.isFinite(firstTime) && t > firstTime ? html` <span class="after">${sinceFirst(t - firstTime)} after the first report</span>` : ''
    const first = Number.isFinite(t) && t === firstTime
    return html`<li class="${first ? 'first' : ''}">
      <div><span class="when">${timeHtml(m.published)}</span>${first ? html` <strong class="first-label">first report</strong>` : after}</div>
      <div><span class="badge ${m.relation}">${m.relation}</span> <strong class="outlet">${m.site ?? 'unknown outlet'}</strong>: <a href="${articleHref(m.article)}">${m.title ?? m.article}</a></div>
      ${m.copyOf ? html`<div class="muted">${m.relation === 'copy' ? 'copies' : 'rewrites'} <a href="${articleHref(m.copyOf)}">${titleOf.get(m.copyOf) ?? m.copyOf}</a>${m.level ? ` · ${m.level}` : ''}${m.overlap ? ` · ${Math.round(m.overlap.containment * 100)}% of its text shared` : ''}${m.credit ? ` · credits “${m.credit}”` : ''}</div>` : ''}
      ${
        m.passages.length
          ? html`<details>
              <summary>shared passages</summary>
              ${m.passages.map((p) => html`<blockquote>${p}</blockquote>`)}
            </details>`
          : ''
      }
    </li>`
  })
  const drift = v.drift.map(
    (d) =>
      html`<tr>
        <td><a href="${articleHref(d.article)}">${titleOf.get(d.article) ?? d.article}</a></td>
        <td>${d.kind}</td>
        <td>${d.context}</td>
        <td>${d.original}</td>
        <td>${d.changed}</td>
      </tr>`,
  )
  const body = html`<h1>${s.title}</h1>
    <p class="meta">
      ${s.articles} article${s.articles === 1 ? '' : 's'} from ${s.outlets} outlet${s.outlets === 1 ? '' : 's'} · ${s.independent} independent report${s.independent === 1 ? '' : 's'} ·
      ${timeHtml(s.firstSeen, '?')} – ${timeHtml(s.lastSeen, '?')}
    </p>
    ${v.topics.length ? html`<p class="topics">${v.topics.map((t) => html`<a class="topic" href="/?topic=${encodeURIComponent(t.code)}">${t.label}</a> <span class="muted">${t.articles}</span> `)}</p>` : ''}
    ${
      v.summary.length
        ? html`<h2>Summary</h2>
            <ul class="story-summary">
              ${v.summary.map((l) => html`<li>${l.text} <a class="muted" href="${articleHref(l.article)}">${l.site ?? 'source'}</a></li>`)}
            </ul>`
        : ''
    }
    <p>
      Origin:
      ${origin ? html`<a class="origin-link" href="${articleHref(origin.article)}">${origin.title ?? origin.article}</a> <span class="muted">(${origin.site ?? 'unknown outlet'}, ${timeHtml(origin.published)})</span>` : html`<span class="muted">not determined</span>`}
    </p>
    <h2>Who reported what, in order</h2>
    <ol class="timeline">
      ${timeline}
    </ol>
    <h2>Copies and rewrites</h2>
    ${storyGraphSvg(v)}
    <h2>Places</h2>
    ${worldMapSvg(places, { title: 'Places the story names (dot size: articles)', href: (p) => entityHref(p.key) })}
    <h2>Outlets</h2>
    <ul class="plain">
      ${v.outlets.map((o) => html`<li>${o.name} <span class="muted">${o.articles} article${o.articles === 1 ? '' : 's'}</span></li>`)}
    </ul>
    <h2>Claim drift</h2>
    ${dataTable(['Article', 'Kind', 'About', 'Before', 'After'], drift, { empty: 'No claim changed between the origin and its copies or rewrites.' })}
    <p class="muted"><a href="/api/stories/${encodeURIComponent(s.id)}">This story as JSON</a></p>`
  return layout(s.title, body)
}

/** "2 h 38 min", "3 days": how long after the first report. */
function sinceFirst(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`
  return `${Math.round(hours / 24)} days`
}

/** Renders the list of stories (an empty store says how stories come about). */
export function storiesPage(stories: readonly StoryRecord[], offset: number, limit: number): SafeHtml {
  const rows = stories.map(
    (s) =>
      html`<tr>
        <td><a href="${storyHref(s.id)}">${s.title}</a></td>
        <td>${s.articles}</td>
        <td>${s.outlets}</td>
        <td>${s.independent}</td>
        <td>${timeHtml(s.firstSeen, '')}</td>
        <td>${timeHtml(s.lastSeen, '')}</td>
      </tr>`,
  )
  const body = html`<h1>Stories</h1>
    ${dataTable(['Story', 'Articles', 'Outlets', 'Independent', 'First seen', 'Last seen'], rows, { empty: 'No stories in this store yet. Stories are formed when the stored articles are grouped across outlets.' })}
    <nav class="pager">
      ${offset > 0 ? html`<a href="/stories?offset=${Math.max(0, offset - limit)}">← Previous</a>` : ''}${stories.length === limit ? html`<a href="/stories?offset=${offset + limit}">Next →</a>` : ''}
    </nav>`
  return layout('Stories', body)
}
