/**
 * Author names as pages print them, cleaned into a list of people: "By A, B and C" becomes three
 * names; e-mail addresses, URLs, dates, job titles, menu labels and bare role words ("Staff",
 * "Editors", "Admin") are dropped.
 *
 * Decision on organizations: a bare role word is not an author, but a named desk byline such as
 * "AOL Staff" or "BWW News Desk" is kept, because it is the credit the page gives and nothing
 * better names the writer. Authors typed as organizations in JSON-LD (a wire service, the
 * outlet itself) are kept apart in `organizations` and used only when no person is credited.
 */

const LEAD_IN =
  /^(?:(?:written|posted|reported|reporting|text|words|story|published|compiled|edited)\s+by|by|von|par|por|di|door|av|af|de|por|autor(?:in)?|author|auteur|autore|text|texte|redacci[oó]n|verfasst von|geschrieben von)\s*[:\-–—]?\s+/i

/** Role words that are never a person's name on their own. */
const ROLE_WORDS = new Set([
  'staff', 'editor', 'editors', 'admin', 'administrator', 'redaktion', 'redazione', 'redaccion', 'redacción', 'rédaction', 'redaction',
  'author', 'authors', 'contributor', 'contributors', 'guest', 'guest author', 'anonymous', 'unknown', 'user', 'webmaster', 'team',
  'staff writer', 'staff reporter', 'news desk', 'newsdesk', 'web desk', 'online', 'web', 'editorial', 'editorial staff',
  'editorial board', 'the editors', 'by', 'and', 'more', 'follow', 'share', 'home', 'news', 'menu', 'search', 'login', 'log in',
  'sign in', 'subscribe', 'about', 'contact', 'comments', 'reply', 'posted', 'published', 'updated', 'null', 'undefined', 'none',
])

/** Words of job titles; a part made only of them is a title, not a name. */
const TITLE_WORDS =
  /^(?:senior|junior|chief|staff|contributing|associate|deputy|managing|executive|political|business|sports?|tech(?:nology)?|science|health|national|international|foreign|white|house|washington|investigative|special|freelance|video|digital|news|breaking|correspondent|reporter|writer|editor|columnist|producer|journalist|analyst|contributor|photographer|intern|fellow|editor-at-large|at|large|in|of|for|the|and|bureau|chief|desk|opinion|features?|culture|entertainment|director|head|lead|global|market|markets|economics|finance|correspondents|reporters|writers|editors)$/i

/** Splits a credit line into the names it lists. */
function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:[,;|/•·]|&|\s(?:and|und|et|y|e|og|och|en|i)\s)\s*/i)
    .map((x) => x.trim())
    .filter(Boolean)
}

/** One cleaned name, or null when the part is not a person's name. */
function cleanName(part: string): string | null {
  let s = part.replace(/\s+/g, ' ').trim()
  s = s.replace(/^[\s"'“”‘’«»()[\]{}:\-–—]+|[\s"'“”‘’«»()[\]{}:\-–—.]+$/g, '')
  for (let i = 0; i < 2; i++) s = s.replace(LEAD_IN, '')
  s = s.replace(/^@/, '').trim()
  if (s.length < 2 || s.length > 60) return null
  if (/[@<>{}=]|https?:|www\.|\.(?:com|org|net|de)\b/i.test(s)) return null
  if (/\d/.test(s)) return null
  if (ROLE_WORDS.has(s.toLowerCase())) return null
  const words = s.split(' ')
  if (words.length > 6) return null
  if (words.every((w) => TITLE_WORDS.test(w))) return null
  // A name has at least one capitalised word (or is written in a script without case).
  if (!/\p{Lu}/u.test(s) && /^[\p{Script=Latin}\s.'’-]+$/u.test(s)) return null
  return s
}

/** People named by a list of author credits, cleaned, split and de-duplicated in order. */
export function cleanAuthors(credits: readonly string[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const credit of credits) {
    const stripped = credit.replace(/\s+/g, ' ').trim().replace(LEAD_IN, '')
    for (const part of splitNames(stripped)) {
      const name = cleanName(part)
      if (!name) continue
      const key = name.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      out.push(name)
    }
  }
  return out
}
