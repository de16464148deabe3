/**
 * The tone step: the article's tone (mean over its sentences), each entity's tone (the
 * sentences that mention it, read about that mention) and each quote's tone, all on the
 * `ToneSchema.score` scale, from the trained tone model (models/tone). Without the model only the
 * lexicon figure is given and the scores are 0, with a diagnostic from `analyze`.
 */
import type { Entity, Quote, Tone } from '../../model/article.js'
import { sentenceIndexAt, type AnalysisContext } from '../context.js'
import { softmax, type LinearModel } from '../classify/linear-model.js'
import { words, type Word } from '../classify/words.js'
import { wordsBetween } from '../classify/text-words.js'
import { emitSentenceToneFeatures, targetToneFeatures, toneFeaturesOfWords } from './features.js'
import { lexiconToneOfWords } from './lexicon-tone.js'

// What the tone trainer and eval read, so that training and running share one surface (scripts import this index only).
export { toneFeatures } from './features.js'
export { lexiconTone } from './lexicon-tone.js'

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
  const all = words(ctx.text)
  const lexicon = round(lexiconToneOfWords(all))
  if (!model || ctx.sentences.length === 0) {
    return { tone: { score: 0, label: 'neutral', positive: 0, negative: 0, lexicon }, entities: ctx.entities, quotes: ctx.quotes }
  }
  // Each sentence's own features are scored once; a target adds only its window's share.
  const noTarget = model.addScores(new Map([['notarget', 1]]), new Array<number>(model.classes.length).fill(0))
  const sentences = ctx.sentences.map((s) => {
    const ws = wordsBetween(all, s.start, s.end)
    const scores = model.bias()
    const negated = emitSentenceToneFeatures(ws, ctx.text, (name, value) => model.addScore(name, value, scores))
    return { start: s.start, end: s.end, ws, negated, scores }
  })
  let sum = 0
  let pos = 0
  let neg = 0
  for (const s of sentences) {
    const score = toneScore(softmax(s.scores.map((z, c) => z + noTarget[c]!)))
    sum += score
    if (score > threshold) pos++
    else if (score < -threshold) neg++
  }
  const score = round(sum / sentences.length)
  const tone: Tone = {
    score,
    label: score > threshold ? 'positive' : score < -threshold ? 'negative' : 'neutral',
    positive: round(pos / sentences.length),
    negative: round(neg / sentences.length),
    lexicon,
  }
  return { tone, entities: ctx.entities.map((e) => withEntityTone(e, sentences, model)), quotes: ctx.quotes.map((q) => withQuoteTone(q, model)) }
}

interface ScoredSentence {
  readonly start: number
  readonly end: number
  readonly ws: readonly Word[]
  readonly negated: readonly boolean[]
  readonly scores: readonly number[]
}

function withEntityTone(entity: Entity, sentences: readonly ScoredSentence[], model: LinearModel): Entity {
  // One reading per sentence: the first mention in it stands for the entity there.
  const seen = new Set<number>()
  let sum = 0
  for (const m of entity.mentions) {
    const i = sentenceIndexAt(sentences, m.start)
    if (i < 0 || seen.has(i)) continue
    seen.add(i)
    const s = sentences[i]!
    sum += toneScore(softmax(model.addScores(targetToneFeatures(s.ws, s.negated, m), [...s.scores])))
  }
  return seen.size ? { ...entity, tone: round(sum / seen.size) } : entity
}

function withQuoteTone(quote: Quote, model: LinearModel): Quote {
  const ws = words(quote.text)
  return ws.length ? { ...quote, tone: toneScore(model.predict(toneFeaturesOfWords(ws, quote.text))) } : quote
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
