/**
 * Features of candidate cue ends for the learned cue-end ranker: where a cue phrase ends ("said"
 * or "said Friday" or "said in an interview", "accused" or "accused her of"). Shared by the quotes
 * step and `scripts/train-quotes.ts` so training and use cannot drift apart.
 */
import type { QuoteDoc } from './document-index.js'
import type { Syntax } from '../syntax/types.js'

const PUNCT = /^[^\p{L}\p{N}]+$/u
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening)$/

/** The longest cue the cue-end model considers, in tokens from the anchor. */
export const MAX_CUE_TOKENS = 8

function shape(doc: QuoteDoc, i: number, sentenceEnd: number): string {
  if (i >= sentenceEnd) return '</s>'
  if (doc.opens.has(i)) return 'open'
  if (doc.closes.has(i)) return 'close'
  const w = doc.tokens[i]!.text
  if (PUNCT.test(w)) return w.length <= 2 ? w : 'p'
  if (/^\p{Lu}/u.test(w)) return 'C'
  if (/^\p{N}/u.test(w)) return 'N'
  return 'l'
}

const low = (doc: QuoteDoc, i: number, sentenceEnd: number): string => (i < sentenceEnd ? doc.lower[i]! : '</s>')
const head = (w: string): string => (w.length > 4 ? w.replace(/(?:ing|ed|es|s|d)$/, '') : w)

/**
 * Candidate ends of a cue whose main word is token `anchor`: every end after a run of plain words
 * (no punctuation, quotation or "that"), up to `limit` and `MAX_CUE_TOKENS`.
 */
export function cueEndCandidates(doc: QuoteDoc, anchor: number, limit: number): number[] {
  const out = [anchor + 1]
  for (let e = anchor + 1; e < Math.min(limit, anchor + MAX_CUE_TOKENS); e++) {
    const w = doc.lower[e]!
    if (PUNCT.test(w) || doc.opens.has(e) || doc.quoteOf[e] || w === 'that') break
    out.push(e + 1)
  }
  return out
}

/**
 * Features of the cue `[anchor, e)` for every candidate end `e` (ascending, as from
 * `cueEndCandidates`); `lexWords` is the length of the lexicon phrase at the anchor. Built in one
 * pass so the words inside a long candidate are looked at once, not once per candidate.
 */
export function cueEndFeatureSets(doc: QuoteDoc, anchor: number, ends: readonly number[], lexWords: number, sentenceEnd: number, syntax?: Syntax): string[][] {
  // With a parse: how the last word kept and the first word left out hang off the cue verb
  // ("said | in an interview": an oblique of the verb; "accused | her of": its object).
  const attach = (t: number): string => {
    if (!syntax || t >= sentenceEnd) return '-'
    const x = syntax[t]!
    const h = x.head
    const where = h === anchor ? 'anchor' : h > anchor && h < t ? 'inside' : h >= 0 && syntax[h]?.head === anchor ? 'anchor2' : 'other'
    return `${x.deprel.split(':')[0]}|${where}`
  }
  const h = head(doc.lower[anchor]!)
  const out: string[][] = []
  let caps = 0
  let day = false
  let seen = anchor + 1
  for (const e of ends) {
    for (; seen < e; seen++) {
      if (/^\p{Lu}/u.test(doc.tokens[seen]!.text)) caps++
      if (DAY.test(doc.lower[seen]!)) day = true
    }
    const len = e - anchor
    const last = doc.lower[e - 1]!
    const lastOr = len > 1 ? last : '-'
    const nx = low(doc, e, sentenceEnd)
    const ns = shape(doc, e, sentenceEnd)
    const L = Math.min(len, 6)
    out.push([
      `len=${L}`,
      `lex=${len === lexWords}|${Math.min(lexWords, 3)}`,
      `h|len=${h}|${Math.min(len, 4)}`,
      `nx=${nx}`,
      `ns=${ns}`,
      `h|nx=${h}|${nx}`,
      `h|ns=${h}|${ns}`,
      `last=${lastOr}`,
      `h|last=${h}|${lastOr}`,
      `last|nx=${last}|${nx}`,
      `last|ns=${lastOr}|${ns}`,
      `caps=${Math.min(caps, 2)}|${L}`,
      `day=${day}|${ns}`,
      `nx2=${nx}|${low(doc, e + 1, sentenceEnd)}`,
      ...(syntax ? [`sl=${len > 1 ? attach(e - 1) : '-'}`, `sn=${attach(e)}`, `sl|sn=${len > 1 ? attach(e - 1) : '-'}|${attach(e)}`, `h|sn=${h}|${attach(e)}`] : []),
    ])
  }
  return out
}
