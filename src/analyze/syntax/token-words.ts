/**
 * The bridge between the project's tokens and the treebank's words. The tokenizer keeps
 * hyphenated words whole ("Jong-un", "well-known") where UD English EWT splits them at the
 * hyphen ("well" "-" "known"), except after prefixes it writes as one word ("e-mail",
 * "non-profit", "co-founder"); and EWT splits "cannot", "gonna" and the like. Everything else
 * (clitics "n't" and "'s", abbreviations "U.S.", quotes, dashes, numbers) already matches. A token
 * becomes one or more parser words, and each token takes the analysis of its head word.
 */
import type { ParsedWord } from './model.js'
import type { TokenSyntax } from './types.js'

// First parts after which EWT keeps a hyphenated word whole (each kept at least as often as split).
const KEPT_PREFIXES = new Set([
  'e', 'non', 'anti', 'mid', 'pre', 're', 'co', 'post', 'over', 'ex', 'pro', 'multi', 'counter', 'semi', 'sub', 'vice',
  'cross', 'neo', 'psycho', 'mis', 'socio', 'intra', 'inter', 'un', 'de', 'bi', 'tri', 'extra', 'ultra', 'micro', 'macro',
  'mega', 'super', 'trans', 'pan', 'quasi', 'pseudo', 'euro', 'afro',
])

// Words EWT writes as two (as multi-word tokens): the form and where it splits.
const CONTRACTIONS = new Map<string, number>([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
])

const HYPHEN = /[-‐‑]/u
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The treebank words of one token, in order (the token itself when it needs no split). */
export function splitToken(text: string): string[] {
  const lower = text.toLowerCase()
  const at = CONTRACTIONS.get(lower)
  if (at !== undefined) return [text.slice(0, at), text.slice(at)]
  if (text.length < 3 || !HYPHEN.test(text.slice(1, -1)) || ISO_DATE.test(text)) return [text]
  // URLs, e-mail addresses and domain names stay whole, as the treebank keeps them.
  if (/[/@]|\.\w/u.test(text)) return [text]
  const parts = text.split(/([-‐‑])/u)
  if (parts.some((p) => p === '')) return [text]
  if (KEPT_PREFIXES.has(parts[0]!.toLowerCase())) {
    // "ex-vice-president": the prefix stays on its word, the rest still splits.
    if (parts.length === 3) return [text]
    return [parts[0]! + parts[1]! + parts[2]!, ...parts.slice(3)]
  }
  return parts
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

/**
 * Turns a parse of the words back into one record per token (heads as article token indices,
 * `offset` being the index of the sentence's first token). A split token takes the tags and
 * relation of its head word (the one whose head lies outside the token); its lemma is its text
 * with the last word lemmatized ("check-ins" -> "check-in").
 */
export function tokenSyntaxOf(parsed: readonly ParsedWord[], words: SentenceWords, tokens: readonly string[], offset: number): TokenSyntax[] {
  const out: TokenSyntax[] = []
  for (let t = 0; t < tokens.length; t++) {
    const first = words.firstWord[t]!
    const count = words.wordCount[t]!
    let headWord = first
    if (count > 1) {
      for (let w = first; w < first + count; w++) {
        const h = parsed[w]!.head
        if (h < 0 || words.tokenOf[h] !== t) {
          headWord = w
          break
        }
      }
    }
    const p = parsed[headWord]!
    const last = parsed[first + count - 1]!
    const lemma = count === 1 ? p.lemma : tokens[t]!.slice(0, tokens[t]!.length - last.form.length) + last.lemma
    out.push({
      upos: p.upos,
      xpos: p.xpos,
      lemma,
      head: p.head < 0 ? -1 : offset + words.tokenOf[p.head]!,
      deprel: p.deprel,
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
