/**
 * Features of the topic classifier: the article's words and word pairs, counted once each
 * (`u:`, `b:`), the title read as the text's first line (as the training articles have it).
 * Values are scaled by 1/sqrt(number of features) so long and short articles weigh alike.
 */
import type { Features } from '../classify/linear-model.js'
import { words, type Word } from '../classify/words.js'
import { STOP_WORDS as STOP } from '../classify/stop-words.js'

/** Characters of body text read; a topic is settled long before the end of a long article. */
export const TOPIC_TEXT_CHARS = 6000


/** Topic features of a title and body text. */
export function topicFeatures(title: string | null, text: string): Features {
  return topicFeaturesOfWords(words(title ?? ''), words(text.slice(0, TOPIC_TEXT_CHARS)))
}

/** The same over words already split (only body words starting before `TOPIC_TEXT_CHARS` count). */
export function topicFeaturesOfWords(titleWords: readonly Word[], textWords: readonly Word[]): Features {
  const f: Features = new Map()
  const ws: string[] = []
  for (const w of titleWords) if (w.w !== '!' && w.w !== '?') ws.push(w.w)
  for (const w of textWords) {
    if (w.start >= TOPIC_TEXT_CHARS) break
    if (w.w !== '!' && w.w !== '?') ws.push(w.w)
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (!STOP.has(w) && !/^\d+$/.test(w)) f.set(`u:${w}`, 1)
    if (i + 1 < ws.length && !(STOP.has(w) && STOP.has(ws[i + 1]!))) f.set(`b:${w}_${ws[i + 1]}`, 1)
  }
  const norm = 1 / Math.sqrt(Math.max(f.size, 1))
  for (const [k, v] of f) f.set(k, v * norm * 4)
  return f
}
