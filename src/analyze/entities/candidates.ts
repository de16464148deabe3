/**
 * Name candidates: every span of the text that may name an entity, from the sequence tagger,
 * the gazetteer, model-code patterns and capitalized-phrase chunks, cleaned of titles,
 * possessives and discourse words, then reduced to one non-overlapping set of mentions.
 */
import type { EntityType } from '../../model/article.js'
import type { NerLabel, NerSpan } from '../ner/types.js'
import type { Sentence, Token } from '../tokens/tokenize.js'
import {
  CALENDAR_ABBREVIATIONS,
  CALENDAR_WORDS,
  EVENT_HEADS,
  FACILITY_HEADS,
  NAME_CONNECTORS,
  NAME_LIKE_TITLES,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORG_HEADS,
  PERSON_TITLES,
  PRODUCT_NOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './cue-words.js'
import { gazetteerKey, normalizeToken, type Gazetteer, type GazetteerEntry } from './gazetteer.js'

/** Where a candidate came from. */
export type CandidateSource = 'tagger' | 'gazetteer' | 'pattern' | 'chunk'

/** A span that may name an entity, with what is known about it. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly tokenStart: number
  readonly tokenEnd: number
  /** Surface text of the span. */
  readonly text: string
  readonly sources: readonly CandidateSource[]
  /** The tagger's label, when the tagger proposed this span. */
  readonly label?: NerLabel
  readonly gazetteer?: GazetteerEntry
  /** Fine type decided from the span alone (patterns, head words), when any. */
  readonly hint?: EntityType
  /** A title or role word stands right before it ("President", "leader", "fellow"). */
  readonly titled: boolean
  /** Country named by a demonym or country right before the title ("Russian President X"). */
  readonly titleCountry?: string
}

/** Inputs of candidate collection. */
export interface CandidateInput {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly gazetteer: Gazetteer
  /** Tagger spans, or null when no tagger is loaded. */
  readonly tagged: readonly NerSpan[] | null
}

const POSSESSIVE = /^['’](?:s|S)?$/u
const TRAILING_POSSESSIVE = /['’][sS]?$/u
const CAPITALIZED = /^\p{Lu}/u
const MODEL_CODE = /^\p{Lu}[\p{L}]{0,3}-?\p{N}{2,5}\p{L}{0,2}$/u
const NOT_PRODUCTS = new Set(['COVID-19', 'G7', 'G20', 'H5N1', 'A4'])
const OPENERS = /^["“‘'([«—–-]$/u
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'latest'])
// Weak gazetteer kinds only type spans found otherwise: many city names are also people's
// names or ordinary words ("Charlotte", "Nice").
const WEAK_KINDS = new Set(['city'])

/** Lower-cased token text without a glued-on possessive or abbreviation period ("Mr." -> "mr"). */
export function bareWord(token: string): string {
  return token.replace(TRAILING_POSSESSIVE, '').replace(/\.$/, '').toLowerCase()
}

/** Whether the token is a discourse or function word ("However", "In"), not an initial ("A."). */
function isNonNameWord(token: string): boolean {
  return !token.endsWith('.') && NON_NAME_WORDS.has(bareWord(token))
}

/** Whether the token is a capitalized word (not punctuation, not a number). */
export function isCapitalizedWord(token: string): boolean {
  return CAPITALIZED.test(token) && /\p{L}/u.test(token)
}

/** Index of the first word token of each sentence (after opening quotes and brackets). */
function sentenceStarts(tokens: readonly Token[], sentences: readonly Sentence[]): Set<number> {
  const starts = new Set<number>()
  for (const s of sentences) {
    let i = s.tokenStart
    while (i < s.tokenEnd && OPENERS.test(tokens[i]!.text)) i++
    starts.add(i)
  }
  return starts
}

/** Capitalized words that also occur capitalized away from a sentence start: real names. */
function midSentenceCapitals(tokens: readonly Token[], starts: ReadonlySet<number>): Set<string> {
  const seen = new Set<string>()
  tokens.forEach((t, i) => {
    if (!starts.has(i) && isCapitalizedWord(t.text)) seen.add(bareWord(t.text))
  })
  return seen
}

/** Collects cleaned, non-overlapping name candidates, in text order. */
export function collectCandidates(input: CandidateInput): Candidate[] {
  const { tokens, sentences } = input
  const starts = sentenceStarts(tokens, sentences)
  const gaz = matchGazetteer(input)
  const raw: Draft[] = [...gaz, ...matchProducts(tokens)]
  if (input.tagged) for (const span of input.tagged) raw.push(...cleanTaggerSpan(input, span, starts))
  const chunking: Chunking = {
    input,
    starts,
    capitals: midSentenceCapitals(tokens, starts),
    lowercase: new Set(tokens.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => t.text)),
    strong: gaz.filter((d) => !WEAK_KINDS.has(d.gazetteer?.kind ?? '')),
  }
  // Headlines and tables in capitals hide which words are names; only the tagger reads them.
  const chunks: Draft[] = []
  for (const s of sentences) if (!isShouting(tokens, s) && !isHeadline(tokens, s)) chunks.push(...chunkSentence(chunking, s))
  extendToHeadedChunks(raw, chunks)
  return dropHeadlineGuesses(input, resolveOverlaps(input, [...raw, ...chunks]))
}

const LABEL_OF_HINT: Partial<Record<EntityType, NerLabel>> = { ORG: 'ORG', FAC: 'LOC', EVENT: 'MISC' }

/**
 * A tagger span that ends on an organization, facility or event head word often misses the
 * capitalized words before it ("Economy Commission" in "the Second Economy Commission"): it
 * takes the whole capitalized name, keeping the tagger's label.
 */
function extendToHeadedChunks(drafts: Draft[], chunks: readonly Draft[]): void {
  const demonyms = drafts.filter((g) => g.gazetteer?.kind === 'demonym')
  for (const d of drafts) {
    if (d.source !== 'tagger' || d.label === undefined) continue
    const c = chunks.find((x) => x.hint && x.tokenEnd === d.tokenEnd && x.tokenStart < d.tokenStart)
    if (!c?.hint || LABEL_OF_HINT[c.hint] !== d.label) continue
    // A nationality before the name stays a nationality ("German" in "German Foreign Ministry").
    const demonym = demonyms.find((g) => g.tokenStart >= c.tokenStart && g.tokenStart < d.tokenStart)
    d.tokenStart = demonym ? demonym.tokenEnd : c.tokenStart
  }
}

const HEADLINE_SMALL_WORDS = new Set(['and', 'to', 'of', 'in', 'for', 'on', 'at', 'with', 'as', 'by', 'the', 'a', 'an', 'or', 'from'])

/** Whether the sentence is in title case, as headlines are ("Kim Jong-Un and Troops to Miss ..."). */
function isHeadline(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0
  let capitalized = 0
  let small = false
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!.text
    // Title case keeps short function words low ("and", "to"); lists and score tables have none.
    if (HEADLINE_SMALL_WORDS.has(t)) small = true
    if (!/^\p{L}{3}/u.test(t)) continue
    words++
    if (isCapitalizedWord(t)) capitalized++
  }
  return small && words >= 4 && capitalized >= words * 0.75 && !/^[.!?]$/u.test(tokens[s.tokenEnd - 1]?.text ?? '')
}

/**
 * In a title-case headline every word is capitalized, so a long name there is kept only when the
 * gazetteer knows it or the body names it too, never "Victory Day Amid Military Ties".
 */
function dropHeadlineGuesses(input: CandidateInput, candidates: Candidate[]): Candidate[] {
  const headline = new Uint8Array(input.tokens.length)
  for (const s of input.sentences) if (isHeadline(input.tokens, s)) headline.fill(1, s.tokenStart, s.tokenEnd)
  if (!headline.includes(1)) return candidates
  const fold = (x: string): string => x.toLowerCase().replace(/[-‐\s]+/g, ' ')
  const body = new Set<string>()
  for (const c of candidates) {
    if (headline[c.tokenStart]) continue
    body.add(fold(c.text))
    for (const w of c.text.split(/\s+/)) body.add(fold(w))
  }
  return candidates.filter(
    (c) => !headline[c.tokenStart] || c.tokenEnd - c.tokenStart < 3 || (c.gazetteer && !WEAK_KINDS.has(c.gazetteer.kind)) || c.hint === 'PRODUCT' || body.has(fold(c.text)),
  )
}

/** What the capitalized-phrase chunker knows about the document. */
interface Chunking {
  readonly input: CandidateInput
  readonly starts: ReadonlySet<number>
  /** Words seen capitalized away from sentence starts. */
  readonly capitals: ReadonlySet<string>
  /** Words seen in lower case: a sentence-initial capital on one of them is no name. */
  readonly lowercase: ReadonlySet<string>
  /** Gazetteer matches of the reliable kinds. */
  readonly strong: readonly Draft[]
}

/** Whether most words of the sentence are in capitals (a headline or a results table). */
function isShouting(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0
  let caps = 0
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!.text
    if (!/\p{L}{2}/u.test(t)) continue
    words++
    if (t === t.toUpperCase()) caps++
  }
  return words >= 2 && caps * 2 > words
}

interface Draft {
  tokenStart: number
  tokenEnd: number
  /** Character range inside one token, for the parts of a compound ("US" in "US-China"). */
  part?: { start: number; end: number }
  source: CandidateSource
  label?: NerLabel
  gazetteer?: GazetteerEntry
  hint?: EntityType
}

/** Longest gazetteer names starting at each word token. */
function matchGazetteer(input: CandidateInput): Draft[] {
  const { tokens, sentences, gazetteer } = input
  const norm = tokens.map((t) => normalizeToken(t.text))
  // Datelines and headlines in capitals ("WASHINGTON (Reuters)") match in title case too.
  const titled = norm.map((w) => (w.length >= 3 && /^[\p{Lu}\p{N}'.-]+$/u.test(w) && /\p{Lu}{2}/u.test(w) ? titleCase(w) : w))
  const out: Draft[] = []
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^\p{L}/u.test(norm[i]!)) continue
      // Grow the key one token at a time while it is still the start of some name.
      let best: { n: number; entry: GazetteerEntry } | undefined
      for (const forms of titled[i] === norm[i] ? [norm] : [norm, titled]) {
        let key = ''
        for (let n = 1; n <= gazetteer.maxTokens && i + n <= s.tokenEnd; n++) {
          key = n === 1 ? forms[i]! : `${key} ${forms[i + n - 1]!}`
          if (!gazetteer.prefixes.has(key)) break
          const entry = gazetteer.entries.get(key)
          if (entry && (!best || n > best.n)) best = { n, entry }
        }
        if (best) break
      }
      if (!best) {
        out.push(...compoundParts(tokens[i]!, i, gazetteer))
        continue
      }
      out.push({ tokenStart: i, tokenEnd: i + best.n, source: 'gazetteer', gazetteer: best.entry, hint: best.entry.type })
      i += best.n - 1
    }
  }
  return out
}

/** "NEW" -> "New", "WASHINGTON" -> "Washington", "D.C." stays. */
function titleCase(word: string): string {
  return word.replace(/\p{L}+/gu, (w) => (w.length <= 1 ? w : w[0] + w.slice(1).toLowerCase()))
}

const COMPOUND_KINDS = new Set(['country', 'capital', 'demonym'])

/** Countries and nationalities joined by a hyphen into one token: "US-China", "Russia-Ukraine". */
function compoundParts(token: Token, i: number, gazetteer: Gazetteer): Draft[] {
  const pieces = [...token.text.matchAll(/[^-‐]+/gu)]
  if (pieces.length < 2) return []
  // "U.S.-led", "Moscow-backed": the place is a mention, the participle is not.
  const last = pieces[pieces.length - 1]!
  if (pieces.length === 2 && /^\p{Ll}+$/u.test(last[0])) pieces.pop()
  const parts: Draft[] = []
  for (const m of pieces) {
    const entry = gazetteer.entries.get(normalizeToken(m[0]))
    if (!entry || !COMPOUND_KINDS.has(entry.kind)) return []
    const start = token.start + m.index
    parts.push({ tokenStart: i, tokenEnd: i + 1, part: { start, end: start + m[0].length }, source: 'gazetteer', gazetteer: entry, hint: entry.type })
  }
  return parts
}

/** Model codes in a product context: "the M2024 tank", "an updated iteration of the M2020 model". */
function matchProducts(tokens: readonly Token[]): Draft[] {
  const out: Draft[] = []
  tokens.forEach((t, i) => {
    if (!MODEL_CODE.test(t.text) || NOT_PRODUCTS.has(t.text)) return
    const before = tokens[i - 1]?.text.toLowerCase() ?? ''
    const after = tokens[i + 1]?.text.toLowerCase() ?? ''
    if (DETERMINERS.has(before) || PRODUCT_NOUNS.has(after) || PRODUCT_NOUNS.has(before)) {
      out.push({ tokenStart: i, tokenEnd: i + 1, source: 'pattern', hint: 'PRODUCT' })
    }
  })
  return out
}

/** Trims a tagger span to its name: no titles, possessives, discourse words or dates. */
function cleanTaggerSpan(input: CandidateInput, span: NerSpan, starts: ReadonlySet<number>): Draft[] {
  const { tokens } = input
  let a = span.tokenStart
  let b = span.tokenEnd
  const person = span.label === 'PER'
  const drop = (i: number): boolean => {
    const t = tokens[i]!.text
    const w = bareWord(t)
    if (!/\p{L}|\p{N}/u.test(t)) return true
    if (isCalendarAt(tokens, i)) return true
    // "the 60th Victory Day" is another instance of the same holiday.
    if (/^\p{N}+(?:st|nd|rd|th)$/u.test(t)) return true
    // Titles are not part of a person's name; inside organization names they are ("Foreign Ministry").
    if (person && TITLE_WORDS.has(w) && !NAME_LIKE_TITLES.has(w) && i + 1 < b) return true
    if (isNonNameWord(t) && starts.has(span.tokenStart)) return true
    return !isCapitalizedWord(t) && !isNameFragment(tokens, i)
  }
  while (a < b && (drop(a) || demonymBeforeTitle(input, a, b))) a++
  const closesBracket = (i: number): boolean => tokens[i]!.text === ')' && tokens.slice(a, i).some((t) => t.text === '(')
  while (b > a && (POSSESSIVE.test(tokens[b - 1]!.text) || (!/\p{L}|\p{N}/u.test(tokens[b - 1]!.text) && !closesBracket(b - 1)))) b--
  while (b > a && isCalendarAt(tokens, b - 1)) b--
  // "South Dakota Gov. Kristi Noem": a title closing a span belongs to the name after it.
  const end = b
  while (b - a > 1 && TITLE_WORDS.has(bareWord(tokens[b - 1]!.text)) && isCapitalizedWord(tokens[b]?.text ?? '')) b--
  if (a >= b) return []
  // The label was read off the whole "South Dakota Gov.", so the remaining place keeps none.
  if (b < end) return [{ tokenStart: a, tokenEnd: b, source: 'tagger' }]
  const rest = tokens.slice(a, b)
  const empty = (t: Token): boolean => {
    const w = bareWord(t.text)
    return isNonNameWord(t.text) || (TITLE_WORDS.has(w) && !NAME_LIKE_TITLES.has(w)) || CALENDAR_WORDS.has(w)
  }
  if (rest.every(empty)) return []
  return [{ tokenStart: a, tokenEnd: b, source: 'tagger', label: span.label }]
}

/** Lower-case tokens that still belong to a name: numbers, "iPhone", "al-Aqsa", "ex-England", "de Silva". */
function isNameFragment(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text
  if (/\p{N}/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t) || /^\p{Ll}+-\p{Lu}/u.test(t)) return true
  return NAME_PARTICLES.has(t) && isCapitalizedWord(tokens[i + 1]?.text ?? '')
}

/** Whether token `k` is a month or weekday name (an abbreviation only before a number). */
export function isCalendarAt(tokens: readonly Token[], k: number): boolean {
  const w = bareWord(tokens[k]!.text).replace(/\.$/, '')
  if (CALENDAR_WORDS.has(w)) return true
  return CALENDAR_ABBREVIATIONS.has(w) && /^\p{N}/u.test(tokens[k + 1]?.text ?? '')
}

/** "Russian" in "Russian President Vladimir Putin": a nationality qualifying the title, not the name. */
function demonymBeforeTitle(input: CandidateInput, i: number, end: number): boolean {
  const entry = input.gazetteer.entries.get(gazetteerKey([input.tokens[i]!.text]))
  const next = input.tokens[i + 1]
  return entry?.kind === 'demonym' && i + 1 < end && next !== undefined && TITLE_WORDS.has(bareWord(next.text))
}

// Participles that turn a name into an adjective ("U.S.-led", "Moscow-backed"); "Jong-un" is no such word.
const ADJECTIVAL_SUFFIX =
  /-(?:based|led|backed|born|bound|listed|registered|owned|run|made|controlled|ruled|funded|style|era|type|linked|aligned|friendly|dominated|speaking|origin|related|wide|sponsored|allied|held|occupied|brokered|supported|built|bred|educated|trained|focused|centric)$/u

/** Capitalized phrases of one sentence, split at titles, dates and (outside org names) connectors. */
function chunkSentence(ch: Chunking, s: Sentence): Draft[] {
  const { tokens } = ch.input
  const out: Draft[] = []
  const nameWord = (k: number): boolean =>
    k < s.tokenEnd && isCapitalizedWord(tokens[k]!.text) && !isCalendarAt(tokens, k)
  // "Minneapolis-based" is an adjective, not part of the company name after it.
  const runWord = (t: string): boolean => isCapitalizedWord(t) && !ADJECTIVAL_SUFFIX.test(t)
  let i = s.tokenStart
  while (i < s.tokenEnd) {
    if (!runWord(tokens[i]!.text)) {
      i++
      continue
    }
    // A run of capitalized words, with connectors that lead to another name word.
    let j = i + 1
    while (j < s.tokenEnd) {
      const t = tokens[j]!.text
      if (runWord(t)) j++
      else if (NAME_CONNECTORS.has(t) && nameWord(j + 1)) j++
      else break
    }
    out.push(...splitRun(ch, i, j))
    i = j
  }
  return out
}

function splitRun(ch: Chunking, a: number, b: number): Draft[] {
  const { tokens } = ch.input
  const word = (k: number): string => bareWord(tokens[k]!.text)
  // Discourse words open sentences; they, dates and titles never start a name, nor does a
  // sentence-initial word the text also uses in lower case ("Shares of ...").
  let lead = a
  while (lead < b) {
    const w = word(lead)
    const opener = ch.starts.has(a) && (isNonNameWord(tokens[lead]!.text) || (lead === a && ch.lowercase.has(w) && !ch.capitals.has(w)))
    if (TITLE_WORDS.has(w) || isCalendarAt(tokens, lead) || opener) lead++
    else break
  }
  if (lead >= b) return []
  const out: Draft[] = []
  let from = lead
  let headSeen = false
  // Organization and facility names carry titles and connectors ("Ministry of Foreign Affairs"),
  // so a phrase stays whole except at a person title or "and" after a head word, a connector
  // with no head word before it ("John Casesa of Schroder & Co"), and after a company suffix.
  for (let k = lead + 1; k <= b; k++) {
    const atEnd = k === b
    const w = atEnd ? '' : word(k)
    const prev = word(k - 1)
    if (isHead(prev)) headSeen = true
    const connector = !atEnd && NAME_CONNECTORS.has(tokens[k]!.text)
    const cut =
      atEnd ||
      (PERSON_TITLES.has(w) && isHead(prev)) ||
      ((w === 'and' || w === '&') && isHead(prev)) ||
      (w === 'of' && !headSeen && hasHead(ch, k + 1, b)) ||
      COMPANY_SUFFIXES.has(prev)
    if (!cut) continue
    out.push(...splitSegment(ch, from, k))
    from = connector || PERSON_TITLES.has(w) || w === 'and' ? k + 1 : k
    headSeen = false
  }
  return out
}

const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'nv', 'sa', 'spa'])

function isHead(w: string): boolean {
  return ORG_HEADS.has(w) || FACILITY_HEADS.has(w) || EVENT_HEADS.has(w)
}

function hasHead(ch: Chunking, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isHead(bareWord(ch.input.tokens[k]!.text))) return true
  return false
}

/** One segment of a capitalized run: a headed name whole, otherwise cut at titles, dates, connectors and gazetteer names. */
function splitSegment(ch: Chunking, lead: number, b: number): Draft[] {
  const { tokens } = ch.input
  const word = (k: number): string => bareWord(tokens[k]!.text)
  while (lead < b && (TITLE_WORDS.has(word(lead)) || NAME_CONNECTORS.has(tokens[lead]!.text))) lead++
  if (lead >= b) return []
  // Head words that belong to a gazetteer name ("Red Square for Victory Day") make no new name.
  const strong = ch.strong.filter((d) => d.tokenStart >= lead && d.tokenEnd <= b)
  const inGazetteer = (k: number): boolean => strong.some((d) => d.tokenStart <= k && k < d.tokenEnd)
  let head: string | undefined
  for (let k = lead + 1; k < b; k++) if (isHead(word(k)) && !inGazetteer(k)) head = word(k)
  if (head !== undefined) {
    const hint: EntityType = ORG_HEADS.has(head) || COMPANY_SUFFIXES.has(head) ? 'ORG' : FACILITY_HEADS.has(head) ? 'FAC' : 'EVENT'
    return [{ tokenStart: lead, tokenEnd: b, source: 'chunk', hint }]
  }
  const pieces: Draft[] = []
  let from = lead
  const flush = (to: number): void => {
    if (to > from) pieces.push({ tokenStart: from, tokenEnd: to, source: 'chunk' })
  }
  for (let k = lead; k < b; k++) {
    const w = word(k)
    const g = strong.find((d) => d.tokenStart === k)
    if (g) {
      flush(k)
      k = g.tokenEnd - 1
      from = g.tokenEnd
    } else if (
      (TITLE_WORDS.has(w) && !(NAME_LIKE_TITLES.has(w) && k + 1 === b)) ||
      isCalendarAt(tokens, k) ||
      NAME_CONNECTORS.has(tokens[k]!.text)
    ) {
      flush(k)
      from = k + 1
    }
  }
  flush(b)
  // A lone capitalized word at a sentence start is usually an ordinary word ("Reports", "Earlier").
  return pieces.filter((p) => {
    if (p.tokenEnd - p.tokenStart > 1 || !ch.starts.has(p.tokenStart)) return true
    return ch.capitals.has(word(p.tokenStart))
  })
}

/** Merges drafts of the same span and keeps the best of overlapping ones. */
function resolveOverlaps(input: CandidateInput, drafts: readonly Draft[]): Candidate[] {
  // A compound split into its countries is not also one name as a whole.
  const compound = new Set(drafts.filter((d) => d.part).map((d) => d.tokenStart))
  const bySpan = new Map<string, Draft[]>()
  for (const d of drafts) {
    if (!d.part && d.tokenEnd - d.tokenStart === 1 && compound.has(d.tokenStart)) continue
    const k = d.part ? `${d.part.start}~${d.part.end}` : `${d.tokenStart}:${d.tokenEnd}`
    const list = bySpan.get(k)
    if (list) list.push(d)
    else bySpan.set(k, [d])
  }
  let merged = [...bySpan.values()].map((group) => mergeDrafts(input, group))
  if (input.tagged) {
    // With a tagger, a city name it did not tag is most often something else ("Hamilton", "Kent").
    merged = merged.filter((c) => c.sources.includes('tagger') || !(c.gazetteer && WEAK_KINDS.has(c.gazetteer.kind) && c.sources.length === 1))
  }
  if (input.tagged) {
    // The tagger reads context, so a capitalized phrase never overrides one of its spans.
    const tagged = new Uint8Array(input.tokens.length)
    for (const c of merged) if (c.sources.includes('tagger')) tagged.fill(1, c.tokenStart, c.tokenEnd)
    merged = merged.filter((c) => c.sources.some((x) => x !== 'chunk') || !tagged.subarray(c.tokenStart, c.tokenEnd).some((x) => x === 1))
  }
  // Longer spans first ("Central Asian" over the tagger's "Asian"); at equal length the
  // tagger, then a reliable gazetteer name, then a head-word hint.
  const strongName = (c: Candidate): boolean => c.gazetteer !== undefined && !WEAK_KINDS.has(c.gazetteer.kind)
  const rank = (c: Candidate): number => (c.sources.includes('tagger') ? 4 : 0) + (strongName(c) ? 2 : 0) + (c.hint ? 1 : 0)
  merged.sort((x, y) => y.tokenEnd - y.tokenStart - (x.tokenEnd - x.tokenStart) || rank(y) - rank(x) || x.tokenStart - y.tokenStart)
  const taken = new Uint8Array(input.text.length)
  const kept: Candidate[] = []
  for (const c of merged) {
    if (taken.subarray(c.start, c.end).some((x) => x === 1)) continue
    taken.fill(1, c.start, c.end)
    kept.push(c)
  }
  return kept.sort((x, y) => x.start - y.start)
}

function mergeDrafts(input: CandidateInput, group: readonly Draft[]): Candidate {
  const { tokens, text } = input
  const first = group[0]!
  const a = first.tokenStart
  const b = first.tokenEnd
  // A possessive glued onto the last token is not part of the name.
  const lastText = tokens[b - 1]!.text
  const glued = TRAILING_POSSESSIVE.test(lastText) && lastText.length > 2 ? lastText.match(TRAILING_POSSESSIVE)![0].length : 0
  const start = first.part?.start ?? tokens[a]!.start
  const end = first.part?.end ?? tokens[b - 1]!.end - glued
  const label = group.find((d) => d.label)?.label
  const gazetteer = group.find((d) => d.gazetteer)?.gazetteer
  const hint = group.find((d) => d.hint && d.source !== 'gazetteer')?.hint
  const title = titleBefore(input, a)
  return {
    start,
    end,
    tokenStart: a,
    tokenEnd: b,
    text: text.slice(start, end),
    sources: [...new Set(group.map((d) => d.source))],
    titled: title.titled,
    ...(label ? { label } : {}),
    ...(gazetteer ? { gazetteer } : {}),
    ...(hint ? { hint } : {}),
    ...(title.country ? { titleCountry: title.country } : {}),
  }
}

/** Whether title words stand right before token `a`, and which nationality qualifies them. */
function titleBefore(input: CandidateInput, a: number): { titled: boolean; country?: string } {
  const { tokens, gazetteer } = input
  let i = a - 1
  // The word right before must be a title itself, not a qualifier ("former Soviet" is no title).
  const before = bareWord(tokens[i]?.text ?? '')
  const titled = TITLE_WORDS.has(before) && !TITLE_MODIFIERS.has(before)
  if (!titled) return { titled }
  // Up to four title words back: "Senior research fellow", "North Korean leader".
  while (i >= 0 && a - i <= 4 && TITLE_WORDS.has(bareWord(tokens[i]!.text))) i--
  for (let n = Math.min(3, i + 1); n >= 1; n--) {
    const entry = gazetteer.entries.get(gazetteerKey(tokens.slice(i - n + 1, i + 1).map((t) => t.text)))
    if (entry?.country && (entry.kind === 'demonym' || entry.kind === 'country')) return { titled, country: entry.country }
  }
  return { titled }
}
