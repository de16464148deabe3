/**
 * One quotation listed twice: two attributions of one speaker with the same content ("“A,” X
 * said, adding, ..." when the second cue's own words are missed) are one, and the one whose cue
 * lies nearer the content stands (the earlier on a tie; a cue inside the content counts as farthest). Different speakers may share a content:
 * PolNeAR annotates nested attributions ("Scott invoked the story Kennedy told about ..."), and
 * dropping those cost dev cue F1. A page that repeats its own sentences (a "Key Highlights" box
 * above the story) repeats their attributions elsewhere in the text: the same speaker, cue and
 * words again, or the first words of them, are listed once, with the longer content. A content
 * taken by two cues, one naming nobody before the one naming its source ("When asked what she
 * took, the actress stated, “...”"), is the named one's: the first cue is an adjunct's, unless it
 * lies inside that content (a charge the police report: both stand); so is a quotation taken by a
 * named cue and a sourceless one after it (a participle of the same speaker).
 */
import type { Quote } from '../../model/article.js'

/** Fewest words of a content that, said again by the same speaker, is a repeat rather than a coincidence. */
const MIN_REPEATED_WORDS = 4

/** The quotes without the repeats of another one's content by the same speaker, in their order. */
export function withoutRepeats(quotes: readonly Quote[]): Quote[] {
  // A cue inside the content it shares ("condemned what he called a “brazen breach”") is that
  // content's own frame: the cue outside it stands.
  const distance = (q: Quote): number => (q.cueSpan && !(q.cueSpan.start >= q.start && q.cueSpan.end <= q.end) ? Math.max(0, q.cueSpan.start - q.end, q.start - q.cueSpan.end) : Infinity)
  const norm = quotes.map((q) => wordsOf(q.text))
  return quotes.filter(
    (q, n) =>
      !quotes.some((o, m) => m !== n && o.start === q.start && o.end === q.end && o.speakerName === q.speakerName && (distance(o) < distance(q) || (distance(o) === distance(q) && m < n))) &&
      !quotes.some((o, m) => m !== n && o.start !== q.start && repeatedElsewhere(q, norm[n]!, o, norm[m]!, m < n)) &&
      !quotes.some((o) => o !== q && subjectlessTwin(q, o)),
  )
}

/**
 * Whether `q` names no source and `o` takes the same content and names one: `o`'s cue comes after
 * `q`'s, or, for a quotation, before it ("as Ushakov teased, “...,” giving no additional
 * information": the participle after it is the speaker's, and no second report). PolNeAR train
 * gives a content to a named and a sourceless cue 3 times in 22,501 attributions, never a quotation.
 */
function subjectlessTwin(q: Quote, o: Quote): boolean {
  // A cue inside the content is a report nested in it ("X was charged with “...”, police said"), not an adjunct's.
  const nested = Boolean(q.cueSpan && q.cueSpan.start >= q.start && q.cueSpan.end <= q.end)
  if (q.speakerMention !== null || o.speakerMention === null || o.start !== q.start || o.end !== q.end || nested || !q.cueSpan || !o.cueSpan) return false
  return q.cueSpan.end <= o.cueSpan.start || (q.kind === 'direct' && o.cueSpan.end <= q.cueSpan.start)
}

/** Whether `q` (words `qw`) says again what `o` (words `ow`) says at another place: same speaker and cue, its words those of `o` or their start. */
function repeatedElsewhere(q: Quote, qw: string, o: Quote, ow: string, otherFirst: boolean): boolean {
  if (o.speakerName !== q.speakerName || o.cue?.toLowerCase() !== q.cue?.toLowerCase()) return false
  if (qw.split(' ').length < MIN_REPEATED_WORDS) return false
  if (qw === ow) return otherFirst
  return ow.startsWith(`${qw} `)
}

/** The words of a text, lower case, one space apart. */
function wordsOf(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
}
