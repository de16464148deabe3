/**
 * First look at one element: is it never content (script, embed), hidden, or marked as page
 * chrome by its tag, role, class or id? The verdict is tentative for chrome: the tree scorer
 * keeps a marked element that holds most of the page's prose (sites do wrap stories in
 * `<header>` or in `class="has-sidebar"`).
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import type { RemovedReason } from '../../model/article.js'
import { sameHeadline } from './same-headline.js'
import { BLOCK_TAGS, BODY_HINT, BOILERPLATE_PATTERNS, CHROME_ROLES, CHROME_TAGS, PAYWALL_HINT, SKIP_TAGS } from './patterns.js'

/** `skip`: never content, dropped silently; a reason: chrome to cut (unless it holds the story); null: keep. */
export type Verdict = 'skip' | RemovedReason | null

/** An embedded tweet or post is quoted material of the story, though its class says "social". */
const EMBEDDED_POST = /(?:social|tweet|twitter|instagram|facebook)-?(?:media-)?embed|embed-?(?:tweet|twitter|instagram|social)|twitter-tweet|instagram-media|article-tweet|embedded-tweet|embedded-post/

/** The class word of a link that a script replaces with an embedded player or post. */
const EMBED_LINK = /\bembed\b/

/** Classes that WordPress prints on the post element (`post-123 type-post status-publish hentry`). */
const POST_ELEMENT = /(?:^|\s)(?:hentry|status-publish|post-\d+)(?:\s|$)/
/** The post element's own classes, as opposed to its taxonomy terms. */
const POST_OWN_CLASS = /^(?:post|page|hentry|entry|article|type-[\w-]+|post-\d+|status-[\w-]+|has-[\w-]+|single|format-standard|sticky)$|(?:^|-)(?:content|body|text|entry)(?:$|-)/

/** Class words of a live blog or news ticker. */
const LIVE = /\b(?:live|liveblog|live-?ticker|ticker|newsticker|live-?coverage|live-?update)\b/

/**
 * Class words of an icon font (Material Icons and Symbols, Glyphicons, a plain `icon`): such an
 * element's text is a ligature name the font draws as a glyph, "access_time", "local_offer".
 */
const ICON_FONT = /\b(?:material-icons(?:-[a-z]+)?|material-symbols(?:-[a-z]+)?|glyphicons?|icons?)\b/

/** A ligature name: one lower-case word, or words joined by `_` ("close", "keyboard_arrow_down"). */
const LIGATURE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** Class and id, lowercased, with `_` and dash runs folded to one `-` so `\b` patterns see BEM and snake case alike. */
export function signature(el: Element): string {
  return signatureOf(el.attribs['class'], el.attribs['id'])
}

function signatureOf(cls: string | undefined, id: string | undefined): string {
  if (!cls && !id) return ''
  // WordPress prints the post's taxonomy as classes (`category-newsletter`, `tag-comments`, and any
  // custom taxonomy: `ressort-social-media`): they name what the story is about, not what the
  // element is. On the post element itself only its own classes count.
  let classes = cls && /\b(?:category|tag|post-format|format)-/.test(cls) ? cls.replace(/(?:^|\s)(?:category|tag|post_tag|post-format|format)-\S*/g, ' ') : cls
  if (classes && POST_ELEMENT.test(classes))
    classes = classes
      .split(/\s+/)
      .filter((c) => POST_OWN_CLASS.test(c))
      .join(' ')
  return `${classes ?? ''} ${id ?? ''}`.toLowerCase().replace(/[_-]+/g, '-')
}

/** Everything the scorer needs to know about one element, from one look at its attributes. */
export interface Inspection {
  readonly verdict: Verdict
  /** Markup names it the article body. */
  readonly hint: boolean
  /** Its class or id marks a paywall. */
  readonly paywall: boolean
}

const PLAIN: Inspection = { verdict: null, hint: false, paywall: false }

/** What a signature's class/id patterns say, whatever element carries it. */
interface SignatureFacts {
  /** The signature names the article body (`BODY_HINT`). */
  readonly bodyClass: boolean
  readonly paywall: boolean
  /** An embedded tweet or post (`EMBEDDED_POST`). */
  readonly embedded: boolean
  /** The first boilerplate pattern that applies, live tickers' "comments" passed over; null when none. */
  readonly boilerplate: RemovedReason | null
  /** An icon font's class (`ICON_FONT`). */
  readonly icon: boolean
}

/**
 * Signatures and their pattern facts already computed during one walk of a page: pages repeat
 * the same class on many elements (list items, cards), and running the class patterns on every
 * element was most of the body walk's time. The facts depend on the signature alone, so caching
 * them by signature gives exactly the verdicts of testing every element.
 */
export interface SignatureCache {
  /** Signature by class string, for elements without an id. */
  readonly signatures: Map<string, string>
  readonly facts: Map<string, SignatureFacts>
}

/** An empty cache for one walk of one page. */
export function newSignatureCache(): SignatureCache {
  return { signatures: new Map(), facts: new Map() }
}

function cachedSignature(cls: string | undefined, id: string | undefined, cache: SignatureCache): string {
  if (!cls || id !== undefined) return signatureOf(cls, id)
  let sig = cache.signatures.get(cls)
  if (sig === undefined) {
    sig = signatureOf(cls, id)
    cache.signatures.set(cls, sig)
  }
  return sig
}

/**
 * Any boilerplate pattern at all, in one scan: most signatures match none, and one scan of the
 * union costs about a third of testing the patterns one by one (measured on the scrapinghub
 * pages' signatures). Only a signature that matches is tested in order for its reason.
 */
// A pattern with flags cannot join the union: then every signature takes the ordered tests.
const ANY_BOILERPLATE = BOILERPLATE_PATTERNS.every(([p]) => p.flags === '') ? new RegExp(BOILERPLATE_PATTERNS.map(([p]) => `(?:${p.source})`).join('|')) : /(?:)/

function boilerplateOf(sig: string): RemovedReason | null {
  if (!ANY_BOILERPLATE.test(sig)) return null
  for (const [pattern, reason] of BOILERPLATE_PATTERNS) {
    if (!pattern.test(sig)) continue
    // Live tickers name their entries "comments" (`ticker-comments`, `live-comment`): they are the story.
    if (reason === 'comments' && LIVE.test(sig)) continue
    return reason
  }
  return null
}

const NO_FACTS: SignatureFacts = { bodyClass: false, paywall: false, embedded: false, boilerplate: null, icon: false }

function factsOf(sig: string, cache: SignatureCache | undefined): SignatureFacts {
  if (sig === '') return NO_FACTS
  let facts = cache?.facts.get(sig)
  if (facts === undefined) {
    facts = { bodyClass: BODY_HINT.test(sig), paywall: PAYWALL_HINT.test(sig), embedded: EMBEDDED_POST.test(sig), boilerplate: boilerplateOf(sig), icon: ICON_FONT.test(sig) }
    cache?.facts.set(sig, facts)
  }
  return facts
}

/** Classifies one element by tag, hidden state, role and class/id, and notes body and paywall hints. */
export function inspect(el: Element, cache: SignatureCache = newSignatureCache()): Inspection {
  // One pass over the element's own attributes instead of a keyed lookup per attribute read:
  // attribute maps come in hundreds of shapes per page, so each keyed lookup is a slow
  // megamorphic one, while reading the values a for-in yields is not.
  const a = el.attribs
  let cls: string | undefined
  let id: string | undefined
  let itemprop: string | undefined
  let hidden = false
  let ariaHidden: string | undefined
  let style: string | undefined
  let role: string | undefined
  for (const k in a) {
    switch (k) {
      case 'class':
        cls = a[k]
        break
      case 'id':
        id = a[k]
        break
      case 'itemprop':
        itemprop = a[k]
        break
      case 'hidden':
        hidden = a[k] !== undefined
        break
      case 'aria-hidden':
        ariaHidden = a[k]
        break
      case 'style':
        style = a[k]
        break
      case 'role':
        role = a[k]
        break
    }
  }
  const sig = cachedSignature(cls, id, cache)
  const facts = factsOf(sig, cache)
  const hint = isBodyProp(itemprop) || facts.bodyClass
  const verdict = verdictFrom(el, sig, hint, facts, hidden || ariaHidden === 'true', style, role)
  return verdict === null && !hint && !facts.paywall ? PLAIN : { verdict, hint, paywall: facts.paywall }
}

/** Classifies one element by tag, hidden state, role and class/id. */
export function classify(el: Element, sig = signature(el), hint = isBodyHint(el, sig)): Verdict {
  return verdictOf(el, sig, hint, factsOf(sig, undefined))
}

function verdictOf(el: Element, sig: string, hint: boolean, facts: SignatureFacts): Verdict {
  const a = el.attribs
  return verdictFrom(el, sig, hint, facts, a['hidden'] !== undefined || a['aria-hidden'] === 'true', a['style'], a['role'])
}

/** The verdict, given the attributes it reads (`hidden`: the `hidden` or `aria-hidden="true"` attribute). */
function verdictFrom(el: Element, sig: string, hint: boolean, facts: SignatureFacts, hidden: boolean, style: string | undefined, role: string | undefined): Verdict {
  const name = el.name
  if (SKIP_TAGS.has(name)) return 'skip'
  if (hidden) return 'hidden'
  if (style && HIDDEN_STYLE.test(style)) return 'hidden'
  if (name === 'html' || name === 'body') return null
  const tagReason = CHROME_TAGS.get(name)
  if (tagReason) {
    if (name === 'header' && wrapsOnlySubheading(el)) return null
    // HTML5 writes a quotation as <figure><blockquote>; embeds come as <figure class="tweet">.
    // Figures also wrap data: a table, a code listing, a list of steps.
    if (name === 'figure' && (facts.embedded || holdsContent(el, 0))) return null
    return tagReason
  }
  if (role) {
    const lower = role.toLowerCase()
    const roleReason = CHROME_ROLES.get(lower)
    // A link or span that plays a button sits inside a sentence or a row of links ("Try again",
    // "US Customary - Metric"); only a block that plays one is a control of its own.
    if (roleReason && (lower !== 'button' || BLOCK_TAGS.has(name))) return roleReason
  }
  if (!sig || hint || facts.embedded) return null
  // An icon font's ligature name is a glyph on screen, never a word of the text.
  if (facts.icon && (name === 'i' || name === 'span') && isLigature(el)) return 'skip'
  // A link classed as an embed is the placeholder a script swaps for a player ("[Video]").
  if (name === 'a' && EMBED_LINK.test(sig)) return 'chrome'
  return facts.boilerplate
}

/** True when the element's only content is one ligature name (`<i class="material-icons">access_time</i>`). */
function isLigature(el: Element): boolean {
  let text = ''
  for (const c of el.children) {
    if (!isText(c)) return false
    text += c.data
  }
  return LIGATURE_NAME.test(text.trim())
}

/** Elements that make a `<figure>` a piece of the story rather than an image with a caption. */
const FIGURE_CONTENT = new Set(['blockquote', 'table', 'pre', 'ol', 'ul', 'dl'])

function holdsContent(el: Element, depth: number): boolean {
  if (depth > 4) return false
  return el.children.some((c) => isTag(c) && c.name !== 'figcaption' && (FIGURE_CONTENT.has(c.name) || holdsContent(c, depth + 1)))
}

/** CMSs (TYPO3, some WordPress themes) wrap each section heading of a story in its own `<header>`. */
function wrapsOnlySubheading(el: Element): boolean {
  let heading: Element | null = null
  for (const child of el.children) {
    if (isTag(child)) {
      if (heading || !/^h[2-6]$/.test(child.name)) return false
      heading = child
    } else if (isText(child) && child.data.trim()) return false
  }
  return heading !== null
}

/** Most elements looked at when searching a `<header>` for the headline. */
const HEADER_SCAN = 200

/**
 * True when a `<header>` is the story's own: it holds the headline (an `<h1>` that repeats the
 * page title) and is not mostly links, as a site header with a logo heading and menus is.
 */
export function isArticleHeader(el: Element, title: string | null): boolean {
  if (!title) return false
  let seen = 0
  let text = 0
  let link = 0
  let headline = false
  const walk = (node: AnyNode, inLink: boolean): void => {
    if (seen++ > HEADER_SCAN) return
    if (isText(node)) {
      const n = node.data.trim().length
      text += n
      if (inLink) link += n
    } else if (isTag(node)) {
      if (SKIP_TAGS.has(node.name)) return
      if (node.name === 'h1' && !headline) headline = sameHeadline(textOf(node), title)
      for (const c of node.children) walk(c, inLink || node.name === 'a')
    }
  }
  walk(el, false)
  return headline && link <= 0.5 * text
}

function textOf(el: Element): string {
  let out = ''
  const walk = (node: AnyNode): void => {
    if (isText(node)) out += node.data
    else if (isTag(node)) for (const c of node.children) walk(c)
  }
  walk(el)
  return out.replace(/\s+/g, ' ').trim()
}

/** True when markup says this element is the article body (`itemprop=articleBody`, known body classes). */
export function isBodyHint(el: Element, sig = signature(el)): boolean {
  return hasBodyProp(el) || (sig !== '' && BODY_HINT.test(sig))
}

function hasBodyProp(el: Element): boolean {
  return isBodyProp(el.attribs['itemprop'])
}

function isBodyProp(prop: string | undefined): boolean {
  return prop !== undefined && prop !== '' && /articlebody/i.test(prop)
}
