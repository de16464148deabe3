/**
 * "..., with bright guitars and loose drum fills fondly recalling the pop of the eighties": in the
 * absolute construction "with NP V-ing", the noun phrase after "with" is who (or what) does the
 * participle, whatever clause the parse hangs the participle from. A source read elsewhere (the
 * subject of "where Solace left off") is no source of it.
 */

/** A character range. */
interface Span {
  readonly start: number
  readonly end: number
}

// "with" and up to eight words (no punctuation, no clause word) right before the cue.
const WITH_PHRASE = /(?:^|[\s,;:(—–-])with\s+((?:[\p{L}\p{N}][\p{L}\p{N}.'’-]*\s+){1,8})$/u
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|said|says|that|who|which|whom|whose|and then|not)$/i
const FUNCTION_WORD = /^(?:and|or|but|nor|then|also|to|of|in|on|for|by|at|from|as|with|the|a|an)$/i
const PARTICIPLE = /^(?:\p{Ll}+ly\s+)*\p{Ll}+ing\b/u

/**
 * The noun phrase after "with" that is the subject of a participle cue (`cue` starts with the
 * participle or adverbs before it), or null when the cue is no participle or no "with" phrase
 * ends right before it.
 */
export function absoluteSubject(text: string, sentenceStart: number, cue: Span): Span | null {
  if (!PARTICIPLE.test(text.slice(cue.start, cue.end))) return null
  const before = text.slice(sentenceStart, cue.start)
  const m = WITH_PHRASE.exec(before)
  if (!m) return null
  const phrase = m[1]!
  const words = phrase.trim().split(/\s+/)
  // "threatening them with tariffs and suggesting": a conjunction or preposition before the cue ends no noun phrase.
  if (words.some((w) => CLAUSE_WORD.test(w)) || FUNCTION_WORD.test(words.at(-1)!)) return null
  const start = sentenceStart + m.index + m[0].length - phrase.length
  return { start, end: start + phrase.trimEnd().length }
}
