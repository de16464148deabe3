/**
 * Features of content and source candidates for the learned span rankers: how the candidate was
 * found, where it starts and ends (the words and marks at its edges, its length, its distance from
 * the cue), which side of the cue it lies on, the cue's main word, and its place in the parse when
 * syntax is given (the relation of its head word, and whether it is a whole subtree). Shared by
 * the quotes step and `scripts/train-quotes.ts` so training and use cannot drift apart.
 */
import type { QuoteDoc } from './document-index.js'
import { medialFrame, type CueSite, type MedialFrame, type SpanCandidate } from './span-candidates.js'
import type { Syntax } from '../syntax/types.js'
import { subtreeSpan } from '../syntax/relations.js'
import { featureNames, type FeatureSink } from '../../model/feature-hash.js'
import { writeCueSubject } from './cue-subject.js'

const PRONOUN = /^(?:he|she|they|i|we|it|you|who|which|that|him|her|them|one)$/

function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : n <= 40 ? '21-40' : '41+'
}

function shape(doc: QuoteDoc, i: number): string {
  const t = doc.tokens[i]
  if (!t) return 'none'
  if (doc.opens.has(i)) return 'open'
  if (doc.closes.has(i)) return 'close'
  const w = t.text
  if (/^\p{Lu}/u.test(w)) return 'C'
  if (/^\p{Ll}/u.test(w)) return PRONOUN.test(w) ? 'pron' : 'l'
  if (/^\p{N}/u.test(w)) return 'N'
  return w.length <= 2 ? w : 'p'
}

/** The cue's main word (after auxiliaries and adverbs), lower-cased, its inflection cut. */
export function cueHead(doc: QuoteDoc, cue: CueSite, syntax?: Syntax): string {
  for (let t = cue.from; t < cue.to; t++) {
    if (syntax) {
      const s = syntax[t]!
      if (s.upos === 'VERB' || s.upos === 'NOUN' || (s.upos === 'ADP' && doc.lower[t] === 'according')) return s.lemma.toLowerCase()
      continue
    }
    const w = doc.lower[t]!
    if (/^(?:has|have|had|is|are|was|were|be|been|will|would|also|then|even|did|does|do|not|to|never|\p{L}+ly)$/u.test(w) && t < cue.to - 1) continue
    return w.length > 4 ? w.replace(/(?:ing|ed|es|s|d)$/, '') : w
  }
  return doc.lower[cue.from] ?? ''
}

const word = (doc: QuoteDoc, i: number, lo: number, hi: number): string => (i < lo ? '<s>' : i >= hi ? '</s>' : doc.lower[i]!)

/** The token of `[from, to)` whose head lies outside it (the first such), or -1. */
function spanHead(syntax: Syntax, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    const h = syntax[t]!.head
    if (h < from || h >= to) return t
  }
  return -1
}

/** Whether `[from, to)` is the whole subtree of its head, punctuation at the edges aside. */
function isSubtree(doc: QuoteDoc, syntax: Syntax, head: number, from: number, to: number): boolean {
  let { start, end } = subtreeSpan(syntax, head)
  while (start < end && PUNCT_TOKEN.test(doc.tokens[start]!.text)) start++
  while (end > start && PUNCT_TOKEN.test(doc.tokens[end - 1]!.text)) end--
  let f = from
  let t = to
  while (f < t && PUNCT_TOKEN.test(doc.tokens[f]!.text)) f++
  while (t > f && PUNCT_TOKEN.test(doc.tokens[t - 1]!.text)) t--
  return start === f && end === t
}

const PUNCT_TOKEN = /^[^\p{L}\p{N}]+$/u

/** A relation without its subtype (`obl` for `obl:tmod`), as `deprel.split(':')[0]` reads it. */
function relationBase(deprel: string): string {
  const colon = deprel.indexOf(':')
  return colon < 0 ? deprel : deprel.slice(0, colon)
}

/** Where token `t`'s head lies: in the cue, in the candidate, or elsewhere. */
function headPlace(syntax: Syntax, cue: CueSite, c: SpanCandidate, t: number): string {
  const h = syntax[t]!.head
  return h >= cue.from && h < cue.to ? 'cue' : h >= c.from && h < c.to ? 'cand' : 'other'
}

/** The first word beyond a candidate's edge, punctuation skipped (", which advocates say": "say"): its relation, where it hangs, the gap. */
function edgeOf(doc: QuoteDoc, syntax: Syntax, cue: CueSite, c: SpanCandidate, from: number, step: number): string {
  let t = from
  while (t >= cue.sentenceStart && t < cue.sentenceEnd && syntax[t]!.upos === 'PUNCT') t += step
  if (t < cue.sentenceStart || t >= cue.sentenceEnd) return 'none'
  const gap = t === from ? '' : doc.tokens[from]!.text
  return `${relationBase(syntax[t]!.deprel)}|${headPlace(syntax, cue, c, t)}|${gap}`
}

/** A candidate's word at `t`: its tag, relation and where it hangs. */
function innerOf(syntax: Syntax, cue: CueSite, c: SpanCandidate, t: number): string {
  const x = syntax[t]!
  return `${x.upos}|${relationBase(x.deprel)}|${headPlace(syntax, cue, c, t)}`
}

/**
 * Writes the features the parse adds for a candidate: its head's tag and relation, and how it
 * hangs off the cue; with `cueWord`, also those of them a cue's own habits change, paired with it.
 */
function writeSyntaxFeatures(sink: FeatureSink, doc: QuoteDoc, syntax: Syntax, cue: CueSite, c: SpanCandidate, prefix: string, cueWord?: string): void {
  const head = spanHead(syntax, c.from, c.to)
  if (head < 0) {
    sink.add`${prefix}nohead`
    return
  }
  const s = syntax[head]!
  const h2 = s.head >= 0 ? (syntax[s.head]?.head ?? -1) : -1
  const toCue = s.head >= cue.from && s.head < cue.to ? 'cue' : s.head >= 0 && h2 >= cue.from && h2 < cue.to ? 'cue2' : 'other'
  let cueHangs = 'no'
  for (let t = cue.from; t < cue.to; t++) if (syntax[t]!.head === head) cueHangs = relationBase(syntax[t]!.deprel)
  const whole = isSubtree(doc, syntax, head, c.from, c.to)
  // Where the candidate's edges cut the parse: how many of its words hang outside it (a clean
  // constituent has one), and what the words just outside hang from (the cue: an adjunct or a
  // listener of the cue is left out; the candidate: the stretch was cut short).
  let outside = 0
  for (let t = c.from; t < c.to; t++) {
    const h = syntax[t]!.head
    if ((h < c.from || h >= c.to) && syntax[t]!.upos !== 'PUNCT') outside++
  }
  const next = edgeOf(doc, syntax, cue, c, c.to, 1)
  const prev = edgeOf(doc, syntax, cue, c, c.from - 1, -1)
  const last = innerOf(syntax, cue, c, c.to - 1)
  const out = Math.min(outside, 3)
  sink.add`${prefix}out=${out}`
  sink.add`${prefix}nx=${next}`
  sink.add`${prefix}pv=${prev}`
  sink.add`${prefix}pv|nx=${prev}|${next}`
  sink.add`${prefix}last=${last}`
  sink.add`${prefix}first=${innerOf(syntax, cue, c, c.from)}`
  sink.add`${prefix}last|nx=${last}|${next}`
  sink.add`${prefix}out|hr=${out}|${s.deprel}`
  sink.add`${prefix}hu=${s.upos}`
  sink.add`${prefix}hr=${s.deprel}`
  sink.add`${prefix}hr|to=${s.deprel}|${toCue}`
  sink.add`${prefix}hang=${cueHangs}`
  sink.add`${prefix}sub=${whole}`
  sink.add`${prefix}sub|hr=${whole}|${s.deprel}`
  sink.add`${prefix}fu=${syntax[c.from]!.upos}`
  sink.add`${prefix}lu=${syntax[c.to - 1]!.upos}`
  if (cueWord === undefined) return
  // The cue's own habits: what "called" takes (an object and its complement) is not what "said" takes.
  sink.add`h|${prefix}nx=${next}=${cueWord}`
  sink.add`h|${prefix}pv=${prev}=${cueWord}`
  sink.add`h|${prefix}hr|to=${s.deprel}|${toCue}=${cueWord}`
  sink.add`h|${prefix}sub|hr=${whole}|${s.deprel}=${cueWord}`
}

/** Where a candidate lies against its cue (after, before, across) and the words at its edges. */
function spanGeometry(doc: QuoteDoc, cue: CueSite, c: SpanCandidate): { side: 'A' | 'B' | 'X'; f: string; l: string; pb: string; na: string; dist: number } {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const side = c.from >= cue.to ? 'A' : c.to <= cue.from ? 'B' : 'X'
  return {
    side,
    f: doc.lower[c.from]!,
    l: doc.lower[c.to - 1]!,
    pb: word(doc, c.from - 1, lo, hi),
    na: word(doc, c.to, lo, hi),
    dist: side === 'A' ? c.from - cue.to : side === 'B' ? cue.from - c.to : 0,
  }
}

/** Writes what both rankers read off a candidate's place: its side of the cue, length, edge words and shapes, distance, with the cue's main word. */
function writeGeometry(sink: FeatureSink, doc: QuoteDoc, c: SpanCandidate, head: string, g: ReturnType<typeof spanGeometry>): void {
  const { side, f, l, pb, na, dist } = g
  const len = bucket(c.to - c.from)
  const far = bucket(dist)
  sink.add`b`
  sink.add`side=${side}`
  sink.add`len=${len}`
  sink.add`side|len=${side}|${len}`
  sink.add`f=${f}`
  sink.add`fs=${shape(doc, c.from)}`
  sink.add`pb=${pb}`
  sink.add`pb|f=${pb}|${f}`
  sink.add`l=${l}`
  sink.add`ls=${shape(doc, c.to - 1)}`
  sink.add`na=${na}`
  sink.add`nas=${shape(doc, c.to)}`
  sink.add`dist=${side}|${far}`
  sink.add`h|side=${head}|${side}`
  sink.add`h|side|dist=${head}|${side}|${far}`
}

/**
 * Whether the candidate runs over another cue found in the text, and what stands right before the
 * first one (", saying": a participle of the same speaker; "said": a second attribution).
 */
function writeOtherCues(sink: FeatureSink, doc: QuoteDoc, cue: CueSite, c: SpanCandidate, side: string): void {
  let n = 0
  let first = -1
  for (const t of cue.otherCues ?? []) {
    if (t < c.from || t >= c.to) continue
    if (first < 0) first = t
    n++
  }
  if (!n) {
    sink.add`oc=0`
    return
  }
  const count = n > 1 ? '2+' : '1'
  sink.add`oc=${count}`
  sink.add`oc|side=${count}|${side}`
  sink.add`oc|pb=${shape(doc, first - 1)}`
  sink.add`oc|len=${count}|${bucket(c.to - c.from)}`
}

/**
 * The relations of the candidate's words that hang off the cue itself ("attacked | Machado in
 * early-morning tweets": obj and obl; the obl is the attack's setting, not what was said).
 */
function cueDependents(syntax: Syntax, cue: CueSite, c: SpanCandidate): string {
  const rels = new Set<string>()
  for (let t = c.from; t < c.to; t++) {
    const x = syntax[t]!
    if (x.upos !== 'PUNCT' && x.head >= cue.from && x.head < cue.to) rels.add(relationBase(x.deprel))
  }
  return [...rels].sort().join('+') || 'none'
}

/** The word before the first opening mark inside a candidate that does not start with it ("message is, “...": "is"). */
function beforeInnerQuote(doc: QuoteDoc, c: SpanCandidate): string {
  for (let t = c.from + 1; t < c.to; t++) {
    if (!doc.opens.has(t)) continue
    let b = t - 1
    while (b > c.from && PUNCT_TOKEN.test(doc.tokens[b]!.text)) b--
    return PUNCT_TOKEN.test(doc.tokens[b]!.text) ? 'punct' : doc.lower[b]!
  }
  return 'none'
}

/**
 * How a candidate lies against a medial cue's frame (`medialFrame`): whether it runs across the
 * source and cue, and how its edges sit (at the frame, at the sentence's edge, after a comma, at
 * a wh-word; at a comma, a closing mark). ", Mr. Obama noted, that ...": the clause around the
 * parenthetical, not the words after it, is what was said.
 */
function writeMedial(sink: FeatureSink, doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, side: string, frame: MedialFrame | null): void {
  const kind = frame?.kind ?? 'none'
  sink.add`mf=${kind}|${side}`
  sink.add`h|mf=${head}|${kind}|${side}`
  if (!frame) return
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const covers = c.from <= frame.from && c.to >= frame.to
  const before = c.from > lo ? doc.tokens[c.from - 1]!.text : '<s>'
  const st =
    c.from === frame.from
      ? 'frame'
      : c.from === lo
        ? 'sstart'
        : c.from === lo + 1 || (c.from === lo + 2 && before === ',')
          ? 'lead'
          : PUNCT_TOKEN.test(before)
            ? 'punct'
            : /^(?:which|what|who|whom|how|that|where|when|why)$/.test(doc.lower[c.from]!)
              ? 'wh'
              : 'word'
  const after = c.to < hi ? doc.tokens[c.to]!.text : '</s>'
  const en = c.to >= hi - 1 || /^[.!?]$/.test(after) ? 'send' : doc.closes.has(c.to - 1) ? 'close' : after === ',' ? 'comma' : c.to <= frame.from ? 'frame' : 'word'
  sink.add`mf|cov=${kind}|${covers}`
  sink.add`mf|st|en=${kind}|${covers}|${st}|${en}`
  sink.add`mf|st=${kind}|${side}|${st}`
  sink.add`mf|en=${kind}|${side}|${en}`
}

/** Writes the features of one content candidate of a cue whose main word is `head`. */
export function writeContentFeatures(sink: FeatureSink, doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, syntax?: Syntax, frame: MedialFrame | null = medialFrame(doc, cue)): void {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const g = spanGeometry(doc, cue, c)
  const { side } = g
  const crosses = c.from < lo || c.to > hi
  const endsAtSentence = c.to >= hi - 1 || (c.to < hi && /^[.!?]$/.test(doc.tokens[c.to]!.text))
  writeGeometry(sink, doc, c, head, g)
  sink.add`l|na=${g.l}|${g.na}`
  sink.add`xs=${crosses}`
  sink.add`se=${side}|${endsAtSentence}`
  sink.add`h|f=${head}|${g.f}`
  sink.add`h|se=${head}|${endsAtSentence}`
  for (const tag of c.tags) {
    sink.add`t=${tag}`
    sink.add`t|h=${tag}|${head}`
    sink.add`t|xs=${tag}|${crosses}`
  }
  const iq = beforeInnerQuote(doc, c)
  writeOtherCues(sink, doc, cue, c, side)
  sink.add`iq=${iq}`
  sink.add`iq|side=${iq}|${side}`
  writeMedial(sink, doc, cue, head, c, side, frame)
  if (syntax && !crosses) {
    writeSyntaxFeatures(sink, doc, syntax, cue, c, 'c', head)
    const deps = cueDependents(syntax, cue, c)
    sink.add`cdeps=${deps}`
    sink.add`h|cdeps=${head}|${deps}`
  }
}

/** Writes the features of one source candidate (the empty source included) of a cue whose main word is `head`. */
export function writeSourceFeatures(sink: FeatureSink, doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, syntax?: Syntax): void {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  if (c.from < 0) {
    const atStart = cue.from === lo || (cue.from === lo + 1 && doc.opens.has(lo))
    sink.add`none`
    sink.add`none|h=${head}`
    sink.add`none|pb=${word(doc, cue.from - 1, lo, hi)}`
    sink.add`none|na=${word(doc, cue.to, lo, hi)}`
    sink.add`none|start=${atStart}`
    sink.add`none|h|pb=${head}|${shape(doc, cue.from - 1)}`
    sink.add`none|rule=${c.tags.includes('rule')}`
    if (syntax) writeCueSubject(sink, syntax, cue, head)
    return
  }
  const g = spanGeometry(doc, cue, c)
  const pron = c.to - c.from === 1 && PRONOUN.test(g.f)
  let comma = false
  for (let t = c.from; t < c.to; t++) if (doc.tokens[t]!.text === ',') comma = true
  writeGeometry(sink, doc, c, head, g)
  sink.add`pbs=${shape(doc, c.from - 1)}`
  sink.add`pron=${pron}`
  sink.add`comma=${comma}|${g.side}`
  for (const tag of c.tags) {
    sink.add`t=${tag}`
    sink.add`t|h=${tag}|${head}`
  }
  if (syntax && c.from >= lo && c.to <= hi) writeSyntaxFeatures(sink, doc, syntax, cue, c, 's')
}

/** Feature names of one content candidate (what training reads; see `writeContentFeatures`). */
export function contentFeatures(doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, syntax?: Syntax, frame: MedialFrame | null = medialFrame(doc, cue)): string[] {
  return featureNames((sink) => writeContentFeatures(sink, doc, cue, head, c, syntax, frame))
}

/** Feature names of one source candidate (what training reads; see `writeSourceFeatures`). */
export function sourceFeatures(doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, syntax?: Syntax): string[] {
  return featureNames((sink) => writeSourceFeatures(sink, doc, cue, head, c, syntax))
}
