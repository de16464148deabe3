/** Minimal element lookup by tag name over a domhandler tree (no CSS engine needed in hot paths). */
import type { AnyNode, Element } from 'domhandler'
import { findAll, findOne } from 'domutils'

/** All elements with the given tag name, in document order. */
export function selectAll(tag: string, root: AnyNode | AnyNode[]): Element[] {
  return findAll((el) => el.name === tag, Array.isArray(root) ? root : [root])
}

/** The first element with the given tag name, or null. */
export function selectOne(tag: string, root: AnyNode | AnyNode[]): Element | null {
  return findOne((el) => el.name === tag, Array.isArray(root) ? root : [root])
}
