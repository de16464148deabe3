/**
 * The headline inside a heading element as a reader sees it. Headings carry more than the
 * headline: a kicker or topic line (`<span class="kicker">Topic</span>Headline`, `<small>`), a
 * date (`<time>`), and screen-reader labels ("Headline:", "| Site"). The kicker and date are
 * dropped, hidden labels are never read, and pieces that markup set apart without a space
 * ("TopicHeadline") are kept apart.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'

/** Class words of a kicker, roof line or topic line printed with the headline. */
const KICKER_WORD = /^(?:kicker|roofline|topline|toptitle|overline|supertitle|pretitle|prehead|dachzeile|spitzmarke|eyebrow|rubric|h1small|flag|label|category|section|overhead|subject|topic)$/i
const KICKER_IN = /kicker|roof-?line|top-?line|toptitle|over-?line|super-?title|pre-?title|dachzeile|spitzmarke|eyebrow|h1small/i
/** Classes of text hidden from sighted readers. */
const HIDDEN_CLASS = /(?:^|[\s_-])(?:visually-?hidden|visuallyhidden|sr-only|screen-?reader(?:-text)?|element-invisible|aural|hidden|hide|offscreen|assistive)(?:$|[\s_-])/i
/** Elements never read in a heading. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'img', 'picture', 'rt', 'rp'])
/** Deepest nesting read. */
const MAX_DEPTH = 40

/** What a heading says: all its visible text, and the headline without kicker or date. */
export interface HeadingText {
  readonly full: string
  readonly headline: string
}

function isHidden(el: Element): boolean {
  const cls = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`
  return el.attribs['aria-hidden'] === 'true' || el.attribs['hidden'] !== undefined || HIDDEN_CLASS.test(cls)
}

/** A child that is not the headline itself: a kicker, a small topic line, a date. */
function isAside(el: Element): boolean {
  if (el.name === 'small' || el.name === 'time' || el.name === 'sup') return true
  // The last part of a BEM or dashed class names what the element is (`entry-title__toptitle`).
  return (el.attribs['class'] ?? '').split(/\s+/).some((token) => {
    const last = token.split(/[-_]+/).pop() ?? ''
    return KICKER_WORD.test(last) || (KICKER_IN.test(token) && !/(?:title|headline|heading)$/i.test(token))
  })
}

/** Text that is only a separator (": ", " – "): printed for screen readers where the layout shows the break. */
const SEPARATOR_ONLY = /^\s*[:|–—-]\s*$/
const GLUE = '\u0000'

function textOf(node: AnyNode, depth: number): string {
  if (isText(node)) return node.data
  if (!isTag(node) || depth > MAX_DEPTH || SKIP.has(node.name)) return ''
  if (isHidden(node)) {
    // A hidden separator between kicker and headline is the punctuation sighted readers get from layout.
    const only = node.children.length === 1 ? node.children[0] : undefined
    // It attaches to the word before it, whatever markup whitespace lies between (GLUE marks the join).
    return only && isText(only) && SEPARATOR_ONLY.test(only.data) ? `${GLUE}${only.data.trimStart()}` : ''
  }
  if (node.name === 'br') return ' '
  return joinPieces(node.children.map((c) => textOf(c, depth + 1)))
}

/** Joins the texts of sibling nodes, with a space where two words would otherwise be glued ("TopicHeadline"). */
function joinPieces(pieces: readonly string[]): string {
  let out = ''
  for (const piece of pieces) {
    if (!piece) continue
    if (out && /[\p{Ll}\p{N}]$/u.test(out) && /^\p{Lu}/u.test(piece)) out += ' '
    out += piece
  }
  return out
}

const clean = (s: string): string =>
  s
    .replace(/\s*\u0000/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Reads a heading element: its full visible text and its headline. */
export function headingText(el: Element): HeadingText {
  const parts: { text: string; aside: boolean }[] = []
  const visit = (node: AnyNode, depth: number): void => {
    if (isTag(node) && !SKIP.has(node.name) && !isHidden(node) && node.name !== 'br') {
      // Descend through a single wrapper (`<h1><span class="title"><span class="kicker">...`).
      const tags = node.children.filter(isTag)
      if (depth < 3 && tags.length === 1 && node.children.every((c) => isTag(c) || !isText(c) || !c.data.trim()) && !isAside(tags[0] as Element)) {
        visit(tags[0] as Element, depth + 1)
        return
      }
    }
    for (const child of isTag(node) ? node.children : [node]) {
      const text = textOf(child, depth)
      parts.push({ text, aside: isTag(child) && isAside(child) })
    }
  }
  visit(el, 0)
  const full = clean(joinPieces(parts.map((p) => p.text)))
  const kept = clean(joinPieces(parts.filter((p) => !p.aside).map((p) => p.text)))
  // The separator printed between kicker and headline (`<span>: </span>`) goes with the kicker.
  const main = parts.some((p) => p.aside && p.text.trim()) ? kept.replace(/^[:|–—•·/-]+\s*/u, '') : kept
  // A kicker is only dropped when a headline of some length remains.
  const headline = main.split(' ').length >= 2 || (main.length >= 8 && main !== full) ? main : full
  return { full, headline }
}
