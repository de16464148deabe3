/**
 * One sentence as the event detector reads it: lower-cased words, base forms, what entity or date
 * covers each token, whether it sits in a quotation, and the sentence's casing. Built once per
 * sentence and shared by the trigger and role features, in training and at run time.
 */
import type { DateExpression, Entity, Quote } from '../../model/article.js'
import type { Sentence, Token } from '../tokens/tokenize.js'
import { buildMentionIndex, mentionsIn, type IndexedMention } from '../../model/mention-index.js'
import type { Syntax } from '../syntax/types.js'
import { lemmaOf, normalizeLemma } from './lemma.js'
import { REPORTING_VERBS, topicClass } from './word-classes.js'

/** What the view needs from the analysis so far. */
export interface ViewSource {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly entities: readonly Entity[]
  readonly dates: readonly DateExpression[]
  readonly quotes: readonly Quote[]
  /** The article's syntax (`ctx.syntax`), when a parser model is loaded. */
  readonly syntax?: Syntax | null
}

/** Syntax of one token with its head as a sentence-local index (-1: the root or outside the sentence). */
export interface LocalSyntax {
  readonly upos: string
  readonly xpos: string
  readonly lemma: string
  readonly head: number
  readonly deprel: string
}

/** Lemmatization resources: the base forms the lexicons know and listed inflections. */
export interface LemmaResources {
  readonly known: (base: string) => boolean
  readonly forms: ReadonlyMap<string, string>
  /** The lemmas the detector learned weights for; a parser lemma among them is kept as it is. */
  readonly vocab?: ReadonlySet<string>
}

/** One entity mention mapped onto the sentence's tokens (indices local to the sentence). */
export interface ViewMention {
  readonly mention: IndexedMention
  readonly first: number
  readonly last: number
}

/** A sentence prepared for feature extraction; token indices are local (0 = first token). */
export interface SentenceView {
  readonly sentence: Sentence
  readonly tokens: readonly Token[]
  readonly words: readonly string[]
  readonly lemmas: readonly string[]
  /** Entity type of the name mention covering each token, or null. */
  readonly entityType: readonly (string | null)[]
  /** Mentions of the sentence, in text order. */
  readonly mentions: readonly ViewMention[]
  /** Token is part of a date expression ("March 3", "last week"). */
  readonly inDate: readonly boolean[]
  /** Token is inside a multi-word name of a person, organization, facility or product. */
  readonly inName: readonly boolean[]
  /** Token is inside a direct quotation. */
  readonly inQuote: readonly boolean[]
  /** `lower` for all-lower-case text (as in some wires), `upper` for all capitals, else `mixed`. */
  readonly casing: 'lower' | 'upper' | 'mixed'
  /** Tags, lemma and dependency of each token, or null without a parser. */
  readonly syntax: readonly LocalSyntax[] | null
  /** The article's syntax and where the sentence starts in it, for the shared relation helpers. */
  readonly articleSyntax: Syntax | null
}

const NAME_TYPES = new Set(['PERSON', 'ORG', 'FAC', 'PRODUCT', 'WORK_OF_ART'])

/** Index of an article's mentions, built once for all its sentences. */
export type MentionLookup = readonly IndexedMention[]

/** Builds the mention lookup of an article. */
export function mentionLookup(entities: readonly Entity[]): MentionLookup {
  return buildMentionIndex(entities)
}

/** Builds the view of one sentence. */
export function viewSentence(src: ViewSource, sentence: Sentence, mentions: MentionLookup, lemmas: LemmaResources): SentenceView {
  const tokens = src.tokens.slice(sentence.tokenStart, sentence.tokenEnd)
  const n = tokens.length
  const words = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"))
  const articleSyntax = src.syntax ?? null
  const from = sentence.tokenStart
  // The parser may leave a stem for a regular form ("declined" -> "declin"): mended here, once,
  // so every word list the rules match lemmas against sees the base ("decline").
  // (A lemma the detector learned is kept even when wrong, "applaude": its weights are for it.)
  const known = (b: string): boolean => lemmas.known(b) || lemmas.vocab?.has(b) === true || REPORTING_VERBS.has(b) || topicClass(b) !== undefined
  const syntax: LocalSyntax[] | null = articleSyntax
    ? tokens.map((_, i) => {
        const t = articleSyntax[from + i]!
        const head = t.head >= from && t.head < sentence.tokenEnd ? t.head - from : -1
        return { upos: t.upos, xpos: t.xpos, lemma: normalizeLemma(t.lemma.toLowerCase(), words[i]!, known), head, deprel: t.deprel }
      })
    : null
  // The parser's lemma where there is one; it knows "wounded" is a verb here and "found" is "find".
  const lemmaList = tokens.map((t, i) => (syntax && /^[a-z][a-z'-]*$/.test(syntax[i]!.lemma) ? syntax[i]!.lemma : lemmaOf(t.text, lemmas.known, lemmas.forms)))
  const entityType: (string | null)[] = new Array<string | null>(n).fill(null)
  const inName = new Array<boolean>(n).fill(false)
  const inDate = new Array<boolean>(n).fill(false)
  const inQuote = new Array<boolean>(n).fill(false)
  const local = (offset: number): number => {
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tokens[mid]!.end <= offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const viewMentions: ViewMention[] = []
  for (const m of mentionsIn(mentions, sentence.start, sentence.end)) {
    const first = local(m.start)
    if (first >= n || tokens[first]!.start >= m.end) continue
    let last = first
    while (last + 1 < n && tokens[last + 1]!.start < m.end) last++
    viewMentions.push({ mention: m, first, last })
    if (m.kind === 'pronoun' || m.kind === 'nominal') continue
    for (let k = first; k <= last; k++) entityType[k] = m.entity.type
    if (last > first && NAME_TYPES.has(m.entity.type)) for (let k = first; k <= last; k++) inName[k] = true
  }
  for (const d of src.dates) {
    if (d.end <= sentence.start || d.start >= sentence.end) continue
    for (let k = local(d.start); k < n && tokens[k]!.start < d.end; k++) inDate[k] = true
  }
  for (const q of src.quotes) {
    if (q.kind !== 'direct' || q.end <= sentence.start || q.start >= sentence.end) continue
    for (let k = local(q.start); k < n && tokens[k]!.start < q.end; k++) inQuote[k] = true
  }
  let letters = 0
  let lower = 0
  let upper = 0
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.text)) continue
    letters++
    if (t.text === t.text.toLowerCase()) lower++
    else if (t.text === t.text.toUpperCase()) upper++
  }
  const casing = letters >= 4 && lower === letters ? 'lower' : letters >= 4 && upper >= letters - 1 ? 'upper' : 'mixed'
  return { sentence, tokens, words, lemmas: lemmaList, entityType, mentions: viewMentions, inDate, inName, inQuote, casing, syntax, articleSyntax }
}
