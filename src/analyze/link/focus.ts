/**
 * The focus of an article: the countries and places it is mostly about, from its linked places
 * (weighted by mentions and salience), its nationalities and the countries of its people and
 * organizations. Weights are shares of the whole; small shares are left out.
 */
import type { Entity, Focus } from '../../model/article.js'

/** Options of `articleFocus`. */
export interface FocusOptions {
  /** Most countries and places listed (default 5 each). */
  readonly limit?: number
  /** Least share listed (default 0.08). */
  readonly minWeight?: number
}

/** Focus countries and places of an article's entities. */
export function articleFocus(entities: readonly Entity[], options: FocusOptions = {}): Focus {
  const limit = options.limit ?? 5
  const minWeight = options.minWeight ?? 0.08
  const countries = new Map<string, number>()
  const add = (c: string | undefined, w: number): void => {
    if (c && /^[A-Z]{3}$/.test(c)) countries.set(c, (countries.get(c) ?? 0) + w)
  }
  const places: { e: Entity; w: number }[] = []
  for (const e of entities) {
    const w = Math.sqrt(e.mentions.length) * (0.5 + (e.salience ?? 0.5))
    if (e.geo) {
      add(e.geo.country, w * (e.geo.feature === 'country' ? 1 : 0.8))
      places.push({ e, w })
    } else if (e.type === 'GPE') add(e.country, w)
    else if (e.type === 'NORP') add(e.country, 0.5 * w)
    else if (e.type === 'PERSON' || e.type === 'ORG') add(e.country, 0.3 * w)
  }
  const total = [...countries.values()].reduce((x, y) => x + y, 0)
  const placeTotal = places.reduce((x, p) => x + p.w, 0)
  const share = (w: number, t: number): number => Math.round((w / t) * 1000) / 1000
  return {
    countries: [...countries]
      .map(([country, w]) => ({ country, weight: share(w, total) }))
      .filter((c) => c.weight >= minWeight)
      .sort((x, y) => y.weight - x.weight || x.country.localeCompare(y.country))
      .slice(0, limit),
    places: places
      .map(({ e, w }) => ({
        entity: e.id,
        name: e.name,
        ...(e.key ? { key: e.key } : {}),
        weight: share(w, placeTotal),
        lat: e.geo!.lat,
        lon: e.geo!.lon,
        ...(e.geo!.country ? { country: e.geo!.country } : {}),
      }))
      .filter((p) => p.weight >= minWeight)
      .sort((x, y) => y.weight - x.weight || x.name.localeCompare(y.name))
      .slice(0, limit),
  }
}
