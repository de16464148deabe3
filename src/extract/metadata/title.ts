/**
 * The headline of a page. `<title>` usually carries the site name ("Headline | Site",
 * "Site - Headline", "Site: Headline"); OpenGraph, JSON-LD and `<h1>` often carry the bare
 * headline. The headline several sources agree on wins; a site part is cut only when it is
 * recognisably the site (its name or its domain), so real headlines with dashes stay whole.
 */

/** A title candidate and where it came from. */
export interface TitleCandidate {
  readonly text: string
  readonly source: 'jsonld' | 'opengraph' | 'meta' | 'markup' | 'microdata'
  /** What kind of candidate: `title` is the `<title>` element, `h1` a heading. */
  readonly kind: 'headline' | 'title' | 'h1'
}

const SEPARATORS_G = /\s+(?:[|–—»«·•:/\\~]|-{1,2}|::|\|\|)\s+|\s*\|\s*/g

/** Lowercase letters and digits only, for loose comparisons. */
export function squash(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** True when a title part names the site: equal to or contained in its name or domain label. */
function isSitePart(part: string, siteNames: readonly string[]): boolean {
  const p = squash(part)
  if (!p) return true
  return siteNames.some((n) => {
    const s = squash(n)
    if (!s) return false
    return p === s || (p.length >= 3 && s.includes(p)) || (s.length >= 4 && p.includes(s) && p.length <= s.length + 12)
  })
}

/** Removes a leading or trailing site name from a title ("Headline | Site", "Site: Headline"). */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  let t = title.replace(/\s+/g, ' ').trim()
  for (let i = 0; i < 3; i++) {
    const seps = [...t.matchAll(SEPARATORS_G)]
    const firstSep = seps[0]
    const lastSep = seps[seps.length - 1]
    const colon = /^([^:]{2,40}):\s+/.exec(t)
    if (lastSep && isSitePart(t.slice(lastSep.index + lastSep[0].length), siteNames)) {
      t = t.slice(0, lastSep.index).trim()
    } else if (firstSep && isSitePart(t.slice(0, firstSep.index), siteNames)) {
      t = t.slice(firstSep.index + firstSep[0].length).trim()
    } else if (colon && isSitePart(colon[1] ?? '', siteNames)) {
      t = t.slice(colon[0].length).trim()
    } else break
  }
  return t || title.trim()
}

/** Site-name hints from a domain: `www.theguardian.com` gives `theguardian`. */
export function domainLabels(domain: string | null): string[] {
  if (!domain) return []
  const labels = domain.toLowerCase().replace(/^www\d*\./, '').split('.')
  const out = [labels.slice(0, -1).join('.'), labels[labels.length - 2] ?? '', labels[0] ?? ''].filter((x) => x.length >= 3)
  return [...new Set(out)]
}

/** The headline the candidates agree on, with its source; site names are cut from each first. */
export function chooseTitle(candidates: readonly TitleCandidate[], siteNames: readonly string[]): TitleCandidate | null {
  const cleaned = candidates
    .map((c) => ({ ...c, text: c.kind === 'h1' ? c.text.replace(/\s+/g, ' ').trim() : stripSiteName(c.text, siteNames) }))
    .filter((c) => c.text.length > 0 && c.text.length < 400)
  if (!cleaned.length) return null
  const keyOf = (s: string): string => squash(s)
  const votes = new Map<string, number>()
  for (const c of cleaned) votes.set(keyOf(c.text), (votes.get(keyOf(c.text)) ?? 0) + 1)
  // A headline two different sources agree on is the safest choice.
  const agreed = cleaned.find((c) => c.kind !== 'title' && (votes.get(keyOf(c.text)) ?? 0) >= 2)
  if (agreed) return agreed
  const titleEl = cleaned.find((c) => c.kind === 'title')
  const headline = cleaned.find((c) => c.kind === 'headline')
  // An <h1> contained in the page title is the headline without the site decoration.
  const h1s = cleaned.filter((c) => c.kind === 'h1')
  const rawTitle = candidates.find((c) => c.kind === 'title')
  if (rawTitle) {
    const t = keyOf(rawTitle.text)
    const inTitle = h1s.find((h) => keyOf(h.text).length >= 8 && t.includes(keyOf(h.text)))
    if (inTitle) return inTitle
  }
  if (headline) return headline
  if (titleEl) return titleEl
  return h1s[0] ?? null
}
