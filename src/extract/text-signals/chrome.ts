/**
 * Page chrome in text form: the labels, buttons, notices and menus a scraper keeps when it saves
 * a page as text ("Loading Now", "Post Comment", "Share", cookie notices, "Home | World | Sport").
 * They are never article text, wherever they appear.
 */
import type { RemovedReason } from '../../model/article.js'

/** Whole lines that are chrome, compared lower-case without trailing punctuation or counts. */
const CHROME_LINES = new Set([
  'loading',
  'loading now',
  'loading...',
  'please wait',
  'post comment',
  'post a comment',
  'add comment',
  'add a comment',
  'leave a comment',
  'leave a reply',
  'comment',
  'comments',
  'view comments',
  'show comments',
  'hide comments',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share on x',
  'tweet',
  'email',
  'e-mail',
  'print',
  'copy link',
  'link copied',
  'whatsapp',
  'facebook',
  'twitter',
  'linkedin',
  'reddit',
  'advertisement',
  'advertisment',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'promoted',
  'scroll to continue',
  'scroll to continue with content',
  'continue reading',
  'continue reading below',
  'story continues below',
  'story continues below advertisement',
  'article continues below',
  'read more',
  'read more below',
  'read next',
  'read full article',
  'read full story',
  'show more',
  'load more',
  'see more',
  'view more',
  'more',
  'next',
  'previous',
  'next article',
  'previous article',
  'subscribe',
  'subscribe now',
  'subscribe today',
  'sign in',
  'sign up',
  'log in',
  'login',
  'log out',
  'register',
  'create account',
  'my account',
  'menu',
  'close',
  'search',
  'home',
  'back to top',
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'follow us',
  'follow',
  'like',
  'listen',
  'listen to this article',
  'listen to article',
  'play',
  'watch',
  'watch now',
  'related',
  'related articles',
  'related stories',
  'related news',
  'related posts',
  'related content',
  'more stories',
  'more from',
  'most read',
  'most popular',
  'trending',
  'trending now',
  'top stories',
  'latest news',
  'you may also like',
  'you might also like',
  'recommended',
  'recommended for you',
  "editor's picks",
  "don't miss",
  'also read',
  'see also',
  'tags',
  'topics',
  'accept',
  'accept all',
  'accept cookies',
  'reject all',
  'manage cookies',
  'cookie settings',
  'got it',
  'ok',
  'okay',
  'report an error',
  'report a correction',
  'corrections',
  'feedback',
  'newsletter',
  'sign up for our newsletter',
  'get the newsletter',
  'download the app',
  'open in app',
  'advertise with us',
  'privacy policy',
  'terms of use',
  'terms and conditions',
  'contact us',
  'about us',
  'all rights reserved',
  'breaking news',
  'live',
  'updated',
  'image',
  'photo',
  'video',
  'audio',
  'gallery',
  'enlarge',
  'expand',
  'zoom',
  'full screen',
  'toggle navigation',
])

const COOKIE_RE =
  /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b|\bby (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b.*\bcookies\b|^we value your privacy\b|^cookies? (?:notice|policy|consent)\b/i
const CLICK_RE = /^(?:click|tap) here\b/i
const RELATED_RE = /^(?:read more|read also|also read|see also|related|more|recommended|watch|read next|read|related story|related article|must read|don't miss|trending)\s*[:：|»>]\s*\S/i
const SUBSCRIBE_RE = /^(?:subscribe|sign up|register|log in|sign in)\b.{0,80}\b(?:newsletter|inbox|free|access|continue|updates|account|to read|to comment)\b/i
const COUNTED_RE = /^(?:comments?|shares?|views?|likes?|replies)\s*[(:]?\s*\d[\d,.]*k?\)?$|^\d[\d,.]*k?\s+(?:comments?|shares?|views?|likes?|replies)$/i
const AGO_RE = /^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^\d+\s*(?:-|\s)?\s*min(?:ute)?s?\s+read$/i
const LABEL_RE = /^(?:tags?|topics?|filed under|categories|category|keywords|more on|more about)\s*:/i
const FOLLOW_RE = /^(?:follow (?:us|me)|like us|join us)\b.{0,80}\b(?:on|at)\b/i
const CAPTION_RE =
  /^(?:\(?(?:photo|image|picture|file photo|photograph|illustration|video)(?:\s+(?:by|credit))?\s*:|\((?:photo|image)\b)|\b(?:getty images|ap photo|afp via getty|shutterstock|epa-efe|reuters\/[A-Z]|via reuters|pool photo)\b/i
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[A-Z])|\ball rights reserved\.?$|^our standards\s*:|\btrust principles\.?$/i
const MENU_SEPARATORS = /\s+(?:\||•|·|»|›|>|\/)\s+/

/** Normal form of a line for the dictionary: lower case, no trailing punctuation or arrows. */
function key(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^[\s»›>•·|+-]+|[\s.:!…»›>→|+-]+$/g, '')
    .replace(/\s+/g, ' ')
}

/** Why a line is page chrome (`chrome`, `related`, `caption`, `boilerplate`), or null when it may be article text. */
export function chromeReason(line: string): RemovedReason | null {
  if (line.length > 300) return null
  const text = line.trim()
  if (text.length === 0) return null
  if (CHROME_LINES.has(key(text))) return 'chrome'
  if (COUNTED_RE.test(text) || AGO_RE.test(text) || LABEL_RE.test(text)) return 'chrome'
  if (text.length < 200 && CAPTION_RE.test(text)) return 'caption'
  if (text.length < 200 && COPYRIGHT_RE.test(text)) return 'boilerplate'
  if (FOLLOW_RE.test(text) && text.length < 120) return 'chrome'
  if (COOKIE_RE.test(text) || CLICK_RE.test(text) || SUBSCRIBE_RE.test(text)) return 'chrome'
  if (RELATED_RE.test(text) && text.length < 200) return 'related'
  if (isMenuLine(text)) return 'chrome'
  return null
}

/** "Home | World | Asia | Sport": several short labels joined by separators. */
function isMenuLine(text: string): boolean {
  const items = text.split(MENU_SEPARATORS)
  if (items.length < 3) return false
  return items.every((item) => item.length > 0 && item.length <= 30 && item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item))
}

/**
 * True for a run of lines that reads as a menu: three or more short labels, none a sentence.
 * Used on blocks whose lines were not separated by blank lines.
 */
export function isMenuBlock(lines: readonly string[]): boolean {
  if (lines.length < 3) return false
  return lines.every((l) => {
    const t = l.trim()
    return t.length > 0 && t.length <= 30 && t.split(/\s+/).length <= 4 && !/[.!?,;"“”]$/.test(t)
  })
}
