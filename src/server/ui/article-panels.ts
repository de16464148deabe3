/**
 * The article page's side panel: one section per kind of finding the article has (quotes by
 * speaker, entities by type, events, dates, quantities), each item linking to its evidence in
 * the text (`#q-1`, `#m-e3`, `#ev-2`) and, where there is one, to its own page. A new analysis
 * layer adds its section by adding a function to `ARTICLE_PANELS`; a panel with nothing to show
 * returns null and is left out.
 */
import type { Article, Entity, EntityType } from '../../model/article.js'
import { html, type SafeHtml } from '../safe-html.js'
import { dateAnchor, eventAnchor, mentionAnchor, quoteAnchor } from './annotated-text.js'
import { entityHref, pairHref } from './layout.js'

/** One side-panel section builder. */
export type ArticlePanel = (a: Article) => SafeHtml | null

const TYPE_NAMES: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organizations',
  GPE: 'Countries and cities',
  LOC: 'Other places',
  FAC: 'Buildings and facilities',
  NORP: 'Nationalities and groups',
  EVENT: 'Named events',
  PRODUCT: 'Products',
}

const shorten = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** Quotes grouped by speaker, most quoted first; unattributed passages last. */
export const quotesBySpeaker: ArticlePanel = (a) => {
  if (a.quotes.length === 0) return null
  const byId = new Map(a.entities.map((e) => [e.id, e]))
  const groups = new Map<string, { name: string; entity: Entity | null; items: number[] }>()
  a.quotes.forEach((q, i) => {
    const entity = q.speaker ? (byId.get(q.speaker) ?? null) : null
    const name = entity?.name ?? q.speakerName ?? 'No speaker named'
    const key = entity ? `e:${entity.id}` : `n:${name.toLowerCase()}`
    const g = groups.get(key) ?? { name, entity, items: [] }
    g.items.push(i)
    groups.set(key, g)
  })
  const ordered = [...groups.values()].sort((x, y) => Number(x.name === 'No speaker named') - Number(y.name === 'No speaker named') || y.items.length - x.items.length)
  return html`<section class="panel" aria-labelledby="panel-quotes">
    <h2 id="panel-quotes">Quotes by speaker (${a.quotes.length})</h2>
    ${ordered.map(
      (g) =>
        html`<details class="speaker-group" open>
          <summary><span class="speaker-name">${g.name}</span> <span class="muted">${g.items.length}</span></summary>
          <ol class="quote-list">
            ${g.items.map((i) => {
              const q = a.quotes[i]!
              return html`<li class="quote-item" data-kind="${q.kind}">
                <a href="#${quoteAnchor(i)}">${q.kind === 'direct' ? `“${shorten(q.text)}”` : shorten(q.text)}</a>${q.cue ? html` <span class="muted">${q.cue}</span>` : ''}
              </li>`
            })}
          </ol>
          ${g.entity ? html`<p class="more"><a class="speaker-page" href="${entityHref(g.entity.key ?? g.entity.name)}">Everything ${g.name} said in the corpus →</a></p>` : ''}
        </details>`,
    )}
  </section>`
}

/** Entities grouped by type, most mentioned first. */
export const entitiesByType: ArticlePanel = (a) => {
  if (a.entities.length === 0) return null
  const types = (Object.keys(TYPE_NAMES) as EntityType[]).filter((t) => a.entities.some((e) => e.type === t))
  return html`<section class="panel" aria-labelledby="panel-entities">
    <h2 id="panel-entities">Entities (${a.entities.length})</h2>
    ${types.map((t) => {
      const list = a.entities.filter((e) => e.type === t).sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name))
      return html`<h3>${TYPE_NAMES[t]} <span class="muted">${list.length}</span></h3>
        <ul class="plain entity-list">
          ${list.map(
            (e) =>
              html`<li>
                <a href="#${mentionAnchor(e.id)}" title="Show where it is named">${e.name}</a> <span class="muted">×${e.mentions.length}</span>
                <a class="page-link" href="${entityHref(e.key ?? e.name)}" aria-label="${e.name}: entity page">page</a>
              </li>`,
          )}
        </ul>`
    })}
  </section>`
}

/** Events with their type, actor and recipient, each jumping to its sentence. */
export const eventsPanel: ArticlePanel = (a) => {
  if (a.events.length === 0) return null
  const name = new Map(a.entities.map((e) => [e.id, e.name]))
  return html`<section class="panel" aria-labelledby="panel-events">
    <h2 id="panel-events">Events (${a.events.length})</h2>
    <ol class="plain event-list">
      ${a.events.map(
        (e) =>
          html`<li>
            <a href="#${eventAnchor(e.id)}"><strong>${e.type}</strong> ${e.actor ? (name.get(e.actor) ?? '?') : '?'}${e.recipient ? ` → ${name.get(e.recipient) ?? '?'}` : ''}</a
            >${e.negated ? ' (negated)' : ''}${e.modality !== 'asserted' ? ` (${e.modality})` : ''}${e.mentions?.length ? html` <span class="muted">named again ${e.mentions.length}×</span>` : ''}${typeof e.confidence === 'number' ? html` <span class="muted">${Math.round(e.confidence * 100)}%</span>` : ''}${e.actorCountry && e.recipientCountry && e.actorCountry !== e.recipientCountry ? html` <a class="page-link" href="${pairHref(e.actorCountry, e.recipientCountry)}">${e.actorCountry} → ${e.recipientCountry}</a>` : ''}
          </li>`,
      )}
    </ol>
  </section>`
}

/** A panel that is one plain list of what the article holds, left out when it holds none. */
function listPanel(id: string, heading: string, count: number, items: readonly SafeHtml[]): SafeHtml | null {
  return count === 0
    ? null
    : html`<section class="panel" aria-labelledby="panel-${id}">
        <h2 id="panel-${id}">${heading} (${count})</h2>
        <ul class="plain">
          ${items}
        </ul>
      </section>`
}

/** Dates with their calendar value. */
export const datesPanel: ArticlePanel = (a) =>
  listPanel(
    'dates',
    'Dates',
    a.dates.length,
    a.dates.map((d, i) => html`<li><a href="#${dateAnchor(i)}">${d.text}</a> <span class="muted">${d.value}</span></li>`),
  )

/** Counts and amounts with what they count (the first 30 listed). */
export const quantitiesPanel: ArticlePanel = (a) =>
  listPanel(
    'quantities',
    'Counts and amounts',
    a.quantities.length,
    a.quantities.slice(0, 30).map((q) => html`<li>${q.text}${q.unit ? html` <span class="muted">${q.unit}</span>` : ''}</li>`),
  )

/** The side panel's sections, in order. */
export const ARTICLE_PANELS: readonly ArticlePanel[] = [quotesBySpeaker, entitiesByType, eventsPanel, datesPanel, quantitiesPanel]

/** Renders every panel the article has something for. */
export function sidePanel(a: Article): SafeHtml {
  const sections = ARTICLE_PANELS.map((panel) => panel(a)).filter((s): s is SafeHtml => s !== null)
  return html`<aside class="side-panel" aria-label="In this article">
    ${sections.length ? sections : html`<section class="panel"><p class="muted">No analysis findings for this article.</p></section>`}
  </aside>`
}
