/** Main-text extraction from a parsed HTML page (placeholder: every paragraph). */
import type { Document } from 'domhandler'
import { textContent } from 'domutils'
import type { Diagnostic, Removed } from '../../model/article.js'
import { selectAll } from '../select.js'
import type { ExtractOptions } from '../options.js'

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

/** Context the body extractor may use: the page title (to drop a repeated headline). */
export interface BodyContext {
  readonly title: string | null
}

/** Finds the main text of the page. */
export function extractBody(dom: Document, _context: BodyContext, _options: ExtractOptions): BodyResult {
  const text = selectAll('p', dom)
    .map((p) => textContent(p).replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n\n')
  return { text, removed: [], diagnostics: [], access: 'full' }
}
