/**
 * The tone step: the article's tone (mean over its sentences), each entity's tone (the
 * sentences that mention it, read about that mention) and each quote's tone, all on the
 * `ToneSchema.score` scale, from the trained tone model (models/tone). Without the model only the
 * lexicon figure is given and the scores are 0, with a diagnostic from `analyze`.
 */
import type { Entity, Quote, Tone } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import type { LinearModel } from '../classify/linear-model.js'
import { words, type Word } from '../classify/words.js'
import { toneFeaturesOfWords } from './features.js'
import { lexiconToneOfWords } from './lexicon-tone.js'

/** Options of the tone step. */
export interface ToneOptions {
  /** Score beyond which a text reads positive (and below minus it, negative). Default 0.2. */
  readonly threshold?: number
}

/** What the tone step adds. */
export interface ToneResult {
  readonly tone: Tone
  readonly entities: Entity[]
  readonly quotes: Quote[]
}

/** Scores a probability triple (negative, neutral, positive) on the tone scale. */
export function toneScore(p: readonly number[]): number {
  return round((p[2] ?? 0) - (p[0] ?? 0))
}

/** Runs the tone step over the analysis context. */
export function findTone(ctx: AnalysisContext, options: ToneOptions = {}): ToneResult {
  const threshold = options.threshold ?? 0.2
  const model = ctx.models.tone
  const sentences = ctx.sentences.map((s) => ({ start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) }))
  const sentenceWords = sentences.map((s) => words(s.text))
  const allWords = sentenceWords.flat()
  const lexicon = round(lexiconToneOfWords(allWords))
  if (!model || sentences.length === 0) {
    return { tone: { score: 0, label: 'neutral', positive: 0, negative: 0, lexicon }, entities: ctx.entities, quotes: ctx.quotes }
  }
  let sum = 0
  let pos = 0
  let neg = 0
  sentences.forEach((s, i) => {
    const score = toneScore(model.predict(toneFeaturesOfWords(sentenceWords[i]!, s.text)))
    sum += score
    if (score > threshold) pos++
    else if (score < -threshold) neg++
  })
  const score = round(sum / sentences.length)
  const tone: Tone = { score, label: score > threshold ? 'positive' : score < -threshold ? 'negative' : 'neutral', positive: round(pos / sentences.length), negative: round(neg / sentences.length), lexicon }
  return { tone, entities: ctx.entities.map((e) => withEntityTone(e, sentences, sentenceWords, model)), quotes: ctx.quotes.map((q) => withQuoteTone(q, model)) }
}

function withEntityTone(entity: Entity, sentences: ReadonlyArray<{ start: number; end: number; text: string }>, sentenceWords: readonly Word[][], model: LinearModel): Entity {
  // One reading per sentence: the first mention in it stands for the entity there.
  const seen = new Set<number>()
  let sum = 0
  for (const m of entity.mentions) {
    const i = sentenceAt(sentences, m.start)
    if (i < 0 || seen.has(i)) continue
    seen.add(i)
    const s = sentences[i]!
    sum += toneScore(model.predict(toneFeaturesOfWords(sentenceWords[i]!, s.text, { start: m.start - s.start, end: m.end - s.start })))
  }
  return seen.size ? { ...entity, tone: round(sum / seen.size) } : entity
}

function withQuoteTone(quote: Quote, model: LinearModel): Quote {
  const ws = words(quote.text)
  return ws.length ? { ...quote, tone: toneScore(model.predict(toneFeaturesOfWords(ws, quote.text))) } : quote
}

function sentenceAt(sentences: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
