/**
 * Main-text extraction from a parsed HTML page, over the domhandler tree without mutating it.
 *
 * The cascade, in order (each step exists because the one before it fails on some pages):
 *
 * 1. Score the tree (`score-tree.ts`): classify every element once, cut chrome (nav, share bars,
 *    related lists, ads, comments, captions...) unless it holds most of the page's prose (sites
 *    wrap stories in `<header>` or `has-sidebar`; comment threads never qualify), and find the
 *    container that maximises prose minus other text. Prose-based, so it works on any markup
 *    and language. Feeds (several `<article>` units, none dominant) are not eligible: summed
 *    summaries of other stories would outscore a short story.
 * 2. Prefer the page's own word (`itemprop=articleBody`, `article-body`, `entry-content`...)
 *    when that container holds a fair share of the prose: markup is exact about the story's
 *    edges where scoring is approximate (teaser rails, a byline line). Sibling containers with
 *    the same signature are added (some sites split the story into several `article-body`
 *    chunks around ads), and so is a standfirst (`summary`, `lede`) just before it. A standfirst
 *    printed anywhere between the headline and the body (`lede.ts`: `<header>` intro, h2
 *    subtitle, `itemprop=description`) is read in document order and put first; a picture's
 *    caption never counts.
 * 3. Collect blocks from the container(s) (`collect-blocks.ts`), dropping link lists and page
 *    furniture, data-table rows as single lines. Inside the story, fact boxes and widgets that
 *    hold prose stay (`rescue-inside.ts`); short teaser cards of other stories
 *    (`teaser-cards.ts`), widgets around a form control (`control-widgets.ts`: a newsletter box, a
 *    notification switch), a second copy of a part laid out for another screen size
 *    (`responsive-twins.ts`) and read-also, consent, credit, prompt and notice lines
 *    (`leak-lines.ts`) go. Then tidy the edges (`tidy-blocks.ts`): everything from an end marker
 *    near the end (other-stories heading, paywall, pitch, comment form), headline, byline,
 *    stamp and labels at the start, dangling headings, cut-list labels, teasers, promos and
 *    copyright lines at the end.
 * 4. Rescue when the result is too short to be an article: the JSON-LD `articleBody` (pages that
 *    render with scripts), else every prose block of the page (a baseline that cannot miss a
 *    story split over unrelated containers). The longer one wins, and only if it beats step 3.
 * 5. Access status from paywall text, paywall markers on short bodies, and the text length
 *    (`access.ts`).
 */
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler'
import type { Diagnostic, Removed } from '../../model/article.js'
import type { ExtractOptions } from '../options.js'
import { decideAccess } from './access.js'
import { signature } from './classify.js'
import { LEDE_HINT } from './patterns.js'
import { controlWidgets } from './control-widgets.js'
import { collectBlocks, MAX_BODY_CHARS, type Block } from './collect-blocks.js'
import { declaredBody } from './json-ld-body.js'
import { ledesBefore, notStandfirst } from './lede.js'
import { RemovedLog } from './removed-log.js'
import { rescueInside } from './rescue-inside.js'
import { responsiveTwins } from './responsive-twins.js'
import { teaserCards } from './teaser-cards.js'
import { scoreTree, type TreeScore } from './score-tree.js'
import { tidyBlocks } from './tidy-blocks.js'

/** The article body found in a page. */
export interface BodyResult {
  /** Main text: blocks separated by a blank line; title not included. */
  readonly text: string
  /** What was cut, with the reason. */
  readonly removed: Removed[]
  readonly diagnostics: Diagnostic[]
  /** `partial` when the body looks like a teaser, `paywalled` when a paywall marker was seen. */
  readonly access: 'full' | 'partial' | 'paywalled'
}

/** Context the body extractor may use: the page title (to drop a repeated headline), the parsed JSON-LD. */
export interface BodyContext {
  readonly title: string | null
  /** The page's JSON-LD blocks, already parsed by the metadata reader; read from the page when absent. */
  readonly jsonLd?: readonly unknown[]
}

/** A body hint is used when it holds at least this share of the best container's prose. */
const HINT_MIN_SHARE = 0.25
/** ...unless it wraps the best container and that one already holds this share of its prose. */
const TIGHTER_SHARE = 0.95
/** Among hints, those within this share of the richest are equivalent; the tightest wins. */
const HINT_TIE = 0.9
/** Parents looked at when widening a container to its lists and tables. */
const WIDEN_LEVELS = 3
/** The text a parent adds must be mostly list and table items or prose... */
const WIDEN_ITEMS = 0.6
/** ...and hardly links. */
const WIDEN_LINK = 0.15
/** A feed guard as in scoring: a parent whose stories none dominates is a listing. */
const LISTING_SHARE = 0.7
/** Below this much prose in the best container the page is read as a body of short lines. */
const SCARCE_PROSE = 200
/** A body of short lines must hold at least this much text outside links... */
const SCARCE_PLAIN_MIN = 100
/** ...and at most this share of links. */
const SCARCE_MAX_LINK = 0.5
/** Below this many characters the markup result is compared with the body the JSON-LD declares... */
const DECLARED_BELOW = 1200
/** ...which replaces it when this many times longer. */
const DECLARED_FACTOR = 2.5
/** Below this many characters the markup result is rescued (step 4). */
const RESCUE_BELOW = 250
/** Longest text kept from one cut element in `removed`. */
const CUT_TEXT_MAX = 1200

/** Finds the main text of the page. */
export function extractBody(dom: Document, context: BodyContext, _options: ExtractOptions): BodyResult {
  const log = new RemovedLog()
  const diagnostics: Diagnostic[] = []
  const score = scoreTree(dom, context.title)
  const chosen = chooseRoots(score)
  const first = chosen[0]
  const ledes = first ? ledesBefore(dom, first, { verdicts: score.verdicts, title: context.title }) : []
  const roots = ledes.length > 0 ? [...ledes, ...chosen] : withLede(chosen, score)
  const rescue = rescueInside(chosen, score)
  const cards = teaserCards(chosen)
  const widgets = controlWidgets(chosen)
  const twins = responsiveTwins(chosen)
  const skip = (el: Element): boolean => {
    if (cards.has(el) || twins.has(el)) return true
    const v = score.verdicts.get(el)
    if (v === undefined || v === null) return false
    return v === 'skip' || (score.cut.has(el) && !rescue.kept.has(el)) || rescue.innerCut.has(el)
  }
  for (const card of cards)
    log.add(
      boundedText(card, (n) => score.verdicts.get(n) === 'skip', CUT_TEXT_MAX),
      'related',
    )
  for (const twin of twins)
    log.add(
      boundedText(twin, (n) => score.verdicts.get(n) === 'skip', CUT_TEXT_MAX),
      'hidden',
    )
  const collected = collectBlocks(
    roots,
    skip,
    (t, r) => log.add(t, r),
    (el) => widgets.has(el),
  )
  if (collected.truncated) {
    diagnostics.push({ level: 'warning', code: 'body-truncated', message: `article text cut at ${MAX_BODY_CHARS} characters` })
  }
  let text = joinBlocks(tidyBlocks(collected.blocks, context.title, (t, r) => log.add(t, r)))

  const declared = declaredBody(dom, context.jsonLd)
  if (declared.articleBody && text.length >= RESCUE_BELOW && text.length < DECLARED_BELOW && declared.articleBody.length >= DECLARED_FACTOR * text.length) {
    // The page prints a little text (a teaser) and ships the whole body as data.
    diagnostics.push({ level: 'info', code: 'body-rescued', message: `main container gave ${text.length} characters; used the JSON-LD articleBody` })
    text = declared.articleBody
  }
  // A recipe page whose markup reader kept the intro but not the ingredients and steps it declares.
  if (declared.recipe && text.length >= RESCUE_BELOW && mostlyMissing(declared.recipe, text)) {
    diagnostics.push({ level: 'info', code: 'body-completed', message: 'added the recipe ingredients and steps the page declares in JSON-LD' })
    text = `${text}\n\n${declared.recipe}`
  }
  if (text.length < RESCUE_BELOW) {
    const fromJsonLd = declared.articleBody ?? declared.recipe
    const baselineBlocks = baseline(dom, skip, context.title)
    const fromBaseline = joinBlocks(baselineBlocks)
    const rescue = (fromJsonLd?.length ?? 0) >= fromBaseline.length ? fromJsonLd : fromBaseline
    if (rescue && rescue.length > text.length) {
      diagnostics.push({
        level: 'info',
        code: 'body-rescued',
        message: `main container gave ${text.length} characters; used ${rescue === fromJsonLd ? 'the JSON-LD articleBody' : 'all prose blocks of the page'}`,
      })
      text = rescue
    }
  }

  const cutTexts: string[] = []
  for (const [el, reason] of score.cut) {
    if (rescue.kept.has(el)) continue
    const t = boundedText(el, (n) => score.verdicts.get(n) === 'skip', CUT_TEXT_MAX)
    if (t) {
      cutTexts.push(t)
      log.add(t, reason)
    }
  }
  if (log.dropped > 0) {
    diagnostics.push({ level: 'info', code: 'removed-truncated', message: `${log.dropped} more removed pieces were not listed` })
  }
  if (!text) diagnostics.push({ level: 'warning', code: 'empty-body', message: 'no article text found in the page' })
  return { text, removed: log.entries, diagnostics, access: decideAccess(text, score.paywallMarker, cutTexts) }
}

/** True when most lines of `declared` are not in `text` (compared without case, spaces and punctuation). */
function mostlyMissing(declared: string, text: string): boolean {
  const flat = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const hay = flat(text)
  const lines = declared
    .split(/\n+/)
    .map(flat)
    .filter((l) => l.length >= 8)
  if (lines.length === 0) return false
  return lines.filter((l) => !hay.includes(l)).length >= 0.7 * lines.length
}

/** Step 2: the best container, or the markup's body container when it is plausible. */
function chooseRoots(score: TreeScore): Element[] {
  const { best, stats, hints } = score
  const good = (el: Element): number => stats.get(el)?.good ?? 0
  if (!best || good(best) < SCARCE_PROSE) {
    const plain = scarceProseRoot(score)
    if (plain) return [plain]
  }
  const hint = pickHint(hints, score)
  if (!best) return hint ? [hint] : []
  if (!hint) return [widen(best, score)]
  const bestGood = good(best)
  if (contains(hint, best)) {
    if (good(best) >= TIGHTER_SHARE * good(hint)) return [best]
  } else if (good(hint) < HINT_MIN_SHARE * bestGood) {
    return [best]
  }
  // Split stories: further containers with the same signature that are not nested in this one.
  const sig = signature(hint)
  const roots = [hint]
  for (const other of hints) {
    if (other !== hint && signature(other) === sig && other.name === hint.name && !contains(hint, other) && !contains(other, hint)) {
      roots.push(other)
    }
  }
  return roots.length > 1 ? sortDocumentOrder(roots, hints) : roots
}

/**
 * The container of a body that is partly lists and tables (a recipe's ingredients beside its
 * steps, a spec table beside a review): prose scoring picks the part with the sentences, so the
 * container grows to parents that add mostly list and table items outside links.
 */
function widen(el: Element, score: TreeScore): Element {
  let cur = el
  for (let i = 0; i < WIDEN_LEVELS; i++) {
    const parent = cur.parent
    if (!parent || !isTag(parent) || parent.name === 'body' || parent.name === 'html') break
    const inner = score.stats.get(cur)
    const outer = score.stats.get(parent)
    if (!inner || !outer) break
    const extra = outer.text - inner.text - (outer.heading - inner.heading)
    const extraLink = outer.link - inner.link
    const extraContent = outer.items - inner.items + outer.good - inner.good
    if (extra > 0 && (extraContent < WIDEN_ITEMS * extra || extraLink > WIDEN_LINK * extra)) break
    if (outer.leaves >= 2 && outer.leafMax < LISTING_SHARE * outer.good) break
    cur = parent
  }
  return cur
}

/**
 * A body of short lines (notes, a spec sheet, a list of steps) has no prose for the main objective
 * to find: the markup's body container when there is one, else the element with most plain text
 * over link text.
 */
function scarceProseRoot(score: TreeScore): Element | null {
  const plain = (el: Element | null): number => {
    const st = el ? score.stats.get(el) : undefined
    return st && st.link <= SCARCE_MAX_LINK * st.text ? st.text - st.link : 0
  }
  let hint: Element | null = null
  for (const h of score.allHints) if (plain(h) > plain(hint)) hint = h
  const candidate = plain(hint) >= SCARCE_PLAIN_MIN ? hint : score.bestPlain
  return plain(candidate) >= SCARCE_PLAIN_MIN && plain(candidate) > plain(score.best) ? candidate : null
}

/** Without a headline before the body, a standfirst marked by class just before the first root still belongs to the story. */
function withLede(roots: Element[], score: TreeScore): Element[] {
  const first = roots[0]
  const lede = first ? ledeBefore(first, score) : null
  return lede ? [lede, ...roots] : roots
}

/**
 * The standfirst that sites place just before the marked body (`article__summary`, `lede`,
 * `intro`): part of the story, but outside the container the markup names.
 */
function ledeBefore(el: Element, score: TreeScore): Element | null {
  let prev = el.prev
  while (prev && !isTag(prev)) prev = prev.prev
  if (!prev || !LEDE_HINT.test(signature(prev)) || notStandfirst(prev)) return null
  const st = score.stats.get(prev)
  return st && st.good > 0 && st.link <= 0.3 * st.text ? prev : null
}

/** The richest body hint; among near-equal ones the one with least other text. */
function pickHint(hints: readonly Element[], score: TreeScore): Element | null {
  let max = 0
  for (const h of hints) max = Math.max(max, score.stats.get(h)?.good ?? 0)
  let chosen: Element | null = null
  let chosenText = Infinity
  for (const h of hints) {
    const st = score.stats.get(h)
    if (!st || st.good < HINT_TIE * max) continue
    if (st.text < chosenText) {
      chosen = h
      chosenText = st.text
    }
  }
  return chosen
}

function contains(outer: Element, inner: Element): boolean {
  for (let n: Element | null = inner; n; n = n.parent && isTag(n.parent) ? n.parent : null) if (n === outer) return true
  return false
}

/** `hints` is in document order; keep that order for the chosen subset. */
function sortDocumentOrder(roots: Element[], hints: readonly Element[]): Element[] {
  const set = new Set(roots)
  return hints.filter((h) => set.has(h))
}

/** Step 4b: every prose paragraph of the page outside cut chrome. */
function baseline(dom: Document, skip: (el: Element) => boolean, title: string | null): Block[] {
  const paragraphs: Element[] = []
  const walk = (node: AnyNode): void => {
    if (!isTag(node) || skip(node)) return
    if (node.name === 'p' || node.name === 'pre' || node.name === 'blockquote') {
      paragraphs.push(node)
      return
    }
    for (const child of node.children) walk(child)
  }
  for (const child of dom.children) walk(child)
  return tidyBlocks(
    collectBlocks(paragraphs, skip, () => {}).blocks.filter((b) => b.text.length >= 40),
    title,
    () => {},
  )
}

function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n')
}

/** Whitespace-normalised text of a cut element, reading no more than about `max` characters. */
function boundedText(el: Element, neverContent: (el: Element) => boolean, max: number): string {
  const parts: string[] = []
  let length = 0
  const walk = (node: AnyNode): void => {
    if (length >= max) return
    if (isText(node)) {
      parts.push(node.data)
      length += node.data.length
    } else if (isTag(node) && !neverContent(node)) {
      parts.push(' ')
      for (const child of node.children) walk(child)
    }
  }
  walk(el)
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max)
}
