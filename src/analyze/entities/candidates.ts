/**
 * Name candidates: every span of the text that may name an entity, from the sequence tagger,
 * the gazetteer, model-code patterns and capitalized-phrase chunks, cleaned of titles,
 * possessives and discourse words, then reduced to one non-overlapping set of mentions.
 */
import type { EntityType } from '../../model/article.js'
import type { NerLabel } from '../ner/types.js'
import type { Token } from '../tokens/tokenize.js'
import { chunkSentence, isHeadline, isShouting, type Chunking } from './chunks.js'
import { NAME_CONNECTORS, TITLE_MODIFIERS, TITLE_WORDS } from './cue-words.js'
import { WEAK_KINDS, type CandidateSource, type Draft } from './draft.js'
import { gazetteerKey, type GazetteerEntry } from '../kb/gazetteer.js'
import { matchGazetteer } from './gazetteer-match.js'
import { matchProducts } from './model-codes.js'
import { POSSESSIVE, TRAILING_POSSESSIVE, bareWord, midSentenceCapitals, sentenceStarts } from './name-words.js'
import { cleanTaggerSpan } from './tagger-spans.js'
import { acronymDrafts } from './acronyms.js'
import { apStateName } from '../kb/us-state-abbreviations.js'
import type { CandidateInput } from './candidate-input.js'

export type { CandidateSource } from './draft.js'

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

/** Collects cleaned, non-overlapping name candidates, in text order. */
export function collectCandidates(input: CandidateInput): Candidate[] {
  const { tokens, sentences } = input
  const starts = sentenceStarts(tokens, sentences)
  const gaz = matchGazetteer(tokens, sentences, input.gazetteer)
  const raw: Draft[] = [...gaz, ...matchProducts(tokens), ...acronymDrafts(tokens, input.acronyms ?? [])]
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
  if (input.chunks !== false) for (const s of sentences) if (!isShouting(tokens, s) && !isHeadline(tokens, s)) chunks.push(...chunkSentence(chunking, s))
  extendToHeadedChunks(raw, chunks, tokens)
  extendAdjectiveEnds(raw, tokens, starts)
  return dropHeadlineGuesses(input, resolveOverlaps(input, [...raw, ...chunks]))
}

// A capitalized word with a number glued after it: "Somnath3", "Kannada14".
const GLUED_COUNT = /^\p{Lu}\p{Ll}{2,}(\p{N}{1,4})$/u

// "R-Wis", "D-Minn": a party's initial, a hyphen, a state.
const PARTY_STATE = /^[RDI]-\p{Lu}/u

const LABEL_OF_HINT: Partial<Record<EntityType, NerLabel>> = { ORG: 'ORG', FAC: 'LOC', EVENT: 'MISC' }

/**
 * A tagger span that ends on an organization, facility or event head word often misses the
 * capitalized words before it ("Economy Commission" in "the Second Economy Commission"): it
 * takes the whole capitalized name, keeping the tagger's label.
 */
function extendToHeadedChunks(drafts: Draft[], chunks: readonly Draft[], tokens: readonly Token[]): void {
  const demonyms = drafts.filter((g) => g.gazetteer?.kind === 'demonym')
  for (const d of drafts) {
    if (d.source !== 'tagger' || d.label === undefined) continue
    const c = chunks.find((x) => x.hint && x.tokenEnd === d.tokenEnd && x.tokenStart < d.tokenStart)
    if (!c?.hint || LABEL_OF_HINT[c.hint] !== d.label) continue
    // A nationality before the name stays a nationality ("German" in "German Foreign Ministry"),
    // and a connector joins two names rather than extending one ("KeyCorp and Banc One Corp.").
    const demonym = demonyms.find((g) => g.tokenStart >= c.tokenStart && g.tokenStart < d.tokenStart)
    let start = demonym ? demonym.tokenEnd : c.tokenStart
    for (let k = d.tokenStart - 1; k >= start; k--) {
      if (NAME_CONNECTORS.has(tokens[k]!.text)) {
        start = k + 1
        break
      }
    }
    d.tokenStart = start
  }
}

// A title word that is no qualifier ("President", not "Research"): a person's title after an organization.
const isTitle = (w: string): boolean => TITLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w)

// Endings of adjectives ("Medical", "Economic", "Judiciary", "Executive"): no organization's name ends on one.
const ADJECTIVE_END = /(?:al|ic|ary|ive)$/u

/**
 * An organization span of the tagger that ends on an adjective ("Indian Council of Medical" in
 * "the Indian Council of Medical Research") stops short of its noun: it takes the capitalized
 * words right after it (up to three, none a title word nor in a span of its own), when any.
 */
function extendAdjectiveEnds(drafts: Draft[], tokens: readonly Token[], starts: ReadonlySet<number>): void {
  const taggedStart = new Set(drafts.filter((d) => d.source === 'tagger').map((d) => d.tokenStart))
  for (const d of drafts) {
    if (d.source !== 'tagger' || d.label !== 'ORG' || d.part || d.tokenEnd - d.tokenStart < 2) continue
    if (!ADJECTIVE_END.test(tokens[d.tokenEnd - 1]!.text)) continue
    let b = d.tokenEnd
    while (b < tokens.length && b - d.tokenEnd < 3 && !starts.has(b) && !taggedStart.has(b) && /^\p{Lu}\p{Ll}+$/u.test(tokens[b]!.text) && !isTitle(bareWord(tokens[b]!.text))) b++
    d.tokenEnd = b
  }
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
  return candidates.filter((c) => !headline[c.tokenStart] || c.tokenEnd - c.tokenStart < 3 || (c.gazetteer && !WEAK_KINDS.has(c.gazetteer.kind)) || c.hint === 'PRODUCT' || body.has(fold(c.text)))
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
  // A count or footnote number glued onto the last word ("Gir Somnath3" in a table of cases) is
  // not part of the name either; a model code or a gene keeps its digits ("Solo3", "Olfr78": the
  // tagger's MISC, or found by pattern).
  const digits =
    glued === 0 && group.some((d) => d.label === 'PER' || d.label === 'LOC' || d.label === 'ORG') && !group.some((d) => d.source === 'pattern' || d.hint === 'PRODUCT' || d.label === 'MISC')
      ? (GLUED_COUNT.exec(lastText)?.[1]?.length ?? 0)
      : 0
  // A party label before a state ("R-Calif.") leaves the state: the party is no part of its name.
  const party = b - a === 1 && PARTY_STATE.test(lastText) && apStateName(lastText.slice(2)) !== undefined ? 2 : 0
  const start = first.part?.start ?? tokens[a]!.start + party
  const end = first.part?.end ?? tokens[b - 1]!.end - glued - digits
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
  // Up to four title words back: "Senior research fellow", "North Korean leader"; a country's
  // possessive places the person as a nationality does ("Russia’s Putin", "Russia’s President Putin").
  while (i >= 0 && a - i <= 4 && TITLE_WORDS.has(bareWord(tokens[i]!.text))) i--
  const possessive = i >= 1 && POSSESSIVE.test(tokens[i]!.text)
  if (possessive) i--
  else if (!titled) return { titled }
  for (let n = Math.min(3, i + 1); n >= 1; n--) {
    const entry = gazetteer.entries.get(gazetteerKey(tokens.slice(i - n + 1, i + 1).map((t) => t.text)))
    const kind = entry?.kind ?? ''
    if (entry?.country && (possessive ? kind === 'country' : kind === 'demonym' || kind === 'country')) return { titled, country: entry.country }
  }
  return { titled }
}
