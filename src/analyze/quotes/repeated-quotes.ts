/**
 * One quotation listed twice: two attributions of one speaker with the same content ("“A,” X
 * said, adding, ..." when the second cue's own words are missed) are one, and the one whose cue
 * lies nearer the content stands (the earlier on a tie). Different speakers may share a content:
 * PolNeAR annotates nested attributions ("Scott invoked the story Kennedy told about ..."), and
 * dropping those cost dev cue F1.
 */
import type { Quote } from '../../model/article.js'

/** The quotes without the repeats of another one's content by the same speaker, in their order. */
export function withoutRepeats(quotes: readonly Quote[]): Quote[] {
  const distance = (q: Quote): number => (q.cueSpan ? Math.max(0, q.cueSpan.start - q.end, q.start - q.cueSpan.end) : Infinity)
  return quotes.filter(
    (q, n) => !quotes.some((o, m) => m !== n && o.start === q.start && o.end === q.end && o.speakerName === q.speakerName && (distance(o) < distance(q) || (distance(o) === distance(q) && m < n))),
  )
}
