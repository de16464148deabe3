/**
 * Candidate spans of an attribution's content and source around one cue, for the learned rankers
 * to choose from: the rules' reading, the stretches a clause boundary, a quotation or a
 * complementizer ("that", "to", "whether") can start or end, and, when the syntax layer is there,
 * the subtrees of the cue's subject, agent and complements. Each candidate carries tags saying how
 * it was found, which the rankers read as features.
 */
import type { QuoteDoc } from './document-index.js'
import { firstStartingFrom } from '../../model/mention-index.js'
import type { Syntax } from '../syntax/types.js'
import { children, isRelation, subtreeSpan } from '../syntax/relations.js'

/** A candidate: tokens `[from, to)`, or the empty source (`from === to === -1`). */
export interface SpanCandidate {
  readonly from: number
  readonly to: number
  /** How the candidate was found ("rule", "after", "before", "quote", "subj", "ccomp", ...). */
  readonly tags: readonly string[]
}

/** The cue a candidate set is built around: tokens `[from, to)` in one sentence. */
export interface CueSite {
  readonly from: number
  readonly to: number
  readonly sentenceStart: number
  readonly sentenceEnd: number
  /** First tokens of the other cues found in the text ("“A,” X said. “B,” Y said": a content running over another cue is usually two). */
  readonly otherCues?: readonly number[]
}

const PUNCT = /^[^\p{L}\p{N}]+$/u
const FINAL = /^[.!?]$/
const COMPLEMENTIZER = /^(?:that|to|if|whether|how|what|why|when|where|who|which)$/
const SOURCE_BREAK = /^(?:and|but|that|which|who|as|because|while|when|if|so|than|although|though|after|before|since)$/
const ADVERB_OR_AUX = /^(?:\p{Ll}+ly|also|often|later|again|never|once|already|even|still|just|previously|then|now|recently|has|have|had|not|reportedly|has|will|would|did|does|do)$/u
const ADVERB_OR_AUX_OR_BE =
  /^(?:\p{Ll}+ly|also|often|later|again|never|once|already|even|still|just|then|now|has|have|had|not|will|would|is|are|was|were|be|been|being|can|could|may|might|should|must)$/u
/** Adverbs that focus a source phrase without being part of it. */
const FOCUS_ADVERB = /^(?:even|perhaps|maybe|also|still|particularly)$/
/** The most candidates of one kind a cue gets (the rest are far-fetched and slow to score). */
const MAX_CANDIDATES = 48
/** How far from the cue a content may start or a source may end, in tokens. */
const REACH = 14

/** Adds `[from, to)` with a tag, merging tags when the span is already there. */
function add(out: Map<string, { from: number; to: number; tags: Set<string> }>, from: number, to: number, tag: string): void {
  if (to <= from) return
  const key = `${from}:${to}`
  const c = out.get(key)
  if (c) c.tags.add(tag)
  else out.set(key, { from, to, tags: new Set([tag]) })
}

/** Token index of the token holding character `c`, or of the first token after it. */
export function tokenAtChar(doc: Pick<QuoteDoc, 'tokens'>, c: number): number {
  const i = firstStartingFrom(doc.tokens, c)
  return i > 0 && doc.tokens[i - 1]!.end > c ? i - 1 : i
}

/** Token range `[from, to)` covering the characters `[start, end)`. */
export function tokenRange(doc: Pick<QuoteDoc, 'tokens'>, start: number, end: number): [number, number] {
  const from = tokenAtChar(doc, start)
  let to = from
  while (to < doc.tokens.length && doc.tokens[to]!.start < end) to++
  return [from, to]
}

/** Drops final punctuation (not a closing quote) from the end of `[from, to)`. */
function trimEnd(doc: QuoteDoc, from: number, to: number): number {
  while (to > from && PUNCT.test(doc.tokens[to - 1]!.text) && !doc.closes.has(to - 1)) to--
  return to
}

/**
 * Content candidates of a cue: the rules' reading (`rule`, when there is one), stretches after
 * the cue (from its end, a complementizer or a quotation to the sentence end, a comma, a
 * semicolon or a closing mark), stretches before it (from the sentence start, a comma or a
 * quotation to the comma or closing mark before the cue), the quotation around, the clause around
 * a medial cue (`medial`, on by default; off for rankers trained before those candidates), and
 * the subtrees of the cue's complements when syntax is given; with `parsed` (on by default; off
 * for rankers trained before them) also the stretches the parse bounds around the cue's objects,
 * adjuncts and subject (`afterDependents`, `adjunctEnds`, `subjectStarts`).
 */
export function contentCandidates(doc: QuoteDoc, cue: CueSite, rule: readonly [number, number] | null, syntax?: Syntax, medial = true, parsed = true, runs = true): SpanCandidate[] {
  const parse = parsed ? syntax : undefined
  const out = new Map<string, { from: number; to: number; tags: Set<string> }>()
  const { tokens } = doc
  if (rule) add(out, rule[0], rule[1], 'rule')
  const sEnd = trimEnd(doc, cue.sentenceStart, cue.sentenceEnd)
  // After the cue.
  const starts: Array<[number, string]> = []
  let first = cue.to
  while (first < cue.sentenceEnd && /^[,:—–-]$/.test(tokens[first]!.text)) first++
  if (first < sEnd) starts.push([first, 'next'])
  for (let t = cue.to; t < Math.min(sEnd, cue.to + REACH); t++) {
    const w = doc.lower[t]!
    if (FINAL.test(w)) break
    if (t > first && COMPLEMENTIZER.test(w) && !doc.quoteOf[t]) starts.push([t, `comp-${w === 'to' ? 'to' : w === 'that' ? 'that' : 'wh'}`])
    if (doc.opens.has(t)) starts.push([t, 'open'])
  }
  if (parse) starts.push(...afterDependents(doc, cue, parse, sEnd))
  const ends: Array<[number, string]> = [[sEnd, 'send']]
  for (let t = cue.to + 1; t < sEnd; t++) {
    const w = tokens[t]!.text
    if (doc.quoteOf[t]) continue
    if (w === ',' || w === ';' || w === '—' || w === '–' || w === '--' || w === '(') ends.push([t, w === ',' ? 'comma' : 'semi'])
    else if (w === ':' && parse) ends.push([t, 'colon'])
    if (doc.closes.has(t)) ends.push([t + 1, 'close'])
  }
  if (parse) ends.push(...adjunctEnds(doc, cue, parse, sEnd))
  for (const [x, sx] of starts) {
    for (const [y, ey] of ends) if (y > x) add(out, x, y, `a:${sx}>${ey}`)
    // A quotation that runs on past the sentence (over paragraphs, or "..." he said. "...").
    const q = doc.opens.get(x)
    if (q) {
      const whole = doc.quotationOf.get(q) ?? q
      const [, qTo] = tokenRange(doc, whole.start, whole.end)
      add(out, x, qTo + 1 <= tokens.length && doc.closes.has(qTo) ? qTo + 1 : qTo, 'quotation')
    }
  }
  // Before the cue (postposed: "..., he said." or "“...,” said X.").
  const bStarts: Array<[number, string]> = [[cue.sentenceStart, 'sstart']]
  const bEnds: Array<[number, string]> = []
  for (let t = cue.sentenceStart; t < cue.from; t++) {
    const w = tokens[t]!.text
    if (doc.quoteOf[t]) continue
    if (w === ',' || w === ';' || w === '—' || w === '–' || w === '--') {
      bStarts.push([t + 1, 'after-comma'])
      bEnds.push([t, 'comma'])
    }
    if (doc.opens.has(t)) bStarts.push([t, 'open'])
    if (doc.closes.has(t)) bEnds.push([t + 1, 'close'])
  }
  // A quotation closed before the cue that opened in an earlier sentence.
  for (let t = cue.sentenceStart; t < cue.from; t++) {
    const q = doc.closes.get(t)
    if (!q) continue
    const whole = doc.quotationOf.get(q) ?? q
    const [qFrom] = tokenRange(doc, whole.start, whole.end)
    if (qFrom < cue.sentenceStart) add(out, Math.max(0, qFrom - 1), t + 1, 'b:quotation')
  }
  // "The nominee has been endorsed by dozens of papers": a passive cue's subject is what is reported.
  let beforeCue = cue.from
  while (beforeCue > cue.sentenceStart && ADVERB_OR_AUX_OR_BE.test(doc.lower[beforeCue - 1]!)) beforeCue--
  if (beforeCue < cue.from) bEnds.push([beforeCue, 'cue'])
  for (const [x, sx] of bStarts) for (const [y, ey] of bEnds) if (y > x) add(out, x, y, `b:${sx}>${ey}`)
  // “A,” said X, head of Y. “B. C.”: quotations that follow in the same paragraph go on with it.
  addQuotationRuns(out, doc, cue)
  // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": around the cue.
  if (cue.from > cue.sentenceStart + 1 && sEnd > cue.to + 1) add(out, cue.sentenceStart, sEnd, 'around')
  // "Trump is also expected to unveil ...", "He was charged with assault": a raising or passive cue
  // whose subject is part of what is reported, from the subject to where a stretch after the cue ends.
  if (parse) for (const from of subjectStarts(doc, cue, parse)) for (const [y, ey] of ends) if (y > cue.to) add(out, from, y, `x:subj>${ey}`)
  if (medial) addMedial(out, doc, cue, sEnd)
  if (syntax) addSyntaxContent(out, doc, cue, syntax)
  if (rule) tagAgainstRule(out, rule)
  const picked = ranked(out)
  return runs ? [...picked, ...runStarts(doc, cue, out)] : picked
}

/** The most run candidates `runStarts` adds past the cap (one per sentence the run goes on over). */
const MAX_RUN_STARTS = 4

/**
 * Token ends of the quotation run that goes on after the cue's sentence: the ends of the next
 * sentences of its paragraph (up to four) that open at or inside a quotation, while the cue's
 * sentence holds an opening mark. Empty when the next sentence does not go on with a quotation.
 */
function quotationRunEnds(doc: QuoteDoc, cue: CueSite): number[] {
  const { tokens, text } = doc
  let quoted = false
  for (let t = cue.sentenceStart; t < cue.sentenceEnd && !quoted; t++) quoted = doc.opens.has(t)
  if (!quoted) return []
  const out: number[] = []
  let s = doc.sentenceOf[cue.sentenceStart]!
  for (let k = 0; k < MAX_RUN_STARTS; k++) {
    const next = doc.sentences[s + 1]
    if (!next || /\n[^\S\n]*\n/.test(text.slice(doc.sentences[s]!.end, next.start))) break
    if (!doc.opens.has(next.tokenStart) && !doc.quoteOf[next.tokenStart]) break
    let end = next.tokenEnd
    while (end > next.tokenStart && !doc.closes.has(end - 1) && /^[^\p{L}\p{N}]+$/u.test(tokens[end - 1]!.text)) end--
    out.push(end)
    s++
  }
  return out
}

/**
 * Runs of quotations from the sentence start when the cue's first quotation opens later: "Yet
 * Trump is also a “change agent,” Cole said. “That’s exactly what people want ...”" is one
 * content from "Yet" (PolNeAR train before 2016-08: a sentence opening with words, a quotation
 * before the cue and the next sentence opening in a quotation, 33 contents run on from the
 * sentence start and 8 stop in it). Offered past the cap with a tag of their own (`run-s`), so
 * the other candidates stay as they were; `addQuotationRuns` keeps the runs from the first mark.
 * Runs from a start after the cue ("argued that ... “A leader must ...”") were measured too and
 * left out: held-out content seed 1 gained nothing with them.
 */
function runStarts(doc: QuoteDoc, cue: CueSite, taken: ReadonlyMap<string, unknown>): SpanCandidate[] {
  if (cue.sentenceStart >= cue.from) return []
  return quotationRunEnds(doc, cue)
    .filter((end) => !taken.has(`${cue.sentenceStart}:${end}`))
    .map((end) => ({ from: cue.sentenceStart, to: end, tags: ['run-s'] }))
}

/** Relations of the cue's own dependents after it that a content leaves out ("addressed X | last Thursday", "said ... | but said ..."). */
const ADJUNCT = /^(?:obl|advmod|advcl|conj|nmod|cc)$/

/**
 * Ends of stretches after the cue at the first word of each adjunct or conjunct that hangs off the
 * cue after it ("decried X | during a speech", "said she had met him | but said ..."): PolNeAR's
 * content is what was said, not when, where or what else the speaker did.
 */
function adjunctEnds(doc: QuoteDoc, cue: CueSite, syntax: Syntax, sEnd: number): Array<[number, string]> {
  const out: Array<[number, string]> = []
  for (let a = cue.from; a < cue.to; a++) {
    for (const t of children(syntax, a)) {
      if (t < cue.to + 1 || t >= sEnd || doc.quoteOf[t]) continue
      const rel = syntax[t]!.deprel.split(':')[0]!
      if (!ADJUNCT.test(rel)) continue
      let start = subtreeSpan(syntax, t).start
      if (start <= cue.to) continue
      while (start > cue.to + 1 && PUNCT.test(doc.tokens[start - 1]!.text) && !doc.closes.has(start - 1)) start--
      out.push([start, `adj-${rel}`])
    }
  }
  return out
}

/** Relations of the cue's dependents right after it that a content may start after ("told me | they believed", "reported on Wednesday | the ..."). */
const LEADING = /^(?:obl|advmod|iobj|obj|nmod)$/

/**
 * Starts of stretches after the cue right after each object or adjunct that hangs off it and is
 * followed by more words of the sentence ("told me | they believed", "shared with X | the details").
 */
function afterDependents(doc: QuoteDoc, cue: CueSite, syntax: Syntax, sEnd: number): Array<[number, string]> {
  const out: Array<[number, string]> = []
  for (let a = cue.from; a < cue.to; a++) {
    for (const t of children(syntax, a)) {
      if (t < cue.to || t >= sEnd || doc.quoteOf[t]) continue
      const rel = syntax[t]!.deprel.split(':')[0]!
      if (!LEADING.test(rel)) continue
      const { start, end } = subtreeSpan(syntax, t)
      if (start < cue.to || start > cue.to + 3) continue
      let next = end
      while (next < sEnd && /^[,:—–-]$/.test(doc.tokens[next]!.text)) next++
      if (next < sEnd - 1 && next - cue.to < REACH) out.push([next, `after-${rel}`])
    }
  }
  return out
}

/** First tokens of the cue's subject (active or passive) before it in its sentence. */
function subjectStarts(doc: QuoteDoc, cue: CueSite, syntax: Syntax): number[] {
  const out: number[] = []
  for (let a = cue.from; a < cue.to; a++) {
    for (const t of children(syntax, a)) {
      if (t >= cue.from || !/^(?:nsubj|expl)/.test(syntax[t]!.deprel)) continue
      const { start } = subtreeSpan(syntax, t)
      if (start >= cue.sentenceStart && !doc.quoteOf[start]) out.push(start)
    }
  }
  return out
}

/** How a cue sits inside a clause, as `medialFrame` reads it. */
export interface MedialFrame {
  /** `comma`: ", X said," / "as X said,"; `relative`: "which X says ...", "the cost experts say it has". */
  readonly kind: 'comma' | 'relative'
  /** First token of the source-and-cue stretch (the source, or "as"): the clause's words before it come before. */
  readonly from: number
  /** First token after the stretch (after its closing comma for `comma`; the cue's end for `relative`). */
  readonly to: number
}

const WH_START = /^(?:which|what|who|whom|how|that|where|when|why)$/
/** Most words of a source between the comma (or wh-word) and the cue. */
const MEDIAL_SOURCE = 8
/** Most words after the cue before the closing comma ("he told me on Friday,"). */
const MEDIAL_TAIL = 4

/**
 * Whether the cue is set inside a clause that goes on after it: ", Mr. Obama noted, that ...",
 * "Hawaii, as one adviser pointed out, normally ...", "which, Tompkins said, is ..." (a comma
 * before the source or the cue, a comma soon after the cue, and words after that comma), or the
 * clause of a relative or wh-word whose subject is the source ("which X says ...", "what Trump
 * says his plan would do"). Null for a cue that opens or closes its content.
 */
export function medialFrame(doc: QuoteDoc, cue: CueSite): MedialFrame | null {
  const { tokens } = doc
  const sEnd = cue.sentenceEnd
  if (doc.quoteOf[cue.from]) return null
  // Left: the comma (or wh-word) before the source, over a short stretch of words.
  let a = cue.from - 1
  while (a >= cue.sentenceStart && cue.from - a <= MEDIAL_SOURCE && !PUNCT.test(tokens[a]!.text) && !WH_START.test(doc.lower[a]!) && doc.lower[a] !== 'as') a--
  if (a < cue.sentenceStart || cue.from - a > MEDIAL_SOURCE) return null
  const left = doc.lower[a]!
  if (left === ',' || left === '—' || left === '–' || left === '--' || left === 'as') {
    const start = left === 'as' ? a : a + 1
    if (left === 'as' && tokens[a - 1]?.text !== ',' && a !== cue.sentenceStart) return null
    // Right: the closing comma after the cue (and a short tail: "on Friday", "then").
    let r = cue.to
    while (r < sEnd && r - cue.to < MEDIAL_TAIL && !PUNCT.test(tokens[r]!.text)) r++
    // "..., he said, “we were floored”": a quotation may follow the comma.
    if (r < sEnd && /^[,—–]$|^--$/.test(tokens[r]!.text) && r + 1 < sEnd && !FINAL.test(tokens[r + 1]!.text) && (start > cue.sentenceStart || left === 'as')) {
      return { kind: 'comma', from: start, to: r + 1 }
    }
    return null
  }
  if (WH_START.test(left) && a < cue.from - 1 && cue.to < sEnd && !PUNCT.test(tokens[cue.to]!.text) && !doc.opens.has(cue.to) && doc.lower[cue.to] !== 'that') {
    return { kind: 'relative', from: a, to: cue.to }
  }
  return null
}

/**
 * Contents that run across a medial cue (`medialFrame`): from where the clause around it starts
 * (the sentence start, after a leading conjunction, after a comma or semicolon, or at a wh-word)
 * to where it ends after the cue (the sentence end, a clause comma, a closing mark).
 */
function addMedial(out: Map<string, { from: number; to: number; tags: Set<string> }>, doc: QuoteDoc, cue: CueSite, sEnd: number): void {
  const frame = medialFrame(doc, cue)
  if (!frame) return
  const { tokens } = doc
  const starts: Array<[number, string]> = []
  const lo = cue.sentenceStart
  starts.push([lo, 'sstart'])
  if (/^(?:but|and|so|yet|still|or|now|then)$/.test(doc.lower[lo]!)) {
    let t = lo + 1
    if (tokens[t]?.text === ',') t++
    starts.push([t, 'conj'])
  }
  let commas = 0
  const stop = frame.kind === 'comma' ? frame.from - 1 : frame.from
  for (let t = stop - 1; t > lo && commas < 3; t--) {
    if (doc.quoteOf[t]) continue
    const w = tokens[t]!.text
    if (w === ',' || w === ';' || w === '—' || w === '–' || w === '--') {
      commas++
      const next = doc.lower[t + 1] ?? ''
      starts.push([t + 1, 'comma'])
      if (/^(?:but|and|so|yet|while|because|although|though)$/.test(next)) starts.push([t + 2, 'comma-conj'])
    }
    if (WH_START.test(doc.lower[t]!) && t < stop) starts.push([t, 'wh'])
  }
  if (frame.kind === 'relative') starts.push([frame.from, 'wh'])
  const ends: Array<[number, string]> = [[sEnd, 'send']]
  for (let t = frame.to + 1; t < sEnd; t++) {
    if (doc.quoteOf[t] && !doc.closes.has(t)) continue
    if (doc.closes.has(t)) {
      ends.push([t + 1, 'close'])
      break
    }
    const w = tokens[t]!.text
    if (w === ',' || w === ';' || w === '—' || w === '–' || w === '--') {
      ends.push([t, 'comma'])
      break
    }
  }
  for (const [x, sx] of starts) for (const [y, ey] of ends) if ((x < frame.from || (frame.kind === 'relative' && x === frame.from)) && y > frame.to) add(out, x, y, `m:${frame.kind}:${sx}>${ey}`)
}

/**
 * Runs of quotations in the cue's paragraph: from a quotation in or right before the cue's
 * sentence to the end of each quotation that follows it sentence after sentence ("“A,” said X.
 * “B.” “C.”"), stopping at the paragraph's end or at a sentence that is not a quotation.
 */
function addQuotationRuns(out: Map<string, { from: number; to: number; tags: Set<string> }>, doc: QuoteDoc, cue: CueSite): void {
  const { tokens, text } = doc
  let first = -1
  for (let t = cue.sentenceStart; t < cue.sentenceEnd; t++) {
    if (doc.opens.has(t)) {
      first = t
      break
    }
  }
  if (first < 0) return
  let s = doc.sentenceOf[cue.sentenceStart]!
  for (let k = 0; k < MAX_RUN_STARTS; k++) {
    const next = doc.sentences[s + 1]
    if (!next || /\n[^\S\n]*\n/.test(text.slice(doc.sentences[s]!.end, next.start))) return
    // The next sentence must start inside or at a quotation to go on with it.
    if (!doc.opens.has(next.tokenStart) && !doc.quoteOf[next.tokenStart]) return
    let end = next.tokenEnd
    while (end > next.tokenStart && !doc.closes.has(end - 1) && /^[^\p{L}\p{N}]+$/u.test(tokens[end - 1]!.text)) end--
    add(out, first, end, 'run')
    s++
  }
}

/**
 * Source candidates of a cue: none, the rules' reading, noun-phrase stretches ending right before
 * the cue (from the sentence start or a clause boundary, with or without an appositive),
 * stretches after it ("said Jane Doe, the campaign manager"), and the subject, agent or
 * "according to" object subtrees when syntax is given.
 */
export function sourceCandidates(doc: QuoteDoc, cue: CueSite, read: readonly [number, number] | null, syntax?: Syntax): SpanCandidate[] {
  const out = new Map<string, { from: number; to: number; tags: Set<string> }>()
  const { tokens } = doc
  // The rules' reading without a focusing adverb before it ("Even China", `FOCUS_ADVERB`).
  const rule = read && read[1] - read[0] > 1 && FOCUS_ADVERB.test(doc.lower[read[0]]!) ? ([read[0] + 1, read[1]] as const) : read
  if (rule) add(out, rule[0], rule[1], 'rule')
  // Before the cue: end at the cue (skipping adverbs and auxiliaries), or before an appositive.
  let end = cue.from
  while (end > cue.sentenceStart && ADVERB_OR_AUX.test(doc.lower[end - 1]!)) end--
  const ends: number[] = [end]
  if (end > cue.sentenceStart && tokens[end - 1]!.text === ',') {
    ends.push(end - 1)
    // "Yury Ushakov, a presidential aide, mentioned": the name before the appositive.
    for (let t = end - 2; t > cue.sentenceStart && end - t < 30; t--) {
      if (tokens[t]!.text === ',') {
        ends.push(t)
        break
      }
    }
  }
  for (const e of ends) {
    for (let t = e - 1; t >= cue.sentenceStart && e - t <= REACH; t--) {
      const w = doc.lower[t]!
      if (doc.closes.has(t) || doc.opens.has(t) || (FINAL.test(w) && !gluedPeriod(doc, t)) || w === ';' || w === ':') {
        add(out, t + 1, e, 'pre-boundary')
        break
      }
      if (SOURCE_BREAK.test(w) || (w === ',' && e === end - 1)) add(out, t + 1, e, 'pre-break')
      if (t === cue.sentenceStart) add(out, t, e, 'pre-sstart')
      else if (/^\p{Lu}/u.test(tokens[t]!.text) || /^(?:the|a|an|his|her|their|its|our|my|he|she|they|i|we|it|you|who|which)$/.test(w)) add(out, t, e, 'pre-np')
    }
  }
  // After the cue: "said Jane Doe", "said Jane Doe, the campaign manager", "according to X".
  let t = cue.to
  for (;;) {
    while (t < cue.sentenceEnd && t - cue.to < REACH && !PUNCT.test(tokens[t]!.text) && !doc.opens.has(t) && doc.lower[t] !== 'that') t++
    // "said Rep. Jane Doe (D-N.Y.), a ...": a party and state in parentheses belong to the name.
    const close = t > cue.to && tokens[t]?.text === '(' ? parenthesisClose(doc, t, cue.sentenceEnd) : -1
    if (close < 0) break
    t = close + 1
  }
  if (t > cue.to) {
    add(out, cue.to, t, 'post')
    if (tokens[t]?.text === ',') {
      let a = t + 1
      while (a < cue.sentenceEnd && a - t < 30 && !FINAL.test(tokens[a]!.text) && tokens[a]!.text !== ',' && !doc.opens.has(a)) a++
      if (a > t + 1) add(out, cue.to, a, 'post-appos')
    }
  }
  if (syntax) addSyntaxSource(out, doc, cue, syntax)
  // "Even China, Pyongyang's only ally, said", "Perhaps the moderators will demand": a focusing
  // adverb before the phrase is the writer's (PolNeAR train: "even" before a source 29 times, in
  // one 8; "perhaps" 5 and 0).
  for (const c of [...out.values()]) {
    if (c.to - c.from > 1 && FOCUS_ADVERB.test(doc.lower[c.from]!)) for (const tag of ['trim-focus', ...c.tags]) add(out, c.from + 1, c.to, tag)
  }
  if (rule) tagAgainstRule(out, rule)
  const list = ranked(out)
  list.unshift({ from: -1, to: -1, tags: ['none'] })
  return list
}

/** Whether token `t` is a period glued to the words on both sides ("D-N.C.", which the tokenizer splits after "D-N"). */
function gluedPeriod(doc: QuoteDoc, t: number): boolean {
  const { tokens } = doc
  return tokens[t]!.text === '.' && t > 0 && t + 1 < tokens.length && tokens[t - 1]!.end === tokens[t]!.start && tokens[t + 1]!.start === tokens[t]!.end
}

/** The ")" closing the "(" at `open` within a few tokens of words, initials and hyphens ("(D-N.Y.)", "(R)"), or -1. */
function parenthesisClose(doc: QuoteDoc, open: number, end: number): number {
  for (let p = open + 1; p < end && p - open <= 8; p++) {
    const w = doc.tokens[p]!.text
    if (w === ')') return p > open + 1 ? p : -1
    if (PUNCT.test(w) && w !== '-' && !gluedPeriod(doc, p)) return -1
  }
  return -1
}

/** Tags each candidate with how it lies against the rules' reading: inside it, around it, sharing an edge. */
function tagAgainstRule(out: Map<string, { from: number; to: number; tags: Set<string> }>, rule: readonly [number, number]): void {
  const [rf, rt] = rule
  for (const c of out.values()) {
    if (c.from === rf && c.to === rt) continue
    if (c.to <= rf || c.from >= rt) c.tags.add('r:apart')
    else if (c.from >= rf && c.to <= rt) c.tags.add(c.from === rf ? 'r:in-same-start' : c.to === rt ? 'r:in-same-end' : 'r:in')
    else if (c.from <= rf && c.to >= rt) c.tags.add(c.from === rf ? 'r:out-same-start' : c.to === rt ? 'r:out-same-end' : 'r:out')
    else c.tags.add('r:overlap')
  }
}

/** Candidates in a fixed order (by tag count, then position), at most `MAX_CANDIDATES`. */
function ranked(out: Map<string, { from: number; to: number; tags: Set<string> }>): SpanCandidate[] {
  return [...out.values()]
    .sort((a, b) => b.tags.size - a.tags.size || a.from - b.from || a.to - b.to)
    .slice(0, MAX_CANDIDATES)
    .map((c) => ({ from: c.from, to: c.to, tags: [...c.tags].sort() }))
}

/**
 * The stretch `[from, to)` the subtree of `head` covers, leaving out the dependents `skip` names
 * (an appositive, the cue itself): the head and the subtrees of the dependents kept.
 */
function coveredBy(syntax: Syntax, head: number, skip?: (child: number) => boolean): [number, number] {
  if (!skip) {
    const { start, end } = subtreeSpan(syntax, head)
    return [start, end]
  }
  let from = head
  let to = head + 1
  for (const c of children(syntax, head)) {
    if (skip(c)) continue
    const { start, end } = subtreeSpan(syntax, c)
    from = Math.min(from, start)
    to = Math.max(to, end)
  }
  return [from, to]
}

function addSyntaxContent(out: Map<string, { from: number; to: number; tags: Set<string> }>, doc: QuoteDoc, cue: CueSite, syntax: Syntax): void {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const inside = ([f, e]: [number, number]): boolean => f >= lo && e <= hi
  for (let anchor = cue.from; anchor < cue.to; anchor++) {
    for (const t of children(syntax, anchor)) {
      const rel = syntax[t]!.deprel.split(':')[0]!
      if (rel === 'ccomp' || rel === 'xcomp' || rel === 'obj' || rel === 'parataxis' || rel === 'advcl' || rel === 'obl' || rel === 'iobj' || rel === 'nmod') {
        const span = coveredBy(syntax, t)
        if (inside(span)) add(out, span[0], trimEnd(doc, span[0], span[1]), `dep-${rel}`)
      }
    }
    // "The nominee has been endorsed by ...": the passive subject is what is reported.
    for (const t of children(syntax, anchor)) {
      if (!isRelation(syntax[t]!.deprel, 'nsubj:pass') && !isRelation(syntax[t]!.deprel, 'csubj:pass')) continue
      const span = coveredBy(syntax, t)
      if (inside(span)) add(out, span[0], trimEnd(doc, span[0], span[1]), 'dep-subjpass')
    }
    // "“...,” he said": the cue hangs off the reported clause (parataxis), which is the content
    // without the cue's own subtree.
    const head = syntax[anchor]!.head
    if (head >= lo && head < hi && /^(?:parataxis|ccomp)/.test(syntax[anchor]!.deprel)) {
      const span = coveredBy(syntax, head, (child) => child === anchor)
      if (inside(span)) add(out, span[0], trimEnd(doc, span[0], span[1]), 'head-clause')
    }
  }
}

function addSyntaxSource(out: Map<string, { from: number; to: number; tags: Set<string> }>, doc: QuoteDoc, cue: CueSite, syntax: Syntax): void {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const preds = new Set<number>()
  for (let a = cue.from; a < cue.to; a++) {
    preds.add(a)
    // The subject of a participle or an xcomp sits on the verb it hangs from.
    const h = syntax[a]!.head
    if (h >= lo && h < hi && /^(?:advcl|xcomp|conj|acl)/.test(syntax[a]!.deprel)) preds.add(h)
  }
  const inside = ([f, e]: [number, number]): boolean => f >= lo && e <= hi
  for (const p of preds) {
    for (const t of children(syntax, p)) {
      const rel = syntax[t]!.deprel
      if (isRelation(rel, 'nsubj') || isRelation(rel, 'csubj') || rel === 'obl:agent' || rel === 'expl' || (isRelation(rel, 'obl') && doc.lower[t - 1] === 'by')) {
        const tag = `dep-${rel.replace(':', '-')}`
        const whole = coveredBy(syntax, t)
        if (inside(whole)) add(out, whole[0], trimEnd(doc, whole[0], whole[1]), tag)
        // Without its appositive or relative clause ("Yury Ushakov, a presidential aide,").
        const core = coveredBy(syntax, t, (child) => /^(?:appos|acl|punct)/.test(syntax[child]!.deprel))
        if (inside(core)) add(out, core[0], trimEnd(doc, core[0], core[1]), `${tag}-core`)
      }
    }
  }
  // "according to X": what hangs off "according" or "to" after the cue.
  if (doc.lower[cue.from] === 'according') {
    for (const h of [cue.from, cue.from + 1]) {
      for (const t of children(syntax, h)) {
        if (t < cue.to) continue
        const span = coveredBy(syntax, t)
        if (inside(span)) add(out, Math.max(span[0], cue.to), trimEnd(doc, span[0], span[1]), 'dep-according')
      }
    }
  }
}
