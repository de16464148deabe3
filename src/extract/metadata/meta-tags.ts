/**
 * The `<meta>` tags of a page as a lookup table: `name`, `property`, `itemprop` and `http-equiv`
 * keys, lowercased, each with its contents in document order. OpenGraph, Twitter cards, Dublin
 * Core, Parse.ly, Sailthru and citation tags are all read from here.
 */
import { attr } from './dom.js'
import type { PageIndex } from './page-index.js'

/** Contents of a page's meta tags by lowercased key. */
export interface MetaTags {
  /** First non-empty content for any of the keys, tried in the order given. */
  first(...keys: string[]): { key: string; value: string } | undefined
  /** Every content for a key, in document order. */
  all(key: string): readonly string[]
  /** Keys present on the page. */
  keys(): Iterable<string>
}

/** Reads every meta tag of the page (some pages put them in the body, so the whole tree is searched). */
export function readMetaTags(page: PageIndex): MetaTags {
  const map = new Map<string, string[]>()
  for (const el of page.byName('meta')) {
    const content = attr(el, 'content') ?? attr(el, 'value')
    if (content === undefined) continue
    for (const a of ['name', 'property', 'itemprop', 'http-equiv']) {
      const raw = attr(el, a)
      if (!raw) continue
      // `property` may hold several space-separated keys (RDFa).
      for (const key of raw.toLowerCase().split(/\s+/)) {
        const list = map.get(key)
        if (list) list.push(content)
        else map.set(key, [content])
      }
    }
  }
  return {
    first(...keys: string[]) {
      for (const key of keys) {
        const v = map.get(key)?.find((x) => x.trim())
        if (v) return { key, value: v.trim() }
      }
      return undefined
    },
    all(key: string) {
      return map.get(key) ?? []
    },
    keys() {
      return map.keys()
    },
  }
}
