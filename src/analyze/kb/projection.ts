/**
 * The plain equirectangular projection the maps use (720 x 360 units, longitude -180 at x 0,
 * latitude 90 at y 0): simple, needs no library, and puts a place dot exactly where its
 * country's outline says.
 */

/** A ring of [longitude, latitude] points. */
export type Ring = readonly (readonly number[])[]

/** Map width and height in SVG units. */
export const MAP_WIDTH = 720
export const MAP_HEIGHT = 360

/** Projects a point to map units. */
export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: round1(((lon + 180) / 360) * MAP_WIDTH), y: round1(((90 - lat) / 180) * MAP_HEIGHT) }
}

/**
 * SVG path data of rings, with points closer than `minStep` map units to the last kept one
 * dropped (a world map at this size needs no finer outline); a ring that crosses the
 * antimeridian is split there rather than drawn across the map.
 */
export function projectRings(rings: readonly Ring[], minStep = 0.8): string {
  const parts: string[] = []
  for (const ring of rings) {
    let last: { x: number; y: number } | null = null
    let lastLon = 0
    let sub: string[] = []
    const flush = (): void => {
      if (sub.length >= 3) parts.push(`M${sub.join('L')}Z`)
      sub = []
    }
    for (const point of ring) {
      const [lon, lat] = [point[0]!, point[1]!]
      if (last && Math.abs(lon - lastLon) > 180) {
        flush()
        last = null
      }
      const p = project(lat, lon)
      lastLon = lon
      if (last && Math.hypot(p.x - last.x, p.y - last.y) < minStep) continue
      sub.push(`${p.x} ${p.y}`)
      last = p
    }
    flush()
  }
  return parts.join('')
}

function round1(x: number): number {
  return Math.round(x * 10) / 10
}
