/**
 * Author names as pages print them, cleaned into a list of people: "By A, B and C" becomes three
 * names; e-mail addresses, URLs, dates, job titles, menu labels and bare role words ("Staff",
 * "Editors", "Admin") are dropped.
 *
 * Decision on organizations: a bare role word is not an author, but a named desk byline such as
 * "AOL Staff" or "BWW News Desk" is kept, because it is the credit the page gives and nothing
 * better names the writer. Organizations credited as authors (a wire service such as Reuters or
 * AP, a company, the outlet itself) are not people: they are kept apart in `organizations` and
 * never listed as authors, so a wire story without a named reporter has no authors.
 */

// `entities` (a direct dependency) because nothing else installed decodes an entity-escaped string:
// hono and domutils only escape, and parsing the credit with htmlparser2 would also read `<...>` in it
// as markup. htmlparser2 bundles its own copy (entities 8), which is its dependency, not ours.
import { decodeHTML } from 'entities'
import { isKnownPlace } from '../text-signals/known-places.js'

const LEAD_IN =
  /^(?:(?:written|posted|reported|reporting|text|words|story|published|compiled|edited|analysis|opinion|commentary|review|interview|essay|column|view all posts|all posts|more|articles|posts|stories|more stories)\s+by|(?:ver[oö]ffentlicht|eingestellt|erstellt|verfasst|geschrieben|publiziert|gepostet|ein beitrag|beitrag|beitr[aä]ge|artikel|alle beitr[aä]ge|alles|mehr|zeige alle beitr[aä]ge|weitere artikel)\s+von|(?:publi[eé]|[eé]crit|r[eé]dig[eé])\s+par|(?:publicado|escrito)\s+por|(?:pubblicato|scritto)\s+da|by|von|par|por|di|door|av|af|de|autor(?:in)?|authors?|auteur|autore|autorka|text|texte|testo|texto|tekst|redacci[oó]n|interview|reportage|recherche|(?:text|texte|words)\s*(?:&|und|and|et|y)\s*(?:fotos?|photos?|bilder|pictures|images)|fotos?|photos?)\s*[:\-–—]?\s+|^(?:by|author|autor|von)(?=\p{Lu}\p{Ll})|^(?:投稿者|著者|作者|筆者|記者|文|责任编辑|編集|编辑|текст|автор|авторы)\s*[:：●]?\s*/iu

/** A job or role in front of the name ("FOCUS-Online-Experte Robin Tschöpe", "Gastautorin Anna Berg"). */
const ROLE_PREFIX =
  /^(?:[\p{L}-]+-)?(?:experte|expertin|gastautor(?:in)?|gastbeitrag|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?|journalist(?:in)?|chefredakteur(?:in)?|kolumnist(?:in)?|moderator(?:in)?)\s+(?=\p{Lu})/iu

/** Words glued to a name by markup without spaces ("Howard BlumeStaff Writer"). */
const GLUED =
  /(\p{Ll})(Staff|Senior|Contributing|Editor|Reporter|Writer|Correspondent|Columnist|Twitter|Email|Updated|Published|CEO|Founder|President|Director|Chief|Head|Follow|Folgen|Abonnieren|Subscribe|Profile|Profil|Shares?)(?=\s|$|\p{Lu})/gu

/** Trailing words that are links or labels next to a name, not part of it. */
const TRAILING_LABEL =
  /\s+(?:(?:twitter|facebook|e-?mail|instagram|linkedin|rss|follow|contact|view|more|tags?|updated|published|posted|photo(?:graphy|s)?|video|see|read|get)\b|(?:Twitter|Facebook|Instagram|LinkedIn|Email))(?:.|\n)*$|\s(?:in|on|am|um|le|el|il|at)\s(?:.|\n)*$/i

/** Wire services and corporate words: a credit with them names an organization, not a person. */
const ORG_WORDS =
  /\b(?:inc|llc|ltd|gmbh|ggmbh|ag|kg|e\.\s?v|corp|corporation|company|nast|media|group|publishing|network|newsroom|associated press|reuters|afp|dpa|agence|agency|wire|news service|press association|bloomberg|ansa|efe|kyodo|xinhua|tass|ria novosti|sputnik|anadolu|yonhap|pti|ians|jiji|apa|sda|kna|epd|agentur(?:en)?|agencies|agencias|agences|agenzie|stiftung|foundation|verband|verein|institut|institute|akademie|academy|universit(?:y|[aä]t|é|à|ad)|ministerium|ministry|kammer|partei|fernsehen|rundfunk|magazin|zeitung|verlag)\b/i

/** Words an outlet adds to its own name when crediting itself ("CBC News", "ABC News Online"). */
const OUTLET_SUFFIX =
  /^(?:the|news|online|digital|media|magazine|daily|weekly|com|net|tv|radio|newspaper|business|politics|sports?|tech|money|travel|health|world|opinion|entertainment|style|science|wire|international|us|uk)$/i

/** Role words that are never a person's name on their own. */
const ROLE_WORDS = new Set([
  'staff',
  'editor',
  'editors',
  'admin',
  'administrator',
  'redaktion',
  'redazione',
  'redaccion',
  'redacción',
  'rédaction',
  'redaction',
  'author',
  'authors',
  'contributor',
  'contributors',
  'guest',
  'guest author',
  'anonymous',
  'unknown',
  'user',
  'webmaster',
  'team',
  'staff writer',
  'staff reporter',
  'news desk',
  'newsdesk',
  'web desk',
  'online',
  'web',
  'editorial',
  'editorial staff',
  'editorial board',
  'the editors',
  'by',
  'and',
  'more',
  'follow',
  'share',
  'home',
  'news',
  'menu',
  'search',
  'login',
  'log in',
  'sign in',
  'subscribe',
  'last',
  'twitter',
  'facebook',
  'instagram',
  'linkedin',
  'email',
  'e-mail',
  'rss',
  'youtube',
  'tiktok',
  'whatsapp',
  'print',
  'bio',
  'profile',
  'all posts',
  'view all posts',
  'more from',
  'staff reports',
  'staff report',
  'wire reports',
  'wire services',
  'wire staff',
  'press release',
  'sponsored',
  'partner content',
  'written by',
  'posted by',
  'edited by',
  'reported by',
  'by:',
  'about',
  'contact',
  'comments',
  'reply',
  'posted',
  'published',
  'updated',
  'null',
  'undefined',
  'none',
  'no author',
  'unknown author',
  'about the author',
  'über den autor',
  'über die autorin',
  'my settings',
  'settings',
  'author profile',
  'wem',
  'wer',
  'redaktion',
  'gast',
  'gastautor',
  'gastautorin',
])

/** Lowercase words that belong inside names. */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'st.',
  'mc',
  'of',
  'dé',
])

/** Words of job titles; a part made only of them is a title, not a name. */
const TITLE_WORDS =
  /^(?:senior|junior|chief|staff|contributing|associate|deputy|managing|executive|political|business|sports?|tech(?:nology)?|science|health|national|international|foreign|white|house|washington|investigative|special|freelance|video|digital|news|breaking|correspondent|reporter|writer|editor|columnist|producer|journalist|analyst|contributor|photographer|intern|fellow|editor-at-large|at|large|in|of|for|the|and|bureau|chief|desk|opinion|politics|economy|world|media|style|travel|food|lifestyle|education|climate|environment|features?|culture|entertainment|director|head|lead|global|ceo|cto|cfo|founder|co-founder|president|chairman|publisher|owner|market|markets|economics|finance|correspondents|reporters|writers|editors)$/i

/** Nouns that end a job title ("Senior Politics Editor", "Staff Writer"). */
const JOB_NOUN =
  /^(?:correspondents?|reporters?|writers?|editors?|columnist|producer|journalist|analyst|contributor|photographer|intern|fellow|chief|director|editor-at-large|staff|ceo|cto|cfo|founder|co-founder|president|chairman|publisher|owner)$/i

/** How strictly a credit is read. */
export interface CleanOptions {
  /** Accept a one-word handle ("jdoe") as the author: for credits the markup states to be authors (rel=author, JSON-LD Person). */
  readonly handles?: boolean
}

/** A handle: one token of letters, digits, dots, dashes or underscores. */
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{1,29}$/u

/** Handles of site accounts, not writers ("wordpressadmin", "webredaktion"). */
const HANDLE_ROLE = /admin|webmaster|redaktion|editor|staff|author|autor|user\d*$|^(?:root|system|guest|gast|info|office|team|news|web)$/i

/** Academic and professional degrees printed after a name. */
const DEGREES = /,?\s+\b(?:Ph\.?\s?D|M\.?D|MBA|M\.?Sc?|B\.?Sc?|M\.?A|B\.?A|RDN?|MPH|RN|CNS|CPT|LD|DVM|JD|Esq)\b\.?(?=\s*(?:[,;|/]|$))/g

/** True when a credit is only a lead-in label: the whole of it, read as a label, leaves nothing. */
function labelOnly(s: string): boolean {
  const m = LEAD_IN.exec(`${s.replace(/\s*[:：]$/, '')} `)
  return m !== null && m.index === 0 && m[0].length >= s.replace(/\s*[:：]$/, '').length
}

/** Splits a credit line into the names it lists. */
function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:[,;|/•·]|&|\s[-–—]\s|\s(?:and|und|et|y|e|og|och|en|i)\s)\s*/i)
    .map((x) => x.trim())
    .filter(Boolean)
}

/** One cleaned name, or null when the part is not a person's name. */
function cleanName(part: string, options: CleanOptions): string | null {
  let s = part.replace(/\s+/g, ' ').trim()
  // A final full stop goes unless it ends an initial ("R. R.", "Nicolas Gutierrez C.").
  s = s
    .replace(/^[\s"'“”‘’«»()[\]{}:\-–—]+|[\s"'“”‘’«»()[\]{}:\-–—]+$/g, '')
    .replace(/(?<!(?:^|\s)\p{Lu})\.+$/u, '')
    .trim()
  // A credit label alone ("Von:", "Artikel von", "Publié par") whose name sits in the next element is no name.
  if (labelOnly(s)) return null
  for (let i = 0; i < 2; i++) s = s.replace(LEAD_IN, '').replace(ROLE_PREFIX, '')
  s = s.replace(/^@/, '').replace(TRAILING_LABEL, '').trim()
  // A handle printed where a name would be ("jdoe", "gizzmo", "freeman1984") is the credit the page gives.
  if (options.handles && HANDLE.test(s) && !ROLE_WORDS.has(s.toLowerCase()) && !/^\d+$/.test(s) && !HANDLE_ROLE.test(s)) return s
  // Markup that prints a name twice (visible and screen-reader copies) glues the copies.
  s = s.replace(/^(.{3,}?)\s*\1$/u, '$1')
  // Job titles after the name ("Sam Stein Senior Politics Editor"): drop trailing title words.
  const ws = s.split(' ')
  // A desk byline ending the credit ("AOL Staff", "BWW News Desk") stays; inside a title it goes.
  const endsAsDesk = /^(?:staff|desk|team)$/i.test(ws[ws.length - 1] ?? '')
  const before = ws.length
  // Only a credit ending in a job noun carries a title; its modifiers go with it.
  if (JOB_NOUN.test(ws[ws.length - 1] ?? '') && !endsAsDesk) {
    while (ws.length > 1 && TITLE_WORDS.test(ws[ws.length - 1] ?? '')) ws.pop()
  }
  // "AP Auto Writer" after a name is the writer's job at a wire service, not a second person.
  if (ws.length < before && (/^\p{Lu}{2,4}$/u.test(ws[0] ?? '') || ORG_WORDS.test(ws.join(' ')))) return null
  s = ws.join(' ')
  // People's names are mostly capitalised (particles such as "de", "van" or "bin" aside); phrases are not.
  if (/^the\s/i.test(s) || ws.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)).length >= 2) return null
  if (/\s(?:for|using|with|via|from)\s/.test(s)) return null
  if (
    /^(?:last\s+)?(?:updated|posted|published|modified|publiziert|ver[oö]ffentlicht|aktualisiert|erstellt|ge[aä]ndert|publi[eé]|mis [aà] jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|opublikowano)\b/i.test(
      s,
    )
  )
    return null
  // Labels, not names: a colon left inside, a leading preposition, a comment prompt.
  if (/[:?]/.test(s) || /^(?:in|on|at|am|im|um|bei|for|f[uü]r|to|zu|the|der|die|das|no|kein|keine)\s/i.test(s) || /\b(?:kommentar|comment|reply|antworten|settings|einstellungen)/i.test(s)) return null
  // A single all-capitals word is an acronym (TNN, USA, AP) or a handle, not a person.
  if (/^[\p{Lu}\d]{2,}$/u.test(s)) return null
  if (s.length < 2 || s.length > 60) return null
  // Initials alone ("S.") name no one; a place is where the writer filed from ("Nada Tawfik, New York").
  if (!/\p{L}{2}/u.test(s) || isKnownPlace(s)) return null
  if (/[@<>{}=#]|https?:|www\.|\.(?:com|org|net|de)\b/i.test(s)) return null
  if (/\d/.test(s)) return null
  if (ROLE_WORDS.has(s.toLowerCase())) return null
  const words = s.split(' ')
  if (words.length > 6) return null
  if (words.every((w) => TITLE_WORDS.test(w))) return null
  // A name has at least one capitalised word (or is written in a script without case).
  if (!/\p{Lu}/u.test(s) && /^[\p{Script=Latin}\s.'’-]+$/u.test(s)) return null
  return s
}

/** True when a credited name is an organization: a wire service, a company, or the outlet itself. */
export function isOrganizationName(name: string, siteNames: readonly string[]): boolean {
  if (ORG_WORDS.test(name)) return true
  const words = name.toLowerCase().split(/\s+/)
  const flat = squashName(name)
  return siteNames.some((site) => {
    const s = squashName(site)
    if (s.length < 2) return false
    if (flat === s) return true
    // "Daniel Lemire" on "Daniel Lemire's blog": a site named after a person is that person's.
    if (flat.length >= 3 && s.includes(flat)) return !POSSESSIVE_SITE.test(site.replace(name, '').trim())
    // "CBC News" for site "CBC": the site name plus words outlets add to their own name.
    if (!flat.includes(s)) return false
    const siteWords = new Set(site.toLowerCase().split(/\s+/))
    return words.every((w) => siteWords.has(w) || OUTLET_SUFFIX.test(w) || flat === s)
  })
}

/** What is left of a site name once its owner's name is taken out ("'s blog", "sagt"): a personal site. */
const POSSESSIVE_SITE = /^(?:['’]s?\b.*|(?:sagt|schreibt|says|writes|blog|weblog|notes|journal|online)\b.*)$/i

function squashName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** "Gillman, Steve" (surname first, as some analytics tags write it) as "Steve Gillman". */
export function uninvertName(value: string): string {
  const m = /^\s*(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s*$/u.exec(value)
  return m ? `${m[2]} ${m[1]}` : value
}

/** People named by a list of author credits, cleaned, split and de-duplicated in order. */
export function cleanAuthors(credits: readonly string[], options: CleanOptions = {}): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const raw of credits) {
    // JSON-LD and meta values sometimes carry HTML entities escaped twice ("Redacci&oacute;n").
    const credit = /&#?\w+;/.test(raw) ? decodeHTML(raw) : raw
    let stripped = credit
      .replace(/\s+/g, ' ')
      .trim()
      // E-mail addresses go, and so do @handles printed next to the name.
      .replace(/\S+@\S+\.\w+/g, ' ')
      .replace(/\s*@[\w.]+/g, ' ')
      .replace(GLUED, '$1 $2')
      .replace(/\s*[(（][^)）]*[)）]/g, ' ')
    // "Wednesday January 18, 2017 10:44 am PST by Juli Clover": the name follows the last "by".
    const by = /^.*\s(?:by|von|par|por)\s+(?=\p{Lu})/iu.exec(stripped)
    if (by && /\d/.test(by[0])) stripped = stripped.slice(by[0].length)
    stripped = stripped.replace(LEAD_IN, '')
    // "Finian Cunningham. Sputnik": a full stop after a word (not an initial) ends the name.
    stripped = stripped.replace(/(?<=\p{Ll}{2})(?<!\b(?:Prof|Dr|Mag|Dipl|Ing|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|St|Jr|Sr))\.\s+(?=\p{Lu})/gu, ', ')
    // Degrees after a name ("Grant Tinsley, PhD") are not a second person.
    stripped = stripped.replace(DEGREES, '')
    for (const part of splitNames(stripped)) {
      const name = cleanName(part, options)
      if (!name) continue
      const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
      if (seen.has(key)) continue
      seen.add(key)
      out.push(name)
    }
  }
  return out
}
