/** Decides whether decoded text is HTML markup or a page saved as text. */

/** Markup that only an HTML page starts with: a comment, a style sheet, a script, head elements. */
const LEADING_MARKUP = /^<(?:!--|style|script|link|meta|base|noscript|title)[\s>/]/

/** Characters `looksLikeHtml` reads at most: its answer for a text is its answer for this prefix of it. */
export const SNIFF_CHARS = 65536

/** True when the start of the text looks like an HTML or XHTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true
  // Pages that open with a long style sheet or script before any <html> (some CMS themes print
  // their CSS first) show no other tag in the first KB, but no text file starts so.
  if (LEADING_MARKUP.test(head)) return true
  if (/<(html|head|body|div|p|article|meta|title|span|table)[\s>]/.test(head)) return true
  // A server may print warnings before the document (PHP's "<br />\n<b>Deprecated</b>: ..." lines,
  // several KB of them): the doctype or <html> further in still makes it a page.
  return /<(?:!doctype html|html)[\s>]/i.test(text.slice(0, SNIFF_CHARS))
}
