/**
 * In-document coreference of names: mentions of the same thing are grouped by normalized form
 * ("Kim Jong-Un" = "Kim Jong-un"), by country ("North Korea" = "DPRK"), by acronym, and short
 * forms join the full name they abbreviate ("Ushakov" -> "Yury Ushakov"); when a short form fits
 * several names ("Kim": "Kim Jong-un" or "Kim Il-sung") the one named most so far wins.
 */
import type { EntityType } from '../../model/article.js'
import type { TypedCandidate } from './classify.js'
import type { GazetteerKind } from '../kb/gazetteer.js'
import { ORG_HEADS } from './cue-words.js'
import type { Token } from '../tokens/tokenize.js'

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'short' | 'pronoun' | 'nominal'

/** One mention inside a group. */
export interface GroupMention {
  readonly start: number
  readonly end: number
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly text: string
  readonly kind: MentionKind
  /** Country of a nationality or country word before its title ("North Korean leader X"). */
  readonly titleCountry?: string
  readonly titled?: boolean
}

/** Mentions that refer to one thing, with its type and identity. */
export interface MentionGroup {
  readonly type: EntityType
  readonly mentions: GroupMention[]
  readonly country?: string
  readonly gazetteerKind?: GazetteerKind
}

/** Normalized form of a name for comparison: case, apostrophes, hyphens and spaces folded. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[-‐‑‒–—\s]+/g, ' ')
    .trim()
}

interface Draft {
  readonly members: TypedCandidate[]
  type: EntityType | null
}

// Names read as people (or not read at all) shorten a person's name; a one-word name the tagger
// calls an organization, place or product does too ("Beblawi" after "Hazem el-Beblawi") unless
// the knowledge base knows it as something else ("Disney" beside "Walt Disney" is the company).
const SHORTABLE = new Set<EntityType | null>(['PERSON', null])
const MISREAD = new Set<EntityType | null>(['ORG', 'PRODUCT', 'LOC', 'GPE'])
// Particles written before a surname; "el-Beblawi", "El Beblawi" and "Beblawi" are one surname.
const PARTICLES = /^(?:el|al|ad|as|ash|az|an|ar|at|abu|bin|ibn|ben|van|von|de|da|di|du|der|den|la|le|dos|das|del)\s+/u

/** Options of `groupNames`. */
export interface GroupOptions {
  /** Acronyms the text defines, to the normalized long form ("fast" -> "five hundred meter aperture ..."). */
  readonly definedAcronyms?: ReadonlyMap<string, string>
  /** Whether the knowledge base knows this name as something other than a person. */
  readonly knownName?: (name: string) => boolean
  /** The text's tokens, to see a name continue past a mention ("Council for Educational Change"). */
  readonly tokens?: readonly Token[]
}

/** A surname without its particle: "el beblawi" -> "beblawi". */
export function withoutParticle(normalized: string): string {
  let s = normalized
  for (let k = 0; k < 2 && PARTICLES.test(s); k++) s = s.replace(PARTICLES, '')
  return s
}

/** Groups typed name candidates into coreferent mention groups. */
export function groupNames(candidates: readonly TypedCandidate[], options: GroupOptions = {}): MentionGroup[] {
  const byName = new Map<string, TypedCandidate[]>()
  for (const c of candidates) {
    const key = groupKey(c)
    const list = byName.get(key)
    if (list) list.push(c)
    else byName.set(key, [c])
  }
  const drafts = new Map<string, Draft>()
  for (const [key, members] of byName) {
    for (const part of splitSenses(members)) drafts.set(`${key}|${drafts.size}`, { members: part, type: voteType(part) })
  }

  mergeMiddleNames(drafts)
  mergeInitials(drafts)
  // "El Beblawi" is a surname with its particle, a short form rather than a full name.
  const people = [...drafts.values()].filter((d) => d.type === 'PERSON' && tokenCount(d.members) >= 2 && d.members.some((m) => surnameForm(m.text).includes(' ')))
  const shorts: { draft: Draft; key: string }[] = []
  for (const [key, d] of drafts) {
    const word = surnameForm(d.members[0]!.text)
    // A name of several written words is no short form; one hyphenated word is ("Zitt-James"
    // after "Naomi Zitt-James"), though its normalized form has a space.
    if ((word.includes(' ') && tokenCount(d.members) >= 2) || people.includes(d)) continue
    const misread = MISREAD.has(d.type) && !d.members.some((m) => m.hint) && !options.knownName?.(d.members[0]!.text)
    if (!SHORTABLE.has(d.type) && !misread) continue
    if (d.members.some((m) => m.gazetteer && m.gazetteer.kind !== 'city')) continue
    if (people.some((p) => nameWords(p).has(word))) shorts.push({ draft: d, key })
  }
  for (const { key } of shorts) drafts.delete(key)
  const attached = attachShortForms(
    people,
    shorts.flatMap((s) => s.draft.members),
  )
  mergeAcronyms(drafts, options.definedAcronyms ?? new Map())
  mergeCompanyShortForms(drafts, options.tokens)

  const groups: MentionGroup[] = []
  for (const d of drafts.values()) {
    if (d.type === null) continue
    const extra = attached.get(d) ?? []
    const mentions: GroupMention[] = [...d.members.map((m) => toMention(m, 'name')), ...extra].sort((x, y) => x.start - y.start)
    const country = d.members.find((m) => m.country)?.country
    const kind = d.members.find((m) => m.gazetteer)?.gazetteer?.kind
    groups.push({ type: d.type, mentions, ...(country ? { country } : {}), ...(kind ? { gazetteerKind: kind } : {}) })
  }
  return groups.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start)
}

function groupKey(c: TypedCandidate): string {
  const g = c.gazetteer
  if (g?.country && g.kind === 'country') return `country:${g.country}`
  if (g?.country && g.kind === 'demonym') return `norp:${g.country}`
  return `name:${normalizeName(c.text)}`
}

/**
 * One name can name two things ("New York" the city and the team): mentions typed differently
 * stay apart when each type is used repeatedly; a rare type is tagger noise and joins the main one.
 */
function splitSenses(members: TypedCandidate[]): TypedCandidate[][] {
  const byType = new Map<EntityType | null, TypedCandidate[]>()
  for (const m of members) {
    const list = byType.get(m.type)
    if (list) list.push(m)
    else byType.set(m.type, [m])
  }
  const untyped = byType.get(null) ?? []
  byType.delete(null)
  const parts = [...byType.values()].sort((x, y) => y.length - x.length)
  // A person named with a title ("General Petraeus") is that name's sense in this text: the
  // tagger's organization or place of the same name, the gazetteer's aside, is a misreading.
  const titled = byType.get('PERSON')?.some((m) => m.titled)
  if (titled && parts.every((p) => p[0]!.type === 'PERSON' || !p.some((m) => m.gazetteer))) return [[...parts.flat(), ...untyped]]
  const main = parts[0]
  if (!main) return [untyped]
  const out: TypedCandidate[][] = [main]
  for (const part of parts.slice(1)) {
    if (part.length * 3 <= main.length) main.push(...part)
    else out.push(part)
  }
  main.push(...untyped)
  return out
}

/** Majority type: the gazetteer weighs most, then the tagger, then patterns and chunks. */
function voteType(members: readonly TypedCandidate[]): EntityType | null {
  const votes = new Map<EntityType, number>()
  for (const m of members) {
    if (m.type === null) continue
    const weight = (m.gazetteer && m.gazetteer.kind !== 'city' ? 3 : m.label ? 2 : 1) + (m.titled && m.type === 'PERSON' ? 2 : 0)
    votes.set(m.type, (votes.get(m.type) ?? 0) + weight)
  }
  let best: EntityType | null = null
  let most = 0
  for (const [type, n] of votes) if (n > most) [best, most] = [type, n]
  return best
}

function tokenCount(members: readonly TypedCandidate[]): number {
  return Math.max(...members.map((m) => m.text.split(/\s+/).length))
}

/** A short form as compared with surnames: normalized, particle and hyphen dropped ("El-Beblawi" -> "beblawi"). */
function surnameForm(text: string): string {
  return withoutParticle(normalizeName(text))
}

/** The words a short form of a person's name may be: the first (family name first) or the last, without particles. */
function nameWords(d: Draft): Set<string> {
  const words = new Set<string>()
  for (const m of d.members) {
    // Written words, so a hyphenated given name ("Jong-un") stays one word.
    const written = m.text.split(/\s+/).map(normalizeName)
    words.add(written[0]!)
    words.add(written[written.length - 1]!)
    words.add(withoutParticle(written[written.length - 1]!))
  }
  return words
}

/** Assigns each short form to the full name it most likely abbreviates at that point. */
function attachShortForms(people: readonly Draft[], shorts: readonly TypedCandidate[]): Map<Draft, GroupMention[]> {
  const attached = new Map<Draft, GroupMention[]>()
  const words = new Map(people.map((p) => [p, nameWords(p)]))
  const starts = new Map(people.map((p) => [p, p.members.map((m) => m.start)]))
  for (const s of [...shorts].sort((x, y) => x.start - y.start)) {
    const word = surnameForm(s.text)
    const fits = people.filter((p) => words.get(p)!.has(word))
    const before = (p: Draft): number => starts.get(p)!.filter((x) => x < s.start).length
    const latest = (p: Draft): number => Math.max(-1, ...starts.get(p)!.filter((x) => x < s.start))
    // Most mentions so far, then most recent; a short form before any full name takes the most frequent one.
    const ranked = [...fits].sort((x, y) => before(y) - before(x) || latest(y) - latest(x) || starts.get(y)!.length - starts.get(x)!.length)
    const target = ranked[0]!
    starts.get(target)!.push(s.start)
    const list = attached.get(target)
    const mention = toMention(s, 'short')
    if (list) list.push(mention)
    else attached.set(target, [mention])
  }
  return attached
}

/** Folds "Donald J. Trump" into "Donald Trump": same first and last word, only middle names differ. */
function mergeMiddleNames(drafts: Map<string, Draft>): void {
  const byEnds = new Map<string, [string, Draft][]>()
  for (const [key, d] of drafts) {
    if (d.type !== 'PERSON') continue
    const words = d.members[0]!.text.split(/\s+/).map(normalizeName)
    if (words.length < 2) continue
    const ends = `${words[0]} ${words[words.length - 1]}`
    const list = byEnds.get(ends)
    if (list) list.push([key, d])
    else byEnds.set(ends, [[key, d]])
  }
  for (const list of byEnds.values()) {
    if (list.length < 2) continue
    const [, main] = [...list].sort((x, y) => y[1].members.length - x[1].members.length)[0]!
    for (const [key, d] of list) {
      if (d === main) continue
      main.members.push(...d.members)
      drafts.delete(key)
    }
  }
}

/**
 * Folds "J. Smith" and "G.W. Bush" into "John Smith" and "George W. Bush": a person named by
 * initials joins the one full name with the same surname whose first name starts with that initial.
 */
function mergeInitials(drafts: Map<string, Draft>): void {
  const people = [...drafts.entries()].filter(([, d]) => d.type === 'PERSON')
  for (const [key, d] of people) {
    const words = d.members[0]!.text.split(/\s+/)
    if (words.length < 2 || !/^(?:\p{Lu}\.)+$/u.test(words[0]!)) continue
    const last = normalizeName(words[words.length - 1]!)
    const initial = words[0]![0]!.toLowerCase()
    const targets = people.filter(([k, p]) => {
      if (k === key || !drafts.has(k)) return false
      const w = p.members[0]!.text.split(/\s+/)
      return w.length >= 2 && !/^(?:\p{Lu}\.)+$/u.test(w[0]!) && normalizeName(w[w.length - 1]!) === last && w[0]![0]!.toLowerCase() === initial
    })
    if (targets.length !== 1) continue
    targets[0]![1].members.push(...d.members)
    drafts.delete(key)
  }
}

/** Folds an acronym group ("KINU", or "FAST" defined in the text) into the organization it abbreviates. */
function mergeAcronyms(drafts: Map<string, Draft>, defined: ReadonlyMap<string, string>): void {
  const orgs = [...drafts.values()].filter((d) => tokenCount(d.members) >= 2 && (d.type === 'ORG' || d.type === 'FAC' || d.type === 'PRODUCT'))
  for (const [key, d] of drafts) {
    const text = d.members[0]!.text.replace(/\./g, '')
    const long = defined.get(d.members[0]!.text)
    if (long !== undefined) {
      const target = orgs.find((o) => o.members.some((m) => normalizeName(m.text) === long))
      if (target && target !== d) {
        target.members.push(...d.members)
        drafts.delete(key)
        continue
      }
    }
    if (d.type !== 'ORG' || !/^\p{Lu}{2,8}$/u.test(text)) continue
    const target = orgs.find((o) => o.type === 'ORG' && initials(o.members[0]!.text) === text)
    if (!target) continue
    target.members.push(...d.members)
    drafts.delete(key)
  }
}

const CONTINUATIONS = new Set(['of', 'for', 'on'])
// Words that say a name is a company's and are dropped when the writer shortens it ("Carlyle").
const COMPANY_DESIGNATORS = new Set('group inc incorporated corp corporation co company companies holdings holding ltd limited llc plc lp llp partners ag sa nv se gmbh'.split(' '))

/**
 * Folds an organization's short form into the full name written earlier: "Carlyle" after "The
 * Carlyle Group", "Exxon" after "Exxon Corp.", "the Times" after "The New York Times". Only
 * designator words and a leading "the" may be dropped, or all but the head word, and only one
 * organization in the text may shorten that way.
 */
function mergeCompanyShortForms(drafts: Map<string, Draft>, tokens?: readonly Token[]): void {
  // "Council" cut from "Council for Educational Change" by the tagger opens another name, and
  // "News" before a number is a channel's ("News 4").
  const opensName = (m: TypedCandidate): boolean => {
    const next = tokens?.[m.tokenEnd]?.text ?? ''
    return /^\p{N}/u.test(next) || (CONTINUATIONS.has(next) && /^\p{Lu}/u.test(tokens?.[m.tokenEnd + 1]?.text ?? ''))
  }
  const cores = new Map<string, Draft | null>()
  for (const d of drafts.values()) {
    if (d.type !== 'ORG') continue
    for (const m of d.members) {
      const words = m.text.split(/\s+/).map((w) => normalizeName(w).replace(/[.,]$/, ''))
      const a = words[0] === 'the' ? 1 : 0
      let b = words.length
      while (b > a + 1 && COMPANY_DESIGNATORS.has(words[b - 1]!)) b--
      const short = (core: string): void => {
        const seen = cores.get(core)
        cores.set(core, seen === undefined || seen === d ? d : null)
      }
      // "the Times" after "The New York Times": the organization's head word alone.
      if (words.length - a >= 2 && ORG_HEADS.has(words[words.length - 1]!)) short(words[words.length - 1]!)
      if (b < words.length) short(words.slice(a, b).join(' '))
    }
  }
  for (const [key, d] of drafts) {
    if (d.type !== 'ORG' && d.type !== null) continue
    if (d.members.some((m) => m.gazetteer || opensName(m))) continue
    const target = cores.get(normalizeName(d.members[0]!.text).replace(/^the /, ''))
    if (!target || target === d) continue
    const first = Math.min(...target.members.map((m) => m.start))
    if (first > Math.min(...d.members.map((m) => m.start))) continue
    target.members.push(...d.members)
    drafts.delete(key)
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

function toMention(c: TypedCandidate, kind: MentionKind): GroupMention {
  return {
    start: c.start,
    end: c.end,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    text: c.text,
    kind,
    titled: c.titled,
    ...(c.titleCountry ? { titleCountry: c.titleCountry } : {}),
  }
}
