/**
 * A section heading in wiki markup ("==Attack==", "=== Aftermath ==="): pages and articles taken
 * from wikis keep these lines, and the sentence splitter may leave one on the end of the sentence
 * before it ("... via Twitter. ==Attack=="), where the verbless-line test cannot see it. A heading
 * names a section's topic; it reports nothing.
 */

const MARK = /^=+$/
// Longest heading read, in words.
const MAX_WORDS = 6

/** Whether the word at local index `i` lies between two wiki heading marks ("==", "==="). */
export function isInMarkupHeading(words: readonly string[], i: number): boolean {
  if (/^={2,}[^=]+={2,}$/.test(words[i]!)) return true
  const left = nearestMark(words, i, -1)
  return left >= 0 && nearestMark(words, i, 1) >= 0
}

function nearestMark(words: readonly string[], i: number, step: 1 | -1): number {
  for (let k = i + step, n = 0; k >= 0 && k < words.length && n <= MAX_WORDS; k += step, n++) {
    if (MARK.test(words[k]!)) return k
    if (/^[.!?;:]$/.test(words[k]!)) return -1
  }
  return -1
}
