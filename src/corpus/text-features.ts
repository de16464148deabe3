/**
 * Word-level features of news text that story clustering compares: content-word stems, names
 * (capitalized n-grams, standing in until the entity step supplies entities), years and other
 * numbers. Deliberately light: no models, so it runs on thousands of articles per second.
 */
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTH_NAMES } from '../model/dates/calendar-names.js'

/** Common English function words and newsroom filler that say nothing about the story. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say saying told according also would could may might must shall one two three new news reported report reports ' +
    'reuters ap afp mr mrs ms dr st inc co ltd year years day days week weeks month months time times today yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday last next first second third since ago us s t just like get got ' +
    'make made many much well back still even way around another including among while however though although via per ' +
    'am pm et pt edt pdt est gmt bst updated published posted copyright rights reserved photo image video click read comments'
  ).split(' '),
)

const MONTHS: ReadonlySet<string> = new Set([...ENGLISH_MONTH_NAMES, ...ENGLISH_MONTH_ABBREVIATIONS])

/** Lower-case name connectors allowed inside a capitalized n-gram ("Bank of America"). */
const CONNECTORS = new Set(['of', 'de', 'la', 'del', 'van', 'von', 'der', 'al', 'bin', 'da'])

/** A token with its position, as found in the text. */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
  /** First token of a sentence (its capital says nothing about being a name). */
  readonly sentenceStart: boolean
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*|[.!?\n]/gu

/** Splits text into word tokens, marking sentence starts. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  let sentenceStart = true
  for (const m of text.matchAll(TOKEN_RE)) {
    const word = m[0]
    if (word === '.' || word === '!' || word === '?' || word === '\n') {
      sentenceStart = true
      continue
    }
    out.push({ text: word, start: m.index, end: m.index + word.length, sentenceStart })
    sentenceStart = false
  }
  return out
}

/** Crude English suffix stripping so "arrests", "arrested" and "arresting" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '')
  if (w.length <= 4 || /\d/.test(w)) return w
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3)
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2)
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1)
  return w
}

/** Content-word stems: no stopwords, no bare numbers, no one-letter tokens. */
export function contentStems(tokens: readonly Token[]): string[] {
  const out: string[] = []
  for (const t of tokens) {
    const lower = t.text.toLowerCase()
    if (lower.length < 2 || STOPWORDS.has(lower) || MONTHS.has(lower) || /^\d/.test(lower)) continue
    out.push(stem(lower))
  }
  return out
}

const isCapitalized = (word: string): boolean => (/^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word.replace(/[.'’]/g, ''))) || /^\p{Lu}{2,5}$/u.test(word)

/**
 * Capitalized n-grams ("Lindsay Lohan", "Betty Ford Center"): a stand-in for named entities.
 * A lone capitalized word at a sentence start counts only when the text never uses it in lower
 * case, so "Police said" does not make "Police" a name. Shouted text (all capitals) is skipped.
 */
export function capitalizedNgrams(text: string, tokens: readonly Token[] = tokenize(text)): string[] {
  return capitalizedNgramsWithSpans(text, tokens).map((n) => n.text)
}

/** `capitalizedNgrams` with the offset where each name starts. */
export function capitalizedNgramsWithSpans(text: string, tokens: readonly Token[] = tokenize(text)): Array<{ text: string; start: number }> {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6) return []
  const lowerUse = new Set<string>()
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerUse.add(t.text)
  const out: Array<{ text: string; start: number }> = []
  let run: Token[] = []
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.text)) run.pop()
    if (run.length > 0) {
      const first = run[0]!
      const lone = run.length === 1
      const firstLower = first.text.toLowerCase()
      const dropFirst = first.sentenceStart && (STOPWORDS.has(firstLower) || lowerUse.has(firstLower) || MONTHS.has(firstLower))
      const words = (dropFirst ? run.slice(1) : run).map((t) => t.text.replace(/['’]s$/, ''))
      if (!(lone && dropFirst) && words.length > 0) {
        const kept = words.filter((w) => !STOPWORDS.has(w.toLowerCase()) && !MONTHS.has(w.toLowerCase()))
        if (kept.length > 0) out.push({ text: words.join(' '), start: (dropFirst ? run[1] : first)?.start ?? first.start })
      }
    }
    run = []
  }
  let previousEnd = -1
  for (const t of tokens) {
    const adjacent = previousEnd >= 0 && /^[\s]*$/.test(text.slice(previousEnd, t.start)) && !text.slice(previousEnd, t.start).includes('\n')
    if (run.length > 0 && !adjacent) flush()
    if (isCapitalized(t.text) && !/^\d/.test(t.text)) run.push(t)
    else if (run.length > 0 && CONNECTORS.has(t.text)) run.push(t)
    else flush()
    previousEnd = t.end
  }
  flush()
  return out
}

/** Four-digit years from 1800 to 2099 mentioned in the text. */
export function years(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text).filter((w) => /^(18|19|20)\d\d$/.test(w))
}

/** Numbers other than years, as written (digits only), e.g. ages, counts, scores. */
export function numbers(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text.replace(/,/g, '')).filter((w) => /^\d+(\.\d+)?$/.test(w) && !/^(18|19|20)\d\d$/.test(w))
}

/** Month names mentioned, normalized to three letters: a coarse event-date cue. */
export function months(tokens: readonly Token[]): string[] {
  return tokens
    .map((t) => t.text.toLowerCase())
    .filter((w) => MONTHS.has(w))
    .map((w) => w.slice(0, 3))
}
