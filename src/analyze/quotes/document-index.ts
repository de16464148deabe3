/**
 * Per-token lookups the attribution rules and the cue classifier share: the sentence of each
 * token, and whether it opens, closes or sits inside a quotation.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { QuotedSpan } from './quote-marks.js'

/** A tokenized text with its quotations indexed by token. */
export interface QuoteDoc {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly sentenceOf: Int32Array
  /** Quoted span whose content holds the token, per token. */
  readonly quoteOf: ReadonlyArray<QuotedSpan | undefined>
  /** Quoted span opened / closed by the token, by token index. */
  readonly opens: ReadonlyMap<number, QuotedSpan>
  readonly closes: ReadonlyMap<number, QuotedSpan>
  /** Lower-cased token texts. */
  readonly lower: readonly string[]
  /** Lexicon keys of single tokens (lower case, one kind of apostrophe). */
  readonly keys: readonly string[]
  /** Per token: 1 when a quotation closes earlier in its sentence, 2 when one opens later (or both). */
  readonly quoteSides: Uint8Array
  /** Where the quotation a span belongs to starts and ends when it runs over paragraphs (see `QuotedSpan.continues`). */
  readonly quotationOf: ReadonlyMap<QuotedSpan, { readonly start: number; readonly end: number }>
}

/** Indexes tokens, sentences and quoted spans (in text order) of one text. */
export function indexDocument(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quoted: readonly QuotedSpan[]): QuoteDoc {
  const sentenceOf = new Int32Array(tokens.length)
  for (const [n, s] of sentences.entries()) sentenceOf.fill(n, s.tokenStart, s.tokenEnd)
  const quoteOf: Array<QuotedSpan | undefined> = new Array<QuotedSpan | undefined>(tokens.length)
  const opens = new Map<number, QuotedSpan>()
  const closes = new Map<number, QuotedSpan>()
  let q = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    while (q < quoted.length && quoted[q]!.close < t.start) q++
    const span = quoted[q]
    if (!span) continue
    if (t.start === span.open) opens.set(i, span)
    else if (t.start === span.close && span.closed) closes.set(i, span)
    else if (t.start >= span.start && t.end <= span.end) quoteOf[i] = span
  }
  const lower = tokens.map((t) => t.text.toLowerCase())
  const keys = lower.map((w) => w.replace(/[’‘`]/g, "'"))
  const quoteSides = new Uint8Array(tokens.length)
  for (const s of sentences) {
    let closed = 0
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      quoteSides[i] = closed
      if (closes.has(i)) closed = 1
    }
    let opened = 0
    for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
      quoteSides[i]! |= opened
      if (opens.has(i)) opened = 2
    }
  }
  const quotationOf = new Map<QuotedSpan, { start: number; end: number }>()
  for (let i = 0; i < quoted.length; i++) {
    if (quoted[i]!.closed || !quoted[i + 1]?.continues) continue
    let k = i
    while (k + 1 < quoted.length && quoted[k + 1]!.continues && !quoted[k]!.closed) k++
    const whole = { start: quoted[i]!.start, end: quoted[k]!.end }
    for (let j = i; j <= k; j++) quotationOf.set(quoted[j]!, whole)
    i = k
  }
  return { text, tokens, sentences, sentenceOf, quoteOf, opens, closes, lower, keys, quoteSides, quotationOf }
}
