/**
 * The page's lead image with its caption and credit, as the publisher marks it: the JSON-LD
 * article `image` (an ImageObject may carry `caption` and `creditText`), then `og:image` /
 * `twitter:image`; caption and credit are read from the `<figure>` that shows the same file
 * (its `<figcaption>`, a credit element inside it, or "Photo: ..." / ".../Getty Images" text).
 */
import type { Element } from 'domhandler'
import type { FieldSource } from '../../model/article.js'
import { attr, classId, visibleText, walkElements } from './dom.js'
import type { JsonLdInfo } from './json-ld.js'
import type { MetaTags } from './meta-tags.js'
import type { PageIndex } from './page-index.js'
import { resolveUrl } from './site.js'

/** The lead image of a page. */
export interface TopImage {
  readonly url: string
  readonly caption: string | null
  readonly credit: string | null
  readonly alt: string | null
  readonly width: number | null
  readonly height: number | null
  readonly source: FieldSource
}

const CREDIT_CLASS = /credit|copyright|photographer|byline|source|attribution/
const CREDIT_TEXT =
  /(?:^|[\s(])(?:photo(?:graph)?s?|image|picture|credit)(?:\s+by)?\s*[:：]\s*([^()|]+?)\s*\)?$|(?:\(|\s)([\p{Lu}][\p{L}.' -]{1,40}\/(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Bloomberg|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?))\)?\s*$/u

/** Finds the lead image, or null when the page names none. */
export function findTopImage(page: PageIndex, meta: MetaTags, jsonld: JsonLdInfo, baseUrl: string | null): TopImage | null {
  const fromLd = imageObject(jsonld.image)
  const og = meta.first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src')
  const url = fromLd?.url ?? og?.value
  if (!url) return null
  const absolute = resolveUrl(url, baseUrl) ?? url
  if (!/^https?:\/\//i.test(absolute)) return null
  const figure = figureShowing(page, absolute)
  const caption = fromLd?.caption ?? figure?.caption ?? meta.first('og:image:alt', 'twitter:image:alt')?.value ?? null
  const credit = fromLd?.credit ?? figure?.credit ?? creditIn(caption)
  const size = (key: string): number | null => {
    const v = Number(meta.first(key)?.value)
    return Number.isFinite(v) && v > 0 ? v : null
  }
  return {
    url: absolute,
    caption: caption ? stripCredit(caption, credit) : null,
    credit,
    alt: figure?.alt ?? meta.first('og:image:alt')?.value ?? null,
    width: fromLd?.width ?? size('og:image:width'),
    height: fromLd?.height ?? size('og:image:height'),
    source: fromLd ? 'jsonld' : og?.key.startsWith('twitter') ? 'meta' : 'opengraph',
  }
}

interface LdImage {
  url: string
  caption: string | null
  credit: string | null
  width: number | null
  height: number | null
}

function imageObject(value: unknown): LdImage | null {
  const first: unknown = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return first.trim() ? { url: first.trim(), caption: null, credit: null, width: null, height: null } : null
  if (!first || typeof first !== 'object') return null
  const o = first as Record<string, unknown>
  const text = (v: unknown): string | null =>
    typeof v === 'string' && v.trim() ? v.trim() : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name.trim() || null : null
  const url = text(o['url']) ?? text(o['contentUrl'])
  if (!url) return null
  const num = (v: unknown): number | null => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : null)
  return {
    url,
    caption: text(o['caption']) ?? text(o['description']),
    credit: text(o['creditText']) ?? text(o['copyrightHolder']) ?? text(o['author']),
    width: num(o['width']),
    height: num(o['height']),
  }
}

// Pages resize one picture under several URLs; the file name without size suffixes identifies it.
function fileKey(url: string): string {
  const path = url.split(/[?#]/)[0] ?? ''
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  return name.replace(/[-_](?:\d{2,4}x\d{2,4}|w\d{2,4}|\d{3,4}w?)(?=\.)/g, '').replace(/\.(?:jpe?g|png|webp|gif|avif)$/, '')
}

function figureShowing(page: PageIndex, url: string): { caption: string | null; credit: string | null; alt: string | null } | null {
  const key = fileKey(url)
  if (!key) return null
  for (const el of page.byName('figure')) {
    const img = firstImg(el)
    const src = img ? (attr(img, 'src') ?? attr(img, 'data-src') ?? '') : ''
    if (img && fileKey(src) === key) return { ...captionOf(el), alt: attr(img, 'alt') ?? null }
  }
  return null
}

function firstImg(figure: Element): Element | null {
  let img: Element | null = null
  walkElements(figure.children, (el) => {
    if (img) return false
    if (el.name === 'img') img = el
  })
  return img
}

function captionOf(figure: Element): { caption: string | null; credit: string | null } {
  let caption: string | null = null
  let credit: string | null = null
  walkElements(figure.children, (el) => {
    if (!credit && el.name !== 'figure' && CREDIT_CLASS.test(classId(el))) credit = visibleText(el).replace(/^(?:photo|image|credit)\s*[:：]\s*/i, '') || null
    if (!caption && el.name === 'figcaption') caption = visibleText(el) || null
  })
  return { caption, credit: credit ?? creditIn(caption) }
}

// Wire captions end in a parenthesized credit: "(AP Photo/Patrick Semansky, File)".
const WIRE_CREDIT = /\(((?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg|Photo|Foto)\b[^()]{0,80})\)\s*$/

function creditIn(caption: string | null): string | null {
  if (!caption) return null
  const wire = WIRE_CREDIT.exec(caption)
  if (wire?.[1]) return wire[1].trim()
  const m = CREDIT_TEXT.exec(caption)
  return (m?.[1] ?? m?.[2])?.trim() || null
}

function stripCredit(caption: string, credit: string | null): string {
  if (!credit) return caption
  const at = caption.lastIndexOf(credit)
  if (at <= 0) return caption
  return (
    caption
      .slice(0, at)
      .replace(/[\s(|]*(?:photo(?:graph)?|image|picture|credit)?(?:\s+by)?\s*[:：]?\s*$/i, '')
      .trim() || caption
  )
}
