/**
 * The shape of a word, a feature the NER tagger and the syntax tagger both read: each run of
 * characters of one class collapsed into one letter ("Jong-un" -> "Xx-x", "1,200" -> "d,d").
 */

/** Options of `wordShape`. */
export interface WordShapeOptions {
  /**
   * Classes the letters that are neither lower nor upper case: titlecase ones ("ǅ") as capitals,
   * the rest (scripts without case) as lower case. Without it (the default) such a letter stands
   * for itself.
   */
  readonly uncasedLetters?: boolean
  /** Longest shape kept; longer ones are cut (default: no limit). */
  readonly maxLength?: number
}

/** Collapsed character-class shape: "Jong-un" -> "Xx-x", "1996-08-22" -> "d-d-d", "U.S." -> "X.X.". */
export function wordShape(word: string, options: WordShapeOptions = {}): string {
  const uncased = options.uncasedLetters ?? false
  let out = ''
  let last = ''
  for (const ch of word) {
    let c: string
    if (ch >= 'a' && ch <= 'z') c = 'x'
    else if (ch >= 'A' && ch <= 'Z') c = 'X'
    else if (ch >= '0' && ch <= '9') c = 'd'
    else if (/\p{Ll}/u.test(ch)) c = 'x'
    else if (/\p{Lu}/u.test(ch) || (uncased && /\p{Lt}/u.test(ch))) c = 'X'
    else if (uncased && /\p{L}/u.test(ch)) c = 'x'
    else if (/\p{N}/u.test(ch)) c = 'd'
    else c = ch
    if (c !== last) out += c
    last = c
  }
  const max = options.maxLength ?? Infinity
  return out.length > max ? out.slice(0, max) : out
}
