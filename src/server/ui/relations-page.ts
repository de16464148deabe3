/**
 * Country-pair pages: the list of ordered pairs with their balance of cooperation and conflict,
 * and one pair charted month by month (cooperation up, conflict down, score line) with the
 * sentences behind the latest events.
 */
import type { PairTimeline } from '../../corpus/pair-timelines.js'
import type { EventWithEvidence } from '../entity-view.js'
import { html, type SafeHtml } from '../safe-html.js'
import { articleHref, layout, pairHref } from './layout.js'
import { monthChartSvg } from './month-chart-svg.js'
import { eventAnchor } from './annotated-text.js'
import { dataTable } from './data-table.js'

const coop = (counts: Record<string, number>): number => Object.entries(counts).reduce((n, [k, v]) => (k.endsWith('cooperation') ? n + v : n), 0)
const conflict = (counts: Record<string, number>): number => Object.entries(counts).reduce((n, [k, v]) => (k.endsWith('conflict') ? n + v : n), 0)

/** Renders the list of pairs. */
export function relationsPage(pairs: readonly PairTimeline[]): SafeHtml {
  const rows = pairs.map(
    (p) =>
      html`<tr>
        <td><a href="${pairHref(p.actor, p.recipient)}">${p.actor} → ${p.recipient}</a></td>
        <td>${p.events}</td>
        <td>${coop(p.byQuadClass)}</td>
        <td>${conflict(p.byQuadClass)}</td>
        <td>${p.score}</td>
      </tr>`,
  )
  const body = html`<h1>Country pairs</h1>
    <p class="muted">Ordered actor → recipient pairs of the stored events. Score: mean PLOVER weight of asserted, non-negated events, from −10 (conflict) to +10 (cooperation).</p>
    ${dataTable(['Pair', 'Events', 'Cooperation', 'Conflict', 'Score'], rows, { empty: 'No event with both an actor and a recipient country is stored yet.' })}`
  return layout('Country pairs', body)
}

/** Below this confidence an event counts as low-confidence (the pair page can hide them). */
export const LOW_CONFIDENCE = 0.5

/** Renders one pair over time, with the sentences of its latest events (low-confidence ones hidden on request). */
export function pairPage(actor: string, recipient: string, p: PairTimeline | undefined, events: readonly EventWithEvidence[], options: { hideLow?: boolean } = {}): SafeHtml {
  const low = (e: EventWithEvidence): boolean => typeof e.confidence === 'number' && e.confidence < LOW_CONFIDENCE
  const hidden = options.hideLow ? events.filter(low).length : 0
  const shown = options.hideLow ? events.filter((e) => !low(e)) : events
  const rows = shown.map(
    (e) =>
      html`<tr class="${low(e) ? 'low-confidence' : ''}">
        <td>${e.date ?? e.articleDate ?? ''}</td>
        <td>${e.type}${e.negated ? ' (negated)' : ''}${e.modality !== 'asserted' ? ` (${e.modality})` : ''}</td>
        <td>${typeof e.confidence === 'number' ? `${Math.round(e.confidence * 100)}%` : '—'}</td>
        <td class="evidence">${e.evidenceText}<br /><a href="${articleHref(e.article)}#${eventAnchor(e.event)}">${e.title ?? 'article'}</a></td>
      </tr>`,
  )
  const chart = monthChartSvg(
    (p?.months ?? []).map((m) => ({ month: m.month, up: m.cooperation, down: m.conflict, score: m.score })),
    { title: `${actor} → ${recipient}: cooperation and conflict by month`, upLabel: 'cooperation', downLabel: 'conflict' },
  )
  const body = html`<h1>${actor} → ${recipient}</h1>
    ${p ? html`<p class="meta">${p.events} events · ${coop(p.byQuadClass)} cooperation, ${conflict(p.byQuadClass)} conflict · score ${p.score}${p.undated ? ` · ${p.undated} undated` : ''} · <a href="${pairHref(recipient, actor)}">${recipient} → ${actor}</a></p>` : html`<p class="empty">No stored event has ${actor} as actor and ${recipient} as recipient.</p>`}
    ${chart}
    ${
      p
        ? html`<h2>By type</h2>
            <p>
              ${Object.entries(p.byType)
                .sort((x, y) => y[1] - x[1])
                .map(([t, n]) => html`<span class="badge">${t} ${n}</span> `)}
            </p>`
        : ''
    }
    <h2>Latest events and their evidence</h2>
    <form class="inline" method="get" action="${pairHref(actor, recipient)}">
      <label><input type="checkbox" name="hide-low" value="1" ${options.hideLow ? html` checked` : ''} /> Hide low-confidence events (under ${Math.round(LOW_CONFIDENCE * 100)}%)</label>
      <button type="submit">Apply</button>
    </form>
    ${hidden ? html`<p class="muted hidden-count">${hidden} low-confidence event${hidden === 1 ? '' : 's'} hidden.</p>` : ''}
    ${dataTable(['Date', 'Type', 'Confidence', 'Sentence'], rows, { className: 'pair-events', empty: events.length ? 'Every event of this pair is low-confidence; untick the box to see them.' : 'None.' })}
    <p class="muted">
      <a href="/api/relations/${encodeURIComponent(actor)}/${encodeURIComponent(recipient)}">This pair as JSON</a> ·
      <a href="/api/events?pair=${encodeURIComponent(`${actor}-${recipient}`)}&amp;format=gdelt">events as GDELT-style TSV</a>
    </p>`
  return layout(`${actor} → ${recipient}`, body)
}
