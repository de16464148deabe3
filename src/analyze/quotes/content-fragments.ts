/**
 * Contents that are no claim on their own: a lone pronoun that nobody named is credited with
 * ("they envisioned him"), and "the following", which points at the words after its colon ("We
 * know the following about the team:", "Sanders made the following comment:").
 */
import type { Quote } from '../../model/article.js'
import type { Sentence } from '../tokens/token.js'
import { sentenceAt } from '../context.js'

// PolNeAR marks lone pronouns as contents ("Trump attacked him"): with a named source they stay.
const LONE_PRONOUN = /^(?:him|her|them|it|this|that|me|us|so)$/i

/** Whether a quote's content is a lone pronoun and no speaker is named ("they envisioned him"): a fragment, not what anybody said. */
export function isSpeakerlessPronoun(q: Quote): boolean {
  return q.speaker === null && q.speakerName === null && LONE_PRONOUN.test(q.text.trim())
}

// The writer or the reader, as a source: "I", "we", "you".
const WRITER_OR_READER = /^(?:i|we|you|me|us)$/i

/**
 * Whether a quote is an act or state of the writer or the reader ("I enjoy the communications
 * business", "If you look at the US dollar", "We do a virtual magazine"): class `other` with a
 * first- or second-person pronoun as its only source. Opinion pages and interviews are full of
 * them; they report nobody's words. (What "I think" or "you know" is stays: a thought is a claim.)
 */
export function isWriterOrReaderAct(text: string, q: Quote): boolean {
  return q.class === 'other' && q.speaker === null && q.speakerMention !== null && WRITER_OR_READER.test(text.slice(q.speakerMention.start, q.speakerMention.end).trim())
}

const CATAPHOR = /^\W*(?:the|these|this)\s+following\b/i
/** How far after the start of "the following …" its colon may be, in characters. */
const COLON_REACH = 160

/**
 * The words "the following" points at: after the colon that ends the phrase, to the end of that
 * sentence, or the next paragraph when the colon ends its line ("made the following comment:⏎
 * “…”"). Null when the content is no such phrase or no colon follows it in its paragraph.
 */
export function cataphoricContent(text: string, sentences: readonly Sentence[], content: { start: number; end: number }): { start: number; end: number } | null {
  if (!CATAPHOR.test(text.slice(content.start, content.end))) return null
  const window = text.slice(content.start, content.start + COLON_REACH)
  const colon = /^[^:\n]*:/.exec(window)
  if (!colon) return null
  let start = content.start + colon[0].length
  while (start < text.length && /[^\S\n]/.test(text[start]!)) start++
  if (start >= text.length) return null
  if (text[start] === '\n') {
    // The next paragraph, whole.
    while (start < text.length && /\s/.test(text[start]!)) start++
    const lineEnd = text.indexOf('\n', start)
    const end = lineEnd < 0 ? text.length : lineEnd
    return end > start ? { start, end } : null
  }
  const sentence = sentenceAt(sentences, start)
  let end = sentence ? sentence.end : (text.indexOf('\n', start) + 1 || text.length + 1) - 1
  // The sentence's full stop belongs to the quoting sentence, as for any indirect content.
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}
