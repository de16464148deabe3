/** Decides whether decoded text is HTML markup or a page saved as text. */

/** True when the start of the text looks like an HTML or XHTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true
  return /<(html|head|body|div|p|article|meta|title|span|table)[\s>]/.test(head)
}
