/**
 * The events map: where the latest stored events happen (their location, else their actor's
 * place), filterable by PLOVER type, entity and dates.
 */
import type { MapPlace } from '../place-map.js'
import { html, type SafeHtml } from '../safe-html.js'
import { entityHref, layout } from './layout.js'
import { worldMapSvg } from './world-map-svg.js'

/** Renders the events map page. */
export function eventsMapPage(r: { events: number; located: number; places: readonly MapPlace[] }, query: Record<string, string>): SafeHtml {
  const body = html`<h1>Events map</h1>
    <form class="filters" method="get" action="/map">
      <label>Type <input name="type" value="${query['type'] ?? ''}" placeholder="ASSAULT" /></label>
      <label>Entity <input name="entity" value="${query['entity'] ?? ''}" placeholder="Q801" /></label>
      <label>From <input name="from" value="${query['from'] ?? ''}" placeholder="2025-01-01" /></label>
      <label>To <input name="to" value="${query['to'] ?? ''}" /></label>
      <button>Show</button>
    </form>
    <p class="meta">${r.located} of the ${r.events} latest events have a place with coordinates.</p>
    ${worldMapSvg(r.places, { title: 'Where the latest events happen (dot size: events)', href: (p) => entityHref(p.key) })}
    <ul class="plain">
      ${r.places.slice(0, 30).map((p) => html`<li><a href="${entityHref(p.key)}">${p.name}</a> <span class="muted">${p.country ?? ''} · ${p.weight} event${p.weight === 1 ? '' : 's'}</span></li>`)}
    </ul>`
  return layout('Events map', body)
}
