/**
 * Entity linking: each entity of an article gets the knowledge-base entity it names (Wikidata id,
 * English Wikipedia title, a confidence) when the KB knows it and the context makes it clear, and
 * no link otherwise (NIL is a correct answer). Candidates come from the entity's names and short
 * forms; they are scored by how the name matches (primary name or alias), type, the popularity
 * prior, the article's countries (named countries and nationalities, places already linked, the
 * dateline and the outlet's country), the regions and places around it ("Georgia" beside
 * "Atlanta" is the US state), title words before a person ("Sen.", "Rep.", "Gov.") and the
 * article's year against the years of an office. Places are linked first, least ambiguous first,
 * so each linked place informs the next.
 */
import type { Entity, EntityType } from '../../model/article.js'
import { foldName } from '../kb/fold-name.js'
import type { KbEntity, KnowledgeBase } from '../kb/knowledge-base.js'
import type { Token } from '../tokens/tokenize.js'
import { firstStartingFrom } from '../../model/mention-index.js'
import { addCountry, addLinkedPlace, cloneContext, countryShare, distanceKm, newDocumentContext, outletCountry, type DocumentContext } from './document-context.js'
import { ownEntry } from '../../model/own-entry.js'
import { apStateName } from '../kb/us-state-abbreviations.js'

/** Options of `linkEntities`. */
export interface LinkOptions {
  /** Least confidence for a link (default 0.5): below it the entity stays unlinked. */
  readonly minConfidence?: number
}

/** What linking reads besides the entities. */
export interface LinkInput {
  readonly entities: readonly Entity[]
  readonly tokens: readonly Token[]
  readonly kb: KnowledgeBase
  /** ISO date the article is about (reference date), when known. */
  readonly referenceDate: string | null
  /** Outlet domain, for its country ("bbc.co.uk" -> GBR). */
  readonly domain?: string | null
  /** Dateline place as written ("ATLANTA"), when extraction found one. */
  readonly datelinePlace?: string | null
}

/** The link chosen for one entity. */
export interface EntityLink {
  readonly kb: KbEntity
  readonly confidence: number
}

/** Default least confidence of a link. */
export const MIN_LINK_CONFIDENCE = 0.5

const PLACE_TYPES = new Set<EntityType>(['GPE', 'LOC', 'FAC'])
// KB types each entity type may link to, with the score given up for a looser fit (an ORG
// "European Union" or "Israel" (its government) is still the union or the country).
const TYPE_FIT: Readonly<Record<EntityType, Readonly<Record<string, number>>>> = {
  PERSON: { PERSON: 0 },
  ORG: { ORG: 0, GPE: 0.6 },
  GPE: { GPE: 0, LOC: 0.1 },
  LOC: { LOC: 0, GPE: 0.1 },
  FAC: { ORG: 0.3, GPE: 0.6, LOC: 0.4 },
  NORP: {},
  EVENT: {},
  PRODUCT: {},
}
const COUNTRY_LEVELS = new Set(['country', 'union'])
// Title words and the KB roles they fit ("Sen." is a senator, never a representative).
const ROLE_TITLES: Readonly<Record<string, string>> = {
  sen: 'US senator',
  senator: 'US senator',
  rep: 'US representative',
  representative: 'US representative',
  congressman: 'US representative',
  congresswoman: 'US representative',
  president: 'president',
  gov: 'governor',
  governor: 'governor',
  mp: 'legislator',
  lawmaker: 'legislator',
  legislator: 'legislator',
  'vice-president': 'vice president',
  attorney: 'attorney general',
}

interface Candidate {
  readonly index: number
  /** The KB record; a twin's Wikidata id may be merged in (`keepIdentity`). */
  kb: KbEntity
  /** The KB name folded, computed once. */
  readonly folded: string
  primary: boolean
  score: number
  /** Written with its region in the text ("Athens, Tenn."). */
  qualified?: boolean
}

/** Links every entity it can; returns the link of each entity id (absent: NIL). */
export function linkEntities(input: LinkInput, options: LinkOptions = {}): Map<string, EntityLink> {
  const minConfidence = options.minConfidence ?? MIN_LINK_CONFIDENCE
  const { kb, entities } = input
  const year = /^\d{4}/.test(input.referenceDate ?? '') ? Number(input.referenceDate!.slice(0, 4)) : null
  const ctx = newDocumentContext(year)
  addCountry(ctx, outletCountry(input.domain), 0.5)
  for (const e of entities) {
    // Nationalities point at their country ("Israeli officials").
    if (e.type === 'NORP') addCountry(ctx, e.country, Math.min(3, e.mentions.length) * 0.7)
    if (!PLACE_TYPES.has(e.type)) continue
    const starts = e.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => m.start)
    for (const n of [e.name, ...e.aliases]) {
      const key = foldName(n)
      const known = ctx.placeNames.get(key)
      if (known) known.push(...starts)
      else ctx.placeNames.set(key, [...starts])
    }
  }
  const links = new Map<string, EntityLink>()
  const candidates = new Map<string, Candidate[]>()
  for (const e of entities) candidates.set(e.id, candidatesOf(kb, e))
  if (input.datelinePlace) {
    const place = kb
      .lookup(input.datelinePlace)
      .map((i) => kb.entity(i))
      .filter((k) => k.type === 'GPE')
      .sort((x, y) => y.prior - x.prior)[0]
    if (place) addCountry(ctx, place.country, 1.5)
  }
  // Places twice: a first pass links each place against what the text names, a second re-reads
  // each one against the other places' first links ("Georgia" after "Atlanta" is the US state,
  // whichever is named first); a place never counts as its own evidence.
  const places = entities.filter((e) => PLACE_TYPES.has(e.type))
  const first = new Map<string, EntityLink>()
  for (const e of places) {
    const link = choose(e, candidates.get(e.id)!, ctx, input.tokens, minConfidence)
    if (link) first.set(e.id, link)
  }
  for (const e of places) {
    const others = cloneContext(ctx)
    for (const o of places) {
      const l = first.get(o.id)
      if (o !== e && l) addLinkedPlace(others, l.kb, o.mentions.length)
    }
    const link = choose(e, candidates.get(e.id)!, others, input.tokens, minConfidence)
    if (link) links.set(e.id, link)
  }
  for (const e of places) {
    const l = links.get(e.id)
    if (l) addLinkedPlace(ctx, l.kb, e.mentions.length)
  }
  for (const e of entities) {
    if (PLACE_TYPES.has(e.type)) continue
    const link = choose(e, candidates.get(e.id)!, ctx, input.tokens, minConfidence)
    if (link) links.set(e.id, link)
  }
  return links
}

/** The forms an entity is named by, longest first, without "the" and possessives. */
function namesOf(e: Entity): string[] {
  const forms = new Set<string>()
  for (const n of [e.name, ...e.aliases]) {
    const f = n
      .replace(/^the\s+/i, '')
      .replace(/['’]s$/u, '')
      .trim()
    if (f) forms.add(f)
  }
  return [...forms].sort((x, y) => y.length - x.length)
}

function candidatesOf(kb: KnowledgeBase, e: Entity): Candidate[] {
  const fits = TYPE_FIT[e.type]
  if (Object.keys(fits).length === 0) return []
  const forms = namesOf(e)
  const fullWords = e.name.split(/\s+/).length
  const out = new Map<number, Candidate>()
  for (const form of forms) {
    const words = form.split(/\s+/).length
    // A surname alone names too many people; only the full name (or a one-word name) links a person.
    if (e.type === 'PERSON' && words === 1 && fullWords > 1) continue
    // "La." of "Monroe, La." is Louisiana, never LA's alias: a state abbreviation stays unlinked
    // (the link check set does not annotate them).
    if (PLACE_TYPES.has(e.type) && apStateName(form) !== undefined) continue
    const folded = foldName(form)
    for (const index of kb.lookup(form)) {
      const k = kb.entity(index)
      if (fits[k.type] === undefined) continue
      if (e.type === 'PERSON' && words === 1 && k.name.split(/\s+/).length > 1) continue
      // A country's short names ("China", "US") and a capital's name before its comma
      // ("Washington" of "Washington, D.C.") are as good as the primary name.
      const primary = foldName(k.name) === folded || COUNTRY_LEVELS.has(k.kind) || (k.name.includes(',') && foldName(k.name.split(',')[0]!) === folded)
      const seen = out.get(index)
      if (seen) seen.primary ||= primary
      else out.set(index, { index, kb: k, folded: foldName(k.name), primary, score: 0 })
    }
  }
  return [...out.values()]
}

/** Title words right before the entity's name mentions ("Sen.", "Gov."). */
function titlesOf(e: Entity, tokens: readonly Token[]): Set<string> {
  const titles = new Set<string>()
  for (const m of e.mentions) {
    if (m.kind === 'pronoun' || m.kind === 'nominal') continue
    const i = firstStartingFrom(tokens, m.start)
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const w = tokens[k]!.text.toLowerCase().replace(/\.$/, '')
      const role = ownEntry(ROLE_TITLES, w)
      if (role) titles.add(role)
    }
  }
  return titles
}

/** Scores the candidates of one entity and returns the confident best, or null (NIL). */
function choose(e: Entity, cands: Candidate[], ctx: DocumentContext, tokens: readonly Token[], minConfidence: number): EntityLink | null {
  if (cands.length === 0) return null
  const fits = TYPE_FIT[e.type]
  const titles = e.type === 'PERSON' ? titlesOf(e, tokens) : new Set<string>()
  const kept: Candidate[] = []
  // The entity is written with a country's own name (not one of its many aliases: "Victoria" was
  // Hong Kong's capital, and is still a Canadian city).
  const forms = PLACE_TYPES.has(e.type) ? new Set(namesOf(e).map(foldName)) : null
  const namesCountry = forms !== null && cands.some((c) => COUNTRY_LEVELS.has(c.kb.kind) && forms.has(c.folded))
  // Whether the article points at any country at all (a Kent paper's "Margate" may name none).
  const pointsAbroad = [...ctx.countries.values()].some((w) => w > 0)
  for (const c of cands) {
    const k = c.kb
    // A town named like a country ("Russia, New York", "Peru, Indiana") is meant only where the
    // text writes it with its region; a story that merely names the town's state means the country.
    const qualified = k.kind.startsWith('PPL') && writtenWithRegion(e, k, tokens)
    if (namesCountry && k.kind.startsWith('PPL') && !qualified) continue
    const share = countryShare(ctx, k.country)
    // An alias names a small place rarely ("Washington" is not Piqua, Ohio): below a city of
    // about 100,000 people only the place's own name counts.
    if (!c.primary && PLACE_TYPES.has(e.type) && k.prior < 0.62 && !COUNTRY_LEVELS.has(k.kind)) continue
    // A person's or organization's alias is a name they go by ("Donald Trump" of "Donald J. Trump");
    // a place's aliases are mostly other languages' spellings.
    const alias = PLACE_TYPES.has(e.type) ? 0.6 : 1
    let score = (c.primary ? 1.2 : alias) + k.prior - (fits[k.type] ?? 1)
    if (e.type === 'ORG' && k.type === 'GPE' && !COUNTRY_LEVELS.has(k.kind)) continue
    score += 1.5 * share
    if (PLACE_TYPES.has(e.type)) {
      const local = placeContext(e, k, ctx)
      // A hamlet no source gives a population ("Earth, Texas", "Mars, Pennsylvania") is meant
      // only when the text names its region or a place near it, never for its country alone.
      // So is a town under about 100,000 people that a big city is named like ("Moscow, Idaho" in
      // a US story on Russia, "Rome, New York" where New York is named paragraphs away), or whose
      // region the text never names while it points mostly at other countries ("Salisbury,
      // Maryland" in a British essay naming the US among five); "Margate" in a Kent paper that
      // names no country is the Kentish town.
      // (A linked place within 300 km, or the region named near it, is local evidence; one 1,000 km off is not.)
      const town = k.prior < 0.62 && k.kind.startsWith('PPL') && ((!regionNamed(k, ctx) && share < 0.5 && pointsAbroad) || bigNamesake(c, cands))
      if (((k.prior < 0.3 && local === 0) || (town && local < 0.4)) && !qualified && !COUNTRY_LEVELS.has(k.kind)) continue
      // "Russia, N.Y." says which Russia outright.
      score += local + (qualified ? 1.5 : 0)
    }
    if (e.type === 'PERSON') {
      const role = roleFit(k, titles)
      if (role < 0) continue
      score += role
      // A little-known namesake (one legislator of many) needs the article to point at their country or office.
      if (k.prior < 0.5 && share < 0.05 && role === 0) continue
      // Named for an office taken years after the article: a namesake ("Loretta Lynch" of the
      // California utilities board in 2001 is not the Attorney General of 2015).
      if (ctx.year !== null && k.years && role <= 0) {
        const start = Number(k.years.slice(0, 4))
        if (Number.isFinite(start) && ctx.year < start - 3) continue
      }
    }
    // An organization named like a country or big place is most often that place's team or government.
    c.score = score
    c.qualified = qualified
    kept.push(c)
  }
  if (kept.length === 0) return null
  dropDuplicates(kept)
  kept.sort((x, y) => y.score - x.score || y.kb.prior - x.kb.prior)
  const best = kept[0]!
  const second = kept[1]
  const margin = second ? best.score - second.score : 1
  // Both must hold: the best candidate fits on its own, and clearly better than the next one.
  const confidence = round(sigmoid(3 * (best.score - 1.6)) * (0.5 + 0.5 * Math.min(1, margin / 0.6)))
  return confidence >= minConfidence ? { kb: best.kb, confidence } : null
}

/**
 * Two sources can list one place twice (a state from the US list and again from GeoNames'
 * regions, without a point; a town from Wikidata and from GeoNames): the same place seen twice
 * is not its own rival.
 */
function dropDuplicates(cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!.kb
    if (c.lat !== undefined || c.type === 'PERSON' || c.type === 'ORG') continue
    // A town the text writes with its region is meant, twin or not ("Athens, Tenn." beside the
    // Athens of Georgia, which alone has a point).
    if (cands[i]!.qualified) continue
    const twins = cands.filter((o) => o !== cands[i] && o.kb.lat !== undefined && o.kb.country === c.country && o.folded === cands[i]!.folded)
    if (twins.length === 0) continue
    // Its identity goes only to the record of the same region: "Athens, Alabama" is no id for Athens, Georgia.
    const same = twins.find((o) => o.kb.admin1 === c.admin1)
    cands.splice(i, 1)
    if (same) keepIdentity(same, c)
  }
  // A town listed by Wikidata and again by GeoNames ("Mansfield, Massachusetts" twice): same name,
  // country and region is one place; the better-known record stays.
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!.kb
    if (!c.admin1 || !c.kind.startsWith('PPL')) continue
    const twin = cands.find(
      (o) =>
        o !== cands[i] &&
        o.kb.kind.startsWith('PPL') &&
        o.kb.admin1 === c.admin1 &&
        o.kb.country === c.country &&
        o.kb.name.split(',')[0] === c.name.split(',')[0] &&
        (o.kb.prior > c.prior || (o.kb.prior === c.prior && o.index < cands[i]!.index)),
    )
    if (twin) keepIdentity(twin, cands.splice(i, 1)[0]!.kb)
  }
}

/**
 * The record kept for a place listed twice takes the other's Wikidata id and title when it has
 * none: GeoNames gives the point, Wikidata the identity ("Paris, Texas" keyed by its QID, on the map).
 */
function keepIdentity(kept: Candidate, dropped: KbEntity): void {
  if (kept.kb.qid || !dropped.qid) return
  kept.kb = { ...kept.kb, qid: dropped.qid, ...(kept.kb.wikipedia || !dropped.wikipedia ? {} : { wikipedia: dropped.wikipedia }) }
}

// How close (in characters, about two sentences) a region's name must be to a town's to vouch for it.
const REGION_NEAR = 400

/** How well a place candidate sits with the article's other places. */
function placeContext(e: Entity, k: KbEntity, ctx: DocumentContext): number {
  let s = 0
  // The text names the candidate's region near the place ("Officials in Victoria ... the Texas
  // county"); a region named elsewhere says less: a story that names New York once does not move
  // its Rome to upstate New York.
  const region = k.admin1 && k.admin1 !== k.name ? ctx.placeNames.get(foldName(k.admin1)) : undefined
  if (region?.some((r) => e.mentions.some((m) => Math.abs(m.start - r) <= REGION_NEAR))) s += 0.8
  if (k.kind === 'ADM1' && ctx.regions.has(foldName(k.name))) s += 1
  if (k.lat !== undefined && k.lon !== undefined && ctx.points.length > 0 && !COUNTRY_LEVELS.has(k.kind)) {
    const near = Math.min(...ctx.points.map((p) => distanceKm(p, { lat: k.lat!, lon: k.lon! })))
    s += near < 300 ? 0.4 : near < 1500 ? 0.2 : 0
  }
  return s
}

/** Whether a city of a million people or a capital is named exactly as this candidate ("Paris" for Paris, Texas). */
function bigNamesake(c: Candidate, cands: readonly Candidate[]): boolean {
  return cands.some((o) => o !== c && o.primary && o.kb.prior >= 0.8 && o.kb.kind.startsWith('PPL'))
}

/** Whether the text names the place's first-level region anywhere, or a linked place lies in it. */
function regionNamed(k: KbEntity, ctx: DocumentContext): boolean {
  return k.admin1 !== undefined && k.admin1 !== '' && (ctx.placeNames.has(foldName(k.admin1)) || ctx.regions.has(foldName(k.admin1)))
}

/** Whether a name mention of the entity is followed by ", " and the place's region ("Russia, N.Y."). */
function writtenWithRegion(e: Entity, k: KbEntity, tokens: readonly Token[]): boolean {
  if (!k.admin1) return false
  const words = k.admin1.toLowerCase().split(/\s+/)
  const initials = words.map((w) => w[0]).join('')
  for (const m of e.mentions) {
    if (m.kind === 'pronoun' || m.kind === 'nominal') continue
    const i = firstStartingFrom(tokens, m.end)
    if (tokens[i]?.text !== ',' || !tokens[i + 1]) continue
    const after = tokens.slice(i + 1, i + 1 + words.length).map((t) => t.text.toLowerCase())
    if (after.join(' ') === words.join(' ')) return true
    // A postal or short form: "N.Y.", "NY", "Ind.", "Pa.", "Fla.", "W.Va." (never a bare word:
    // "Russia, New Zealand"). The tokenizer splits "Ga." into "Ga" and "."; the point still counts.
    const next = tokens[i + 1]!.text
    const point = tokens[i + 2]?.text === '.' && tokens[i + 2]!.start === tokens[i + 1]!.end
    const bare = next.toLowerCase().replace(/\./g, '')
    const abbreviated = next.includes('.') || point || /^[A-Z]{2}$/.test(next)
    if (abbreviated && bare.length >= 2 && (bare === initials || abbreviates(bare, words))) return true
  }
  return false
}

/**
 * Whether `short` shortens the region's words the way US state and province abbreviations do:
 * its letters in order, the first letter of each word among them ("fla" Florida, "md" Maryland,
 * "wva" West Virginia, "tenn" Tennessee; not "ga" for Alabama).
 */
function abbreviates(short: string, words: readonly string[]): boolean {
  const name = words.join(' ')
  if (short[0] !== name[0]) return false
  let at = 0
  let word = 0
  for (const ch of short) {
    const found = name.indexOf(ch, at)
    if (found < 0) return false
    // Every word's first letter must be read before a later word's letters: "nm" is New Mexico, "nmx" no form.
    const w = name.slice(0, found).split(' ').length - 1
    if (w > word + 1) return false
    if (w === word + 1 && name[found - 1] !== ' ') return false
    word = w
    at = found + 1
  }
  return word === words.length - 1
}

/** +0.6 when a title word fits the person's office, -1 when it contradicts it, 0 otherwise. */
function roleFit(k: KbEntity, titles: ReadonlySet<string>): number {
  if (titles.size === 0) return 0
  const kind = k.kind.toLowerCase()
  for (const t of titles) {
    if (kind === t.toLowerCase() || kind.endsWith(t) || (t === 'legislator' && /legislator|senator|representative/.test(kind))) return 0.6
  }
  // "Gov. X" or "Rep. X" is not the senator of that name.
  if ([...titles].some((t) => t.startsWith('US ') || t === 'governor') && kind.startsWith('us ')) return -1
  return 0
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x))
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
