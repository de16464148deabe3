/**
 * Capitalized-phrase chunks: runs of capitalized words in a sentence, kept whole when they end
 * in an organization, facility or event head word ("Korea Institute for National Unification"),
 * otherwise cut at titles, dates, connectors and gazetteer names. They find names when no tagger
 * is loaded and fill the tagger's gaps. Headlines and capitals-only lines are left to the tagger.
 */
import type { EntityType } from '../../model/article.js'
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { CandidateInput } from './candidate-input.js'
import { EVENT_HEADS, FACILITY_HEADS, NAME_CONNECTORS, NAME_LIKE_TITLES, ORG_HEADS, PERSON_TITLES, TITLE_WORDS } from './cue-words.js'
import type { Draft } from './draft.js'
import { bareWord, isCalendarAt, isCapitalizedWord, isNonNameWord } from './name-words.js'

/** What the capitalized-phrase chunker knows about the document. */
export interface Chunking {
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
export function isShouting(tokens: readonly Token[], s: Sentence): boolean {
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

const HEADLINE_SMALL_WORDS = new Set(['and', 'to', 'of', 'in', 'for', 'on', 'at', 'with', 'as', 'by', 'the', 'a', 'an', 'or', 'from'])

/** Whether the sentence is in title case, as headlines are ("Kim Jong-Un and Troops to Miss ..."). */
export function isHeadline(tokens: readonly Token[], s: Sentence): boolean {
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

// Participles that turn a name into an adjective ("U.S.-led", "Moscow-backed"); "Jong-un" is no such word.
const ADJECTIVAL_SUFFIX =
  /-(?:based|led|backed|born|bound|listed|registered|owned|run|made|controlled|ruled|funded|style|era|type|linked|aligned|friendly|dominated|speaking|origin|related|wide|sponsored|allied|held|occupied|brokered|supported|built|bred|educated|trained|focused|centric)$/u

/** Capitalized phrases of one sentence, split at titles, dates and (outside org names) connectors. */
export function chunkSentence(ch: Chunking, s: Sentence): Draft[] {
  const { tokens } = ch.input
  const out: Draft[] = []
  const nameWord = (k: number): boolean => k < s.tokenEnd && isCapitalizedWord(tokens[k]!.text) && !isCalendarAt(tokens, k)
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
    const cut = atEnd || (PERSON_TITLES.has(w) && isHead(prev)) || ((w === 'and' || w === '&') && isHead(prev)) || (w === 'of' && !headSeen && hasHead(ch, k + 1, b)) || COMPANY_SUFFIXES.has(prev)
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
    } else if ((TITLE_WORDS.has(w) && !(NAME_LIKE_TITLES.has(w) && k + 1 === b)) || isCalendarAt(tokens, k) || NAME_CONNECTORS.has(tokens[k]!.text)) {
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
