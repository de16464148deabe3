/** Decides whether decoded text is HTML markup or a page saved as text. */

/** Markup that only an HTML page starts with: a comment, a style sheet, a script, head elements. */
const LEADING_MARKUP = /^<(?:!--|style|script|link|meta|base|noscript|title)[\s>/]/

/**
 * True when the start of the text looks like an HTML or XHTML document or fragment. The text may
 * come in pieces (the decoder's, see `decode.ts`): only its first 64 KB are ever joined, and only
 * when the first 4 KB do not decide.
 */
export function looksLikeHtml(text: string | readonly string[]): boolean {
  const head = prefixOf(text, 4096).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true
  // Pages that open with a long style sheet or script before any <html> (some CMS themes print
  // their CSS first) show no other tag in the first KB, but no text file starts so.
  if (LEADING_MARKUP.test(head)) return true
  if (/<(html|head|body|div|p|article|meta|title|span|table)[\s>]/.test(head)) return true
  // A server may print warnings before the document (PHP's "<br />\n<b>Deprecated</b>: ..." lines,
  // several KB of them): the doctype or <html> further in still makes it a page.
  return /<(?:!doctype html|html)[\s>]/i.test(prefixOf(text, 65536))
}

/** The first `length` characters of a text, or of the text its pieces make up. */
function prefixOf(text: string | readonly string[], length: number): string {
  if (typeof text === 'string') return text.slice(0, length)
  let out = ''
  for (const piece of text) {
    if (out.length >= length) break
    out += piece.slice(0, length - out.length)
  }
  return out
}
