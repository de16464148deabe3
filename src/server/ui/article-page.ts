/**
 * The article page: the text to read, quiet by default, with switchable layers (entities,
 * quotes, dates, events) laid over it, and beside it a panel listing what the analysis found,
 * each item jumping to its evidence. The switches are checkboxes read by the stylesheet
 * (`:has`), so they work by keyboard and without the script. An article the English-only steps
 * skipped says so at the top.
 */
import { quoteClass, type Article, type AttributionClass } from '../../model/article.js'
import type { StoryMembership } from '../../store/article-store.js'
import { html, type SafeHtml } from '../safe-html.js'
import { annotatedText, articleAnnotations } from './annotated-text.js'
import { sidePanel } from './article-panels.js'
import { articleHref, layout, storyHref, timeHtml } from './layout.js'
import { quoteFilter } from './quote-filter.js'
import { DEFAULT_QUOTE_CLASSES } from '../../model/article.js'
import { articlePlaces } from '../place-map.js'
import { worldMapSvg } from './world-map-svg.js'
import { languageName } from './language-name.js'

/** The layers a reader can switch on, with what counts toward each. */
const LAYERS = [
  { id: 'entities', label: 'Entities', count: (a: Article) => a.entities.length },
  { id: 'quotes', label: 'Quotes', count: (a: Article) => a.quotes.length },
  { id: 'dates', label: 'Dates', count: (a: Article) => a.dates.length },
  { id: 'events', label: 'Events', count: (a: Article) => a.events.length },
] as const

/** Diagnostic codes worth a notice above the text rather than a line at the bottom. */
const NOTICE_CODES = new Set(['english-only-steps-skipped', 'language-declared-otherwise'])

function layerSwitches(a: Article): SafeHtml {
  return html`<fieldset class="layers">
    <legend>Highlight</legend>
    ${LAYERS.map(
      (l) =>
        html`<label class="layer-switch layer-${l.id}"
          ><input type="checkbox" id="layer-${l.id}" name="layer" value="${l.id}" ${l.count(a) === 0 ? html` disabled` : ''} /> ${l.label} <span class="count">${l.count(a)}</span></label
        >`,
    )}
  </fieldset>`
}

function languageLine(a: Article): string {
  const name = languageName(a.language)
  return typeof a.languageConfidence === 'number' ? `${name} (${Math.round(a.languageConfidence * 100)}% sure)` : name
}

/** Renders one article with its analysis; quotes of the given classes (default speech and writing) are listed and highlighted. */
export function articlePage(a: Article, membership: StoryMembership | null, quoteClasses: ReadonlySet<AttributionClass> = DEFAULT_QUOTE_CLASSES): SafeHtml {
  const counts = new Map<AttributionClass, number>()
  for (const q of a.quotes) counts.set(quoteClass(q), (counts.get(quoteClass(q)) ?? 0) + 1)
  // The layers, the text and the side panel all read the shown quotes, so anchors agree.
  const view: Article = { ...a, quotes: a.quotes.filter((q) => quoteClasses.has(quoteClass(q))) }
  const notices = a.diagnostics.filter((d) => NOTICE_CODES.has(d.code))
  const others = a.diagnostics.filter((d) => !NOTICE_CODES.has(d.code))
  const places = articlePlaces(a)
  const body = html`<article class="article-view">
    <header class="article-head">
      <h1>${a.title ?? '(untitled)'}</h1>
      <p class="meta">
        ${a.site.name ?? a.site.domain ?? 'unknown outlet'} ·
        ${timeHtml(a.published, 'publication date unknown')}${a.referenceDate && a.referenceDate !== a.published ? ` (reference date ${a.referenceDate})` : ''}${a.authors.length ? ` · by ${a.authors.join(', ')}` : ''}${a.dateline?.place ? ` · ${a.dateline.place}` : ''}
        · <span class="language">${languageLine(a)}</span>
      </p>
      ${a.url ? html`<p class="meta source-url">Source: ${a.canonicalUrl ?? a.url}</p>` : ''} ${a.originalSource ? html`<p class="meta">Credits ${a.originalSource.name} as its source.</p>` : ''}
      ${a.topics?.length ? html`<p class="topics">${a.topics.map((t) => html`<a class="topic" href="/?topic=${encodeURIComponent(t.code)}">${t.label}</a> <span class="muted">${Math.round(t.score * 100)}%</span> `)}</p>` : ''}
      ${a.tone ? html`<p class="meta tone">Tone ${a.tone.label} (${a.tone.score.toFixed(2)} on -1..1; GDELT-style lexicon ${a.tone.lexicon.toFixed(1)})</p>` : ''}
      ${a.image ? html`<p class="lead-image meta">Lead image (not loaded, so the publisher does not see this reader): <a href="${a.image.url}" rel="noreferrer noopener">${a.image.caption ?? a.image.alt ?? 'open'}</a>${a.image.credit ? html` <span class="muted">${a.image.credit}</span>` : ''}</p>` : ''}
      ${a.description ? html`<p class="description">${a.description}</p>` : ''}
      ${
        a.summary?.length
          ? html`<h2>Summary</h2>
              <ul class="summary">
                ${a.summary.map((s) => html`<li>${s.text}</li>`)}
              </ul>`
          : ''
      }
      ${a.keywords?.length ? html`<p class="keywords">Keywords: ${a.keywords.map((k) => k.text).join(', ')}</p>` : ''}
      ${membership ? html`<p>Part of <a class="story-link" href="${storyHref(membership.story)}">a story</a> as <span class="badge ${membership.relation}">${membership.relation}</span></p>` : ''}
      ${notices.map((d) => html`<p class="notice" role="note" data-code="${d.code}">${d.message}</p>`)}
    </header>
    <div class="reader">
      <div class="reading-column">
        ${layerSwitches(view)} ${a.quotes.length ? quoteFilter(articleHref(a.id), quoteClasses, counts) : ''}
        <div class="article-text" id="text">${annotatedText(a.text, articleAnnotations(view))}</div>
        ${
          places.length
            ? html`<h2>Places</h2>
                ${a.focus?.countries.length ? html`<p class="meta">Focus: ${a.focus.countries.map((c) => `${c.country} ${Math.round(c.weight * 100)}%`).join(' · ')}</p>` : ''}
                ${worldMapSvg(places, { title: 'Places named in this article (dot size: mentions)', href: (p) => `/entities/${encodeURIComponent(p.key)}` })}`
            : ''
        }
        ${
          others.length
            ? html`<details class="diagnostics">
                <summary>Diagnostics (${others.length})</summary>
                <ul>
                  ${others.map((d) => html`<li>${d.level}: ${d.code} — ${d.message}</li>`)}
                </ul>
              </details>`
            : ''
        }
        <p class="muted"><a href="/api/articles/${encodeURIComponent(a.id)}">This article as JSON</a></p>
      </div>
      ${sidePanel(view)}
    </div>
  </article>`
  return layout(a.title ?? 'Article', body)
}
