/**
 * The words a quote list shows for a content its own attribution interrupts. PolNeAR marks such a
 * content from its first to its last word, speaker and cue inside ("Since he was caught, Donald
 * said, the “proof is in the pudding.”"), and the quote keeps that span (`start`, `end`) so the
 * scores read it; its `text` leaves the speaker and the cue out, as a reader quotes it.
 */
import type { Quote } from '../../model/article.js'

const SET_OFF = /[,—–]/
const CLOSING = /[”"’»」』]/u
const OPENING = /[“"‘«「『]/u
/** The most an attribution's own tail may run before the quotation resumes ("on Tuesday", "via the Los Angeles Times"). */
const MAX_TAIL = 80

/**
 * Where the quotation resumes after its attribution: the opening mark that follows the speaker and
 * cue, past a short tail of their own ("” Lynn said, via the Los Angeles Times. “Yes, …") that holds
 * no quote mark, no line break and ends in punctuation; -1 when the words after the cue are not
 * such a tail.
 */
function reopening(text: string, from: number, end: number): number {
  const limit = Math.min(end, from + MAX_TAIL)
  for (let o = from; o < limit; o++) {
    const c = text[o]!
    if (OPENING.test(c)) return o === from || /[.,:;—–]\s*$/.test(text.slice(from, o)) ? o : -1
    if (c === '\n' || CLOSING.test(c)) return -1
  }
  return -1
}

/**
 * The quote with `text` cut around its own source and cue when both lie inside the content: a
 * clause set off by commas or dashes keeps the comma after it ("went out, the “proof is in the
 * pudding.”"); quoted parts on either side of the attribution are joined by an ellipsis ("That is
 * fine … One of the things is fine."). Unchanged otherwise.
 */
export function withoutOwnAttribution(text: string, q: Quote): Quote {
  const cue = q.cueSpan
  if (!cue || !/\p{L}/u.test(q.cue ?? '')) return q
  const who = q.speakerMention
  const lo = Math.min(cue.start, who?.start ?? cue.start)
  const hi = Math.max(cue.end, who?.end ?? cue.end)
  if (lo <= q.start || hi >= q.end) return q
  let l = lo
  while (l > q.start && /\s/.test(text[l - 1]!)) l--
  let r = hi
  while (r < q.end && /\s/.test(text[r]!)) r++
  const before = text[l - 1] ?? ''
  // “A,” said X. “B.”: the closing mark of the first part, the opening mark of the second.
  if (CLOSING.test(before)) {
    const o = reopening(text, r, q.end)
    if (o < 0) return q
    const first = text.slice(q.start, l - 1).replace(/[\s,;:]+$/, '')
    const second = text.slice(o + 1, q.end).trimStart()
    return first && second ? { ...q, text: `${first} … ${second}` } : q
  }
  if (!SET_OFF.test(before) || !SET_OFF.test(text[r] ?? '')) return q
  const first = text.slice(q.start, l - 1).trimEnd()
  const second = text.slice(r, q.end)
  return /\p{L}/u.test(first) && /\p{L}/u.test(second) ? { ...q, text: `${first}${second}` } : q
}
