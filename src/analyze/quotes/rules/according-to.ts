/** The rule family of "according to X": the source follows the cue, the content is the rest of the clause. */
import type { Sentence } from '../../tokens/tokenize.js'
import type { QuoteDoc as Doc } from '../document-index.js'
import { LEADING_FILLERS } from '../word-classes.js'
import { clauseEnd, contentSpan, lower, span, word } from './spans.js'
import type { CueMatch, Found } from './types.js'
import { MAX_SOURCE, PUNCT } from './words.js'

/** "According to X, ..." and "..., according to X." */
export function accordingTo(doc: Doc, cue: CueMatch, s: Sentence): Found | null {
  let j = cue.to
  while (j < s.tokenEnd && j - cue.to < MAX_SOURCE && !PUNCT.test(word(doc, j))) j++
  const source = span(doc, cue.to, j)
  let start = s.tokenStart
  while (start < cue.from && (LEADING_FILLERS.has(lower(doc, start)) || PUNCT.test(word(doc, start)))) start++
  const content = start === cue.from ? contentSpan(doc, j, clauseEnd(doc, j, s.tokenEnd)) : contentSpan(doc, s.tokenStart, cue.from, true)
  return content ? { source, content, direct: false } : null
}
