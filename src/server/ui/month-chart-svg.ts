/**
 * A month-by-month bar chart as inline SVG: one series drawn up from the axis and, optionally, a
 * second drawn down (cooperation above, conflict below), with an optional score line. Used for
 * country pairs and for an entity's mentions over time.
 */
import { html, type SafeHtml } from '../safe-html.js'

/** One month's values. */
export interface MonthPoint {
  readonly month: string
  readonly up: number
  readonly down?: number
  /** On a -10..+10 scale, drawn as a line when present. */
  readonly score?: number
  /** More for the month's tooltip ("3 of 40 articles"). */
  readonly note?: string
}

/** Labels and colours of the series. */
export interface MonthChartOptions {
  readonly upLabel: string
  readonly downLabel?: string
  readonly upColour?: string
  readonly downColour?: string
  readonly title: string
}

/** Draws the chart; no months draws a note instead. */
export function monthChartSvg(points: readonly MonthPoint[], o: MonthChartOptions): SafeHtml {
  if (points.length === 0) return html`<p class="empty">No dated data to chart.</p>`
  const bar = 36
  const gap = 30
  const left = 46
  const width = Math.max(420, left + points.length * (bar + gap) + 20)
  const half = 110
  const hasDown = points.some((p) => (p.down ?? 0) > 0) || o.downLabel !== undefined
  const height = hasDown ? 2 * half + 90 : half + 90
  const axis = 50 + half
  const max = Math.max(1, ...points.map((p) => Math.max(p.up, p.down ?? 0)))
  const scale = (v: number): number => (v / max) * (half - 10)
  const up = o.upColour ?? '#3d9a5a'
  const down = o.downColour ?? '#c74646'
  const bars = points.map((p, i) => {
    const x = left + i * (bar + gap)
    const hu = scale(p.up)
    const hd = scale(p.down ?? 0)
    return html`<g
      ><title>${p.month}: ${p.up} ${o.upLabel}${hasDown ? `, ${p.down ?? 0} ${o.downLabel ?? ''}` : ''}${p.score !== undefined ? `, score ${p.score}` : ''}${p.note ? ` (${p.note})` : ''}</title>
      <rect x="${x}" y="${(axis - hu).toFixed(1)}" width="${bar}" height="${hu.toFixed(1)}" fill="${up}" />
      ${hasDown ? html`<rect x="${x}" y="${axis}" width="${bar}" height="${hd.toFixed(1)}" fill="${down}" />` : ''}
      <text x="${x + bar / 2}" y="${height - 8}" text-anchor="middle">${p.month}</text></g
    >`
  })
  const scored = points.filter((p) => p.score !== undefined)
  const line =
    hasDown && scored.length > 1
      ? html`<polyline
          fill="none"
          stroke="#1f5fbf"
          stroke-width="2"
          points="${points
            .map((p, i) => (p.score === undefined ? null : `${left + i * (bar + gap) + bar / 2},${(axis - (p.score / 10) * (half - 10)).toFixed(1)}`))
            .filter((s) => s !== null)
            .join(' ')}"
          ><title>cooperation–conflict score (−10..+10)</title></polyline
        >`
      : ''
  return html`<svg role="img" aria-label="${o.title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
    <text x="${left}" y="16">${o.title}</text>
    <line x1="${left - 6}" y1="${axis}" x2="${width - 10}" y2="${axis}" stroke="#888" />
    <text x="4" y="${axis - half + 14}">${max}</text>
    <text x="4" y="${axis + 4}">0</text>
    ${hasDown ? html`<text x="4" y="${axis + half - 4}">${max}</text>` : ''}
    <rect x="${left}" y="26" width="10" height="10" fill="${up}" />
    <text x="${left + 14}" y="35">${o.upLabel}</text>
    ${hasDown ? html`<rect x="${left + 110}" y="26" width="10" height="10" fill="${down}" /><text x="${left + 124}" y="35">${o.downLabel ?? ''}</text>` : ''} ${bars}${line}
  </svg>`
}
