/**
 * Author credits printed in the page markup: microdata (`itemprop=author`), `rel=author` links,
 * and elements whose class or id names a byline or an author. Used when the page's structured
 * metadata names no author.
 */
import type { Document, Element } from 'domhandler'
import { attr, classId, visibleText, walkElements } from './dom.js'

/** Credits found in markup, best kind first. */
export interface BylineCredits {
  /** From `itemprop=author` (microdata). */
  readonly microdata: string[]
  /** From `rel=author` links and byline/author classes. */
  readonly markup: string[]
}

const BYLINE_CLASS = /(?:^|[\s_-])(?:by-?line|byline__?\w*|author(?:s|-?name|-?link|__name)?|contributor|writer|article-?author|posted-?by|reporter|credit-?author|fn)(?:$|[\s_-])/
const NOT_BYLINE = /comment|avatar|bio\b|description|about|related|share|social|follow|footer|widget|image|photo|caption|date|time|published/

/** The text that names the author inside a credit element, preferring a name-like child. */
function creditText(el: Element): string | undefined {
  let named: string | undefined
  walkElements([el], (child) => {
    if (named) return false
    const prop = child.attribs['itemprop']
    if (child !== el && (prop === 'name' || /(?:^|\s)(?:fn|name|author-?name)(?:\s|$)/.test(classId(child)))) {
      named = visibleText(child)
      return false
    }
    return true
  })
  const text = named ?? attr(el, 'content') ?? visibleText(el)
  return text && text.length <= 200 ? text : undefined
}

/** Reads author credits from microdata and byline-like markup, outside comment sections. */
export function readBylines(dom: Document): BylineCredits {
  const microdata: string[] = []
  const markup: string[] = []
  walkElements(dom.children, (el) => {
    if (el.name === 'script' || el.name === 'style' || el.name === 'head' || el.name === 'noscript') return false
    const ci = classId(el)
    if (/comment|respond|disqus/.test(ci) && !/byline|author/.test(ci)) return false
    const prop = el.attribs['itemprop']
    if (prop && /(?:^|\s)(?:author|creator)(?:\s|$)/.test(prop)) {
      const t = creditText(el)
      if (t) microdata.push(t)
      return false
    }
    if (el.name === 'a' && /(?:^|\s)author(?:\s|$)/i.test(el.attribs['rel'] ?? '')) {
      const t = visibleText(el)
      if (t) markup.push(t)
      return false
    }
    if (BYLINE_CLASS.test(ci) && !NOT_BYLINE.test(ci) && el.name !== 'body' && el.name !== 'html') {
      const t = creditText(el)
      if (t) {
        markup.push(t)
        return false
      }
    }
    return true
  })
  return { microdata, markup }
}
