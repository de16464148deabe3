/**
 * Responsive twins: a page that prints one part of the story twice, once laid out for wide
 * screens and once for phones (`desktop-only` / `mobile-only` siblings, the pieces in another
 * order), shows one of them with CSS. Read as text, every quotation and name of that part comes
 * twice. A sibling element holding the same pieces of text as an earlier sibling is such a twin
 * and is dropped when one of the two says by its class that it is for one screen size; the
 * pieces are compared as a set, so a reordered layout still matches. Without that class word,
 * like siblings are content (a meal plan's days, two versions of a code listing).
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import { signature } from './classify.js'
import { SKIP_TAGS } from './patterns.js'

/** Twins shorter than this are labels and bullets that may repeat by design. */
const MIN_TWIN_TEXT = 80
/** Elements longer than this are not compared (bounds the work; twins are sections of a story, not whole pages). */
const MAX_TWIN_TEXT = 20_000
/** Most elements looked at under one root (a hostile page must not make this quadratic). */
const MAX_SCAN = 20_000

/** Class words that show or hide an element by screen size (`mobile-only`, `hide-desktop`, `visible-xs`, `d-md-none`). */
const SCREEN_CLASS =
  /\b(?:(?:mobile|desktop|tablet|phone|handheld|small|large|wide|narrow)-?(?:only|hide|hidden|show|visible)|(?:only|hide|hidden|show|visible)-?(?:on-)?(?:mobile|desktop|tablet|phone|xs|sm|md|lg|xl|small|large)(?:-(?:up|down|block))?|d-(?:xs|sm|md|lg|xl)-(?:none|block)|(?:hidden|visible)-(?:xs|sm|md|lg|xl))\b/

/** The element's text pieces, sorted and joined, or null when too short or too long to compare. */
function piecesKey(el: Element): string | null {
  const pieces: string[] = []
  let length = 0
  const walk = (node: AnyNode): void => {
    if (length > MAX_TWIN_TEXT) return
    if (isText(node)) {
      const t = node.data.replace(/\s+/g, ' ').trim()
      if (t) {
        pieces.push(t)
        length += t.length
      }
    } else if (isTag(node) && !SKIP_TAGS.has(node.name)) for (const c of node.children) walk(c)
  }
  walk(el)
  if (length < MIN_TWIN_TEXT || length > MAX_TWIN_TEXT) return null
  return pieces.sort().join('\u0000')
}

/** Later siblings inside `roots` whose text pieces repeat an earlier sibling's. */
export function responsiveTwins(roots: readonly Element[]): Set<Element> {
  const twins = new Set<Element>()
  let scanned = 0
  const walk = (el: Element): void => {
    if (scanned++ > MAX_SCAN) return
    const children = el.children.filter(isTag)
    if (children.length >= 2) {
      // Key -> whether an earlier sibling with that key carries a screen-size class.
      const seen = new Map<string, boolean>()
      for (const child of children) {
        if (child.name === 'tr' || child.name === 'td' || child.name === 'li') continue
        const key = piecesKey(child)
        if (key === null) continue
        const screen = SCREEN_CLASS.test(signature(child))
        const earlier = seen.get(key)
        if (earlier !== undefined && (earlier || screen)) twins.add(child)
        else seen.set(key, (earlier ?? false) || screen)
      }
    }
    for (const child of children) if (!twins.has(child)) walk(child)
  }
  for (const r of roots) walk(r)
  return twins
}
