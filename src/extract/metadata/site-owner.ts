/**
 * The owner of a personal site, as the author of a page that names no writer: personal blogs
 * print no byline because every post is the owner's. The owner is a person named as the
 * publisher (JSON-LD `Person`), as the site ("Daniel Lemire's blog", "Dr. Alexander Klier"), or in
 * the copyright line ("(c) Johannes Wolf"). Only names that read as a person's count, so a
 * company's site or copyright never yields an author.
 */
import { isPersonName } from '../text-signals/person-name.js'

/** What is known about the site from other metadata. */
export interface OwnerHints {
  /** A JSON-LD publisher typed `Person`. */
  readonly publisherPerson?: string
  /** Names of the site: og:site_name, the parts of `<title>` beside the headline. */
  readonly siteNames: readonly string[]
  /** The site's host name: a personal site is named after its owner ("wolfgangmichal.de"). */
  readonly host: string | null
  /** Lines of the page footer, where the copyright line stands. */
  readonly footerLines: readonly string[]
}

/** "Daniel Lemire's blog", "Blog von Anna Berg": the person a site is named after. */
const POSSESSIVE = /^(.+?)['’]s?\s+(?:blog|weblog|digital home|home ?page|website|site|notes|journal)$|^(?:(?:der |das )?blog|weblog|website)\s+(?:von|of|de|di)\s+(.+)$/i
/** Honorifics printed before a name on personal sites. */
const HONORIFIC = /^(?:dr|prof|mag|dipl|ing)\.(?:\s*-?\s*\w+\.)?\s+/i
/** A copyright line and the holder it names. */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*(?:by\s+)?([^|•·,;]{3,60}?)\s*(?:[.|•·,;]|all rights|alle rechte|tous droits|$)/i

/** Words that make a capitalised phrase a place, a publication or a page, not a person. */
const NOT_PERSON =
  /\b(?:city|cities|news|forum|lyrics|view|text|full|japan|initiative|magazine|magazin|media|blog|online|group|club|verein|team|shop|store|world|daily|today|post|journal|portal|center|centre|institut\w*|universit\w*|school|press|radio|tv|verb[aä]nde|verband|stiftung|foundation|home|page|site|services?|solutions?|consulting|digital|global|international|network|project|projekt)\b/i

function person(raw: string | undefined): string | null {
  if (!raw) return null
  const name = raw.replace(/\s+/g, ' ').trim().replace(HONORIFIC, '')
  return isPersonName(name) && !NOT_PERSON.test(name) ? name : null
}

const flat = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')

/** The person who owns the site, or null when no person is named as its owner. */
export function siteOwner(hints: OwnerHints): string | null {
  const fromPublisher = person(hints.publisherPerson)
  if (fromPublisher) return fromPublisher
  const host = hints.host ? flat(hints.host.replace(/^www\./, '')) : ''
  for (const site of hints.siteNames) {
    const m = POSSESSIVE.exec(site.trim())
    const named = person(m ? (m[1] ?? m[2]) : site)
    // A site name that reads as a person counts when the site says it is theirs, or its address is their name.
    if (named && (m || (host.length > 0 && host.includes(flat(named))))) return named
  }
  for (const line of hints.footerLines) {
    const owner = person(COPYRIGHT.exec(line)?.[1])
    if (owner) return owner
  }
  return null
}
