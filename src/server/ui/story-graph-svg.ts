/**
 * The story's provenance as an inline SVG graph: members left to right in time order, the
 * origin on the middle row, copies above, rewrites below, independent reports on the bottom row,
 * and an arrow from each copy or rewrite back to the article it follows.
 */
import type { StoryView } from '../story-view.js'
import { html, type SafeHtml } from '../safe-html.js'
import { articleHref } from './layout.js'

const ROW: Record<string, number> = { copy: 0, origin: 1, rewrite: 2, independent: 3 }
const COLOUR: Record<string, string> = { origin: '#1f5fbf', copy: '#d05c5c', rewrite: '#d9932b', independent: '#3d9a5a' }

/** Draws the story graph; an empty story draws nothing. */
export function storyGraphSvg(view: StoryView): SafeHtml {
  const members = view.timeline
  if (members.length === 0) return html``
  const stepX = 150
  const stepY = 70
  // Row names sit in a gutter of their own, and a node's label (up to 22 characters, centred)
  // needs half a step on either side, so nothing is drawn over a name or past the edge.
  const gutter = 96
  const firstX = gutter + stepX / 2
  const width = Math.max(360, firstX + (members.length - 1) * stepX + stepX / 2)
  const rowY = (row: number): number => 30 + row * stepY
  const height = rowY(3) + 60
  const at = new Map(members.map((m, i) => [m.article, { x: firstX + i * stepX, y: rowY(ROW[m.relation] ?? 3) }]))
  const edges = view.graph.edges.flatMap((e) => {
    const p = at.get(e.from)
    const q = at.get(e.to)
    if (!p || !q) return []
    // Stop the arrow at the target circle's rim rather than its centre.
    const dx = q.x - p.x
    const dy = q.y - p.y
    const len = Math.hypot(dx, dy) || 1
    const x2 = q.x - (dx / len) * 16
    const y2 = q.y - (dy / len) * 16
    return [
      html`<line x1="${p.x}" y1="${p.y}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${COLOUR[e.relation] ?? '#888'}" stroke-width="2" marker-end="url(#arrow-${e.relation})"
        ><title>${e.relation}</title></line
      >`,
    ]
  })
  const nodes = members.map((m) => {
    const p = at.get(m.article)!
    const label = (m.site ?? m.title ?? m.article).slice(0, 22)
    const when = m.published ? m.published.slice(0, 10) : 'undated'
    return html`<a href="${articleHref(m.article)}"
      ><g
        ><title>${m.relation}: ${m.title ?? m.article} (${m.site ?? 'unknown outlet'}, ${when})</title>
        <circle cx="${p.x}" cy="${p.y}" r="14" fill="${COLOUR[m.relation] ?? '#888'}" />
        <text x="${p.x}" y="${p.y + 30}" text-anchor="middle">${label}</text>
        <text x="${p.x}" y="${p.y + 44}" text-anchor="middle" fill="#5d6778">${when}</text></g
      ></a
    >`
  })
  const rowLabels = Object.entries(ROW).map(
    ([name, row]) => html`<line x1="${gutter}" y1="${rowY(row)}" x2="${width - 8}" y2="${rowY(row)}" stroke="#e6eaf0" /><text x="8" y="${rowY(row) + 4}" fill="#5d6778">${name}</text>`,
  )
  const markers = Object.entries(COLOUR).map(
    ([name, colour]) =>
      html`<marker id="arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}" /></marker>`,
  )
  return html`<svg role="img" aria-label="Story provenance graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
    <defs>${markers}</defs>
    ${rowLabels}${edges}${nodes}
  </svg>`
}
