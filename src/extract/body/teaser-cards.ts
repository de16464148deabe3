/**
 * Teaser cards of other stories printed inside the story's container: an `<article>` (or an
 * element with `role="article"`, or a `teaser`/`card` box) nested in the story whose heading is a
 * link to another page, or sits inside one. The story's own parts never carry a linked heading.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import { signature } from './classify.js'

const CARD_CLASS = /\b(?:teaser|card|promo|related|recirc|recommend\w*)\b/
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
/** Most elements looked at under one root (a hostile page must not make this quadratic). */
const MAX_SCAN = 20_000
/**
 * Most text a card holds: a headline and a short dek. A longer `<article>` with a linked heading
 * is the story itself (a wrapper was chosen around it) or a part of it.
 */
const MAX_CARD_TEXT = 400

/** True when the element's text is at most `max` characters (stops counting past it). */
function isShort(el: Element, max: number): boolean {
  let n = 0
  const walk = (node: AnyNode): void => {
    if (n > max) return
    if (isText(node)) n += node.data.trim().length
    else if (isTag(node)) for (const c of node.children) walk(c)
  }
  walk(el)
  return n <= max
}

/** True when the element's first heading is (or holds) a link, or is wrapped in one (`<a><h2>`). */
function hasLinkedHeading(el: Element): boolean {
  let found: boolean | null = null
  const walk = (node: AnyNode, depth: number, inLink: boolean): void => {
    if (found !== null || depth > 6 || !isTag(node)) return
    if (HEADINGS.has(node.name)) {
      found = inLink || node.children.some((c) => isTag(c) && (c.name === 'a' || c.children.some((g) => isTag(g) && g.name === 'a')))
      return
    }
    for (const c of node.children) walk(c, depth + 1, inLink || node.name === 'a')
  }
  for (const c of el.children) walk(c, 0, false)
  return found === true
}

/** An `<article>` element, or one that says it is one (`role="article"`, as custom card elements do). */
function isArticleUnit(el: Element): boolean {
  return el.name === 'article' || el.attribs['role'] === 'article'
}

/** Teaser cards nested inside `roots` (never a root itself). */
export function teaserCards(roots: readonly Element[]): Set<Element> {
  const cards = new Set<Element>()
  let scanned = 0
  const walk = (node: AnyNode, isRoot: boolean): void => {
    if (!isTag(node) || scanned++ > MAX_SCAN) return
    if (!isRoot && (isArticleUnit(node) || CARD_CLASS.test(signature(node))) && hasLinkedHeading(node) && isShort(node, MAX_CARD_TEXT)) {
      cards.add(node)
      return
    }
    for (const c of node.children) walk(c, false)
  }
  for (const r of roots) walk(r, true)
  return cards
}
