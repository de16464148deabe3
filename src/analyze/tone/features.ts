/**
 * Features of the tone model: the sentence's words and word pairs (marked when a negator
 * precedes them in the clause), the words around the target mention, and AFINN valence sums.
 * Without a target (an article's or a quote's own tone) the target features are absent and an
 * indicator says so; the model is trained on both forms.
 */
import type { Features } from '../classify/linear-model.js'
import { NEGATORS, words, type Word } from '../classify/words.js'
import { wordValence } from './lexicon-tone.js'

/** Words on each side of the target that count as its context. */
export const TARGET_WINDOW = 5

const CLAUSE_BREAK = /^[!?]$/

/** Tone features of `sentence`, about the target at `[start, end)` when one is given. */
export function toneFeatures(sentence: string, target?: { start: number; end: number }): Features {
  return toneFeaturesOfWords(words(sentence), sentence, target)
}

/** The same, over words already split from `text` (offsets of `ws` and `target` are into `text`). */
export function toneFeaturesOfWords(ws: readonly Word[], text: string, target?: { start: number; end: number }): Features {
  const { features, negated } = sentenceToneFeatures(ws, text)
  if (!target) {
    features.set('notarget', 1)
    return features
  }
  for (const [name, value] of targetToneFeatures(ws, negated, target)) features.set(name, (features.get(name) ?? 0) + value)
  return features
}

/** The sentence part of the features (words, pairs, valence), and which words a negator governs. */
export function sentenceToneFeatures(ws: readonly Word[], text: string): { features: Features; negated: boolean[] } {
  const f: Features = new Map()
  const negated = emitSentenceToneFeatures(ws, text, (name, value) => f.set(name, (f.get(name) ?? 0) + value))
  return { features: f, negated }
}

/**
 * The sentence features handed one at a time to `add` (a repeated feature comes once per
 * occurrence), so a caller can score them without building a map; returns the negated words.
 */
export function emitSentenceToneFeatures(ws: readonly Word[], text: string, emit: (name: string, value: number) => void): boolean[] {
  const add = (name: string, value = 1): void => emit(name, value)
  const negated = negationScope(ws, text)
  let lexPos = 0
  let lexNeg = 0
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.w
    const neg = negated[i] ? 'n:' : ''
    add(`u:${neg}${w}`)
    if (i + 1 < ws.length) add(`b:${w}_${ws[i + 1]!.w}`)
    const v = wordValence(w) * (negated[i] ? -1 : 1)
    if (v > 0) lexPos += v
    else lexNeg -= v
  }
  add('lex:pos', Math.min(lexPos, 10) / 5)
  add('lex:neg', Math.min(lexNeg, 10) / 5)
  return negated
}

/** The target part: the words around the mention, their valence, and where the mention stands. */
export function targetToneFeatures(ws: readonly Word[], negated: readonly boolean[], target: { start: number; end: number }): Features {
  const f: Features = new Map()
  const add = (name: string, value = 1): void => {
    f.set(name, (f.get(name) ?? 0) + value)
  }
  const first = ws.findIndex((w) => w.end > target.start)
  const afterIndex = ws.findIndex((w) => w.start >= target.end)
  const from = first < 0 ? ws.length : first
  const to = afterIndex < 0 ? ws.length : afterIndex
  let tPos = 0
  let tNeg = 0
  for (let i = Math.max(0, from - TARGET_WINDOW); i < Math.min(ws.length, to + TARGET_WINDOW); i++) {
    if (i >= from && i < to) continue
    const w = ws[i]!.w
    const side = i < from ? 'l' : 'r'
    add(`t${side}:${negated[i] ? 'n:' : ''}${w}`)
    const v = wordValence(w) * (negated[i] ? -1 : 1)
    if (v > 0) tPos += v
    else tNeg -= v
  }
  add('tlex:pos', Math.min(tPos, 10) / 5)
  add('tlex:neg', Math.min(tNeg, 10) / 5)
  // Where the target stands: sentence subjects and objects are judged differently.
  add(from === 0 ? 'tpos:first' : to >= ws.length ? 'tpos:last' : 'tpos:mid')
  return f
}

// A negator governs the next words of its clause, at most four, and not across punctuation.
function negationScope(ws: readonly Word[], text: string): boolean[] {
  const out = new Array<boolean>(ws.length).fill(false)
  let left = 0
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    const gap = i > 0 ? text.slice(ws[i - 1]!.end, w.start) : ''
    if (/[,.;:]/.test(gap) || CLAUSE_BREAK.test(w.w)) left = 0
    if (left > 0) {
      out[i] = true
      left--
    }
    if (NEGATORS.has(w.w) || w.w.endsWith("n't")) left = 4
  }
  return out
}
