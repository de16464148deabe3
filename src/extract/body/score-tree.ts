/**
 * Text statistics of a page in two linear walks, and the element that best holds the story.
 *
 * Walk 1 classifies every element once and measures the page's raw prose, so that walk 2 can
 * tell chrome markers that wrap the story (kept) from real chrome (cut). Walk 2 measures each
 * kept element: all text, link text, prose ("good" text: blocks of at least `GOOD_MIN`
 * characters that are mostly not links) and heading text. No text is ever re-read: lengths are
 * summed bottom-up, so the cost is one pass over the tree whatever its shape.
 *
 * The story container maximises `good - ALPHA * other` where `other` is the non-prose,
 * non-heading text (menus, link lists, stamps). Prose sums up the tree, so a story split into
 * several chunks is won by their common parent unless too much chrome sits between them.
 */
import { isTag, isText, type Document, type Element } from 'domhandler'
import type { RemovedReason } from '../../model/article.js'
import { inspect, isArticleHeader, newSignatureCache, type Verdict } from './classify.js'
import { BLOCK_TAGS, HEADING_TAGS } from './patterns.js'

/** Measured text of one kept element (lengths in characters, whitespace runs trimmed per text node). */
export interface NodeStats {
  text: number
  link: number
  good: number
  heading: number
  /** Innermost `<article>` elements with prose below this element: how many, their prose, the largest. */
  leaves: number
  leafGood: number
  leafMax: number
  /** Text outside links inside list items, definition lists and table cells: ingredients, specs, facts. */
  items: number
}

/** What the walks learned about a page. */
export interface TreeScore {
  /** Stats of every kept element. */
  readonly stats: Map<Element, NodeStats>
  /** Verdict of every element that has one (skip, or a chrome reason), protected or not. */
  readonly verdicts: Map<Element, Verdict>
  /** Chrome that was cut, outermost elements only, with the reason. */
  readonly cut: Map<Element, RemovedReason>
  /** Kept elements that markup names as the article body, in document order. */
  readonly hints: Element[]
  /** The element maximising the prose objective, or null for a page without prose. */
  readonly best: Element | null
  /**
   * The element maximising plain (non-link) text minus link text: the container of a body made of
   * short lines (a post of one-line notes, a spec sheet), where no block is long enough to be prose.
   */
  readonly bestPlain: Element | null
  /** Kept elements that markup names as the article body, with or without prose, in document order. */
  readonly allHints: Element[]
  /** Prose of the whole page after chrome removal. */
  readonly totalGood: number
  /** Prose and text of every element with a verdict, measured before any cut. */
  readonly raw: ReadonlyMap<Element, RawText>
  /** True when a paywall class/id was seen. */
  readonly paywallMarker: boolean
}

/** Text of an element before any cut: its prose and all its text (characters). */
export interface RawText {
  readonly good: number
  readonly text: number
}

/** Elements whose text is an item of a list, a definition list or a table. */
const ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'dd', 'dt', 'td', 'th'])

/** A block's own text must be this long to count as prose. */
const GOOD_MIN = 40
/** Largest share of link text in a prose block. */
const GOOD_MAX_LINK = 0.3
/** Weight of non-prose text against prose when choosing the container. */
const ALPHA = 1
/** Bonus (share of its prose) for a container that markup names as the article body. */
const HINT_BONUS = 0.1
/** Prose a <form> must hold to be page content (a product description) rather than a form. */
const FORM_PROSE = 400
/** A chrome-marked element holding at least this share of the page's prose is the story's wrapper; kept. */
const PROTECT_SHARE = 0.5

/** A container is a listing when no single story (or its own prose outside them) holds this share of its prose. */
const LISTING_SHARE = 0.7

/**
 * A feed or teaser rail: several `<article>` units none of which dominates. Such a container can
 * outscore the story by summing other stories' summaries, so it may not be chosen.
 */
function isListing(st: NodeStats): boolean {
  return st.leaves >= 2 && Math.max(st.leafMax, st.good - st.leafGood) < LISTING_SHARE * st.good
}

/** Text of the block being read: all of it, the part inside links, and whether a link runs on into a sentence. */
export interface BlockAcc {
  inline: number
  inlineLink: number
  /** 0: no link yet; 1: a link was read; 2: the text after the first link continued its sentence; 3: it did not. */
  flow: number
}

/** Text that continues a sentence after a link: lower case or punctuation. */
const CONTINUES = /^\s*[\p{Ll},.;:!?)\]’”»–-]/u

/** Adds one text node to a block's accumulator. */
export function addText(acc: BlockAcc, data: string, n: number, inLink: boolean): void {
  acc.inline += n
  if (inLink) {
    acc.inlineLink += n
    if (acc.flow === 0) acc.flow = 1
  } else if (acc.flow === 1 && n > 0) {
    acc.flow = CONTINUES.test(data) ? 2 : 3
  }
}

/** A sentence around a link still reads as prose: this much of its own text outside links makes a link-heavy block prose. */
const PROSE_OWN_TEXT = 20
/** ...as long as links are at most this share of it (a link list with a label stays out). */
const PROSE_MAX_LINK_WITH_TEXT = 0.75

/**
 * True when a block's own text is prose: long enough and mostly not links, or a sentence that
 * carries a long link and goes on after it ("<a>Tickets for Sunday's game are on sale here</a>
 * since Monday."). A teaser card (a linked headline, then a summary sentence) does not go on.
 */
export function isProse(block: BlockAcc): boolean {
  if (block.inline < GOOD_MIN) return false
  if (block.inlineLink <= GOOD_MAX_LINK * block.inline) return true
  return block.flow === 2 && block.inline - block.inlineLink >= PROSE_OWN_TEXT && block.inlineLink <= PROSE_MAX_LINK_WITH_TEXT * block.inline
}

function textLength(data: string): number {
  let start = 0
  let end = data.length
  while (start < end && data.charCodeAt(start) <= 32) start++
  while (end > start && data.charCodeAt(end - 1) <= 32) end--
  return end - start
}

/** Walks the page twice and picks the story container. */
export function scoreTree(dom: Document, title: string | null = null): TreeScore {
  const verdicts = new Map<Element, Verdict>()
  const raw = new Map<Element, RawText>()
  let seenText = 0
  // Chrome-marked elements that wrap a body hint: only those may be protected when marked as comments.
  const wrapsHint = new Set<Element>()
  let hintSeen = 0
  const hintSet = new Set<Element>()
  const hints: Element[] = []
  let paywallMarker = false
  const signatures = newSignatureCache()

  // Walk 1: classify once; raw prose of chrome-marked elements and of the page.
  const visitRaw = (el: Element, acc: BlockAcc, inLink: boolean): number => {
    let good = 0
    const block = BLOCK_TAGS.has(el.name)
    const own: BlockAcc = block ? { inline: 0, inlineLink: 0, flow: 0 } : acc
    for (const child of el.children) {
      if (isText(child)) {
        const n = textLength(child.data)
        seenText += n
        addText(own, child.data, n, inLink)
      } else if (isTag(child)) {
        const c = child
        const textBefore = seenText
        const look = inspect(c, signatures)
        const v = look.verdict
        if (v !== null) verdicts.set(c, v)
        if (v === 'skip') continue
        if (look.paywall && v !== 'hidden') paywallMarker = true
        const before = hintSeen
        if (look.hint) {
          hintSeen++
          hintSet.add(c)
        }
        const g = visitRaw(c, own, inLink || c.name === 'a')
        if (v !== null) {
          raw.set(c, { good: g, text: seenText - textBefore })
          if (hintSeen > before) wrapsHint.add(c)
        }
        good += g
      }
    }
    if (block && !HEADING_TAGS.has(el.name) && isProse(own)) good += own.inline
    return good
  }
  const rootAcc: BlockAcc = { inline: 0, inlineLink: 0, flow: 0 }
  let totalRaw = 0
  for (const child of dom.children) {
    if (isTag(child)) {
      const v = inspect(child, signatures).verdict
      if (v !== null) verdicts.set(child, v)
      if (v === 'skip') continue
      const textBefore = seenText
      const g = visitRaw(child, rootAcc, false)
      if (v !== null) raw.set(child, { good: g, text: seenText - textBefore })
      totalRaw += g
    }
  }

  // Walk 2: cut unprotected chrome, measure what is kept, track the best container.
  const stats = new Map<Element, NodeStats>()
  const cut = new Map<Element, RemovedReason>()
  let best: Element | null = null
  let bestScore = 0
  let bestPlain: Element | null = null
  let bestPlainScore = 0
  const isCut = (el: Element): boolean => {
    const v = verdicts.get(el)
    if (v === undefined || v === null) return false
    if (v === 'skip') return true
    // A comment thread can outweigh a short post; it is protected only when it wraps the marked body.
    const protectable = v !== 'comments' || wrapsHint.has(el)
    if (protectable && (raw.get(el)?.good ?? 0) >= PROTECT_SHARE * totalRaw && totalRaw > 0) return false
    // The story's own header (headline, standfirst, byline) is not page chrome; its byline and
    // date parts carry their own marks, and the edges of the text are tidied later.
    if (el.name === 'header' && isArticleHeader(el, title)) return false
    // A shop wraps a product page in its order <form>: a form that holds prose is not a login or comment form.
    if (el.name === 'form' && (raw.get(el)?.good ?? 0) >= FORM_PROSE) return false
    cut.set(el, v)
    return true
  }
  const visit = (el: Element, acc: BlockAcc, inLink: boolean, inItem: boolean): NodeStats => {
    const st: NodeStats = { text: 0, link: 0, good: 0, heading: 0, leaves: 0, leafGood: 0, leafMax: 0, items: 0 }
    const item = inItem || ITEM_TAGS.has(el.name)
    const block = BLOCK_TAGS.has(el.name)
    const own: BlockAcc = block ? { inline: 0, inlineLink: 0, flow: 0 } : acc
    const hint = hintSet.has(el)
    if (hint) hints.push(el)
    let parts = 0
    let partSig: string | null = null
    for (const child of el.children) {
      if (isText(child)) {
        const n = textLength(child.data)
        st.text += n
        if (inLink) st.link += n
        else if (item) st.items += n
        addText(own, child.data, n, inLink)
      } else if (isTag(child)) {
        if (isCut(child)) continue
        const c = visit(child, own, inLink || child.name === 'a', item)
        if (child.name === 'article' && c.leaves === 1 && c.heading === 0 && c.leafGood === c.good) {
          const sig = `${child.attribs['class'] ?? ''}`
          if (parts === 0) partSig = sig
          else if (partSig !== sig) partSig = null
          parts++
        }
        st.text += c.text
        st.link += c.link
        st.good += c.good
        st.heading += c.heading
        st.leaves += c.leaves
        st.leafGood += c.leafGood
        st.leafMax = Math.max(st.leafMax, c.leafMax)
        st.items += c.items
      }
    }
    if (block) {
      if (HEADING_TAGS.has(el.name)) st.heading += own.inline
      else if (isProse(own)) st.good += own.inline
    }
    // One story printed as several <article> parts (`<section class="body"><article class="para">`):
    // sibling parts alike in markup and without headings are one story, not a feed of stories.
    if (parts >= 2 && parts === st.leaves && partSig !== null) {
      st.leaves = 1
      st.leafGood = st.good
      st.leafMax = st.good
    }
    if (el.name === 'article' && st.leaves === 0 && st.good > 0) {
      st.leaves = 1
      st.leafGood = st.good
      st.leafMax = st.good
    }
    stats.set(el, st)
    if (!isListing(st)) {
      const plainScore = st.text - st.link - ALPHA * st.link
      if (plainScore > bestPlainScore) {
        bestPlainScore = plainScore
        bestPlain = el
      }
    }
    if (st.good > 0 && !isListing(st)) {
      const score = st.good - ALPHA * (st.text - st.good - st.heading) + (hint ? HINT_BONUS * st.good : 0)
      if (score > bestScore) {
        bestScore = score
        best = el
      }
    }
    return st
  }
  let totalGood = 0
  for (const child of dom.children) {
    if (isTag(child) && !isCut(child)) totalGood += visit(child, { inline: 0, inlineLink: 0, flow: 0 }, false, false).good
  }
  const proseHints = hints.filter((el) => (stats.get(el)?.good ?? 0) > 0)
  return { stats, verdicts, cut, hints: proseHints, allHints: hints, raw, best, bestPlain, totalGood, paywallMarker }
}
