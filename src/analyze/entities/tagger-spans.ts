/**
 * Tagger spans cleaned to the name they hold: no titles ("Professor"), discourse words
 * ("Despite"), possessives, dates or ordinals, and no nationality qualifying a title
 * ("Russian" in "Russian President Vladimir Putin").
 */
import type { NerSpan } from '../ner/types.js'
import type { Token } from '../tokens/tokenize.js'
import type { CandidateInput } from './candidate-input.js'
import { NAME_LIKE_TITLES, NAME_PARTICLES, ORG_HEADS, TITLE_WORDS, CALENDAR_WORDS } from './cue-words.js'
import type { Draft } from './draft.js'
import { gazetteerKey } from '../kb/gazetteer.js'
import { POSSESSIVE, bareWord, isCalendarAt, isCapitalizedWord, isNonNameWord } from './name-words.js'

/** Trims a tagger span to its name: no titles, possessives, discourse words or dates. */
export function cleanTaggerSpan(input: CandidateInput, span: NerSpan, starts: ReadonlySet<number>): Draft[] {
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
    if (isNonNameWord(t) && (starts.has(span.tokenStart) || opensClause(tokens, span.tokenStart)) && !(person && i === span.tokenStart && modalGivenName(input, i, b)) && !gluedInSpan(tokens, i, b))
      return true
    return !isCapitalizedWord(t) && !isNameFragment(tokens, i)
  }
  while (a < b && (drop(a) || demonymBeforeTitle(input, a, b))) a++
  const closesBracket = (i: number): boolean => tokens[i]!.text === ')' && tokens.slice(a, i).some((t) => t.text === '(')
  while (b > a && (POSSESSIVE.test(tokens[b - 1]!.text) || (!/\p{L}|\p{N}/u.test(tokens[b - 1]!.text) && !closesBracket(b - 1)))) b--
  while (b > a && isCalendarAt(tokens, b - 1) && !monthAsSurname(tokens, a, b, person)) b--
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
  if (person && (starts.has(a) || opensClause(tokens, a)) && commonNounBeforeSurname(tokens, a, b)) return [{ tokenStart: a + 1, tokenEnd: b, source: 'tagger', label: 'PER' }]
  if (span.label !== 'PER' && rankedSurname(tokens, a, b)) return [{ tokenStart: a + 1, tokenEnd: b, source: 'tagger', label: 'PER' }]
  const holder = officeHolderAfterBody(tokens, a, b, span.label)
  if (holder !== undefined) return [{ tokenStart: holder, tokenEnd: b, source: 'tagger', label: 'PER' }]
  const and = sharedHeadJoint(tokens, a, b)
  if (and !== undefined) {
    return [
      { tokenStart: a, tokenEnd: and, source: 'tagger', label: span.label },
      { tokenStart: and + 1, tokenEnd: b, source: 'tagger', label: span.label },
    ]
  }
  return [{ tokenStart: a, tokenEnd: b, source: 'tagger', label: span.label }]
}

// Month names that are also surnames ("Theresa May", "Brian May", "Mike April").
const SURNAME_MONTHS: ReadonlySet<string> = new Set(['may', 'april', 'june', 'august'])

/**
 * "Theresa May" read as a person: the month ending it is her surname, not a date, when a
 * capitalized word that is no calendar word stands before it and no day number follows ("May 9").
 */
function monthAsSurname(tokens: readonly Token[], a: number, b: number, person: boolean): boolean {
  if (!person || b - a < 2 || !SURNAME_MONTHS.has(bareWord(tokens[b - 1]!.text))) return false
  const before = tokens[b - 2]!.text
  return isCapitalizedWord(before) && !isCalendarAt(tokens, b - 2) && !isNonNameWord(before) && !/^\p{N}/u.test(tokens[b]?.text ?? '')
}

// Ranks and forms of address that only ever precede a person's name.
const RANKS: ReadonlySet<string> = new Set('general gen admiral adm colonel col lieutenant lt sergeant sgt captain capt senator sen governor gov mayor dr mr mrs ms prof professor'.split(' '))

/**
 * "General Petraeus" read as one organization or product: a rank and one more name word, when
 * that word is also written alone elsewhere in the text, is the person ("met Petraeus"), so
 * "General Electric" stays a company.
 */
function rankedSurname(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 2 || !RANKS.has(bareWord(tokens[a]!.text))) return false
  const name = tokens[a + 1]!.text
  if (!isCapitalizedWord(name) || BODY_WORDS.has(bareWord(name))) return false
  return tokens.some((t, i) => t.text === name && i !== a + 1 && !RANKS.has(bareWord(tokens[i - 1]?.text ?? '')))
}

/**
 * "Realtor Ghulam" opening a sentence, after "realtor Shaun Ghulam": a capitalized first word the
 * text also writes in lower case is a common noun (a job, a role), and the surname after it is a
 * person the text names in full with another first name; so "Will Smith" stays whole where the
 * text never writes another "X Smith".
 */
function commonNounBeforeSurname(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 2) return false
  const first = tokens[a]!.text
  const surname = tokens[a + 1]!.text
  if (!isCapitalizedWord(surname)) return false
  const lower = first.toLowerCase()
  if (lower === first || !tokens.some((t) => t.text === lower)) return false
  return tokens.some(
    (t, i) => i !== a + 1 && t.text === surname && i > 0 && tokens[i - 1]!.text !== first && isCapitalizedWord(tokens[i - 1]!.text) && tokens[i - 1]!.text.toLowerCase() !== tokens[i - 1]!.text,
  )
}

// Bodies an office is "of" ("Chief of Army Staff", "Inspector General of Police").
const BODY_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS, 'staff', 'defence', 'defense', 'customs', 'immigration', 'prisons'])

/**
 * Where the holder's name starts in "Inspector General of [Police Usman Baba]": an organization
 * span right after "<title> of" that runs from the body's word into two or three more capitalized
 * words is the body closing the title, then the person who holds it.
 */
function officeHolderAfterBody(tokens: readonly Token[], a: number, b: number, label: string): number | undefined {
  if (label !== 'ORG' || tokens[a - 1]?.text !== 'of' || !TITLE_WORDS.has(bareWord(tokens[a - 2]?.text ?? ''))) return undefined
  let k = b - 1
  while (k >= a && !BODY_WORDS.has(bareWord(tokens[k]!.text))) k--
  const name = b - (k + 1)
  if (k < a || name < 2 || name > 3) return undefined
  return tokens.slice(k + 1, b).every((t) => isCapitalizedWord(t.text) && !BODY_WORDS.has(bareWord(t.text))) ? k + 1 : undefined
}

/**
 * The "and" joining two names with the same head word that the tagger read as one ("Harris County
 * and Cook County", "Stanford University and Harvard University"): each side has two words or more,
 * so "Johnson and Johnson" stays one name.
 */
function sharedHeadJoint(tokens: readonly Token[], a: number, b: number): number | undefined {
  for (let k = a + 2; k < b - 2; k++) {
    if (tokens[k]!.text !== 'and') continue
    const head = tokens[b - 1]!.text
    if (tokens[k - 1]!.text === head && isCapitalizedWord(head)) return k
  }
  return undefined
}

/** "AT&T" opening a sentence: a word written together with the next token of the span ("AT" + "&") is part of one name, not the preposition "At". */
function gluedInSpan(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1]
  return i + 1 < end && next !== undefined && next.start === tokens[i]!.end && /^[&+]$|^[\p{L}\p{N}]/u.test(next.text)
}

// Modals and "do" that open a sentence only as a question ("Will Trump win?"); "should", "had" and
// "were" also open a conditional ("Should Smith lose, ..."), so they are not here.
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'do', 'does', 'did'])

/**
 * "Will Smith said", "Can Dündar said", "Do Kwon said": a modal opening a statement (no question
 * mark closing its sentence) that the tagger reads as the start of a person's name, with a
 * capitalized word after it inside the span, is the given name, not the verb of a question.
 */
function modalGivenName(input: CandidateInput, i: number, end: number): boolean {
  const { tokens } = input
  if (!QUESTION_OPENERS.has(tokens[i]!.text.toLowerCase()) || i + 1 >= end || !isCapitalizedWord(tokens[i + 1]!.text)) return false
  const sentence = input.sentences.find((s) => s.tokenStart <= i && i < s.tokenEnd)
  if (!sentence) return false
  // The question mark may sit inside closing quotes or brackets ("... win?”").
  let last = sentence.tokenEnd - 1
  while (last > i && /^["”’')\]»]+$/u.test(tokens[last]!.text)) last--
  return !tokens[last]!.text.endsWith('?')
}

// Marks after which a capitalized word opens a clause, as at a sentence start: the dash after a
// dateline ("LOS ANGELES (AP) — To LeBron James, ..."), a colon, a semicolon.
const CLAUSE_OPENERS = new Set(['—', '–', '--', ':', ';'])

/** Whether token `i` opens a clause inside a sentence (after a dash, a colon or a semicolon), where a capital says nothing about a name. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  return i > 0 && CLAUSE_OPENERS.has(tokens[i - 1]!.text)
}

/** Lower-case tokens that still belong to a name: numbers, "iPhone", "al-Aqsa", "ex-England", "de Silva". */
function isNameFragment(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text
  if (/\p{N}/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t) || /^\p{Ll}+-\p{Lu}/u.test(t)) return true
  return NAME_PARTICLES.has(t) && isCapitalizedWord(tokens[i + 1]?.text ?? '')
}

/** "Russian" in "Russian President Vladimir Putin": a nationality qualifying the title, not the name. */
function demonymBeforeTitle(input: CandidateInput, i: number, end: number): boolean {
  const entry = input.gazetteer.entries.get(gazetteerKey([input.tokens[i]!.text]))
  const next = input.tokens[i + 1]
  return entry?.kind === 'demonym' && i + 1 < end && next !== undefined && TITLE_WORDS.has(bareWord(next.text))
}
