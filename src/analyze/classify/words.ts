/**
 * Lower-cased word tokens with their offsets, the unit the tone and topic features count.
 * Kept apart from the analysis tokenizer on purpose: the models were trained on this exact
 * splitting (`npm run train:tone`, `train:topics`), so it must not move when the tokenizer does.
 */

/** One word of a text. */
export interface Word {
  readonly w: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[!?]/gu

/** Splits text into lower-cased words (plus `!` and `?`, which carry tone). */
export function words(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase()
    out.push({ w: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Negators that flip the words after them up to the next clause break. */
export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "n't",
  'without',
  'nor',
  'neither',
  'hardly',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "won't",
  "can't",
  "couldn't",
  "wouldn't",
  "shouldn't",
  'cannot',
])
