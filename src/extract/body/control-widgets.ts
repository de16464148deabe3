/**
 * Widgets built around a form control inside the story's container: a newsletter box (heading,
 * pitch, e-mail field), a notification switch ("Get alerts ... Toggle"), a poll. The control
 * itself is never text, but the short lines around it read as story lines ("Newsletter Signup",
 * "Turn on notifications to receive alerts"). The widget is the largest element around the
 * control that stays short and holds only a few lines; a story paragraph beside a control makes
 * its container long, so the climb stops below it.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import { BLOCK_TAGS, SKIP_TAGS } from './patterns.js'

/** Form controls, by tag; `input type=hidden` carries data, not a control. */
const CONTROL_TAGS = new Set(['input', 'select', 'textarea'])
/** ARIA roles of form controls drawn with plain elements. */
const CONTROL_ROLES = new Set(['switch', 'checkbox', 'radio', 'slider', 'spinbutton', 'textbox', 'searchbox', 'combobox'])
/** Most characters of text a widget holds (a heading, a one-sentence pitch, labels). */
const WIDGET_MAX_TEXT = 300
/** Most lines (text in distinct blocks or labels) a widget holds: a list or a fact sheet has more. */
const WIDGET_MAX_LINES = 5
/** Tags whose presence says the element is content (a list, a table, a quotation), not a widget. */
const CONTENT_TAGS = new Set(['ul', 'ol', 'dl', 'table', 'blockquote', 'pre'])
/** A control inside one of these is part of a list or table (a checklist of ingredients, a form table). */
const ITEM_TAGS = new Set(['li', 'td', 'th', 'dd', 'dt'])
/** A `<p>` this long is a paragraph of the story (a standfirst beside an audio player), never a widget's pitch. */
const PROSE_PARAGRAPH = 100
/** A parent with this many children holding controls lists items (a checklist, poll options), not one widget. */
const REPEATED_ITEMS = 3
/** Most elements looked at under one root (a hostile page must not make this quadratic). */
const MAX_SCAN = 20_000

/** Text length, lines and content tags of an element, read once. */
interface Shape {
  readonly text: number
  readonly lines: number
  readonly content: boolean
}

function shapeOf(el: Element): Shape {
  let text = 0
  let content = false
  const lines = new Map<AnyNode, number>()
  const walk = (node: AnyNode, owner: AnyNode): void => {
    if (text > WIDGET_MAX_TEXT) return
    if (isText(node)) {
      const n = node.data.trim().length
      if (n > 0) {
        text += n
        lines.set(owner, (lines.get(owner) ?? 0) + n)
      }
      return
    }
    if (!isTag(node) || SKIP_TAGS.has(node.name)) return
    if (CONTENT_TAGS.has(node.name)) content = true
    const own = BLOCK_TAGS.has(node.name) || node.name === 'label' ? node : owner
    for (const c of node.children) walk(c, own)
  }
  walk(el, el)
  for (const [owner, n] of lines) if (n >= PROSE_PARAGRAPH && isTag(owner) && owner.name === 'p') content = true
  return { text, lines: lines.size, content }
}

function holdsControl(node: AnyNode, depth: number): boolean {
  if (!isTag(node) || depth > 8) return false
  return isControl(node) || node.children.some((c) => holdsControl(c, depth + 1))
}

/** True when `el` is one of several like siblings (same tag and class) that each hold a control: checklist items. */
function isRepeatedItem(el: Element): boolean {
  const parent = el.parent
  if (!parent || !isTag(parent)) return false
  const cls = el.attribs['class'] ?? ''
  let n = 0
  for (const c of parent.children) if (isTag(c) && c.name === el.name && (c.attribs['class'] ?? '') === cls && holdsControl(c, 0) && ++n >= REPEATED_ITEMS) return true
  return false
}

function isControl(el: Element): boolean {
  if (CONTROL_TAGS.has(el.name)) return (el.attribs['type'] ?? '').toLowerCase() !== 'hidden'
  const role = el.attribs['role']
  return role !== undefined && CONTROL_ROLES.has(role.toLowerCase())
}

function isWidgetShape(shape: Shape): boolean {
  return shape.text <= WIDGET_MAX_TEXT && shape.lines <= WIDGET_MAX_LINES && !shape.content
}

/** The control widgets nested inside `roots` (never a root itself, nor an element around one). */
export function controlWidgets(roots: readonly Element[]): Set<Element> {
  const widgets = new Set<Element>()
  const rootSet = new Set(roots)
  let scanned = 0
  const widgetAround = (control: Element): Element | null => {
    let best: Element | null = null
    for (let p = control.parent; p && isTag(p) && !rootSet.has(p); p = p.parent) {
      if (ITEM_TAGS.has(p.name)) return null
      if (!isWidgetShape(shapeOf(p))) break
      if (isRepeatedItem(p)) return null
      best = p
    }
    return best
  }
  const walk = (node: AnyNode): void => {
    if (!isTag(node) || scanned++ > MAX_SCAN || widgets.has(node)) return
    if (isControl(node)) {
      const widget = widgetAround(node)
      if (widget) widgets.add(widget)
      return
    }
    for (const c of node.children) walk(c)
  }
  for (const r of roots) for (const c of r.children) walk(c)
  return widgets
}
