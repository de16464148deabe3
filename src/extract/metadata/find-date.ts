/**
 * Publication and modification dates of a page, searched from the most to the least trusted
 * evidence: JSON-LD, OpenGraph and `article:*`, other meta tags, microdata, `<time>`, the URL,
 * date-like markup (class or id "date", "byline", "posted"...), then labelled dates in the text
 * ("Published 18 March 2019", "Veröffentlicht am 18.03.2019") and the first date under the
 * headline. "Updated" dates count as modification dates, never as the publication date when a
 * published one exists. JSON-LD outranks meta tags only when it describes the page's own article;
 * when the two name different days, the one the page prints (a `<time>`, date markup) wins.
 * A UTC instant is finally given the page's local offset when the page reveals it (see
 * `local-time.ts`), so its calendar day is the one the page printed.
 */
import type { AnyNode, Document, Element } from 'domhandler'
import { isTag } from 'domhandler'
import type { FieldSource } from '../../model/article.js'
import { attr, classId, visibleText } from './dom.js'
import { walkPage, type PageIndex } from './page-index.js'
import { squash } from './title.js'
import type { JsonLdInfo } from './json-ld.js'
import type { MetaTags } from './meta-tags.js'
import { findWrittenDates, formatDate, type DateParts, type DayOrder, type FoundDate } from '../../model/dates/written-dates.js'
import { isPlausibleDate, parseDateValue } from './parse-date.js'
import { collectTimestamps, toCountryTime, toLocalTime } from './local-time.js'
import { dateFromUrl } from './url-date.js'

/** A chosen date with its source. */
export interface FoundPageDate {
  readonly value: string
  readonly source: FieldSource
  readonly parts: DateParts
}

/** Publication and modification date of a page; null when nothing plausible was found. */
export interface PageDates {
  readonly published: FoundPageDate | null
  readonly modified: FoundPageDate | null
}

/** What the date search reads. */
export interface DateSearchInput {
  /** The page, indexed once for all metadata readers. */
  readonly page: PageIndex
  readonly meta: MetaTags
  readonly jsonld: JsonLdInfo
  readonly url: string | null
  readonly now: Date
  readonly order: DayOrder
  /** The page headline, to find the dates printed under it. */
  readonly headline: string | null
  /** ISO 639-1 language of the page, a hint of its time zone. */
  readonly language: string | null
}

/** Meta keys naming the publication date, best first; og/article keys count as OpenGraph. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'date_published',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
  'rnews:datepublished',
  'datecreated',
  'created',
  'dc.date',
  'dcterms.date',
  'date',
  'og:pubdate',
  'pub_date',
  'sailthru.publication_date',
  'article.created',
  'displaydate',
  'timestamp',
  'release_date',
  'live_date',
  'bt:pubdate',
  'dc.created',
  'shareaholic:article_published_time',
  'parsely-pub-date',
  'ga-publishdate',
  'date.available',
  'citation_cover_date',
]

const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'article:modified',
  'modified_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'lastmod',
  'last-modified',
  'revised',
  'article.updated',
  'updated',
  'lastmodified',
  'shareaholic:article_modified_time',
  'eomportal-lastupdate',
]

/** Other meta keys that name a creation or publication time (site-specific prefixes). */
const GENERIC_DATE_KEY = /publish|created|uploaded|posted|(?:^|[:._-])date(?:$|[:._-])|release/
const NOT_PUBLISHED_KEY = /modif|updat|expir|revis|birth|event|start|end|valid|copyright|image|video/

const UPDATED_LABEL =
  /(?:updated?|aktualisiert|geändert|mis à jour|modifi[ée]|actualizad[oa]|actualizaci[oó]n|aggiornat[oa]|atualizad[oa]|bijgewerkt|zaktualizowano|last edited|edited|revised|수정|更新|最終更新|обновлено)\s*(?:on|am|le|el|il|em|op|日|日時|时间|時間|:)?\s*[:：\-–—]?\s*$/i
const PUBLISHED_LABEL =
  /(?:published|posted|released|ver[öo]ffentlicht|erschienen|publiziert|erstellt|publi[ée]e?|mis en ligne|pubblicat[oa]|publicad[oa]|gepubliceerd|opublikowano|datum|date|fecha|data|stand)\b[^\d\n]{0,20}$|(?:입력|등록|发布|發布|发表|發表|公開|投稿|掲載|配信|опубликовано|дата)[^\d\n]{0,12}$/i

/** Class/id words of elements that hold a page's date. */
const DATE_MARKUP =
  /(?:^|[\s_-])(?:date|datum|time|timestamp|byline|dateline|meta|posted|published|publish|pubdate|entry-?date|post-?date|article-?date|created|fecha|data|zeit|info|submitted|article-?info|entry-?meta|post-?meta|story-?meta|details)(?:$|[\s_-])|date|datum|publish|posted/
const SKIP_REGION = /comment|related|sidebar|footer|widget|recommend|popular|teaser|nav(?:bar|igation)?\b|menu|trending|more-?stories|archive/

function plausible(parts: DateParts | null, now: Date): DateParts | null {
  return parts && isPlausibleDate(parts, now) ? parts : null
}

function found(parts: DateParts, source: FieldSource): FoundPageDate {
  return { value: formatDate(parts), source, parts }
}

function metaSource(key: string): FieldSource {
  return key.startsWith('og:') || key.startsWith('article:') ? 'opengraph' : key === 'datepublished' || key === 'datemodified' || key === 'datecreated' ? 'microdata' : 'meta'
}

function fromMeta(meta: MetaTags, keys: readonly string[], input: DateSearchInput): FoundPageDate | null {
  for (const key of keys) {
    for (const v of meta.all(key)) {
      const p = plausible(parseDateValue(v, input.order), input.now)
      if (p) return found(p, metaSource(key))
    }
  }
  return null
}

/** A date carried by an element's attributes (`datetime`, `content`, `data-*`, `title`). */
function attrDate(el: Element, input: DateSearchInput): DateParts | null {
  for (const a of ['datetime', 'content', 'data-datetime', 'data-date', 'data-published', 'data-timestamp', 'title']) {
    const v = attr(el, a)
    if (!v) continue
    const p = plausible(parseDateValue(v, input.order), input.now)
    if (p) return p
  }
  return null
}

interface MarkupDates {
  published: FoundPageDate | null
  modified: FoundPageDate | null
  time: FoundPageDate | null
  markup: FoundPageDate | null
}

/** Microdata, `<time>` and date-like markup dates, in document order, outside comments and lists. */
function fromMarkup(input: DateSearchInput): MarkupDates {
  type Slot = 'published' | 'modified' | 'time' | 'markup'
  const seen: { slot: Slot; at: number; date: FoundPageDate }[] = []
  const target = input.headline ? squash(input.headline) : ''
  let position = 0
  let headlineAt = -1
  const add = (slot: Slot, date: FoundPageDate): void => {
    seen.push({ slot, at: position, date })
  }
  walkPage(input.page, (el) => {
    position++
    if (el.name === 'script' || el.name === 'style' || el.name === 'head' || el.name === 'noscript') return false
    // Most elements have neither class nor id: no class pattern can match them.
    const marked = el.attribs['class'] !== undefined || el.attribs['id'] !== undefined
    const ci = marked ? classId(el) : ''
    if ((marked && SKIP_REGION.test(ci) && !/social|count|share|meta|toggle/.test(ci)) || el.name === 'footer' || el.name === 'nav' || el.name === 'aside' || el.name === 'blockquote') return false
    if (headlineAt < 0 && target && /^h[1-3]$/.test(el.name) && squash(visibleText(el)) === target) headlineAt = position
    // A link with a headline-length text is a teaser of another article; its date is not ours.
    if (el.name === 'a' && visibleText(el).length > 40) return false
    if ((el.name === 'ul' || el.name === 'ol') && isDatedLinkList(el)) return false
    const prop = (el.attribs['itemprop'] ?? '').toLowerCase()
    if (prop === 'datepublished' || prop === 'datecreated' || prop === 'datemodified') {
      const p = attrDate(el, input) ?? plausible(parseDateValue(visibleText(el), input.order), input.now)
      if (p) add(prop === 'datemodified' ? 'modified' : 'published', found(p, 'microdata'))
      return false
    }
    if (el.name === 'time' || el.name === 'abbr') {
      const p = attrDate(el, input) ?? plausible(parseDateValue(visibleText(el), input.order), input.now)
      if (p) {
        const slot: Slot = /updat|modif/.test(ci) ? 'modified' : 'pubdate' in el.attribs || /publish|pubdate|entry-date|posted|created/.test(ci) ? 'published' : 'time'
        add(slot, found(p, 'time'))
      }
      return false
    }
    if (marked && DATE_MARKUP.test(ci)) {
      const text = visibleText(el)
      if (text.length > 0 && text.length <= 160) {
        const p = attrDate(el, input) ?? firstTextDate(text, input, true)
        if (p) add('markup', found(p, 'markup'))
        return !p
      }
    }
    return true
  })
  // Of each kind, the first date printed after the headline is the article's; dates above it
  // (a "today is" line in the masthead) count only when none follows.
  const pick = (slot: Slot): FoundPageDate | null => {
    const all = seen.filter((x) => x.slot === slot)
    return (all.find((x) => headlineAt >= 0 && x.at > headlineAt) ?? all[0])?.date ?? null
  }
  // A <time> or date-like element under the headline beats one of either kind above it.
  const under = seen.find((x) => headlineAt >= 0 && x.at > headlineAt && (x.slot === 'time' || x.slot === 'markup'))
  return { published: pick('published'), modified: pick('modified'), time: under?.date ?? pick('time'), markup: pick('markup') }
}

/** Does an element (or one of its children) hold a tag of this name? Two levels: list items are shallow. */
function holdsShallow(el: Element, name: string): boolean {
  for (const c of el.children) {
    if (!isTag(c)) continue
    if (c.name === name) return true
    for (const g of c.children) if (isTag(g) && g.name === name) return true
  }
  return false
}

/**
 * A list whose items each pair a `<time>` with a link ("More press releases": date, headline)
 * lists other articles; a byline's list of published and updated times links nowhere.
 */
function isDatedLinkList(list: Element): boolean {
  let dated = 0
  for (const li of list.children) {
    if (isTag(li) && li.name === 'li' && holdsShallow(li, 'time') && holdsShallow(li, 'a') && ++dated >= 2) return true
  }
  return false
}

/** The first plausible date in a short text, skipping dates labelled as updates when others exist. */
function firstTextDate(text: string, input: DateSearchInput, preferPublished: boolean): DateParts | null {
  const dates = findWrittenDates(text, input.order).filter((d) => plausible(d.parts, input.now))
  if (!dates.length) return null
  if (preferPublished) {
    const notUpdate = dates.find((d) => !UPDATED_LABEL.test(text.slice(Math.max(0, d.index - 30), d.index)))
    if (notUpdate) return notUpdate.parts
  }
  return dates[0]?.parts ?? null
}

const INVISIBLE = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg'])
const BLOCKS = /^(?:p|div|li|td|th|tr|h[1-6]|section|article|header|footer|aside|br|dt|dd|ul|ol|table|time|span|a)$/

/**
 * Class or id of a readers' comment section (`comments-area`, `disqus_thread`), as whole words:
 * "comment" inside a longer class names an opinion column (`ArticleHeaderComment_publishDate`).
 */
const COMMENT_SECTION =
  /(?:^|\s)(?:comments|comment-?list|comments?[-_](?:area|section|list|wrap|wrapper|container|thread)|disqus_thread|disqus|respond|kommentare|leserkommentare|reader-?comments)(?:$|\s)/

/** Elements that wrap the whole page or story: their classes describe it, not a region of it. */
const PAGE_WRAPPERS = new Set(['html', 'body', 'main', 'article'])

/** A publication verb in running prose ("was released on"), not a label. */
const PROSE_LABEL =
  /\b(?:was|were|is|are|been|be|being|will|wurde|wurden|worden|wird|werden)\s+(?:\p{L}+\s+)?(?:published|posted|released|ver[öo]ffentlicht|erschienen|publiziert|erstellt)\b[^\d\n]{0,20}$/iu

/** Visible text of the page in document order, and where the headline ends in it (-1 when not found). */
function bodyText(dom: Document, headline: string | null): { text: string; headlineEnd: number; comments: [number, number][] } {
  const parts: string[] = []
  const comments: [number, number][] = []
  let inComments = -1
  let length = 0
  let headlineEnd = -1
  const target = headline ? squash(headline) : ''
  const add = (t: string): void => {
    parts.push(t)
    length += t.length
  }
  const walk = (nodes: readonly AnyNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.type === 'text') {
        const d = (n as { data: string }).data.replace(/\s+/g, ' ')
        if (d.trim()) add(d)
      } else if (isTag(n) && !INVISIBLE.has(n.name) && depth < 400) {
        // Readers' comments print their own dates, after the article's and often the only ones
        // after its headline: their span is noted so those dates count only when no other exists.
        if (inComments < 0 && !PAGE_WRAPPERS.has(n.name) && COMMENT_SECTION.test(classId(n))) {
          add(' ')
          inComments = length
          walk(n.children, depth + 1)
          comments.push([inComments, length])
          add(' ')
          inComments = -1
          continue
        }
        if (headlineEnd < 0 && target && /^h[1-3]$/.test(n.name) && squash(visibleText(n)) === target) {
          add(` ${visibleText(n)} `)
          headlineEnd = length
          continue
        }
        const block = BLOCKS.test(n.name)
        if (block) add(' ')
        walk(n.children, depth + 1)
        if (block) add(' ')
      }
    }
  }
  walk(dom.children, 0)
  return { text: parts.join(''), headlineEnd, comments }
}

/** Characters of page text searched for dates (after the headline when it is found). */
const TEXT_WINDOW = 100_000

/** How far after the headline a date still belongs to the article header (characters). */
const NEAR_HEADLINE = 800

/**
 * Dates in the visible text: one labelled as the publication date ("Published: 18 March 2019"),
 * else the first date just under the headline (where bylines print it).
 */
function fromText(input: DateSearchInput): FoundPageDate | null {
  const { text: full, headlineEnd, comments } = bodyText(input.page.dom, input.headline)
  // An article's date sits near its top; reading at most this much bounds the work on huge pages.
  const text = full.slice(0, Math.max(TEXT_WINDOW, headlineEnd + TEXT_WINDOW))
  if (!text) return null
  const all = findWrittenDates(text, input.order).filter((d) => plausible(d.parts, input.now))
  const own = all.filter((d) => !comments.some(([from, to]) => d.index >= from && d.index < to))
  const dates = own.length > 0 ? own : all
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.index - 40), d.index)
    if (PUBLISHED_LABEL.test(before) && !UPDATED_LABEL.test(before) && !PROSE_LABEL.test(before)) return found(d.parts, 'text')
  }
  if (headlineEnd >= 0) {
    const near = dates.find((d) => d.index >= headlineEnd - 2 && d.index - headlineEnd <= NEAR_HEADLINE && !UPDATED_LABEL.test(text.slice(Math.max(0, d.index - 30), d.index)))
    if (near) return found(near.parts, 'text')
  }
  // Last resort: the first date after the headline, else the last one before it (a blog's date
  // header above the post title; a masthead's "today" comes first on the page), else the first
  // on the page; pages without metadata mostly print their date before the text and comments.
  const notUpdate = (d: FoundDate): boolean => !UPDATED_LABEL.test(text.slice(Math.max(0, d.index - 30), d.index))
  // A page that prints only an "Updated" date was at the latest published then.
  const beforeHeadline = headlineEnd >= 0 ? dates.filter((d) => d.index < headlineEnd && notUpdate(d)).pop() : undefined
  const first = dates.find((d) => d.index >= headlineEnd && notUpdate(d)) ?? beforeHeadline ?? dates.find(notUpdate) ?? dates[0]
  return first ? found(first.parts, 'text') : null
}

/** A publication time under a common key in a script's data (a page rendered by its scripts). */
const SCRIPT_PUBLISHED = /"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|first_publish_date|firstPublishDate|firstPublished)"\s*:\s*"([^"]{8,40})"/g
/** Characters of one script searched for it. */
const SCRIPT_WINDOW = 200_000

/**
 * The first plausible publication time in the page's script data (`__NEXT_DATA__`, a state
 * blob): the last resort of a page that prints its date only from its scripts. JSON-LD was read
 * before; creation times (`created_at`) name users and comments as often as the article.
 */
function fromScripts(input: DateSearchInput): FoundPageDate | null {
  for (const el of input.page.byName('script')) {
    if (/ld\+json/i.test(el.attribs['type'] ?? '')) continue
    const text = el.children
      .map((c) => ('data' in c ? String(c.data) : ''))
      .join('')
      .slice(0, SCRIPT_WINDOW)
    for (const m of text.matchAll(SCRIPT_PUBLISHED)) {
      const p = plausible(parseDateValue(m[1] ?? '', input.order), input.now)
      if (p) return found(p, 'markup')
    }
  }
  return null
}

/**
 * Of a JSON-LD and a meta-tag publication date naming different days, the one the page prints
 * (microdata, a `<time>`, date markup); null when they agree or the page prints neither.
 */
function visibleChoice(ld: FoundPageDate, meta: FoundPageDate, markup: () => MarkupDates): FoundPageDate | null {
  const day = (d: FoundPageDate): string => d.value.slice(0, 10)
  if (day(ld) === day(meta)) return null
  const { published, time, markup: marked } = markup()
  const shown = published ?? time ?? marked
  if (!shown) return null
  return day(shown) === day(meta) ? meta : day(shown) === day(ld) ? ld : null
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname
  } catch {
    return null
  }
}

/** Searches a page for its publication and modification dates. */
export function findPageDates(input: DateSearchInput): PageDates {
  const { jsonld, meta, now } = input
  const ldPub = jsonld.published ? plausible(parseDateValue(jsonld.published, input.order), now) : null
  const ldMod = jsonld.modified ? plausible(parseDateValue(jsonld.modified, input.order), now) : null
  const metaPub =
    fromMeta(meta, PUBLISHED_META, input) ??
    fromMeta(
      meta,
      [...meta.keys()].filter((k) => GENERIC_DATE_KEY.test(k) && !NOT_PUBLISHED_KEY.test(k)),
      input,
    )
  const metaMod = fromMeta(meta, MODIFIED_META, input)
  // The markup walk is the costliest source; most pages settle both dates before it is needed.
  let markupDates: MarkupDates | undefined
  const markup = (): MarkupDates => (markupDates ??= fromMarkup(input))
  const urlDate = plausible(dateFromUrl(input.url), now)
  const modified = (ldMod ? found(ldMod, 'jsonld') : null) ?? metaMod ?? markup().modified
  // JSON-LD beats meta tags only when it describes the page's own article (not an embedded video).
  const ldFirst = jsonld.strength >= 6
  const published =
    (ldPub && metaPub ? visibleChoice(found(ldPub, 'jsonld'), metaPub, markup) : null) ??
    (ldPub && ldFirst ? found(ldPub, 'jsonld') : null) ??
    metaPub ??
    (ldPub ? found(ldPub, 'jsonld') : null) ??
    markup().published ??
    markup().time ??
    (urlDate ? found(urlDate, 'url') : null) ??
    markup().markup ??
    fromText(input) ??
    fromScripts(input)
  if (published?.parts.offset !== 'Z' && modified?.parts.offset !== 'Z') return { published, modified }
  const anchor = published?.parts.offset === 'Z' ? published.parts : modified?.parts
  const stamps = anchor ? collectTimestamps(input.page.dom, anchor, input.page.textParts) : []
  const domain = hostOf(input.url)
  const local = (d: FoundPageDate | null): FoundPageDate | null => (d && d.parts.offset === 'Z' ? found(toCountryTime(toLocalTime(d.parts, stamps), domain, input.language), d.source) : d)
  return { published: local(published), modified: local(modified) }
}
