/**
 * Tagging with a loaded model: documents of word sequences in, BILOU tags out, sentence by
 * sentence in document order so that each sentence sees what was predicted before it; and the
 * `NerTagger` newsgraph's analysis uses, which turns tags into character spans.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import { aggregateFeatures, contextFeatures, documentWords, EDGE_FEATURES, historyFeature, isExposed, recordHistory, sentenceView, wordFeatureSets, type History } from './features.js'
import { NER_TYPES, spansFromTags, TAG_COUNT, TAGS } from './labels.js'
import { viterbi, type NerModel } from './model.js'
import type { NerSpan, NerTagger } from './types.js'
import { ownEntry } from '../../model/own-entry.js'

/** Tags of one sentence with a per-token confidence margin. */
export interface TaggedSentence {
  /** BILOU tag indices into `TAGS`. */
  readonly tags: Int32Array
  /** Score of the chosen tag minus the best other tag's, per token. */
  readonly margins: Float32Array
}

// Typographic variants are mapped to the plain forms of the newswire the model learnt from.
const QUOTE_MAP: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '``': '"', "''": '"', '—': '--', '–': '-' }

/** The form of a token the model sees. */
export function normalizeWord(word: string): string {
  const mapped = ownEntry(QUOTE_MAP, word)
  if (mapped !== undefined) return mapped
  return word.includes('’') ? word.replace(/’/g, "'") : word
}

/** Entity type index + 1 of a BILOU tag (0 for `O`): what the document history records. */
export function tagType(tag: number): number {
  return tag === 0 ? 0 : Math.floor((tag - 1) / 4) + 1
}

const HISTORY_TYPES = ['O', ...NER_TYPES]

/** Feature ids of a word's word-only features, in each role. */
interface WordIds {
  readonly self: Int32Array
  readonly prev: Int32Array
  readonly prev2: Int32Array
  readonly next: Int32Array
  readonly next2: Int32Array
}

/** Memo of word-only feature ids by word form; word forms repeat, so most tokens skip feature building. */
export type WordIdCache = Map<string, WordIds>

// Bounded so a long-running server's memo cannot grow without limit.
const CACHE_LIMIT = 200_000

function ids(names: readonly string[], features: ReadonlyMap<string, number>): Int32Array {
  const out: number[] = []
  for (const name of names) {
    const id = features.get(name)
    if (id !== undefined) out.push(id)
  }
  return Int32Array.from(out)
}

function wordIds(word: string, model: NerModel, cache: WordIdCache): WordIds {
  let w = cache.get(word)
  if (w) return w
  const sets = wordFeatureSets(word, model.lexicon)
  const f = model.features
  w = { self: ids(sets.self, f), prev: ids(sets.asPrev, f), prev2: ids(sets.asPrev2, f), next: ids(sets.asNext, f), next2: ids(sets.asNext2, f) }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, w)
  return w
}

function addWeights(emissions: Float32Array, base: number, rows: Int32Array, weights: Float32Array): void {
  for (let k = 0; k < rows.length; k++) {
    const w = rows[k]! * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) emissions[base + t]! += weights[w + t]!
  }
}

/** Tags every sentence of one document: a first pass in order, then a second that also sees the first pass's types for the same words elsewhere in the document. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[], cache: WordIdCache = new Map()): TaggedSentence[] {
  const normalized = sentences.map((s) => s.map(normalizeWord))
  const doc = documentWords(normalized)
  const edges = {
    prev: ids(EDGE_FEATURES.prev, model.features),
    prev2: ids(EDGE_FEATURES.prev2, model.features),
    next: ids(EDGE_FEATURES.next, model.features),
    next2: ids(EDGE_FEATURES.next2, model.features),
  }
  // Word and context features do not change between the passes: score them once.
  const views = normalized.map((words) => sentenceView(words, model.lexicon))
  const statics = normalized.map((words, k) => {
    const n = words.length
    const w = words.map((word) => wordIds(word, model, cache))
    const emissions = new Float32Array(n * TAG_COUNT)
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT
      addWeights(emissions, base, w[i]!.self, model.weights)
      addWeights(emissions, base, i > 0 ? w[i - 1]!.prev : edges.prev, model.weights)
      addWeights(emissions, base, i > 1 ? w[i - 2]!.prev2 : edges.prev2, model.weights)
      addWeights(emissions, base, i + 1 < n ? w[i + 1]!.next : edges.next, model.weights)
      addWeights(emissions, base, i + 2 < n ? w[i + 2]!.next2 : edges.next2, model.weights)
      addWeights(emissions, base, ids(contextFeatures(views[k]!, i, doc), model.features), model.weights)
    }
    return emissions
  })
  const pass = (firstPass: readonly TaggedSentence[] | null): TaggedSentence[] => {
    const aggregate: History = new Map()
    if (firstPass) normalized.forEach((words, k) => recordHistory(words, Array.from(firstPass[k]!.tags, tagType), aggregate, NER_TYPES.length))
    const history: History = new Map()
    return normalized.map((words, k) => {
      const n = words.length
      const emissions = Float32Array.from(statics[k]!)
      for (let i = 0; i < n; i++) {
        const extra: string[] = []
        const h = historyFeature(words[i]!, history, HISTORY_TYPES)
        if (h !== null) extra.push(h)
        if (firstPass) extra.push(...aggregateFeatures(words[i]!, tagType(firstPass[k]!.tags[i]!), isExposed(views[k]!, i), aggregate, HISTORY_TYPES))
        if (extra.length) addWeights(emissions, i * TAG_COUNT, ids(extra, model.features), model.weights)
      }
      const tags = viterbi(emissions, n, model.transitions)
      recordHistory(words, Array.from(tags, tagType), history, NER_TYPES.length)
      return { tags, margins: margins(emissions, tags) }
    })
  }
  // A model trained without the document-wide features gains nothing from a second pass.
  const first = pass(null)
  return model.features.has('a=O') || model.features.has('a=PER') ? pass(first) : first
}

// Score of the chosen tag minus the best other tag's, per token.
function margins(emissions: Float32Array, tags: Int32Array): Float32Array {
  const out = new Float32Array(tags.length)
  for (let i = 0; i < tags.length; i++) {
    const chosen = emissions[i * TAG_COUNT + tags[i]!]!
    let other = -Infinity
    for (let t = 0; t < TAG_COUNT; t++) if (t !== tags[i] && emissions[i * TAG_COUNT + t]! > other) other = emissions[i * TAG_COUNT + t]!
    out[i] = chosen - other
  }
  return out
}

/** A `NerTagger` over a loaded model; the sentences of one call form one document. */
export function createTagger(model: NerModel): NerTagger {
  const cache: WordIdCache = new Map()
  const [slope, intercept] = model.calibration
  return {
    tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[] {
      const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text))
      const tagged = tagDocument(model, words, cache)
      const spans: NerSpan[] = []
      sentences.forEach((s, k) => {
        const { tags, margins } = tagged[k]!
        for (const span of spansFromTags(Array.from(tags, (t) => TAGS[t]!))) {
          let margin = Infinity
          for (let i = span.start; i < span.end; i++) margin = Math.min(margin, margins[i]!)
          const first = tokens[s.tokenStart + span.start]!
          const last = tokens[s.tokenStart + span.end - 1]!
          spans.push({
            start: first.start,
            end: last.end,
            tokenStart: s.tokenStart + span.start,
            tokenEnd: s.tokenStart + span.end,
            label: span.label,
            score: Math.round(1000 / (1 + Math.exp(-(slope * margin + intercept)))) / 1000,
          })
        }
      })
      return spans
    },
  }
}
