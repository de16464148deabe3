/**
 * Class names are a weak signal: `widget`, `skip-`, `hidden`, `*-meta` mark page chrome on most
 * sites, but some sites put them on parts of the story (a quote widget, a recipe's facts, gallery
 * paragraphs revealed by a script). Inside the chosen story container such an element is kept
 * when it holds prose; what it wraps that carries a mark of its own stays cut.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import type { RemovedReason } from '../../model/article.js'
import { signature } from './classify.js'
import type { TreeScore } from './score-tree.js'

/** Cut reasons that come from class names and may be wrong inside the story. */
const RESCUABLE: ReadonlySet<RemovedReason> = new Set<RemovedReason>(['chrome', 'byline'])
/** Class words that mark chrome on most sites and story parts on some; stronger marks (modal, sidebar, hidden) are trusted. */
const WEAK_CLASS = /\b(?:widgets?|skip|print-?only|meta|post-?meta|entry-?meta|article-?meta|date|dateline)\b|-meta\b|\bmeta-/
/** Tags whose chrome verdict comes from the tag, not a class: never rescued here. */
const TAG_CHROME = new Set(['nav', 'menu', 'aside', 'footer', 'header', 'form', 'figure', 'figcaption'])
/** Prose an element must hold to be story text. */
const MIN_PROSE = 80
/** ...as a share of all its text (a widget with one paragraph among menus stays cut). */
const MIN_PROSE_SHARE = 0.5

/** Text a block of facts (an event's time and place, a recipe's servings) must hold: more than a byline does. */
const MIN_FACTS = 40

/** True when an element lays out label-value facts (a definition list or a table) that are not links. */
function isFactSheet(el: Element): boolean {
  let facts = false
  let text = 0
  let link = 0
  const walk = (node: AnyNode, inLink: boolean, depth: number): void => {
    if (depth > 12) return
    if (isText(node)) {
      const n = node.data.trim().length
      text += n
      if (inLink) link += n
    } else if (isTag(node)) {
      if (node.name === 'dl' || node.name === 'table') facts = true
      for (const c of node.children) walk(c, inLink || node.name === 'a', depth + 1)
    }
  }
  walk(el, false, 0)
  return facts && link <= 0.3 * text
}

/** Elements rescued, and the marked elements inside them that stay cut. */
export interface Rescue {
  readonly kept: ReadonlySet<Element>
  readonly innerCut: ReadonlySet<Element>
}

function inside(el: Element, roots: ReadonlySet<Element>): boolean {
  for (let p = el.parent; p && isTag(p); p = p.parent) if (roots.has(p)) return true
  return false
}

/** Finds the cut elements inside `roots` that are story text after all. */
export function rescueInside(roots: readonly Element[], score: TreeScore): Rescue {
  const kept = new Set<Element>()
  const innerCut = new Set<Element>()
  const rootSet = new Set(roots)
  for (const [el, reason] of score.cut) {
    if (!RESCUABLE.has(reason) || TAG_CHROME.has(el.name) || el.attribs['role'] || !WEAK_CLASS.test(signature(el))) continue
    const raw = score.raw.get(el)
    if (!raw) continue
    const prose = raw.good >= MIN_PROSE && raw.good >= MIN_PROSE_SHARE * raw.text
    if (!prose && !(reason === 'byline' && raw.text >= MIN_FACTS && isFactSheet(el))) continue
    if (!inside(el, rootSet)) continue
    kept.add(el)
    const mark = (node: AnyNode): void => {
      if (!isTag(node)) return
      const v = score.verdicts.get(node)
      if (v !== undefined && v !== null) {
        innerCut.add(node)
        return
      }
      for (const c of node.children) mark(c)
    }
    for (const c of el.children) mark(c)
  }
  return { kept, innerCut }
}
