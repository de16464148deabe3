/**
 * The reach of a question mark (issue 15, read on real pages): "But the debate failed to answer the
 * question that has dogged the campaign: Who can voters trust?" asks who, not whether the debate
 * took place; "'So he's going to do the investigation?' the president asked" asks about the
 * investigation and not about the asking. A trigger is in the question only when it comes before
 * the question mark and after the last colon, semicolon, dash or opening quote before it: what a
 * sentence states before introducing a question, or says after quoting one, is asserted.
 */

// Words after which a sentence starts a new clause that a question mark can end.
const OPENERS = new Set([':', ';', '—', '–', '“', '‘', '"', "'", '«', '('])

/** Whether the word at `at` lies in a question the sentence asks (see the file comment). */
export function isInQuestion(words: readonly string[], at: number): boolean {
  let end = -1
  for (let k = at + 1; k < words.length; k++) {
    if (words[k] === '?') {
      end = k
      break
    }
  }
  if (end < 0) return false
  for (let k = end - 1; k > at; k--) if (OPENERS.has(words[k]!)) return false
  return true
}
