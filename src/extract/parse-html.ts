/**
 * HTML text to a domhandler tree with hard limits, so a hostile or broken page (tens of
 * megabytes, a hundred thousand nested tags) costs bounded time and memory. Limits are enforced
 * while parsing: oversized input is truncated, elements past `maxElements` are dropped, and
 * elements nested deeper than `maxDepth` are flattened into their ancestor. Each limit that
 * applied becomes a diagnostic; nothing throws.
 */
import { DomHandler, type Document } from 'domhandler'
import { Parser } from 'htmlparser2'
import type { Diagnostic } from '../model/article.js'
import type { ExtractOptions } from './options.js'

/** A parsed page and the limits that applied while parsing it. */
export interface ParsedHtml {
  readonly dom: Document
  readonly diagnostics: Diagnostic[]
}

/** The limits `parseHtml` enforces (a subset of `ExtractOptions`). */
export type ParseHtmlOptions = Pick<ExtractOptions, 'maxElements' | 'maxDepth'> & Partial<Pick<ExtractOptions, 'maxBytes'>>

/** Characters fed to the parser at a time; lets parsing stop soon after a limit is hit. */
const CHUNK = 256 * 1024

/**
 * A DomHandler that counts elements and depth. Elements deeper than `maxDepth` are not created
 * (their children attach to the deepest kept ancestor); once `maxElements` is reached every
 * further node is ignored. The parser pairs every open with exactly one close in LIFO order, so a
 * depth counter is enough to know which closes belong to suppressed elements.
 */
class LimitedHandler extends DomHandler {
  elements = 0
  depth = 0
  flattened = 0
  full = false

  constructor(
    private readonly maxElements: number,
    private readonly maxDepth: number,
  ) {
    super(null)
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++
    if (this.full) return
    if (this.depth > this.maxDepth) {
      this.flattened++
      return
    }
    if (this.elements >= this.maxElements) {
      this.full = true
      return
    }
    this.elements++
    super.onopentag(name, attribs)
  }

  override onclosetag(): void {
    const suppressed = this.full || this.depth > this.maxDepth
    this.depth--
    if (!suppressed) super.onclosetag()
  }

  override ontext(data: string): void {
    if (!this.full) super.ontext(data)
  }

  // Comments carry nothing extraction uses; skipping them saves memory on comment-heavy pages.
  override oncomment(): void {}
  override oncommentend(): void {}
}

/** Parses HTML into a tree, enforcing `maxBytes`, `maxElements` and `maxDepth`; never throws on content. */
export function parseHtml(html: string, options: ParseHtmlOptions): ParsedHtml {
  const diagnostics: Diagnostic[] = []
  let input = html
  if (options.maxBytes !== undefined && input.length > options.maxBytes) {
    input = input.slice(0, options.maxBytes)
    diagnostics.push({
      level: 'warning',
      code: 'html-truncated',
      message: `HTML is ${html.length} characters, over the ${options.maxBytes} limit; the rest was not parsed`,
    })
  }
  const handler = new LimitedHandler(options.maxElements, options.maxDepth)
  const parser = new Parser(handler, { decodeEntities: true })
  for (let i = 0; i < input.length && !handler.full; i += CHUNK) parser.write(input.slice(i, i + CHUNK))
  parser.end()
  if (handler.full) {
    diagnostics.push({
      level: 'warning',
      code: 'html-too-many-elements',
      message: `page has more than ${options.maxElements} elements; the rest was dropped`,
    })
  }
  if (handler.flattened > 0) {
    diagnostics.push({
      level: 'warning',
      code: 'html-too-deep',
      message: `${handler.flattened} elements nested deeper than ${options.maxDepth} levels were flattened into their ancestors`,
    })
  }
  return { dom: handler.root, diagnostics }
}
