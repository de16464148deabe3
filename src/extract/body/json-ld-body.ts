/**
 * The `articleBody` a page declares in its JSON-LD, used only as a rescue when the markup gives
 * too little text (pages that render the story with scripts still often ship it as data).
 */
import { isTag, isText, type AnyNode, type Document } from 'domhandler'

/** Largest JSON-LD script parsed; bigger ones are data dumps, not article metadata. */
const MAX_SCRIPT = 2_000_000
/** How deep the search for `articleBody` goes into nested objects. */
const MAX_DEPTH = 8

/** The longest `articleBody` string in the page's JSON-LD, whitespace-normalised per paragraph, or null. */
export function jsonLdArticleBody(dom: Document): string | null {
  let best: string | null = null
  const visitJson = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const v of value) visitJson(v, depth + 1)
      return
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'articleBody' && typeof v === 'string') {
        if (!best || v.length > best.length) best = v
      } else if (typeof v === 'object') visitJson(v, depth + 1)
    }
  }
  const walk = (node: AnyNode): void => {
    if (!isTag(node)) return
    if (node.name === 'script') {
      if (/ld\+json/i.test(node.attribs['type'] ?? '')) {
        const first = node.children[0]
        const data = first && isText(first) ? first.data : ''
        if (data.length > 0 && data.length <= MAX_SCRIPT) {
          try {
            visitJson(JSON.parse(data), 0)
          } catch {
            // Broken JSON-LD is common and only costs us the rescue.
          }
        }
      }
      return
    }
    for (const child of node.children) walk(child)
  }
  for (const child of dom.children) walk(child)
  if (best === null) return null
  const text = (best as string)
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n')
  return text || null
}
