/**
 * What a reader sees of a story: a title, when it ran, who carried it and who it is about.
 */
import { urlHost } from '../model/canonical-url.js'
import type { CorpusDoc } from './corpus-doc.js'

/** A story as listed to a reader. */
export interface StorySummary {
  readonly id: string
  readonly title: string | null
  /** Earliest and latest publication date among the members (as given), null when none is dated. */
  readonly span: { readonly first: string; readonly last: string } | null
  /** Outlets (site name, else host), in order of first appearance. */
  readonly outlets: readonly string[]
  /** Names found in the most members, most widespread first (at most five). */
  readonly entities: readonly string[]
  readonly size: number
}

/** Summarizes a story from its members (origin first gives the title) and their names. */
export function summarizeStory(id: string, members: readonly CorpusDoc[], names: readonly (readonly string[])[], origin?: CorpusDoc): StorySummary {
  const dated = members
    .map((d) => d.published)
    .filter((p): p is string => typeof p === 'string' && !Number.isNaN(Date.parse(p)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))
  const outlets: string[] = []
  for (const d of members) {
    const outlet = d.site?.name ?? d.site?.domain ?? urlHost(d.canonicalUrl ?? d.url)
    if (outlet && !outlets.includes(outlet)) outlets.push(outlet)
  }
  const count = new Map<string, { name: string; n: number }>()
  for (const list of names)
    for (const name of new Set(list.map((x) => x.toLowerCase()))) {
      const shown = list.find((x) => x.toLowerCase() === name) ?? name
      const c = count.get(name)
      if (c) c.n++
      else count.set(name, { name: shown, n: 1 })
    }
  const entities = [...count.values()]
    .filter((c) => c.n >= Math.min(2, members.length))
    .sort((a, b) => b.n - a.n || b.name.length - a.name.length)
    .slice(0, 5)
    .map((c) => c.name)
  const title = (origin ?? members.find((d) => d.title))?.title ?? members.find((d) => d.title)?.title ?? null
  return { id, title, span: dated.length > 0 ? { first: dated[0]!, last: dated[dated.length - 1]! } : null, outlets, entities, size: members.length }
}
