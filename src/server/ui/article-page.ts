/**
 * The article page: the text with entities, quotes and their speakers, dates and events
 * highlighted (evidence in tooltips), then the quotes with their speakers, the entities, the
 * events with their sentences, the dates, and where the article came from.
 */
import type { Article } from '../../model/article.js'
import type { StoryMembership } from '../../store/article-store.js'
import { html, type SafeHtml } from '../safe-html.js'
import { annotatedText, articleAnnotations } from './annotated-text.js'
import { entityHref, layout, pairHref, storyHref, timeHtml } from './layout.js'
import { articlePlaces } from '../place-map.js'
import { worldMapSvg } from './world-map-svg.js'

/** Renders one article with its analysis. */
export function articlePage(a: Article, membership: StoryMembership | null): SafeHtml {
  const byId = new Map(a.entities.map((e) => [e.id, e]))
  const entityLink = (id: string | null | undefined, fallback = '—'): SafeHtml => {
    const e = id ? byId.get(id) : undefined
    return e ? html`<a href="${entityHref(e.key ?? e.name)}">${e.name}</a>` : html`${fallback}`
  }
  const quotes = a.quotes.map(
    (q) => html`<li class="quote-item" data-kind="${q.kind}">
<blockquote>${q.kind === 'direct' ? html`“${q.text}”` : q.text}</blockquote>
<div class="meta"><span class="speaker-name">${q.speaker ? entityLink(q.speaker, q.speakerName ?? 'unattributed') : (q.speakerName ?? 'unattributed')}</span> · ${q.kind}${q.cue ? html` · cue “${q.cue}”` : ''}</div>
</li>`,
  )
  const entities = [...a.entities]
    .sort((x, y) => (y.salience ?? 0) - (x.salience ?? 0) || y.mentions.length - x.mentions.length)
    .map((e) => html`<tr><td><a href="${entityHref(e.key ?? e.name)}">${e.name}</a></td><td>${e.type}</td><td>${e.country ?? ''}</td><td>${e.mentions.length}</td><td>${e.aliases.join(', ')}</td></tr>`)
  const events = a.events.map(
    (e) => html`<tr><td>${e.type}${e.mode ? `/${e.mode}` : ''}</td><td>${entityLink(e.actor)}${e.actorCountry ? ` (${e.actorCountry})` : ''}</td>
<td>${entityLink(e.recipient)}${e.recipientCountry ? ` (${e.recipientCountry})` : ''}</td><td>${e.modality}${e.negated ? ', negated' : ''}</td><td>${e.date ?? ''}</td>
<td>${a.text.slice(e.evidence.start, e.evidence.end)}${e.actorCountry && e.recipientCountry && e.actorCountry !== e.recipientCountry ? html` <a href="${pairHref(e.actorCountry, e.recipientCountry)}">pair</a>` : ''}</td></tr>`,
  )
  const dates = a.dates.map((d) => html`<tr><td>${d.text}</td><td>${d.value}</td><td>${d.type ?? ''}</td></tr>`)
  const legend = html`<p class="legend"><span class="ent-PERSON">person</span><span class="ent-ORG">organization</span><span class="ent-GPE">place</span><span class="ent-NORP">group / other</span><span class="quote">quote</span><span class="speaker">speaker</span><span class="date">date</span><span class="event">event sentence</span> <span class="muted">Hover for the evidence.</span></p>`
  const body = html`<article>
<h1>${a.title ?? '(untitled)'}</h1>
<p class="meta">${a.site.name ?? a.site.domain ?? 'unknown outlet'} · ${timeHtml(a.published, 'publication date unknown')}${a.referenceDate && a.referenceDate !== a.published ? ` (reference date ${a.referenceDate})` : ''}${a.authors.length ? ` · by ${a.authors.join(', ')}` : ''}${a.dateline?.place ? ` · ${a.dateline.place}` : ''} · ${a.language}</p>
${a.url ? html`<p class="meta">Source: ${a.canonicalUrl ?? a.url}</p>` : ''}
${a.originalSource ? html`<p class="meta">Credits ${a.originalSource.name} as its source.</p>` : ''}
${a.topics?.length ? html`<p class="topics">${a.topics.map((t) => html`<a class="topic" href="/?topic=${encodeURIComponent(t.code)}">${t.label}</a> <span class="muted">${Math.round(t.score * 100)}%</span> `)}</p>` : ''}
${a.tone ? html`<p class="meta tone">Tone ${a.tone.label} (${a.tone.score.toFixed(2)} on -1..1; GDELT-style lexicon ${a.tone.lexicon.toFixed(1)})</p>` : ''}
${a.image ? html`<p class="lead-image meta">Lead image (not loaded, so the publisher does not see this reader): <a href="${a.image.url}" rel="noreferrer noopener">${a.image.caption ?? a.image.alt ?? 'open'}</a>${a.image.credit ? html` <span class="muted">${a.image.credit}</span>` : ''}</p>` : ''}
${a.description ? html`<p class="description">${a.description}</p>` : ''}
${a.summary?.length ? html`<h2>Summary</h2><ul class="summary">${a.summary.map((s) => html`<li>${s.text}</li>`)}</ul>` : ''}
${a.keywords?.length ? html`<p class="keywords">Keywords: ${a.keywords.map((k) => k.text).join(', ')}</p>` : ''}
${membership ? html`<p>Part of <a class="story-link" href="${storyHref(membership.story)}">a story</a> as <span class="badge ${membership.relation}">${membership.relation}</span></p>` : ''}
${legend}
<div class="article-text">${annotatedText(a.text, articleAnnotations(a))}</div>
</article>
<h2>Quotes (${a.quotes.length})</h2>
${a.quotes.length ? html`<ol class="quote-list">${quotes}</ol>` : html`<p class="empty">No quotes found.</p>`}
<h2>Entities (${a.entities.length})</h2>
${a.entities.length ? html`<table><thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Mentions</th><th>Also called</th></tr></thead><tbody>${entities}</tbody></table>` : html`<p class="empty">No entities found.</p>`}
<h2>Places</h2>
${a.focus?.countries.length ? html`<p class="meta">Focus: ${a.focus.countries.map((c) => `${c.country} ${Math.round(c.weight * 100)}%`).join(' · ')}</p>` : ''}
${worldMapSvg(articlePlaces(a), { title: 'Places named in this article (dot size: mentions)', href: (p) => entityHref(p.key) })}
<h2>Events (${a.events.length})</h2>
${a.events.length ? html`<table><thead><tr><th>Type</th><th>Actor</th><th>Recipient</th><th>Modality</th><th>Date</th><th>Evidence</th></tr></thead><tbody>${events}</tbody></table>` : html`<p class="empty">No events found.</p>`}
<h2>Dates (${a.dates.length})</h2>
${a.dates.length ? html`<table><thead><tr><th>Text</th><th>Value</th><th>Type</th></tr></thead><tbody>${dates}</tbody></table>` : html`<p class="empty">No dates found.</p>`}
${a.diagnostics.length ? html`<h2>Diagnostics</h2><ul>${a.diagnostics.map((d) => html`<li>${d.level}: ${d.code} — ${d.message}</li>`)}</ul>` : ''}
<p class="muted"><a href="/api/articles/${encodeURIComponent(a.id)}">This article as JSON</a></p>`
  return layout(a.title ?? 'Article', body)
}
