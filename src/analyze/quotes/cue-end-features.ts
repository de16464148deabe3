/**
 * Features of candidate cue ends for the learned cue-end ranker: where a cue phrase ends ("said"
 * or "said Friday" or "said in an interview", "accused" or "accused her of"). Shared by the quotes
 * step and `scripts/train-quotes.ts` so training and use cannot drift apart.
 */
import type { QuoteDoc } from './document-index.js'
import type { Syntax } from '../syntax/types.js'
import { FeatureList, FeatureScorer, type FeatureSink, type FeatureTable } from '../../model/feature-hash.js'

const PUNCT = /^[^\p{L}\p{N}]+$/u
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening)$/

// Channels a cue names after its verb ("said in the email", "wrote on Twitter", "said in an
// interview") and the prepositions that open them: PolNeAR keeps most in the cue (statement 96 of
// 123 train cues, email 14 of 25, interview 40 of 91), and the channel decides a cue's class.
const CHANNEL =
  /^(?:statements?|interviews?|e-?mails?|letters?|tweets?|posts?|op-eds?|releases?|memos?|videos?|speech|speeches|conference|call|appearances?|messages?|notes?|filings?|briefings?|podcasts?|broadcasts?|editorials?|columns?|essays?|books?|documentary|radio|television|facebook|twitter|instagram|blog|texts?|remarks|testimony|hearing|debate|rally|address|website)$/
const CHANNEL_PREP = /^(?:in|on|via|during|through|at|over)$/

/**
 * Where the first channel phrase after the cue verb ends ("said Friday in the email" -> after
 * "email"): a channel preposition then a channel noun within four words, with no punctuation,
 * quotation or "that" between; -1 when there is none before `limit`.
 */
function channelEnd(doc: QuoteDoc, anchor: number, limit: number): number {
  for (let t = anchor + 1; t < limit; t++) {
    const w = doc.lower[t]!
    if (PUNCT.test(w) || doc.opens.has(t) || doc.quoteOf[t] || w === 'that') return -1
    if (!CHANNEL_PREP.test(w)) continue
    for (let k = t + 1; k < Math.min(limit, t + 5); k++) {
      const x = doc.lower[k]!
      if (PUNCT.test(x) || doc.opens.has(k) || doc.quoteOf[k]) return -1
      if (CHANNEL.test(x)) return k + 1
    }
  }
  return -1
}

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
 * Writes the features of the cue `[anchor, e)` for every candidate end `e` (ascending, as from
 * `cueEndCandidates`) to the sink `sinkFor(n)` gives for the n-th end, calling `done(n)` after
 * each; `lexWords` is the length of the lexicon phrase at the anchor. One pass, so the words
 * inside a long candidate are looked at once, not once per candidate.
 */
function writeCueEnds(
  doc: QuoteDoc,
  anchor: number,
  ends: readonly number[],
  lexWords: number,
  sentenceEnd: number,
  syntax: Syntax | undefined,
  sinkFor: (n: number) => FeatureSink,
  done: (n: number) => void,
): void {
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
  // Where the channel phrase ends, if any: the candidate stops before, at or after it.
  const channel = channelEnd(doc, anchor, Math.min(sentenceEnd, anchor + MAX_CUE_TOKENS))
  let caps = 0
  let day = false
  let seen = anchor + 1
  for (const [n, e] of ends.entries()) {
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
    const sink = sinkFor(n)
    sink.add`len=${L}`
    sink.add`lex=${len === lexWords}|${Math.min(lexWords, 3)}`
    sink.add`h|len=${h}|${Math.min(len, 4)}`
    sink.add`nx=${nx}`
    sink.add`ns=${ns}`
    sink.add`h|nx=${h}|${nx}`
    sink.add`h|ns=${h}|${ns}`
    sink.add`last=${lastOr}`
    sink.add`h|last=${h}|${lastOr}`
    sink.add`last|nx=${last}|${nx}`
    sink.add`last|ns=${lastOr}|${ns}`
    sink.add`caps=${Math.min(caps, 2)}|${L}`
    sink.add`day=${day}|${ns}`
    sink.add`nx2=${nx}|${low(doc, e + 1, sentenceEnd)}`
    const ch = channel < 0 ? 'none' : e === channel ? 'at' : e < channel ? 'before' : 'after'
    sink.add`chan=${ch}`
    sink.add`h|chan=${h}|${ch}`
    if (syntax) {
      const kept = len > 1 ? attach(e - 1) : '-'
      const next = attach(e)
      sink.add`sl=${kept}`
      sink.add`sn=${next}`
      sink.add`sl|sn=${kept}|${next}`
      sink.add`h|sn=${h}|${next}`
    }
    done(n)
  }
}

/** Feature names of the cue `[anchor, e)` for every candidate end `e` (what training reads; see `writeCueEnds`). */
export function cueEndFeatureSets(doc: QuoteDoc, anchor: number, ends: readonly number[], lexWords: number, sentenceEnd: number, syntax?: Syntax): string[][] {
  const lists = ends.map(() => new FeatureList())
  writeCueEnds(
    doc,
    anchor,
    ends,
    lexWords,
    sentenceEnd,
    syntax,
    (n) => lists[n]!,
    () => {},
  )
  return lists.map((l) => l.names)
}

/** Index of the candidate end the cue-end ranker scores best (the first on ties), -1 when there is none. */
export function bestCueEnd(weights: FeatureTable, doc: QuoteDoc, anchor: number, ends: readonly number[], lexWords: number, sentenceEnd: number, syntax?: Syntax): number {
  const scorer = new FeatureScorer(weights)
  let best = -1
  let bestScore = -Infinity
  writeCueEnds(
    doc,
    anchor,
    ends,
    lexWords,
    sentenceEnd,
    syntax,
    () => scorer.reset(),
    (n) => {
      if (scorer.total > bestScore) {
        best = n
        bestScore = scorer.total
      }
    },
  )
  return best
}
