/**
 * A world map drawn without outside tiles: the country outlines shipped in `models/kb/world.json`
 * (Natural Earth 1:110m, public domain, projected at build time) served as one cached SVG
 * asset, and the page's places drawn over it as dots sized by weight, each with its name.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { MAP_HEIGHT, MAP_WIDTH, project } from '../../analyze/kb/projection.js'
import type { MapPlace } from '../place-map.js'
import { escapeHtml, html, type SafeHtml } from '../safe-html.js'

let world: string | undefined

/** The base map as an SVG document (empty outline when the KB files are absent). */
export function worldSvg(dir = resolve(import.meta.dirname, '../../../models/kb')): string {
  if (world === undefined) {
    const path = resolve(dir, 'world.json')
    const shapes = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { countries: { id: string; name: string; d: string }[] }).countries : []
    const paths = shapes.map((c) => `<path d="${c.d}"><title>${escapeHtml(c.name)}</title></path>`).join('')
    world = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#eef4f8"/><g fill="#d9dee3" stroke="#fff" stroke-width="0.4">${paths}</g></svg>`
  }
  return world
}

/** The map of some places, or a note when none has coordinates. */
export function worldMapSvg(places: readonly MapPlace[], options: { title: string; href?: (p: MapPlace) => string }): SafeHtml {
  if (places.length === 0) return html`<p class="empty">No place with coordinates.</p>`
  const most = Math.max(...places.map((p) => p.weight))
  const dots = places.map((p) => {
    const { x, y } = project(p.lat, p.lon)
    const r = (2 + 5 * Math.sqrt(p.weight / most)).toFixed(1)
    const dot = html`<circle cx="${x}" cy="${y}" r="${r}" fill="#c0392b" fill-opacity="0.75" stroke="#fff" stroke-width="0.6"
      ><title>${p.name}${p.country ? ` (${p.country})` : ''}: ${p.weight}</title></circle
    >`
    return options.href ? html`<a href="${options.href(p)}">${dot}</a>` : dot
  })
  return html`<figure class="map">
    <svg role="img" aria-label="${options.title}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="100%">
      <image href="/assets/world.svg" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" />
      ${dots}
    </svg>
    <figcaption>${options.title}</figcaption>
  </figure>`
}
