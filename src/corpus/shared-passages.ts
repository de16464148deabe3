/**
 * Passages two texts share word for word: the evidence that one article copies or rewrites
 * another, with offsets into both texts.
 */
import { shingleWords } from './shingles.js'

/** A passage found in both texts. */
export interface SharedPassage {
  /** The passage as written in the first text. */
  readonly text: string
  readonly words: number
  /** Offsets in the first and the second text. */
  readonly a: { readonly start: number; readonly end: number }
  readonly b: { readonly start: number; readonly end: number }
}

/**
 * Maximal runs of at least `minWords` identical words (case and punctuation ignored) found in
 * both texts, longest first; each position of the second text is used at most once.
 */
export function sharedPassages(a: string, b: string, minWords = 8): SharedPassage[] {
  const wa = shingleWords(a)
  const wb = shingleWords(b)
  const n = 4
  if (wa.length < n || wb.length < n) return []
  const seeds = new Map<string, number[]>()
  for (let j = 0; j + n <= wb.length; j++) {
    const key = wb
      .slice(j, j + n)
      .map((w) => w.word)
      .join(' ')
    const list = seeds.get(key)
    if (list) list.push(j)
    else seeds.set(key, [j])
  }
  const usedB = new Uint8Array(wb.length)
  const out: SharedPassage[] = []
  let i = 0
  while (i + n <= wa.length) {
    const key = wa
      .slice(i, i + n)
      .map((w) => w.word)
      .join(' ')
    let bestLen = 0
    let bestJ = -1
    for (const j of seeds.get(key) ?? []) {
      if (usedB[j]) continue
      let len = 0
      while (i + len < wa.length && j + len < wb.length && wa[i + len]!.word === wb[j + len]!.word) len++
      if (len > bestLen) {
        bestLen = len
        bestJ = j
      }
    }
    if (bestLen >= minWords && bestJ >= 0) {
      usedB.fill(1, bestJ, bestJ + bestLen)
      const startA = wa[i]!.start
      const endA = wa[i + bestLen - 1]!.end
      out.push({
        text: a.slice(startA, endA),
        words: bestLen,
        a: { start: startA, end: endA },
        b: { start: wb[bestJ]!.start, end: wb[bestJ + bestLen - 1]!.end },
      })
      i += bestLen
    } else i++
  }
  return out.sort((x, y) => y.words - x.words)
}

/** Length in words of the longest passage two texts share (0 when none reaches 8 words). */
export function longestSharedRun(a: string, b: string): number {
  return sharedPassages(a, b)[0]?.words ?? 0
}
