/**
 * The vocabulary of the body extractor: which tags are blocks, which are never content, and the
 * class/id/role and text patterns that mark boilerplate, article bodies and paywalls. Patterns
 * cover English plus the cheap cases of German, French, Italian, Spanish and Dutch, because the
 * pages we meet are European news and blogs as much as English ones.
 *
 * Class/id patterns run on a "signature": class and id lowercased, with `_` and runs of `-`
 * folded to a single `-`, so `\b` sees BEM (`article__body`) and snake case the same way.
 */
import type { RemovedReason } from '../../model/article.js'

/** Tags whose content is never article text (code, embeds, widgets, ruby readings); skipped without a trace. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'rt',
  'rp',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'link',
  'meta',
  'base',
  'button',
  'select',
  'option',
  'optgroup',
  'input',
  'textarea',
  'img',
  'picture',
  'source',
  'track',
  'map',
  'area',
  'param',
  'dialog',
  'datalist',
  'output',
  'progress',
  'meter',
])

/** Tags that are page chrome unless they hold most of the page's prose (some sites wrap the story in them). */
export const CHROME_TAGS: ReadonlyMap<string, RemovedReason> = new Map<string, RemovedReason>([
  ['nav', 'nav'],
  ['menu', 'nav'],
  ['aside', 'related'],
  ['footer', 'chrome'],
  ['header', 'chrome'],
  ['form', 'chrome'],
  ['figure', 'caption'],
  ['figcaption', 'caption'],
])

/** Elements that start a new block of text. Anything else (span, a, custom elements...) is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'menu',
])

/** Heading tags: counted apart from prose (short, but part of the article). */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Class/id patterns of boilerplate, checked in order; the first match gives the reason. */
export const BOILERPLATE_PATTERNS: ReadonlyArray<readonly [RegExp, RemovedReason]> = [
  [
    /\b(?:comments?|comment-(?:list|section|form|area|thread|wrap)|commentlist|disqus|kommentare|leserkommentare|reader-comments|respond|reactions|commentaires|commenti|comentarios|reacties)\b/,
    'comments',
  ],
  [/\b(?:share|shares|sharing|sharebar|share-?tools|social|socials|social-?media|addthis|shariff|teilen|sociallinks|follow-us|partage|partager|condividi|compartir|delen)\b/, 'share'],
  [/\b(?:newsletter|newsletters|subscribe|subscription|sign-?up|signup|optin|opt-in|abonnieren|abo-?box|inscription)\b/, 'newsletter'],
  [
    /(?<!no-|without-|hide-|noads-)\b(?:ads?(?!-?free)|advert|adverts|advertising|advertisement|adslot|ad-?slot|ad-?unit|adunit|ad-?container|ad-?wrapper|ad-?box|dfp|gpt-?ad|sponsor|sponsored|promo|promos|promotion|anzeige|anzeigen|werbung|banner|commercial|outbrain|taboola|plista|publicite|pubblicita|publicidad|advertentie|reklame)\b/,
    'ad',
  ],
  [
    /\b(?:related|relatedarticles|recommended|recommendation|recommendations|recommend|more-?stories|more-?from|more-?articles|read-?more|readmore|read-?next|also-?read|you-?may-?like|trending|most-?popular|popular|most-?read|mostread|weitere-?artikel|weitere|mehr-?zum-?thema|lesetipps?|empfehlung|empfehlungen|auch-?interessant|articles-?lies|lire-?aussi|a-?lire|correlati|relacionados|verwandte|aehnliche|artikel-?empfehlung|gerelateerd|lees-?ook|next-?prev|prev-?next|post-?navigation|nav-?links|next-?(?:article|post|story)|prev(?:ious)?-?(?:article|post|story)|article-?pager)\b/,
    'related',
  ],
  [/\b(?:nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|skip-?link|skiplinks|toolbar|site-?header|site-?footer|masthead|sitemap)\b/, 'nav'],
  // Substring match: captions hide in compound class names (`InlineImage-imageEmbedCaption`).
  [/caption|image-?credit|photo-?credit|imagecredit|photocredit|\bcredits?\b|bildunterschrift|bildtext|\blegende\b|didascalia/, 'caption'],
  [/\b(?:author-?bio|about-?the-?author|author-?info|author-?box|bio|autorenbox)\b/, 'bio'],
  [/\b(?:byline|bylines|author|authors|autor|auteur|posted-?by|timestamp|publish-?date|pubdate|post-?date|article-?date|date|meta|post-?meta|entry-?meta|article-?meta)\b/, 'byline'],
  [/\b(?:tags|tag-?list|tagcloud|keywords|schlagworte|schlagwoerter|topics|categories|cat-?links|tags-?links)\b/, 'boilerplate'],
  // Tables of contents, rating widgets, disclosures and rights notices printed inside the story's container.
  [/\b(?:toc|ez-?toc|toc-?(?:container|list|wrapper|title)|table-?of-?contents|inhaltsverzeichnis|sommaire)\b/, 'nav'],
  // A quote widget's live price change beside a ticker symbol ("Amazon.com (AMZN 3.60%)"): the
  // figure of the day the page was read, not of the story.
  [/\b(?:ticker-?change|price-?change|quote-?change|change-?percent|percent-?change|price-?delta)\b/, 'chrome'],
  [/\b(?:post-?ratings?|star-?ratings?|rating-?(?:box|widget|stars)|rate-?this|rating|ratings|bewertung|bewertungen)\b/, 'chrome'],
  [/\b(?:disclosure|disclaimer|affiliate-?(?:disclosure|notice|links?)|editorial-?disclosure|haftungsausschluss|article-?copyright|copyright)\b/, 'boilerplate'],
  // Placeholders of embeds that wait for consent ("Click to load content from X").
  [
    /borlabs|\b(?:content-?blocker|privacy-?(?:embed|placeholder|shield|wall)|embed-?(?:consent|placeholder|privacy)|(?:services|consent|cmp|third-?party)-?placeholder|consent-?(?:box|wrapper|layer|placeholder)|two-?click|shariff-?embed)\b/,
    'chrome',
  ],
  [
    /\b(?:cookie|cookies|consent|gdpr|modal|popup|popover|tooltip|rollover|hovercard|overlay|lightbox|sidebar|(?<!elementor-|siteorigin-|so-|panel-|fl-)widgets?|print-?only|login|signin|sign-?in|skip-?(?:links?|to-?\w+|nav\w*|content)|skiplinks?|sr-only|visually-?hidden|screen-?reader-?text|offscreen)\b|(?<![\w-])(?:hidden|is-hidden|d-none)(?![\w-])/,
    'chrome',
  ],
]

/** ARIA roles of page chrome. */
export const CHROME_ROLES: ReadonlyMap<string, RemovedReason> = new Map<string, RemovedReason>([
  ['navigation', 'nav'],
  ['menu', 'nav'],
  ['menubar', 'nav'],
  ['banner', 'chrome'],
  ['contentinfo', 'chrome'],
  ['complementary', 'related'],
  ['search', 'chrome'],
  ['dialog', 'chrome'],
  ['alertdialog', 'chrome'],
  ['toolbar', 'nav'],
  // The `<button>` tag is never content; an element that plays one (a video placeholder to click) is not either.
  ['button', 'chrome'],
])

/** Class/id of containers that usually hold exactly the article body. */
export const BODY_HINT =
  /\b(?:article-?body|articlebody|article-?content|article-?text|articletext|article-?main|story-?body|storybody|story-?content|story-?text|storytext|entry-?content|entry-?body|post-?content|post-?body|postbody|post-?entry|post-?text|body-?text|bodytext|text-?body|main-?text|c-entry-content|td-post-content|field-?name-?body|field-?body|content-?body|rich-?text|richtext|article-?detail-?body|artikel-?text|artikeltext|artikel-?inhalt|artikel-?body|beitrag-?text|news-?text|newstext|texte-?article|article-?texte|testo-?articolo|cuerpo-?noticia|articolo-?body)\b/

/** Class/id of the standfirst printed just before the body. */
export const LEDE_HINT =
  /\b(?:summary|article-?summary|lede|lead|leadtext|lead-?text|intro|article-?intro|standfirst|dek|deck|excerpt|abstract|teaser-?text|article-?lead|vorspann|chapeau|chapo|sommario|entradilla)\b/

/** Class/id of paywall overlays and subscriber-only content. */
export const PAYWALL_HINT =
  /\b(?:paywall|paywalled|regwall|reg-?wall|meter-?wall|subscriber-?only|subscribers-?only|premium-?(?:content|article|only|wall)|article-?locked|locked-?content|paid-?content|piano-?(?:paywall|offer|inline)|plus-?artikel|bezahl-?artikel|bezahlschranke|abo-?wall)\b/

/** Texts that say the rest of the article is behind a subscription. */
export const PAYWALL_TEXT =
  /\b(?:subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log in|sign in)|this (?:article|story|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|already a subscriber\?|subscribers only|exclusive(?:ly)? for subscribers|weiterlesen mit|jetzt (?:weiterlesen|abonnieren|testen)|lesen sie (?:jetzt )?(?:weiter )?mit (?:\w+ )?(?:plus|abo)|dieser artikel ist (?:nur )?(?:für|fuer) abonnenten|exklusiv für abonnenten|réservé aux abonnés|article réservé|riservato agli abbonati|contenido exclusivo para suscriptores)/i

/**
 * Whole short blocks that are page furniture, not prose. Only applied to blocks under
 * `FURNITURE_MAX` characters, so an article sentence that happens to start alike survives.
 */
export const FURNITURE_TEXT =
  /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|anzeige|werbung|publicit[eé]|pubblicit[aà]|publicidad|reklame|read more|read more(?: here)?:.*|continue reading.*|keep reading|weiterlesen|mehr lesen|mehr zum thema.*|lesen sie (?:auch|mehr).*|das k[oö]nnte sie auch interessieren.*|share(?: this)?(?: article| story| post| page)?|share on \w+|teilen|artikel teilen|tweet|e-?mail|email this|print|drucken|comments?|kommentare|\d+ (?:comments?|kommentare)|leave a (?:comment|reply)|follow us.*|folgen sie uns.*|click here.*|sign up.*|skip (?:to )?(?:main )?content|back to top|nach oben|zur[uü]ck|image(?: source)?:.*|images?:.*|photo(?:graph)?s?:.*|photo credit.*|foto:.*|fotos:.*|bild:.*|credit:.*|getty images|(?:\(?(?:ap|afp|reuters|dpa|epa)\)? )?(?:photo|foto)s?\s*(?::|©|by\b|von\b|credit).*|©.*|\(c\) .*|copyright.*|all rights reserved\.?|alle rechte vorbehalten\.?|tous droits r[eé]serv[eé]s\.?|related(?: articles| stories| content| coverage)?:?|recommended(?: for you)?|more from .*|more on this.*|more stories.*|you may also like.*|tags?:.*|schlagworte:.*|themen:.*|filed under.*|posted in.*|topics?:.*|categories:.*|loading\.*|please enable javascript.*|this content is not available.*|embed|view comments|show comments|see more|mehr anzeigen|mehr dazu|zum thema|zur startseite|zur[uü]ck zur [uü]bersicht|zur [uü]bersicht|zum artikel|jetzt kommentieren|kommentar schreiben|kommentare anzeigen|hier klicken.*|artikel (?:drucken|versenden|merken)|beitrag teilen|seite drucken|versenden|merken|partager|lire la suite|voir aussi|condividi|compartir|delen|lees ook|lees meer|advertentie|advert|text size|post (?:a )?comment.*|.{0,70}©.{0,50}|watch more of our videos.*|l'article a été ajouté à vos favoris|ajouter à vos favoris|comments are closed\.?|kommentare (?:sind )?geschlossen\.?|kommentieren ist (?:momentan |derzeit )?nicht m[oö]glich\.?|click to (?:hide|show|read more).*|don'?t miss|verwandte themen|weitere themen|meistgelesen|meist gelesen|top-?video|auch interessant|empfohlene artikel|[aà] lire aussi|lire aussi|leggi anche|lee tambi[eé]n|ook interessant|this slideshow requires javascript\.?|(?:https?:\/\/|www\.)\S+|write to .{1,80} at \S+@\S+)$/i

/** Longest block (in characters) `FURNITURE_TEXT` may remove. */
export const FURNITURE_MAX = 120

/** A short leading block that names the writer: "By Jane Doe", "Von Max Muster". */
export const BYLINE_TEXT = /^(?:by|von|par|di|por|door|written by|posted by|text:?|autor:?|author:?)\s+\S/i

/** A short leading block that is only a publication time stamp. */
export const STAMP_TEXT =
  /^(?:(?:updated|published|posted|last updated|first published|modified|aktualisiert|ver[oö]ffentlicht|stand|publi[eé]|mis [aà] jour|pubblicato|aggiornato|actualizado|publicado)\b.{0,80}|(?:기사입력|입력|등록|수정|발행|发布时间|发布日期|发表时间|更新时间|公開日|更新日|配信日?|掲載日?)\s*[:：]?.{0,60}\d.{0,30}|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mon|tue|wed|thu|fri|sat|sun)\b\.?,? .{0,60}\d.{0,30}|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b.{0,90}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.{0,40}|\d{1,2}\.? (?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*\.? \d{4}.{0,40})$/i
