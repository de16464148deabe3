/**
 * Schema.org JSON-LD blocks of a page, reduced to what article metadata needs. Pages nest the
 * article in `@graph`, in arrays, behind `@id` references, and sometimes ship broken JSON
 * (trailing commas, raw newlines in strings, HTML comments); all of that is tolerated.
 */
import { textContent } from 'domutils'
import type { PageIndex } from './page-index.js'

/** An author as JSON-LD states it. */
export interface LdAuthor {
  readonly name: string
  /** `Person`, `Organization`, or undefined when the block does not say. */
  readonly kind: 'person' | 'organization' | undefined
}

/** The article-level facts found in a page's JSON-LD. */
export interface JsonLdInfo {
  readonly headline?: string
  readonly authors: readonly LdAuthor[]
  readonly published?: string
  readonly modified?: string
  readonly publisher?: string
  /** The publisher is a person (a personal blog's owner), not an organization. */
  readonly publisherIsPerson?: boolean
  readonly websiteName?: string
  readonly url?: string
  readonly language?: string
  readonly description?: string
  /** The article's `image` value as written (URL, ImageObject, or a list of either). */
  readonly image?: unknown
  /** True when the article or one of its parts says `isAccessibleForFree: false`. */
  readonly paywalled: boolean
  /** Every JSON-LD block of the page as parsed, for readers of other facts (the declared body). */
  readonly roots: readonly unknown[]
  /** How surely the facts are this page's article: 6 its own article node, 5 another creative work, 4 a web page; 3 to 1 the same kinds listed inside another node; 0 none. */
  readonly strength: number
}

type Obj = Record<string, unknown>

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Blog|Posting)$/i
const CREATIVE_TYPES = /^(?:Review|CreativeWork|Recipe|VideoObject|Episode|PodcastEpisode|Event|Product|Book|Movie|MusicRecording|MusicAlbum|Dataset|HowTo)$/i
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|QAPage|MediaObject|CollectionPage)$/i
const ORG_TYPES = /^(?:Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|EducationalOrganization|LocalBusiness|Brand|WebSite|Periodical)$/i

/** Parses JSON that may be slightly broken; undefined when it cannot be repaired. */
export function parseLenientJson(raw: string): unknown {
  const text = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
  try {
    return JSON.parse(text)
  } catch {
    // Common breakage: raw control characters inside strings and trailing commas.
  }
  const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')
  try {
    return JSON.parse(repaired)
  } catch {
    // Several objects pasted one after another without an enclosing array.
  }
  try {
    return JSON.parse(`[${repaired.replace(/}\s*{/g, '},{')}]`)
  } catch {
    return undefined
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
const typesOf = (o: Obj): string[] =>
  asArray(o['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#]/, ''))

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined
  if (typeof v === 'number') return String(v)
  if (Array.isArray(v)) return str(v[0])
  if (isObj(v)) return str(v['@value'] ?? v['name'] ?? v['@id'] ?? v['url'])
  return undefined
}

/** Every object in a parsed JSON-LD value (through @graph, arrays and nesting), outermost first. */
function collectNodes(value: unknown, out: Obj[], listed: WeakSet<Obj>, inList = false, depth = 0): void {
  if (depth > 12) return
  for (const v of asArray(value)) {
    if (!isObj(v)) continue
    out.push(v)
    if (inList) listed.add(v)
    for (const [k, child] of Object.entries(v)) {
      // Articles inside lists, or merely mentioned, are other articles, not this page's.
      const nested = inList || LIST_KEYS.has(k)
      if (k === '@graph' || typeof child === 'object') collectNodes(child, out, listed, nested, depth + 1)
    }
  }
}

const LIST_KEYS = new Set(['itemListElement', 'relatedLink', 'citation', 'mentions', 'hasPart', 'isBasedOn', 'workExample', 'comment', 'review', 'subjectOf'])

function authorsOf(v: unknown, byId: ReadonlyMap<string, Obj>): LdAuthor[] {
  const out: LdAuthor[] = []
  for (const item of asArray(v)) {
    // An author given only as the @id of a Person defined elsewhere in the graph.
    const a = typeof item === 'string' && byId.has(item.trim()) ? byId.get(item.trim()) : item
    if (typeof a === 'string') {
      if (a.trim()) out.push({ name: a.trim(), kind: undefined })
      continue
    }
    if (!isObj(a)) continue
    const ref = typeof a['@id'] === 'string' ? byId.get(a['@id']) : undefined
    const node = ref && !a['name'] ? ref : a
    const types = typesOf(node)
    const given = str(node['givenName'])
    const family = str(node['familyName'])
    const name = str(node['name']) ?? (given || family ? [given, family].filter(Boolean).join(' ') : undefined)
    if (!name) continue
    const kind = types.some((t) => t === 'Person') ? 'person' : types.some((t) => ORG_TYPES.test(t)) ? 'organization' : undefined
    out.push({ name, kind })
  }
  return out
}

function accessibleForFree(o: Obj): boolean | undefined {
  const v = o['isAccessibleForFree']
  if (v === false || (typeof v === 'string' && /^false$/i.test(v.trim()))) return false
  if (v === true || (typeof v === 'string' && /^true$/i.test(v.trim()))) return true
  return undefined
}

/** Reads the JSON-LD blocks of a page and keeps the facts of the most article-like node. */
export function readJsonLd(page: PageIndex): JsonLdInfo {
  const nodes: Obj[] = []
  const roots: unknown[] = []
  const listed = new WeakSet<Obj>()
  for (const el of page.byName('script')) {
    if (!/ld\+json/i.test(el.attribs['type'] ?? '')) continue
    const parsed = parseLenientJson(textContent(el))
    if (parsed === undefined) continue
    roots.push(parsed)
    collectNodes(parsed, nodes, listed)
  }
  const byId = new Map<string, Obj>()
  // A bare `{"@id": ...}` is a reference; the node with content under that id is the definition.
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1 && !byId.has(n['@id'])) byId.set(n['@id'], n)

  // Own article 6, own other creative work (video, recipe...) 5, own web page 4; listed ones 3, 2, 1.
  const rank = (n: Obj): number => {
    const types = typesOf(n)
    const kind = types.some((t) => ARTICLE_TYPES.test(t)) ? 3 : types.some((t) => CREATIVE_TYPES.test(t)) ? 2 : types.some((t) => PAGE_TYPES.test(t)) ? 1 : 0
    return kind === 0 ? 0 : listed.has(n) ? kind : kind + 3
  }
  // The first node of the best kind that carries a headline or a date is the article.
  let best: Obj | undefined
  let bestRank = 0
  for (const n of nodes) {
    const r = rank(n)
    const useful = n['headline'] !== undefined || n['datePublished'] !== undefined || n['author'] !== undefined
    if (r > bestRank && useful) {
      best = n
      bestRank = r
    }
  }
  const website = nodes.find((n) => typesOf(n).includes('WebSite'))
  const paywalled = nodes.some((n) => {
    if (rank(n) === 0 || listed.has(n)) return false
    if (accessibleForFree(n) === false) return true
    return asArray(n['hasPart']).some((p) => isObj(p) && accessibleForFree(p) === false)
  })
  if (!best) {
    const websiteName = website ? str(website['name']) : undefined
    return { authors: [], roots, paywalled, strength: 0, ...(websiteName ? { websiteName } : {}) }
  }
  const pick = (...vals: unknown[]): string | undefined => {
    for (const v of vals) {
      const s = str(v)
      if (s) return s
    }
    return undefined
  }
  const nameOf = (v: unknown): string | undefined => {
    const node = isObj(v) && typeof v['@id'] === 'string' && !v['name'] ? (byId.get(v['@id']) ?? v) : v
    const name = isObj(node) ? str(node['name']) : str(node)
    return name && !/^(?:https?:|#|\/)/.test(name) ? name : undefined
  }
  const out: { -readonly [K in keyof JsonLdInfo]: JsonLdInfo[K] } = {
    authors: authorsOf(best['author'] ?? best['creator'], byId),
    roots,
    paywalled,
    strength: bestRank,
  }
  const headline = pick(best['headline'], bestRank >= 5 ? best['name'] : undefined)
  if (headline) out.headline = headline
  const published = pick(best['datePublished'], best['dateCreated'], best['uploadDate'])
  if (published) out.published = published
  const modified = pick(best['dateModified'])
  if (modified) out.modified = modified
  const publisherNode = asArray(best['publisher'])[0]
  const publisher = nameOf(publisherNode)
  if (publisher) out.publisher = publisher
  const publisherRef = isObj(publisherNode) && typeof publisherNode['@id'] === 'string' ? (byId.get(publisherNode['@id']) ?? publisherNode) : publisherNode
  if (publisher && isObj(publisherRef) && typesOf(publisherRef).includes('Person')) out.publisherIsPerson = true
  const websiteName = website ? nameOf(website) : undefined
  if (websiteName) out.websiteName = websiteName
  const url = pick(best['url'], isObj(best['mainEntityOfPage']) ? best['mainEntityOfPage']['@id'] : best['mainEntityOfPage'])
  if (url) out.url = url
  const language = pick(best['inLanguage'])
  if (language) out.language = language
  const description = pick(best['description'])
  if (description) out.description = description
  if (best['image'] !== undefined) out.image = best['image']
  return out
}
