/**
 * Tagging with a loaded model: documents of word sequences in, BILOU tags out, sentence by
 * sentence in document order so that each sentence sees what was predicted before it; and the
 * `NerTagger` newsgraph's analysis uses, which turns tags into character spans.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import { documentWords, historyFeature, recordHistory, sentenceFeatures, type History } from './features.js'
import { NER_TYPES, spansFromTags, TAG_COUNT, TAGS } from './labels.js'
import { emissionScores, viterbi, type NerModel } from './model.js'
import type { NerSpan, NerTagger } from './types.js'

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
  const mapped = QUOTE_MAP[word]
  if (mapped !== undefined) return mapped
  return word.includes('’') ? word.replace(/’/g, "'") : word
}

/** Entity type index + 1 of a BILOU tag (0 for `O`): what the document history records. */
export function tagType(tag: number): number {
  return tag === 0 ? 0 : Math.floor((tag - 1) / 4) + 1
}

const HISTORY_TYPES = ['O', ...NER_TYPES]

/** Tags every sentence of one document, in order. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): TaggedSentence[] {
  const normalized = sentences.map((s) => s.map(normalizeWord))
  const doc = documentWords(normalized)
  const history: History = new Map()
  const out: TaggedSentence[] = []
  for (const words of normalized) {
    if (words.length === 0) {
      out.push({ tags: new Int32Array(0), margins: new Float32Array(0) })
      continue
    }
    const feats = sentenceFeatures(words, model.lexicon, doc)
    const rows: number[][] = []
    for (let i = 0; i < words.length; i++) {
      const row: number[] = []
      for (const name of feats[i]!) {
        const id = model.features.get(name)
        if (id !== undefined) row.push(id)
      }
      const h = historyFeature(words[i]!, history, HISTORY_TYPES)
      if (h !== null) {
        const id = model.features.get(h)
        if (id !== undefined) row.push(id)
      }
      rows.push(row)
    }
    const emissions = emissionScores(rows, model.weights)
    const tags = viterbi(emissions, words.length, model.transitions)
    const margins = new Float32Array(words.length)
    for (let i = 0; i < words.length; i++) {
      const chosen = emissions[i * TAG_COUNT + tags[i]!]!
      let other = -Infinity
      for (let t = 0; t < TAG_COUNT; t++) if (t !== tags[i] && emissions[i * TAG_COUNT + t]! > other) other = emissions[i * TAG_COUNT + t]!
      margins[i] = chosen - other
    }
    recordHistory(words, Array.from(tags, tagType), history, NER_TYPES.length)
    out.push({ tags, margins })
  }
  return out
}

/** A `NerTagger` over a loaded model; the sentences of one call form one document. */
export function createTagger(model: NerModel): NerTagger {
  return {
    tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[] {
      const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text))
      const tagged = tagDocument(model, words)
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
            score: Math.round(1000 / (1 + Math.exp(-margin))) / 1000,
          })
        }
      })
      return spans
    },
  }
}
