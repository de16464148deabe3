/** Small read-only helpers over the domhandler tree that the metadata readers share. */
import type { AnyNode, Element } from 'domhandler'
import { isTag, isText } from 'domhandler'

/** An attribute value, trimmed, or undefined when absent or blank. */
export function attr(el: Element, name: string): string | undefined {
  const v = el.attribs[name]?.trim()
  return v ? v : undefined
}

/** Elements that never carry visible article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'rt', 'rp'])

/** Visible text of a node with whitespace collapsed; `<br>` and block ends become spaces. */
export function visibleText(node: AnyNode): string {
  const parts: string[] = []
  const walk = (n: AnyNode, depth: number): void => {
    if (isText(n)) parts.push(n.data)
    else if (isTag(n)) {
      // Deeper nesting than any real page is not read, so a hostile page cannot exhaust the stack.
      if (SKIP.has(n.name) || depth > 400) return
      if (n.name === 'br') parts.push(' ')
      for (const c of n.children) walk(c, depth + 1)
      if (n.name === 'p' || n.name === 'div' || n.name === 'li' || n.name === 'td') parts.push(' ')
    }
  }
  walk(node, 0)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** All elements under `roots` in document order (depth first), `visit` deciding whether to descend. */
export function walkElements(roots: readonly AnyNode[], visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [...roots].reverse()
  while (stack.length) {
    const n = stack.pop() as AnyNode
    if (!isTag(n)) continue
    if (visit(n) === false) continue
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode)
  }
}

/** The class and id of an element, lowercased, for pattern tests. */
export function classId(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase()
}
