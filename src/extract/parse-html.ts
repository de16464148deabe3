/**
 * HTML text to a domhandler tree with hard limits, so a hostile or broken page (tens of
 * megabytes, a hundred thousand nested tags) costs bounded time and memory. Limits are enforced
 * while parsing: oversized input is truncated, elements past `maxElements` are dropped, and
 * elements nested deeper than `maxDepth` are flattened into their ancestor. Each limit that
 * applied becomes a diagnostic; nothing throws.
 */
import { DomHandler, Element, isTag, isText, type Document, type Text } from 'domhandler'
import { append, removeElement } from 'domutils'
import { Parser } from 'htmlparser2'
import type { Diagnostic } from '../model/article.js'
import type { ExtractOptions } from './options.js'

/** A parsed page and the limits that applied while parsing it. */
export interface ParsedHtml {
  readonly dom: Document
  readonly diagnostics: Diagnostic[]
  /** The strings each text node built from several text events was joined from, in order (see `TextParts`). */
  readonly textParts: TextParts
}

/**
 * The parts of text nodes the parser built from several text events: a script or text longer than
 * one decoder piece, or text with entities. DomHandler joins them with `+=`, which V8 keeps as a
 * rope until some reader needs the flat string; a reader that only asks whether a short string
 * occurs (`local-time.ts`) can ask the parts instead and leave the rope alone.
 */
export type TextParts = ReadonlyMap<Text, readonly string[]>

/** The limits `parseHtml` enforces (a subset of `ExtractOptions`). */
export type ParseHtmlOptions = Pick<ExtractOptions, 'maxElements' | 'maxDepth'> & Partial<Pick<ExtractOptions, 'maxBytes'>>

/** Characters fed to the parser at a time; lets parsing stop soon after a limit is hit. */
const CHUNK = 256 * 1024

/**
 * A DomHandler that stops building once `maxElements` elements exist: every further node is
 * ignored (the caller also stops feeding input).
 */
class LimitedHandler extends DomHandler {
  elements = 0
  full = false

  constructor(private readonly maxElements: number) {
    super(null)
  }

  /** Open elements right now (the document root excluded). */
  get depth(): number {
    return this.tagStack.length - 1
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.full) return
    if (this.elements >= this.maxElements) {
      this.full = true
      return
    }
    this.elements++
    // DomHandler's own version lets Element default its children to `[]`, one literal for every
    // element of every page. V8 counts how many objects from such a site outlive a young-generation
    // collection, and a page's nodes are alive while the page is read, so after some pages it may
    // decide to create every later children array directly in the old generation. Dead old arrays
    // are only freed by a full collection; until then each keeps its (young) nodes and strings
    // alive through every scavenge, which copies them and promotes them: about a third more CPU
    // per page, in some runs and not others. `Array.of()` builds the same empty array without
    // that per-site decision, so the whole tree stays young and dies young.
    const element = new Element(name, attribs, Array.of())
    this.addNode(element)
    this.tagStack.push(element)
  }

  override onclosetag(): void {
    if (!this.full) super.onclosetag()
  }

  /** See `TextParts`. */
  readonly parts = new Map<Text, string[]>()

  override ontext(data: string): void {
    if (this.full) return
    const last = this.lastNode
    if (last !== null && isText(last)) {
      const text = last
      const parts = this.parts.get(text)
      if (parts) parts.push(data)
      else this.parts.set(text, [text.data, data])
    }
    super.ontext(data)
  }

  // Comments carry nothing extraction uses; skipping them saves memory on comment-heavy pages.
  override oncomment(): void {}
  override oncommentend(): void {}
}

/**
 * A Parser that never opens an element deeper than `maxDepth`. The stock parser keeps its open
 * elements in an array it shifts and searches, which is quadratic on 100,000 nested tags; here
 * a too-deep start tag is dropped at the tokenizer callback (its attributes go nowhere), so the
 * stack stays short, its content lands in the deepest kept element, and its end tag closes the
 * nearest open element of that name or nothing.
 */
class LimitedParser extends Parser {
  flattened = 0
  private suppressing = false

  constructor(
    private readonly limited: LimitedHandler,
    private readonly maxDepth: number,
  ) {
    super(limited, { decodeEntities: true })
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.limited.depth >= this.maxDepth) {
      this.suppressing = true
      this.flattened++
      this.endIndex = endIndex
      return
    }
    super.onopentagname(start, endIndex)
  }

  override onopentagend(endIndex: number): void {
    if (this.skipTagEnd(endIndex)) return
    super.onopentagend(endIndex)
  }

  override onselfclosingtag(endIndex: number): void {
    if (this.skipTagEnd(endIndex)) return
    super.onselfclosingtag(endIndex)
  }

  private skipTagEnd(endIndex: number): boolean {
    if (!this.suppressing) return false
    this.suppressing = false
    this.endIndex = endIndex
    this.startIndex = endIndex + 1
    return true
  }
}

/**
 * Parses HTML into a tree, enforcing `maxBytes`, `maxElements` and `maxDepth`; never throws on content.
 * `pieces`, when given, are `html` cut into parts (the decoder's, see `decode.ts`), fed to the parser
 * as they are so that the strings cut from them keep their one-byte form.
 */
export function parseHtml(html: string, options: ParseHtmlOptions, pieces?: readonly string[]): ParsedHtml {
  const diagnostics: Diagnostic[] = []
  let input = html
  const truncated = options.maxBytes !== undefined && input.length > options.maxBytes
  if (truncated) {
    input = input.slice(0, options.maxBytes)
    diagnostics.push({
      level: 'warning',
      code: 'html-truncated',
      message: `HTML is ${html.length} characters, over the ${options.maxBytes} limit; the rest was not parsed`,
    })
  }
  const handler = new LimitedHandler(options.maxElements)
  const parser = new LimitedParser(handler, options.maxDepth)
  for (const part of pieces && !truncated ? pieces : [input]) {
    for (let i = 0; i < part.length && !handler.full; i += CHUNK) parser.write(part.length <= CHUNK ? part : part.slice(i, i + CHUNK))
  }
  parser.end()
  if (handler.full) {
    diagnostics.push({
      level: 'warning',
      code: 'html-too-many-elements',
      message: `page has more than ${options.maxElements} elements; the rest was dropped`,
    })
  }
  if (parser.flattened > 0) {
    diagnostics.push({
      level: 'warning',
      code: 'html-too-deep',
      message: `${parser.flattened} elements nested deeper than ${options.maxDepth} levels were flattened into their ancestors`,
    })
  }
  closeHead(handler.root)
  return { dom: handler.root, diagnostics, textParts: handler.parts }
}

/** Elements that belong in `<head>`; anything else there means the page forgot `</head>`. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template'])

/**
 * Moves body content out of an unclosed `<head>`. Browsers end the head at the first element that
 * cannot be in it; htmlparser2 only does so at `<body>`, so a page without `</head>` and `<body>`
 * would otherwise have its whole text inside the head, which extraction never reads.
 */
function closeHead(root: Document): void {
  const html = root.children.find((c): c is Element => isTag(c) && c.name === 'html')
  const head = (html ?? root).children.find((c): c is Element => isTag(c) && c.name === 'head')
  if (!head) return
  const start = head.children.findIndex((c) => (isTag(c) ? !HEAD_CONTENT.has(c.name) : isText(c) && c.data.trim() !== ''))
  if (start < 0) return
  let anchor: Element | (typeof head.children)[number] = head
  for (const child of head.children.slice(start)) {
    removeElement(child)
    append(anchor, child)
    anchor = child
  }
}
