/**
 * The standfirst (lede, teaser, intro, deck, subtitle) that sites print between the headline
 * and the body container: part of the story, but outside the element the body was found in.
 * Sites put it in the article `<header>` next to the `<h1>`, in a `teaser-text` or
 * `itemprop=description` block, or in an `<h2>` right under the headline; it may sit several
 * levels away from the body container, so it is found by reading the page in document order
 * from the headline to the body: what lies between is headline furniture (kicker, byline, date,
 * image, share bar) or the lede.
 */
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler'
import type { Verdict } from './classify.js'
import { signature } from './classify.js'
import { BLOCK_TAGS, LEDE_HINT } from './patterns.js'
import { tailLeakReason } from './leak-lines.js'
import { sameHeadline } from './same-headline.js'

/** Most standfirst blocks taken (headline subtitle, teaser, intro paragraph). */
const MAX_LEDES = 3
/** Most characters of standfirst taken in all: a longer run is story text the scorer left out on purpose. */
const MAX_LEDE_CHARS = 1500
/** Unmarked text between the headline and the body longer than this means they are not one story's parts. */
const MAX_GAP = 400
/** A block without a standfirst class must be this long to be taken as one (a sentence, not a label). */
const PROSE_MIN = 60
/** A marked standfirst must be this long (a label such as "Intro" is not one). */
const MARKED_MIN = 20
/** An `<h2>` is the headline's subtitle only when at most this much text (a kicker, a date) lies between them. */
const SUBTITLE_GAP = 40
/** Largest share of link text in a standfirst. */
const MAX_LINK = 0.3

/** What the lede finder needs from the tree scorer. */
export interface LedeContext {
  readonly verdicts: ReadonlyMap<Element, Verdict>
  readonly title: string | null
}

/** True when markup names the element a standfirst. */
function isMarkedLede(el: Element): boolean {
  const prop = el.attribs['itemprop']
  if (prop && /\b(?:description|abstract)\b/i.test(prop)) return true
  const sig = signature(el)
  return sig !== '' && LEDE_HINT.test(sig)
}

/** Classes of a box that holds a picture and its caption. */
const PICTURE_BOX = /(?:^|[\s_-])(?:image|images|img|photo|picture|caption|figure|gallery|credit|video)(?:$|[\s_-])/i
const PICTURE_TAGS = new Set(['img', 'picture', 'video', 'figure'])
/**
 * Boxes whose class holds a standfirst word but which are not one: the lead picture (`lead-asset`,
 * `image-lead`, whose text is a credit or caption) and the site's own tagline (`site-description`).
 */
const NOT_LEDE = /(?:^|[\s_-])(?:asset|assets|media|image|img|photo|picture|figure|video|gallery|credit)(?:$|[\s_-])|(?:^|\s)site-(?:description|tagline|slogan)/i

/** True when a paragraph is the caption beside a picture: its box holds an image or is named for one. */
function isCaption(p: Element): boolean {
  const box = p.parent
  if (!box || !isTag(box)) return false
  return PICTURE_BOX.test(signature(box)) || box.children.some((c) => isTag(c) && c !== p && PICTURE_TAGS.has(c.name))
}

/**
 * True when a block placed like a standfirst is something else: the lead picture's credit, the
 * site's tagline, or a promo, disclosure or credit line (no more the story's opening than its close).
 */
export function notStandfirst(el: Element): boolean {
  return NOT_LEDE.test(signature(el)) || tailLeakReason(textOf(el)) !== null
}

function isHeadline(el: Element): boolean {
  return el.name === 'h1' || (el.attribs['itemprop'] === 'headline' && /^h[1-3]$/.test(el.name))
}

/** Text and link-text length of an element, reading at most `max` characters. */
function measure(el: Element, max = 4000): { text: number; link: number; blocks: boolean } {
  let text = 0
  let link = 0
  let blocks = false
  const walk = (node: AnyNode, inLink: boolean): void => {
    if (text >= max) return
    if (isText(node)) {
      const n = node.data.replace(/\s+/g, ' ').trim().length
      text += n
      if (inLink) link += n
    } else if (isTag(node)) {
      if (node.name === 'script' || node.name === 'style' || node.name === 'noscript' || node.name === 'button') return
      if (node !== el && BLOCK_TAGS.has(node.name) && node.name !== 'br') blocks = true
      for (const c of node.children) walk(c, inLink || node.name === 'a')
    }
  }
  walk(el, false)
  return { text, link, blocks }
}

function textOf(el: Element): string {
  const parts: string[] = []
  const walk = (node: AnyNode): void => {
    if (isText(node)) parts.push(node.data)
    else if (isTag(node) && node.name !== 'script' && node.name !== 'style') for (const c of node.children) walk(c)
  }
  walk(el)
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/**
 * Standfirst blocks printed between the page's headline and `root`, in document order; empty
 * when there is no headline before the body or too much else lies between them.
 */
export function ledesBefore(dom: Document, root: Element, context: LedeContext): Element[] {
  const rootPath = new Set<Element>()
  for (let n: Element | null = root; n; n = n.parent && isTag(n.parent) ? n.parent : null) rootPath.add(n)
  let headline: Element | null = null
  let headlineMatches = false
  let ledes: Element[] = []
  let gap = 0
  let done = false

  const take = (el: Element, marked: boolean): boolean => {
    const m = measure(el)
    if (m.link > MAX_LINK * m.text) return false
    if (marked ? m.text < MARKED_MIN : m.blocks || m.text < PROSE_MIN) return false
    if (notStandfirst(el)) return false
    ledes.push(el)
    return true
  }

  const visit = (node: AnyNode): void => {
    if (done) return
    if (isText(node)) {
      if (headline) gap += node.data.replace(/\s+/g, ' ').trim().length
      if (gap > MAX_GAP) {
        ledes = []
        gap = 0
        headline = null
      }
      return
    }
    if (!isTag(node)) return
    if (node === root) {
      done = true
      return
    }
    if (rootPath.has(node)) {
      for (const c of node.children) visit(c)
      return
    }
    const v = context.verdicts.get(node)
    // Furniture between headline and body (share bars, bylines, captions, hidden copies) is passed over.
    if (v !== undefined && v !== null && !(v === 'chrome' && (node.name === 'header' || node.name === 'hgroup'))) return
    if (isHeadline(node)) {
      const matches = sameHeadline(textOf(node), context.title)
      if (!headline || matches || !headlineMatches) {
        headline = node
        headlineMatches = matches
        ledes = []
        gap = 0
      }
      return
    }
    if (headline) {
      if (isMarkedLede(node)) {
        if (take(node, true)) return
      } else if (node.name === 'h2' && ledes.length === 0 && gap < SUBTITLE_GAP) {
        // A subtitle right under the headline.
        if (take(node, true)) return
      } else if (node.name === 'p' && !isCaption(node) && take(node, false)) {
        return
      }
    }
    for (const c of node.children) visit(c)
  }
  for (const c of dom.children) visit(c)
  if (!done || !headline) return []
  const kept: Element[] = []
  let chars = 0
  for (const el of ledes.slice(-MAX_LEDES)) {
    const n = measure(el).text
    if (chars + n > MAX_LEDE_CHARS) break
    chars += n
    kept.push(el)
  }
  return kept
}
