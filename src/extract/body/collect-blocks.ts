/**
 * The text of the chosen containers as blocks: paragraphs, headings, list items, quotes, code
 * and table cells. Whitespace is normalised inside a block; a single `<br>` is a line break, two
 * or more split the block. Blocks that are mostly links (related-story lists, tag clouds) and
 * short page furniture ("Advertisement", "Share this") are dropped here and reported.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import type { RemovedReason } from '../../model/article.js'
import { endMarkerReason } from './leak-lines.js'
import { addText, isProse, type BlockAcc } from './score-tree.js'
import { BLOCK_TAGS, FURNITURE_MAX, FURNITURE_TEXT, HEADING_TAGS } from './patterns.js'

/** What kind of block a piece of text is, by its nearest block element. */
export type BlockKind = 'heading' | 'item' | 'quote' | 'pre' | 'cell' | 'para'

/** One block of the article text. */
export interface Block {
  readonly text: string
  readonly kind: BlockKind
  /** Tag of the nearest block element (h1, p, li...). */
  readonly tag: string
  /** Text of a widget around a form control: dropped once the story's end is found (it may mark that end). */
  readonly widget?: boolean
}

/** Receives every piece the collector cuts. */
export type RemovedSink = (text: string, reason: RemovedReason) => void

/** A block whose text is more than this share links is a link list, not prose. */
const MAX_LINK_SHARE = 0.6
/** A WordPress shortcode the site failed to render (`[button link=...]Send us...[/button]`). */
const SHORTCODE = /^\[([a-z_-]+)\b[^\]]*\][\s\S]{0,300}\[\/\1\]$/i
/** Longest raw text read from one `<pre>`: code dumps are not articles. */
const MAX_PRE = 20_000
/** Most characters collected in all: bounds the work on hostile pages (no article is this long). */
export const MAX_BODY_CHARS = 1_000_000

function kindOf(tag: string): BlockKind {
  if (HEADING_TAGS.has(tag)) return 'heading'
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'item'
  if (tag === 'blockquote') return 'quote'
  if (tag === 'pre') return 'pre'
  if (tag === 'td' || tag === 'th' || tag === 'tr') return 'cell'
  return 'para'
}

/** Blocks found, and whether collection stopped at `MAX_BODY_CHARS`. */
export interface Collected {
  readonly blocks: Block[]
  readonly truncated: boolean
}

/** Collects the blocks of `roots` (in the given order), skipping elements `skip` names. */
export function collectBlocks(roots: readonly Element[], skip: (el: Element) => boolean, onRemoved: RemovedSink, isWidget: (el: Element) => boolean = () => false): Collected {
  const blocks: Block[] = []
  let parts: string[] = []
  let chars = 0
  let linkChars = 0
  let acc: BlockAcc = { inline: 0, inlineLink: 0, flow: 0 }
  let total = 0
  let blockTag = 'p'
  let widgetDepth = 0

  const flush = (): void => {
    if (parts.length === 0) return
    const raw = parts.join('')
    const share = chars > 0 ? linkChars / chars : 0
    const prose = isProse(acc)
    total += chars
    parts = []
    chars = 0
    linkChars = 0
    acc = { inline: 0, inlineLink: 0, flow: 0 }
    const kind = kindOf(blockTag)
    const pieces = raw.includes('\n') ? raw.split(/ *\n(?: *\n)+ */) : [raw]
    for (const piece of pieces) {
      const text = piece.includes('\n')
        ? piece
            .split('\n')
            .map((line) => line.replace(/ {2,}/g, ' ').trim())
            .filter((line) => line.length > 0)
            .join('\n')
        : piece.replace(/ {2,}/g, ' ').trim()
      if (!text) continue
      if (share > MAX_LINK_SHARE && !prose) {
        onRemoved(text, 'related')
        continue
      }
      if (SHORTCODE.test(text)) {
        onRemoved(text, 'boilerplate')
        continue
      }
      // Section headings that end the story ("More stories") are left for the edge tidier, which cuts what follows them.
      if (text.length <= FURNITURE_MAX && FURNITURE_TEXT.test(text) && !(kind === 'heading' && endMarkerReason(text, true))) {
        onRemoved(text, /^(?:advert|anzeige|werbung|ads?$|sponsored|publicit|pubblicit|reklame)/i.test(text) ? 'ad' : 'boilerplate')
        continue
      }
      blocks.push(widgetDepth > 0 ? { text, kind, tag: blockTag, widget: true } : { text, kind, tag: blockTag })
    }
  }

  const walk = (node: AnyNode, inLink: boolean): void => {
    if (total + chars >= MAX_BODY_CHARS) return
    if (isText(node)) {
      const room = MAX_BODY_CHARS - total - chars
      const t = (node.data.length > room ? node.data.slice(0, room) : node.data).replace(/\s+/g, ' ')
      if (t === ' ' && parts.length === 0) return
      parts.push(t)
      const n = t.length
      chars += n
      if (inLink) linkChars += n
      addText(acc, t, t.trim().length, inLink)
      return
    }
    if (!isTag(node) || skip(node)) return
    const name = node.name
    if (isWidget(node)) {
      flush()
      widgetDepth++
      const outer = blockTag
      if (BLOCK_TAGS.has(name)) blockTag = name
      for (const child of node.children) walk(child, inLink)
      flush()
      blockTag = outer
      widgetDepth--
      return
    }
    if (name === 'br') {
      parts.push('\n')
      return
    }
    if (name === 'hr') {
      flush()
      return
    }
    if (name === 'pre') {
      flush()
      const text = rawText(node, skip)
        .replace(/[ \t]+$/gm, '')
        .replace(/^\n+|\s+$/g, '')
      if (text) blocks.push({ text, kind: 'pre', tag: 'pre' })
      return
    }
    if (name === 'tr' && isDataRow(node, skip)) {
      // A row of plain cells reads as one line; layout tables (cells holding paragraphs) stay blocks.
      flush()
      const outer = blockTag
      blockTag = 'tr'
      let first = true
      for (const cell of node.children) {
        if (!isTag(cell) || skip(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue
        if (!first) parts.push(' | ')
        first = false
        for (const child of cell.children) walk(child, inLink)
      }
      flush()
      blockTag = outer
      return
    }
    if (BLOCK_TAGS.has(name)) {
      flush()
      const outer = blockTag
      blockTag = name
      for (const child of node.children) walk(child, inLink)
      flush()
      blockTag = outer
      return
    }
    const link = inLink || name === 'a'
    for (const child of node.children) walk(child, link)
  }

  for (const root of roots) {
    blockTag = BLOCK_TAGS.has(root.name) ? root.name : 'p'
    walk(root, false)
    flush()
  }
  return { blocks, truncated: total >= MAX_BODY_CHARS }
}

/** True when no cell of the row holds a block element (a data table row, not page layout). */
function isDataRow(row: Element, skip: (el: Element) => boolean): boolean {
  const inline = (el: Element): boolean => {
    for (const child of el.children) {
      if (!isTag(child) || skip(child)) continue
      if (child.name !== 'br' && BLOCK_TAGS.has(child.name)) return false
      if (!inline(child)) return false
    }
    return true
  }
  let cells = 0
  for (const cell of row.children) {
    if (!isTag(cell) || skip(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue
    if (!inline(cell)) return false
    cells++
  }
  return cells > 1
}

/** Text of a `<pre>` with its whitespace intact, bounded by `MAX_PRE`. */
function rawText(el: Element, skip: (el: Element) => boolean): string {
  let out = ''
  const walk = (node: AnyNode): void => {
    if (out.length >= MAX_PRE) return
    if (isText(node)) out += node.data
    else if (isTag(node) && !skip(node)) {
      if (node.name === 'br') out += '\n'
      else for (const child of node.children) walk(child)
    }
  }
  walk(el)
  return out.slice(0, MAX_PRE)
}
