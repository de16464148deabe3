/**
 * What story clustering knows about one document: its feature counts by kind (content words,
 * names, years, numbers, title words), from which weighted TF-IDF vectors are built.
 */
import type { CorpusDoc } from './corpus-doc.js'
import { capitalizedNgrams, capitalizedNgramsWithSpans, contentStems, months, numbers, tokenize, years, type Token } from './text-features.js'

export type { FeatureKind, FeatureGroup } from '../model/packed-features.js'
import type { FeatureKind, FeatureGroup } from '../model/packed-features.js'

/** Feature counts of one document, keyed `kind:value`. */
export interface StoryFeatures {
  readonly counts: ReadonlyMap<string, number>
  /** Display names of the entities (fullest form first seen), for story summaries. */
  readonly names: readonly string[]
}

/**
 * Documents with fewer content words than this (title and text together) are short texts: a
 * headline or a feed item. A short text is read whole as a headline, and adds word pairs (which
 * stand in for names where the text is lower case) and character n-grams of its words (so
 * "acquire" meets "acquisition" when there are too few words for a shared one).
 */
export const SHORT_TEXT_WORDS = 40

/** Extracts the clustering features of a document. */
export function storyFeatures(doc: CorpusDoc): StoryFeatures {
  const counts = new Map<string, number>()
  const add = (key: string, n = 1): void => {
    counts.set(key, (counts.get(key) ?? 0) + n)
  }
  const title = doc.title ?? ''
  const titleTokens = tokenize(title)
  const bodyTokens = tokenize(doc.text)
  const titleStems = contentStems(titleTokens)
  const bodyStems = contentStems(bodyTokens)
  if (titleStems.length + bodyStems.length < SHORT_TEXT_WORDS) {
    // A headline given as text and one given as title are the same headline.
    const whole = [...titleStems, ...bodyStems]
    for (const s of whole) add(`t:${s}`)
    for (const s of whole) add(`w:${s}`)
    addShortTextFeatures(add, whole)
  } else {
    for (const s of titleStems) add(`t:${s}`)
    for (const s of bodyStems) add(`w:${s}`)
    for (const s of titleStems) add(`w:${s}`)
  }
  const names: string[] = []
  if (doc.entities && doc.entities.length > 0) {
    for (const e of doc.entities) {
      names.push(e.name)
      addName(add, e.key ?? e.name, Math.max(1, e.mentions?.length ?? 1))
      for (const alias of e.aliases ?? []) addName(add, alias)
    }
  } else {
    const ledeEnd = leadEnd(doc.text)
    const bodyNames = capitalizedNgramsWithSpans(doc.text, bodyTokens)
    for (const name of bodyNames) {
      names.push(name.text)
      addName(add, name.text, name.start < ledeEnd ? LEDE_NAME_BOOST : 1)
    }
    // A name in the headline is what the story is about: it counts extra. A Title Case headline
    // capitalizes every word, so there only words the body also writes as names are names.
    const bodyNameWords = new Set(bodyNames.flatMap((n) => n.text.toLowerCase().split(/\s+/)))
    for (const name of capitalizedNgrams(title, titleTokens)) {
      const kept = isTitleCase(titleTokens) ? nameRuns(name, bodyNameWords) : [name]
      for (const k of kept) {
        names.push(k)
        addName(add, k, TITLE_NAME_BOOST)
      }
    }
  }
  for (const y of [...years(titleTokens), ...years(bodyTokens)]) add(`y:${y}`)
  for (const n of [...numbers(titleTokens), ...numbers(bodyTokens)]) add(`n:${n}`)
  for (const m of [...months(titleTokens), ...months(bodyTokens)]) add(`m:${m}`)
  return { counts, names }
}

/** Character n-grams of content words, in a word or across neighbours. */
const CHAR_NGRAM = 4

/** Word pairs and character n-grams of a short text's content words. */
function addShortTextFeatures(add: (key: string, n?: number) => void, stems: readonly string[]): void {
  for (let i = 0; i + 1 < stems.length; i++) add(`b:${stems[i]} ${stems[i + 1]}`)
  for (const s of new Set(stems)) {
    const padded = `_${s}_`
    for (let i = 0; i + CHAR_NGRAM <= padded.length; i++) add(`c:${padded.slice(i, i + CHAR_NGRAM)}`)
  }
}

/** Number of content words a document's features were made from (words counted once per use). */
export function contentWordCount(features: StoryFeatures): number {
  let n = 0
  for (const [key, count] of features.counts) if (key.startsWith('w:')) n += count
  return n
}

/** Most content words of the headline start with a capital. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text))
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.7
}

/** The runs of a capitalized n-gram made of words in `known`. */
function nameRuns(name: string, known: ReadonlySet<string>): string[] {
  const out: string[] = []
  let run: string[] = []
  for (const w of [...name.split(/\s+/), '']) {
    if (w !== '' && known.has(w.toLowerCase())) run.push(w)
    else {
      if (run.length > 0) out.push(run.join(' '))
      run = []
    }
  }
  return out
}

const TITLE_NAME_BOOST = 3
const LEDE_NAME_BOOST = 2

/** End of the first sentence-ish stretch of the body (the lede). */
function leadEnd(text: string): number {
  const m = /[.!?]\s/.exec(text.slice(40))
  return m ? 40 + m.index + 1 : text.length
}

/** A name counts whole and word by word, so "Lohan" meets "Lindsay Lohan". */
function addName(add: (key: string, n?: number) => void, name: string, n = 1): void {
  const lower = name.toLowerCase()
  add(`e:${lower}`, n)
  const words = lower.split(/\s+/).filter((w) => w.length > 2 && !CONNECTOR_WORDS.has(w))
  if (words.length > 1) for (const w of words) add(`e:${w}`, n)
}

const CONNECTOR_WORDS = new Set(['of', 'de', 'la', 'del', 'van', 'von', 'der', 'the'])

/** The kind of a feature key. */
export function featureKind(key: string): FeatureKind {
  return key.charAt(0) as FeatureKind
}

/** The group a feature kind belongs to. */
export function featureGroup(kind: FeatureKind): FeatureGroup {
  return kind === 'e' || kind === 'b' ? 'names' : kind === 'w' || kind === 't' || kind === 'c' ? 'words' : 'specifics'
}
