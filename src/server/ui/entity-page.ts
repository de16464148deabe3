/**
 * The entity page: how often it is named month by month, what it said, the events it is actor
 * or recipient of (with their sentences), who it appears with, and the articles naming it.
 */
import type { EntityView, EventWithEvidence } from '../entity-view.js'
import type { AttributionClass } from '../../model/article.js'
import { DEFAULT_QUOTE_CLASSES } from '../../model/article.js'
import { quoteFilter } from './quote-filter.js'
import { html, type SafeHtml } from '../safe-html.js'
import { articleHref, entityHref, layout } from './layout.js'
import { monthChartSvg } from './month-chart-svg.js'
import { worldMapSvg } from './world-map-svg.js'
import type { KbCard } from '../kb-card.js'
import { dataTable } from './data-table.js'

function cardHtml(c: KbCard): SafeHtml {
  return html`<section class="kb-card">
    <h2>Knowledge base</h2>
    <dl>
      <dt>Description</dt>
      <dd>${c.description || '—'}</dd>
      ${
        c.aliases.length
          ? html`<dt>Also known as</dt>
              <dd>${c.aliases.join(', ')}</dd>`
          : ''
      }
      ${
        c.country
          ? html`<dt>Country</dt>
              <dd>${c.country}</dd>`
          : ''
      }
      ${
        c.role
          ? html`<dt>Role</dt>
              <dd>${c.role}${c.years ? ` (${c.years})` : ''}</dd>`
          : ''
      }
      <dt>Identity</dt>
      <dd>${c.wikidata ? html`Wikidata ${c.wikidata}` : c.id}${c.wikipedia ? html` · English Wikipedia “${c.wikipedia}”` : ''}</dd>
    </dl>
  </section>`
}

function eventRows(events: readonly EventWithEvidence[]): SafeHtml {
  return dataTable(
    ['Date', 'Type', 'Actor', 'Recipient', 'Sentence'],
    events.map(
      (e) =>
        html`<tr>
          <td>${e.date ?? e.articleDate ?? ''}</td>
          <td>${e.type}${e.negated ? ' (negated)' : ''}${e.modality !== 'asserted' ? ` (${e.modality})` : ''}</td>
          <td>${e.actorKey ? html`<a href="${entityHref(e.actorKey)}">${e.actorKey}</a>` : '—'}</td>
          <td>${e.recipientKey ? html`<a href="${entityHref(e.recipientKey)}">${e.recipientKey}</a>` : '—'}</td>
          <td>${e.evidenceText} <a href="${articleHref(e.article)}">article</a></td>
        </tr>`,
    ),
  )
}

/** Renders one entity; its quote list holds the given attribution classes (default speech and writing). */
export function entityPage(v: EntityView, quoteClasses: ReadonlySet<AttributionClass> = DEFAULT_QUOTE_CLASSES): SafeHtml {
  const e = v.entity
  const timeline = [...v.events.asActor, ...v.events.asRecipient].sort((x, y) => (x.date ?? x.articleDate ?? '').localeCompare(y.date ?? y.articleDate ?? ''))
  const body = html`<h1>${e.name}</h1>
    <p class="meta">${e.type}${e.country ? ` · ${e.country}` : ''} · key ${e.key} · named in ${e.articleCount} article${e.articleCount === 1 ? '' : 's'}</p>
    ${v.card ? cardHtml(v.card) : ''}
    <h2>Map</h2>
    ${worldMapSvg(v.places, { title: `Places named with ${e.name} (dot size: articles)`, href: (p) => entityHref(p.key) })}
    <h2>Attention over time</h2>
    <p class="muted">Share of all stored articles each month that name ${e.name}, so a month with more news overall does not look like more attention.</p>
    ${monthChartSvg(
      v.timeline.map((m) => ({ month: m.month, up: Math.round(m.share * 1000) / 10, note: `${m.articles} of ${m.total} articles, ${m.mentions} mention${m.mentions === 1 ? '' : 's'}` })),
      { title: `Articles naming ${e.name}, % of each month's articles`, upLabel: '% of articles', upColour: '#5b8fd9' },
    )}
    ${
      v.timeline.length
        ? html`<details>
            <summary>The figures</summary>
            ${dataTable(
              ['Month', 'Articles naming it', 'All articles', 'Share', 'Mentions'],
              v.timeline.map(
                (m) =>
                  html`<tr>
                    <td>${m.month}</td>
                    <td>${m.articles}</td>
                    <td>${m.total}</td>
                    <td>${(m.share * 100).toFixed(1)}%</td>
                    <td>${m.mentions}</td>
                  </tr>`,
              ),
              { className: 'attention' },
            )}
          </details>`
        : ''
    }
    <h2>Quotes (${v.quotes.length})</h2>
    ${v.quotes.length || v.otherQuotes ? quoteFilter(entityHref(e.key), quoteClasses) : ''}
    ${v.otherQuotes ? html`<p class="muted">${v.otherQuotes} more attribution${v.otherQuotes === 1 ? '' : 's'} of other classes.</p>` : ''}
    ${
      v.quotes.length
        ? html`<ol class="quote-list">
            ${v.quotes.map(
              (q) =>
                html`<li data-class="${q.class}">
                  <blockquote>${q.kind === 'direct' ? html`“${q.text}”` : q.text}</blockquote>
                  <div class="meta">${q.kind} ${q.class}${q.cue ? ` · ${q.cue}` : ''} · <a href="${articleHref(q.article)}">${q.title ?? q.article}</a> · ${q.date ?? 'undated'}</div>
                </li>`,
            )}
          </ol>`
        : html`<p class="empty">No quotes attributed to ${e.name}.</p>`
    }
    <h2>Event timeline (${timeline.length})</h2>
    ${timeline.length ? eventRows(timeline) : html`<p class="empty">${e.name} is neither actor nor recipient of any stored event.</p>`}
    <div class="grid">
      <section>
        <h2>Articles</h2>
        <ul class="plain">
          ${v.articles.slice(0, 50).map((a) => html`<li><a href="${articleHref(a.id)}">${a.title ?? a.id}</a> <span class="muted">${a.date ?? 'undated'} · ${a.mentions} mention${a.mentions === 1 ? '' : 's'}</span></li>`)}
        </ul>
      </section>
      <aside>
        <section>
          <h2>Appears with</h2>
          <ul class="plain">
            ${e.cooccurring.map((o) => html`<li><a href="${entityHref(o.key)}">${o.name}</a> <span class="muted">${o.type} · ${o.articles}</span></li>`)}
          </ul>
        </section>
      </aside>
    </div>
    <p class="muted"><a href="/api/entities/${encodeURIComponent(e.key)}">This entity as JSON</a></p>`
  return layout(e.name, body)
}
