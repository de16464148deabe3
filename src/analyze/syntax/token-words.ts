/**
 * The bridge between the project's tokens and the treebank's words. The tokenizer already splits
 * as UD English EWT does for clitics ("do" "n't", "Russia" "'s"), abbreviations ("U.S."),
 * quotes, dashes and numbers; EWT also splits "cannot", "gonna" and the like, and those become
 * two parser words. Hyphenated words stay whole, although EWT splits most of them at the hyphen
 * ("well" "-" "known"): the model parses a whole "top-selling" or "U.S.-led" as one adjective
 * from its suffix and shape, while the split form, rare in its training data, derailed whole
 * sentences ("top - selling vehicle" read as a clause in 2 of 6 news test sentences, against none
 * kept whole). Each token takes the analysis of its head word.
 */
import type { TokenSyntax } from './types.js'

// Words EWT writes as two (as multi-word tokens): the form and where it splits.
const CONTRACTIONS = new Map<string, number>([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
])

/** The treebank words of one token, in order (the token itself when it needs no split). */
export function splitToken(text: string): string[] {
  const at = CONTRACTIONS.get(text.toLowerCase())
  return at === undefined ? [text] : [text.slice(0, at), text.slice(at)]
}

/** Parser words of a sentence's tokens and the way back. */
export interface SentenceWords {
  /** The words the parser reads. */
  readonly forms: readonly string[]
  /** For each word, the index (within the sentence) of the token it belongs to. */
  readonly tokenOf: Int32Array
  /** For each token, the index of its first word. */
  readonly firstWord: Int32Array
  /** For each token, how many words it became. */
  readonly wordCount: Int32Array
}

/** Splits a sentence's tokens into parser words, remembering which token each word came from. */
export function wordsOfTokens(tokens: readonly string[]): SentenceWords {
  const forms: string[] = []
  const tokenOf: number[] = []
  const firstWord = new Int32Array(tokens.length)
  const wordCount = new Int32Array(tokens.length)
  for (let t = 0; t < tokens.length; t++) {
    const words = splitToken(tokens[t]!)
    firstWord[t] = forms.length
    wordCount[t] = words.length
    for (const w of words) {
      forms.push(w)
      tokenOf.push(t)
    }
  }
  return { forms, tokenOf: Int32Array.from(tokenOf), firstWord, wordCount }
}

/** A sentence's parse as `tokenSyntaxOf` reads it, word by word (`SentenceParse` is one). */
export interface WordAnalysis {
  /** Head word of each word, -1 for the root. */
  readonly heads: ArrayLike<number>
  upos(w: number): string
  xpos(w: number): string
  lemma(w: number): string
  deprel(w: number): string
}

/**
 * Turns a parse of the words back into one record per token (heads as article token indices,
 * `offset` being the index of the sentence's first token). A split token takes the tags and
 * relation of its head word (the one whose head lies outside the token); its lemma is its text
 * with the last word lemmatized ("check-ins" -> "check-in").
 */
export function tokenSyntaxOf(parsed: WordAnalysis, words: SentenceWords, tokens: readonly string[], offset: number): TokenSyntax[] {
  const out: TokenSyntax[] = []
  const heads = parsed.heads
  for (let t = 0; t < tokens.length; t++) {
    const first = words.firstWord[t]!
    const count = words.wordCount[t]!
    let headWord = first
    if (count > 1) {
      for (let w = first; w < first + count; w++) {
        const h = heads[w]!
        if (h < 0 || words.tokenOf[h] !== t) {
          headWord = w
          break
        }
      }
    }
    const last = first + count - 1
    const lemma = count === 1 ? parsed.lemma(headWord) : tokens[t]!.slice(0, tokens[t]!.length - words.forms[last]!.length) + parsed.lemma(last)
    const h = heads[headWord]!
    out.push({
      upos: parsed.upos(headWord),
      xpos: parsed.xpos(headWord),
      lemma,
      head: h < 0 ? -1 : offset + words.tokenOf[h]!,
      deprel: parsed.deprel(headWord),
    })
  }
  breakCycles(out, offset)
  return out
}

// Merging a token's words can join two parts of the tree into a loop when the words of one
// token are not connected; a token on a loop becomes a root, so heads always lead to a root.
function breakCycles(out: TokenSyntax[], offset: number): void {
  const n = out.length
  for (let t = 0; t < n; t++) {
    let a = t
    let steps = 0
    while (a >= 0 && steps <= n) {
      const h = out[a]!.head
      a = h < 0 ? -1 : h - offset
      steps++
    }
    if (a >= 0) out[t] = { ...out[t]!, head: -1, deprel: 'root' }
  }
}
