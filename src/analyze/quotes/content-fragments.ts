/**
 * Contents that are no claim on their own: a lone pronoun that nobody named is credited with
 * ("they envisioned him"), a content that is itself only somebody saying ("He said, she said" as a
 * heading), the writer's "it's worth noting that", and "the following", which points at the words
 * after its colon ("We know the following about the team:", "Sanders made the following comment:").
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

// A pronoun and a verb of saying, nothing said: "He said, she said" read as one another's content.
const SAYING_ONLY = /^\W*(?:he|she|they|i|we|you|it)\s+(?:said|says|say|told|asked|added)\W*$/i

/** Whether a quote's content is only a pronoun and a verb of saying ("He said, she said" as a heading): it reports no words. */
export function isSayingOnly(q: Quote): boolean {
  return SAYING_ONLY.test(q.text)
}

// "It's worth noting that", "worth remembering", "worth pointing out": PolNeAR train marks none of its
// 3 such phrases as a cue; the writer flags a fact of their own, nobody is reported.
const WORTH_BEFORE_CUE = /\bworth\s+$/i
const WRITERS_FLAG = /^(?:not(?:ing|e)|mention(?:ing)?|point(?:ing)?\s+out|remember(?:ing)?|recall(?:ing)?|stress(?:ing)?|emphasi[sz](?:ing|e))\b/i

/** Whether a cue is the writer's own aside "it's worth noting that …" (no one is reported). */
export function isWritersAside(text: string, q: Quote): boolean {
  if (!q.cueSpan || q.speaker !== null) return false
  return WRITERS_FLAG.test(text.slice(q.cueSpan.start, q.cueSpan.end)) && WORTH_BEFORE_CUE.test(text.slice(Math.max(0, q.cueSpan.start - 16), q.cueSpan.start))
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

// A participle that gives a thing its name, alone as the cue ("a poem called", "an app, named").
const NAMING_CUE = /^(?:called|named|titled|entitled|dubbed)$/i
// Words before the participle that make it a verb of a clause ("what she called", "was dubbed"), not a noun's modifier.
const CLAUSE_BEFORE = /(?:^|\s)(?:what|who|which|that|he|she|they|it|i|we|you|has|have|had|was|were|is|are|be|been|being|also|once|\p{Ll}+ly)\s*$/iu
// Lower-case words a title keeps in any language's title case ("Make your Arrangements", "The Rise and Fall of a New Tycoon").
const TITLE_SMALL_WORD =
  /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|your|my|our|his|her|its|their|is|are|be|de|la|le|les|du|des|et|el|los|las|y|del|di|al|dei|dello|della|degli|da|der|die|das|und|von|im|am|zu)$/

/**
 * Whether words read as a title: every word capitalized but a few small ones, the first and last
 * capitalized ("Winter Solstice, Camelot Station", "Make your Arrangements").
 */
export function isTitleCase(words: string): boolean {
  const lettered = words.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []
  if (lettered.length === 0 || !/^\p{Lu}/u.test(lettered[0]!) || !/^\p{Lu}/u.test(lettered.at(-1)!)) return false
  return lettered.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORD.test(w))
}

/**
 * Whether a quote is the name a noun is given: "a poem called “Winter Solstice”", "an
 * application, named “Make your Arrangements”": a naming participle alone as the cue, after a
 * noun rather than a subject, with a quotation in title case as the content. It names a work, a
 * product or a show; nobody said it.
 */
export function isNamedTitle(text: string, q: Quote): boolean {
  if (!q.cueSpan || q.kind === 'indirect' || !NAMING_CUE.test(q.cue?.trim() ?? '')) return false
  if (CLAUSE_BEFORE.test(text.slice(Math.max(0, q.cueSpan.start - 30), q.cueSpan.start))) return false
  // The content is the quotation right after the cue and nothing more ("Valve called “Alyx” “a
  // flagship game”" says something of the title), and the title is what it quotes.
  const title = /^\s*[“"‘'«„]+([^“”"«»„]+)[”"’'»]*([^]*)$/u.exec(text.slice(q.cueSpan.end, q.end))
  if (!title || !isTitleCase(title[1]!)) return false
  // What the rules took in after the title is punctuation, or a phrase set off by a comma ("…”, installed on tablets").
  const rest = title[2]!
  return /^[\s,.;:!?]*$/.test(rest) || (/^\s*,/.test(rest) && !/[“”"«»„]/.test(rest))
}
