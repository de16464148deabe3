/**
 * Chooses a page's authors from its sources, most trusted first: JSON-LD people, author meta
 * tags, microdata, then byline markup next to the headline. Organizations (wire services, the
 * outlet itself) are reported in `organizations`; they become the authors only when the page
 * credits no person at all, the way bylines read ("dpa", "Redaktion") and the way the author
 * fields of other extractors and of the public extraction sets hold them.
 */
import type { FieldSource } from '../../model/article.js'
import { cleanAuthors, isOrganizationName, uninvertName } from './authors.js'
import { readBylines, textLines, type Credit } from './byline.js'
import type { JsonLdInfo } from './json-ld.js'
import type { MetaTags } from './meta-tags.js'
import type { PageIndex } from './page-index.js'
import { siteOwner } from './site-owner.js'
import { wireAgency } from '../text-signals/credit.js'

/** Authors of a page, with the organizations credited and the source of the people. */
export interface ChosenAuthors {
  readonly authors: string[]
  readonly organizations: string[]
  readonly source: FieldSource | null
}

const AUTHOR_META = [
  'author',
  'article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'cxenseparse:author',
  'author_name',
  'authors',
  'byline',
  'article.author',
  'dc.contributor',
]

/** Credits printed within this many elements of the first one belong to the same byline. */
const SAME_BYLINE = 12

/** The value a Twitter card labels as the writer (`twitter:label1` "Written by", `twitter:data1` "Jane Doe"). */
function twitterLabelled(meta: MetaTags): string | undefined {
  for (let i = 1; i <= 4; i++) {
    const label = meta.first(`twitter:label${i}`)?.value
    if (label && /^(?:written by|author|authors|by|autor(?:in)?|verfasst von|geschrieben von|auteur|escrito por|scritto da)\s*:?$/i.test(label.trim())) return meta.first(`twitter:data${i}`)?.value
  }
  return undefined
}

/** Splits cleaned names into people and organizations. */
function partition(names: readonly string[], siteNames: readonly string[], orgs: string[], declaredPeople = false): string[] {
  const people: string[] = []
  for (const n of names) {
    // A name the page declares a Person is one, even when the site is named after them.
    if (isOrganizationName(n, declaredPeople ? [] : siteNames)) {
      if (!orgs.includes(n)) orgs.push(n)
    } else people.push(n)
  }
  return people
}

/**
 * The credits of one byline: the first one after the headline (else the last before it) and its
 * neighbours. A byline that names only an organization ("dpa", "Reuters") ends the search: the
 * page credits no person, and people named further away wrote other things.
 */
function nearestByline(credits: readonly Credit[], headline: number, siteNames: readonly string[], orgs: string[]): string[] {
  const usable = credits
    .map((c) => {
      const local: string[] = []
      const people = partition(cleanAuthors([c.text], { handles: c.strong === true }), siteNames, local)
      for (const w of wireCredits(c.text)) if (!local.includes(w)) local.push(w)
      return { c, people, orgs: local }
    })
    .filter((x) => x.people.length > 0 || x.orgs.length > 0)
  if (!usable.length) return []
  const after = usable.filter((x) => x.c.position > headline)
  const before = usable.filter((x) => x.c.position <= headline).reverse()
  const first = headline >= 0 ? (after[0] ?? before[0]) : usable[0]
  if (!first) return []
  const group = usable.filter((x) => Math.abs(x.c.position - first.c.position) <= SAME_BYLINE && x.c.position >= first.c.position)
  for (const x of group) for (const o of x.orgs) if (!orgs.includes(o)) orgs.push(o)
  return cleanAuthors(
    group.flatMap((x) => x.people),
    { handles: true },
  )
}

/** Wire services a credit names ("dsw / dpa", "APA/AP", "(AFP)"), by their usual display names. */
function wireCredits(text: string): string[] {
  const out: string[] = []
  for (const part of text.split(/\s*(?:[/,;|•·&]|\s(?:and|und|et|y)\s)\s*/)) {
    const wire = wireAgency(part.replace(/^[\s(]+|[\s).:]+$/g, ''))
    if (wire && !out.includes(wire)) out.push(wire)
  }
  return out
}

/** Picks the authors of a page; `headline` helps find the byline printed under it. */
export function chooseAuthors(
  page: PageIndex,
  meta: MetaTags,
  jsonld: JsonLdInfo,
  headline: string | null,
  siteNames: readonly string[],
  owner: { readonly sites: readonly string[]; readonly host: string | null } = { sites: [], host: null },
): ChosenAuthors {
  const organizations: string[] = []
  const ldOrgs = cleanAuthors(jsonld.authors.filter((a) => a.kind === 'organization').map((a) => a.name))
  for (const o of ldOrgs) if (!organizations.includes(o)) organizations.push(o)
  // A JSON-LD Person is an author by declaration, even when named by a handle.
  const ldPersons = jsonld.authors.filter((a) => a.kind === 'person').map((a) => a.name)
  const ldOthers = jsonld.authors.filter((a) => a.kind === undefined).map((a) => a.name)
  const ldPeople = [...partition(cleanAuthors(ldPersons, { handles: true }), siteNames, organizations, true), ...partition(cleanAuthors(ldOthers), siteNames, organizations)]
  // People of an article merely listed in the JSON-LD wrote something else.
  if (ldPeople.length && jsonld.strength >= 4) return { authors: ldPeople, organizations, source: 'jsonld' }
  for (const w of jsonld.authors.flatMap((a) => wireCredits(a.name))) if (!organizations.includes(w)) organizations.push(w)
  for (const key of AUTHOR_META) {
    const values = meta
      .all(key)
      .filter((v) => !/^https?:|^\/\//i.test(v.trim()))
      .map(uninvertName)
    for (const w of values.flatMap(wireCredits)) if (!organizations.includes(w)) organizations.push(w)
    const people = partition(cleanAuthors(values), siteNames, organizations)
    if (people.length) return { authors: people, organizations, source: key.startsWith('article:') ? 'opengraph' : 'meta' }
  }
  const { credits, headlinePosition, footers } = readBylines(page, headline)
  const micro = nearestByline(
    credits.filter((c) => c.kind === 'microdata'),
    headlinePosition,
    siteNames,
    organizations,
  )
  if (micro.length) return { authors: micro, organizations, source: 'microdata' }
  const markup = nearestByline(
    credits.filter((c) => c.kind !== 'microdata'),
    headlinePosition,
    siteNames,
    organizations,
  )
  if (markup.length) return { authors: markup, organizations, source: 'byline' }
  // Twitter cards name the writer as a label and a value ("Written by" / "Jane Doe"); CMSs fill it
  // with the account that posted, so it only stands in when the page prints no byline.
  const twitterAuthor = twitterLabelled(meta)
  if (twitterAuthor) {
    const people = partition(cleanAuthors([twitterAuthor], { handles: true }), siteNames, organizations)
    if (people.length) return { authors: people, organizations, source: 'meta' }
  }
  // A personal site credits no writer on its posts: they are its owner's.
  if (organizations.length === 0) {
    const name = siteOwner({
      ...(jsonld.publisherIsPerson && jsonld.publisher ? { publisherPerson: jsonld.publisher } : {}),
      siteNames: owner.sites,
      host: owner.host,
      footerLines: footers.flatMap((f) => textLines(f)).slice(0, 60),
    })
    if (name) return { authors: [name], organizations, source: 'markup' }
  }
  // No person credited: the credited organizations are the authors (held trafilatura-style pages:
  // author exact 0.611 -> 0.642; news-metadata unchanged).
  return { authors: [...organizations], organizations, source: organizations.length ? 'byline' : null }
}
