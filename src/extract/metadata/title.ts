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
  /** Class and id of a heading element, a hint of what it is. */
  readonly className?: string
  /** A heading below `<h1>` (a post title in `<h2>`): chosen only when it agrees with the page title better. */
  readonly minor?: boolean
  /** A heading's text with its kicker or topic line, when `text` leaves one out. */
  readonly withKicker?: string
}

const SEPARATORS_G = /\s+(?:[|–—»«·•:/\\~]|-{1,2}|::|\|\|)\s+|\s*[|｜：]\s*|(?<=[^\s\d]):(?=[^\s\d])/g

/** Lowercase letters and digits only, for loose comparisons. */
export function squash(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** True when a title part names the site: equal to or contained in its name or domain label. */
function isSitePart(part: string, squashedSites: readonly string[]): boolean {
  return isSquashedSitePart(squash(part), squashedSites)
}

function isSquashedSitePart(p: string, squashedSites: readonly string[]): boolean {
  if (!p) return true
  return squashedSites.some((s) => {
    if (!s) return false
    return p === s || (p.length >= 3 && s.includes(p)) || (s.length >= 4 && p.includes(s) && p.length <= s.length + 12)
  })
}

/** Removes a leading or trailing site name from a title ("Headline | Site", "Site: Headline"). */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  return stripSquashedSites(title, siteNames.map(squash))
}

function stripSquashedSites(title: string, squashedSites: readonly string[]): string {
  let t = title.replace(/\s+/g, ' ').trim()
  for (let i = 0; i < 3; i++) {
    const seps = [...t.matchAll(SEPARATORS_G)]
    const firstSep = seps[0]
    const lastSep = seps[seps.length - 1]
    const colon = /^([^:]{2,40}):\s+/.exec(t)
    if (lastSep && isSitePart(t.slice(lastSep.index + lastSep[0].length), squashedSites)) {
      t = t.slice(0, lastSep.index).trim()
    } else if (firstSep && isSitePart(t.slice(0, firstSep.index), squashedSites)) {
      t = t.slice(firstSep.index + firstSep[0].length).trim()
    } else if (colon && isSitePart(colon[1] ?? '', squashedSites)) {
      t = t.slice(colon[0].length).trim()
    } else {
      // "Headline — Site — Tagline": the site in the middle ends the headline.
      const middle = seps.slice(0, -1).find((sep, i) => {
        const next = seps[i + 1]
        return next !== undefined && isSitePart(t.slice(sep.index + sep[0].length, next.index), squashedSites)
      })
      if (!middle) break
      t = t.slice(0, middle.index).trim()
    }
  }
  return t || title.trim()
}

/** Site-name hints from a domain: `www.theguardian.com` gives `theguardian`. */
export function domainLabels(domain: string | null): string[] {
  if (!domain) return []
  const labels = domain
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .split('.')
  const out = [labels.slice(0, -1).join('.'), labels[labels.length - 2] ?? '', labels[0] ?? ''].filter((x) => x.length >= 3)
  return [...new Set(out)]
}

/** Character-bigram Dice similarity of two texts (script-independent). */
export function similarity(a: string, b: string): number {
  return dice(bigrams(squash(a)), bigrams(squash(b)))
}

/** Counts of each pair of adjacent characters in a squashed text. */
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1)
  return m
}

/** Dice coefficient of two bigram counts. */
function dice(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let common = 0
  let total = 0
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0)
    total += n
  }
  for (const n of y.values()) total += n
  return total ? (2 * common) / total : 0
}

/** A date printed before the headline ("23.01.2022 - Headline"). */
const LEADING_DATE = /^\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\s*[-–—|:•]\s*(?=\S)/
const QUOTES = /["“”„«»'‘’]/

/**
 * True when a meta title is another candidate cut short where the page wrote a quote mark inside
 * the attribute (`content="He said "no" to..."` ends at the inner quote).
 */
function cutAtQuote(c: TitleCandidate, all: readonly TitleCandidate[]): boolean {
  if (c.kind !== 'headline') return false
  const t = c.text.trim()
  if (t.length < 3) return false
  return all.some((o) => {
    if (o === c) return false
    const full = o.text.replace(/\s+/g, ' ').trim()
    return full.length > t.length + 1 && full.startsWith(t) && QUOTES.test(full.charAt(t.length).trim() || full.charAt(t.length + 1))
  })
}

const HEADING_CLASS = /headline|title|hed\b|entry|article|post|story|heading/
const CHROME_CLASS = /logo|brand|site-?(?:title|name)|visually-?hidden|\bhidden|nav|menu|masthead|branding|category|section|profile/

/** How much a heading looks like the article headline, given the bigrams of the other candidates. */
function headingScore(h: TitleCandidate, refs: readonly ReadonlyMap<string, number>[], squashedSites: readonly string[]): number {
  const text = h.text
  const squashed = squash(text)
  if (isSquashedSitePart(squashed, squashedSites)) return -10
  const cls = (h.className ?? '').toLowerCase()
  let score = 0
  if (h.source === 'microdata') score += 2
  if (HEADING_CLASS.test(cls)) score += 1
  if (CHROME_CLASS.test(cls)) score -= 3
  const grams = bigrams(squashed)
  const sim = Math.max(0, ...refs.map((r) => dice(grams, r)))
  if (sim >= 0.9) score += 3
  else if (sim >= 0.5) score += 2
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)
  const long = cjk ? squashed.length >= 8 : text.split(/\s+/).length >= 3
  if (!long) score -= sim >= 0.5 ? 1 : 2
  if (h.minor) score -= sim >= 0.5 ? 1 : 3
  return score
}

/**
 * The headline of a page from its candidates: the visible `<h1>` that looks like a headline
 * (agrees with OpenGraph, JSON-LD or `<title>`, or has a headline class) wins, because it is what
 * readers see; otherwise the structured headline; otherwise `<title>` without the site name.
 */
export function chooseTitle(all: readonly TitleCandidate[], siteNames: readonly string[]): TitleCandidate | null {
  let candidates = all
  // Site names are compared in their squashed form; squashing them once serves every candidate.
  const sites = siteNames.map(squash)
  const clean = (c: TitleCandidate): TitleCandidate => ({
    ...c,
    text: (c.kind === 'h1' ? c.text.replace(/\s+/g, ' ').trim() : stripSquashedSites(c.text, sites)).replace(/\s*\(Published \d{4}\)$/, '').replace(LEADING_DATE, ''),
  })
  candidates = candidates.filter((c) => !cutAtQuote(c, candidates))
  // A kicker that the page's own title also carries ("Topic: Headline") is part of the headline;
  // that title has the punctuation the heading's markup left out.
  const cleanedAll = candidates.map(clean)
  const stated = cleanedAll.filter((c) => c.kind !== 'h1').map((c) => c.text)
  const withKicker = (c: TitleCandidate): TitleCandidate => {
    if (!c.withKicker) return c
    const full = squash(c.withKicker)
    const same = stated.find((t) => squash(t) === full)
    return same ? { ...c, text: same } : c
  }
  const cleaned = cleanedAll.map(withKicker).filter((c) => c.text.length > 0 && c.text.length < 400)
  const headlines = cleaned.filter((c) => c.kind === 'headline')
  const titleEl = cleaned.find((c) => c.kind === 'title')
  // Each reference is squashed and cut into bigrams once, not once per heading compared with it.
  const refs = [...headlines.map((c) => c.text), ...candidates.filter((c) => c.kind === 'title').map((c) => c.text)].map((r) => bigrams(squash(r)))
  let best: TitleCandidate | undefined
  let bestScore = 0
  for (const h of cleaned.filter((c) => c.kind === 'h1')) {
    const score = headingScore(h, refs, sites)
    if (score > bestScore || (best === undefined && score >= 0)) {
      best = h
      bestScore = score
    }
  }
  if (best) return best
  // Without a usable heading, a headline two structured sources agree on comes first.
  const agreed = headlines.find((c) => headlines.some((o) => o !== c && squash(o.text) === squash(c.text)))
  return agreed ?? headlines[0] ?? titleEl ?? null
}
