/** Where a cue phrase ends: the learned cue-end ranker picks among the words after its verb. */
import type { Sentence } from '../../tokens/tokenize.js'
import type { CueLexicon } from '../cue-lexicon.js'
import { bestCueEnd, cueEndCandidates } from '../cue-end-features.js'
import type { QuoteDoc as Doc } from '../document-index.js'
import { AUXILIARIES } from '../word-classes.js'
import type { Syntax } from '../../syntax/types.js'
import type { BoundarySite, CharSpan, CueMatch } from './types.js'
import { CUE_LEFT } from './words.js'

/**
 * Where the cue ends: "said" or "said Friday" or "said in an interview" — annotators keep a short
 * adjunct or particle with the verb; the learned cue-end ranker decides, never running into the
 * source or the content.
 */
export function cueEnd(doc: Doc, cue: CueMatch, s: Sentence, spans: ReadonlyArray<CharSpan | null>, lexicon: CueLexicon, observe?: (site: BoundarySite) => void, syntax?: Syntax): number {
  if (!lexicon.cueEnd && !observe) return cue.to
  let anchor = cue.from
  while (anchor < cue.to - 1 && (AUXILIARIES.has(doc.lower[anchor]!) || CUE_LEFT.has(doc.lower[anchor]!))) anchor++
  let limit = s.tokenEnd
  for (const span of spans) {
    if (!span || span.start < doc.tokens[anchor]!.end) continue
    let t = anchor + 1
    while (t < limit && doc.tokens[t]!.start < span.start) t++
    limit = t
  }
  if (limit <= anchor) return cue.to
  observe?.({ doc, anchor, limit, lexWords: cue.to - anchor, sentenceEnd: s.tokenEnd })
  if (!lexicon.cueEnd) return cue.to
  const candidates = cueEndCandidates(doc, anchor, limit)
  // "said." or "said, “...": nothing to decide, and scoring is the ranker's whole cost.
  if (candidates.length === 1) return candidates[0]!
  const best = bestCueEnd(lexicon.cueEnd, doc, anchor, candidates, cue.to - anchor, s.tokenEnd, syntax)
  return candidates[best] ?? cue.to
}
