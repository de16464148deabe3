/**
 * Author credits printed in the page markup: microdata (`itemprop=author`), `rel=author` links,
 * links to author pages (`/author/jane-doe` whose text is "Jane Doe"), and elements whose class
 * or id names a byline or an author. Each credit keeps its position so the one next to the
 * headline can win over author names in sidebars and related-story lists.
 */
import type { AnyNode, Element } from 'domhandler'
import { isTag, isText } from 'domhandler'
import { squash } from './title.js'
import { attr, classId, walkElements } from './dom.js'
import { walkPage, type PageIndex } from './page-index.js'
import { parseByline } from '../text-signals/byline.js'

/** Where a credit was printed. */
export type CreditKind = 'microdata' | 'link' | 'class' | 'text'

/** One author credit found in the markup. */
export interface Credit {
  readonly text: string
  readonly kind: CreditKind
  /** Position of the element in document order. */
  readonly position: number
  /** Markup states this is an author (rel=author, a microformat `fn`, itemprop=author): a bare handle counts. */
  readonly strong?: boolean
}

/** Credits in document order, and the position of the headline (or -1 when it was not found). */
export interface BylineCredits {
  readonly credits: readonly Credit[]
  readonly headlinePosition: number
  /** Footer elements of the page (copyright, imprint), found on the same walk; read only when needed. */
  readonly footers: readonly Element[]
}

const BYLINE_CLASS =
  /(?:^|[\s_-])(?:by-?line\w*|byline__?\w*|authors?|author-?names?|author-?link|author__name|contributors?|writer|article-?author|post-?author|posted-?by|reporter|credit-?author|meta-?author|story-?author|entry-?author|autor|autore|auteur|signature)(?:$|[\s_-])/
const NOT_BYLINE = /comment|avatar|\bbio\b|description|about|related|share|social|follow|footer|widget|image|photo|caption|flyout|tooltip|popup|newsletter/
const AUTHOR_PATH =
  /\/(?:author|authors|autor|autoren|autorinnen|auteur|auteurs|autore|autori|autores|editors?|staff|people|person|personen|menschen|profiles?|profil|writers?|contributors?|journalists?|reporters?|redaktion|team|by|u|user|users|columnists?|mitarbeiter)\/([^/?#]+)\/?(?:[?#].*)?$/i
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head'])
const BLOCK_TAGS = new Set('p div li ul ol section header footer h1 h2 h3 h4 h5 h6 dl dt dd table tr td br figure figcaption address'.split(' '))

/** Classes of boxes that list other stories, with their own bylines. */
const OTHER_STORIES = /(?:^|[\s_-])(?:sidebar|related|teaser|teasers|recommend\w*|more-?stories|most-?read|popular|trending)(?:$|[\s_-])/

/** Most elements looked at when deciding whether a box lists other stories. */
const MAX_BOX_SCAN = 2000

/**
 * True when a sidebar or related box lists other stories: it holds a heading that links elsewhere
 * and no `<h1>`. A layout wrapper classed "with-sidebar" or an author box in an `<aside>` holds the
 * story's own byline.
 */
function listsOtherStories(box: Element): boolean {
  let linkedHeading = false
  let h1 = false
  let seen = 0
  walkElements(box.children, (el) => {
    if (h1 || ++seen > MAX_BOX_SCAN) return false
    if (el.name === 'h1') h1 = true
    else if (/^h[2-6]$/.test(el.name) && !linkedHeading) {
      walkElements(el.children, (c) => {
        if (c.name === 'a') linkedHeading = true
        return !linkedHeading
      })
    }
    return !h1
  })
  return linkedHeading && !h1 && seen <= MAX_BOX_SCAN
}

/** Page regions that hold the copyright line, and how many are kept. */
const FOOTER_CLASS = /footer|copyright|colophon|site-info/
const MAX_FOOTERS = 6

/** The whole text of an element that labels the author printed next to it. */
const CREDIT_LABEL =
  /^(?:autor(?:in|en|innen)?|authors?|(?:written|posted|published) by|by|von|(?:artikel|beitrag|geschrieben|verfasst|eingestellt|ver[oö]ffentlicht) von|(?:publi[eé]|[eé]crit) par|(?:publicado|escrito) por|(?:pubblicato|scritto) da|text|texte|interview|verfasser(?:in)?|auteur|autore|autores?|reporter(?:in)?|journalist(?:in)?|redakteur(?:in)?)\s*:?$/i

/** True when an element's whole text is an author label ("Autor", "By:"); read without walking its subtree. */
function isLabel(el: Element): boolean {
  let node: AnyNode = el
  // Descend through single-child wrappers (`<h4><strong>Autor</strong></h4>`).
  for (let i = 0; i < 3 && isTag(node); i++) {
    if (node.children.length > 3) return false
    let only: AnyNode | null = null
    for (const c of node.children) {
      if (isText(c) && c.data.trim() === '') continue
      if (only || (!isTag(c) && !isText(c))) return false
      only = c
    }
    if (!only) return false
    node = only
  }
  return isText(node) && node.data.length <= 40 && CREDIT_LABEL.test(node.data.trim())
}

/** Two to four capitalised words, with the particles names carry: what a labelled value must look like. */
const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|den|di|la|le|del|du|bin|al)){1,3}$/u

/** Elements read as possible byline lines near the headline, and how many before and after it. */
const TEXT_BYLINE_TAGS = new Set(['p', 'div', 'small', 'li', 'address'])
const TEXT_BYLINE_BEFORE = 8
const TEXT_BYLINE_AFTER = 40

/** Nesting deeper than this is not read (a hostile page must not exhaust the stack). */
const MAX_DEPTH = 400

/** Most credits collected; beyond that a page is a list of articles, not one. */
const MAX_CREDITS = 200

/** Text of an element as lines: block boundaries and `<br>` start a new line. */
export function textLines(node: AnyNode): string[] {
  const parts: string[] = []
  const walk = (n: AnyNode, depth: number): void => {
    if (isText(n)) parts.push(n.data.replace(/\s+/g, ' '))
    else if (isTag(n)) {
      if (SKIP_TAGS.has(n.name) || depth > MAX_DEPTH) return
      const block = BLOCK_TAGS.has(n.name)
      if (block) parts.push('\n')
      for (const c of n.children) walk(c, depth + 1)
      if (block) parts.push('\n')
    }
  }
  walk(node, 0)
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

const LEAD_LINE = /^(?:by|von|par|por|di|door|av|af|written by|posted by|text|texte|autor|author|投稿者|著者|作者|筆者|記者)\b|^(?:by)(?=\p{Lu})/iu

/** The line of a credit element that names the author: the one starting "By ..." or else the first. */
function creditText(el: Element): string | undefined {
  const named = attr(el, 'content')
  if (named) return named
  // A byline holding a link to the author's page: that link is the name (the rest is a handle, a date, a label).
  const link = authorLinkIn(el)
  if (link) return link
  const lines = textLines(el)
  // A lone "By" line is a label for the next line.
  const at = lines.findIndex((l) => LEAD_LINE.test(l))
  const lead = at >= 0 ? lines[at] : undefined
  const line = lead && /^\S+\s*:?$/.test(lead) ? `${lead} ${lines[at + 1] ?? ''}` : (lead ?? lines[0])
  return line && line.length <= 200 ? line : undefined
}

/** The text of the one link to an author page inside a byline element, if there is exactly one name so linked. */
function authorLinkIn(el: Element): string | undefined {
  const names = new Set<string>()
  walkElements(el.children, (c) => {
    if (c.name !== 'a') return true
    const href = c.attribs['href'] ?? ''
    if (/(?:^|\s)author(?:\s|$)/i.test(c.attribs['rel'] ?? '') || AUTHOR_PATH.test(href) || /(?:^|\s)fn(?:\s|$)/.test(c.attribs['class'] ?? '')) {
      const t = textLines(c).join(' ')
      if (t) names.add(t)
    }
    return false
  })
  return names.size === 1 ? [...names][0] : undefined
}

/** True when markup states the element names an author: a microformat `fn`/`vcard`, rel=author, itemprop=author. */
function isStrongCredit(el: Element): boolean {
  if (/(?:^|\s)author(?:\s|$)/i.test(el.attribs['rel'] ?? '') || /(?:^|\s)(?:author|creator)(?:\s|$)/.test(el.attribs['itemprop'] ?? '')) return true
  if (/(?:^|\s)(?:fn|vcard)(?:\s|$)/.test(el.attribs['class'] ?? '')) return true
  let strong = false
  walkElements(el.children, (c) => {
    if (strong) return false
    if (/(?:^|\s)author(?:\s|$)/i.test(c.attribs['rel'] ?? '') || /(?:^|\s)fn(?:\s|$)/.test(c.attribs['class'] ?? '')) strong = true
    return !strong
  })
  return strong
}

/** A comments section (not a comment counter or share button that merely mentions comments). */
export function isCommentSection(classAndId: string): boolean {
  return /comment|respond|disqus/.test(classAndId) && !/social|count|share|link|button|icon|meta|toggle/.test(classAndId)
}

/** Inline elements a leading "By" may be wrapped in. */
const BY_WRAPPERS = new Set(['span', 'strong', 'em', 'b', 'i', 'small'])

/** True when the element's own text starts with "By" (a byline without a telling class). */
function startsWithBy(el: Element): boolean {
  for (const c of el.children) {
    if (isText(c)) {
      const t = c.data.trim()
      if (!t) continue
      return /^(?:by|von|par|por|door|written by|edited by)(?:\s|:|$)/i.test(t)
    }
    if (isTag(c) && !BY_WRAPPERS.has(c.name)) return false
    if (isTag(c)) return /^(?:by|von|par|por|door)\s*:?$/i.test(textLines(c).join(' '))
  }
  return false
}

/** True when a link points at an author page whose slug spells the link text. */
function isAuthorLink(el: Element): string | undefined {
  const href = el.attribs['href']
  if (!href) return undefined
  const m = AUTHOR_PATH.exec(href)
  if (!m?.[1]) return undefined
  const text = textLines(el).join(' ')
  const slug = squash(decodeURIComponent(m[1]).replace(/\.html?$/, ''))
  const name = squash(text)
  if (name.length < 4 || !slug) return undefined
  return slug.includes(name) || name.includes(slug) ? text : undefined
}

/** Reads author credits from microdata and byline-like markup, outside comment sections. */
export function readBylines(page: PageIndex, headline: string | null): BylineCredits {
  const credits: Credit[] = []
  const target = headline ? squash(headline) : ''
  let headlinePosition = -1
  let firstH1 = -1
  let position = 0
  const recent: { el: Element; position: number }[] = []
  const footers: Element[] = []
  // A line near the headline that reads as a byline ("Ein Artikel von Pamela Sladky | 27.01.2022",
  // "04.02.2022 | 13:10 Uhr | Uta Helkenberg"), printed without any byline markup.
  const textByline = (el: Element, at: number): void => {
    if (el.children.some((c) => isTag(c) && BLOCK_TAGS.has(c.name) && c.name !== 'br')) return
    const line = textLines(el).join(' ')
    if (line.length < 5 || line.length > 160) return
    const b = parseByline(line)
    if (b && b.authors.length > 0) credits.push({ text: b.authors.join(', '), kind: 'text', position: at })
  }
  walkPage(page, (el) => {
    position++
    if (SKIP_TAGS.has(el.name) || credits.length >= MAX_CREDITS) return false
    // Most elements have neither class nor id: no class pattern can match them.
    const marked = el.attribs['class'] !== undefined || el.attribs['id'] !== undefined
    const ci = marked ? classId(el) : ''
    if (marked && isCommentSection(ci) && !/byline|author/.test(ci)) return false
    // Bylines of other stories: teasers in sidebars and related lists.
    if ((el.name === 'aside' || el.name === 'nav' || (marked && OTHER_STORIES.test(ci))) && listsOtherStories(el)) return false
    if (footers.length < MAX_FOOTERS && (el.name === 'footer' || (marked && FOOTER_CLASS.test(ci)))) footers.push(el)
    if (firstH1 >= 0 && position - firstH1 <= TEXT_BYLINE_AFTER && TEXT_BYLINE_TAGS.has(el.name)) textByline(el, position)
    else if (firstH1 < 0 && TEXT_BYLINE_TAGS.has(el.name)) {
      recent.push({ el, position })
      if (recent.length > TEXT_BYLINE_BEFORE) recent.shift()
    }
    if (el.name === 'h1' || el.name === 'h2' || el.name === 'h3') {
      if (el.name === 'h1' && firstH1 < 0) {
        firstH1 = position
        for (const r of recent) textByline(r.el, r.position)
      }
      if (headlinePosition < 0 && target && squash(textLines(el).join(' ')) === target) headlinePosition = position
    }
    // Credits in figures and image or video objects are photo and video credits.
    if (el.name === 'figure' || el.name === 'figcaption' || /ImageObject|VideoObject|Photograph/i.test(el.attribs['itemtype'] ?? '')) return false
    const prop = el.attribs['itemprop']
    if (prop && /(?:^|\s)(?:author|creator)(?:\s|$)/.test(prop)) {
      const t = creditText(el)
      if (t) credits.push({ text: t, kind: 'microdata', position, strong: true })
      return false
    }
    if (el.name === 'a') {
      if (/(?:^|\s)author(?:\s|$)/i.test(el.attribs['rel'] ?? '')) {
        const t = textLines(el).join(' ')
        if (t) credits.push({ text: t, kind: 'link', position, strong: true })
        return false
      }
      const t = isAuthorLink(el)
      if (t) {
        credits.push({ text: t, kind: 'link', position })
        return false
      }
    }
    // A label element ("Autor", "Interview", "By") whose next sibling holds the name.
    if (isLabel(el)) {
      let next = el.next
      // Line breaks between label and name (`<b>Von:</b><br>Name`) are passed over.
      while (next && !(isTag(next) && next.name !== 'br') && !(isText(next) && next.data.trim())) next = next.next
      const value = next
        ? textLines(next)
            .join(' ')
            .replace(/[\s,;|•·]+$/, '')
        : ''
      if (NAME_LIKE.test(value)) credits.push({ text: value, kind: 'class', position })
    }
    const isByline = marked && (/by-?line/.test(ci) || (BYLINE_CLASS.test(ci) && !NOT_BYLINE.test(ci)))
    if (isByline && el.name !== 'body' && el.name !== 'html' && el.name !== 'meta') {
      const t = creditText(el)
      if (t) credits.push({ text: t, kind: 'class', position, strong: isStrongCredit(el) })
    } else if (startsWithBy(el)) {
      const t = creditText(el)
      if (t && t.length <= 120) credits.push({ text: t, kind: 'class', position })
    }
    return true
  })
  return { credits, headlinePosition: headlinePosition >= 0 ? headlinePosition : firstH1, footers }
}
