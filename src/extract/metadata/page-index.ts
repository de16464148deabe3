/**
 * The elements of a page in document order, listed once so that the metadata readers share one
 * walk of the tree instead of each walking it again: readers that want one kind of element (meta
 * tags, JSON-LD scripts, links, figures) take it by name, and readers that walk the whole page with
 * their own pruning step through the flat list, skipping a pruned element's subtree in one jump.
 * Profiling the scrapinghub pages showed six separate full walks costing about a tenth of the
 * metadata time. The index describes the tree as it was when built: it must not be changed after.
 */
import type { AnyNode, Document, Element } from 'domhandler'
import { isTag } from 'domhandler'
import type { TextParts } from '../parse-html.js'

/** A page's elements in document order, with where each one's subtree ends. */
export interface PageIndex {
  readonly dom: Document
  /** Every element reached through elements from the document root, depth first, in document order. */
  readonly elements: readonly Element[]
  /** `ends[i]`: the index just past the last element inside `elements[i]`. */
  readonly ends: readonly number[]
  /** The elements with this tag name, in document order (empty when none). */
  byName(name: string): readonly Element[]
  /** The parts a text node was joined from while parsing, when it was (see `TextParts`). */
  readonly textParts: TextParts
}

const NONE: readonly Element[] = []
const NO_PARTS: TextParts = new Map()

/** Lists the elements of a page once, in document order. */
export function indexPage(dom: Document, textParts: TextParts = NO_PARTS): PageIndex {
  const elements: Element[] = []
  const ends: number[] = []
  const names = new Map<string, Element[]>()
  // A number on the stack marks where the subtree of the element at that index ends.
  const stack: (AnyNode | number)[] = []
  for (let i = dom.children.length - 1; i >= 0; i--) stack.push(dom.children[i] as AnyNode)
  while (stack.length) {
    const n = stack.pop() as AnyNode | number
    if (typeof n === 'number') {
      ends[n] = elements.length
      continue
    }
    if (!isTag(n)) continue
    const at = elements.length
    elements.push(n)
    ends.push(at + 1)
    const list = names.get(n.name)
    if (list) list.push(n)
    else names.set(n.name, [n])
    stack.push(at)
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode)
  }
  return { dom, elements, ends, byName: (name) => names.get(name) ?? NONE, textParts }
}

/**
 * Every element of the page in document order, `visit` deciding whether to descend: the same
 * visits, in the same order, as `walkElements(dom.children, visit)`.
 */
export function walkPage(page: PageIndex, visit: (el: Element) => boolean | void): void {
  const { elements, ends } = page
  for (let i = 0; i < elements.length;) i = visit(elements[i] as Element) === false ? (ends[i] as number) : i + 1
}
