/**
 * Features of content and source candidates for the learned span rankers: how the candidate was
 * found, where it starts and ends (the words and marks at its edges, its length, its distance from
 * the cue), which side of the cue it lies on, the cue's main word, and its place in the parse when
 * syntax is given (the relation of its head word, and whether it is a whole subtree). Shared by
 * the quotes step and `scripts/train-quotes.ts` so training and use cannot drift apart.
 */
import type { QuoteDoc } from './document-index.js'
import type { CueSite, SpanCandidate } from './span-candidates.js'
import type { Syntax } from '../syntax/types.js'
import { subtreeSpan } from '../syntax/relations.js'

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

/** Features the parse adds for a candidate: its head's tag and relation, and how it hangs off the cue. */
function syntaxFeatures(doc: QuoteDoc, syntax: Syntax, cue: CueSite, c: SpanCandidate, prefix: string): string[] {
  const head = spanHead(syntax, c.from, c.to)
  if (head < 0) return [`${prefix}nohead`]
  const s = syntax[head]!
  const inCue = (t: number): boolean => t >= cue.from && t < cue.to
  const toCue = inCue(s.head) ? 'cue' : s.head >= 0 && inCue(syntax[s.head]?.head ?? -1) ? 'cue2' : 'other'
  let cueHangs = 'no'
  for (let t = cue.from; t < cue.to; t++) if (syntax[t]!.head === head) cueHangs = syntax[t]!.deprel.split(':')[0]!
  const whole = isSubtree(doc, syntax, head, c.from, c.to)
  // Where the candidate's edges cut the parse: how many of its words hang outside it (a clean
  // constituent has one), and what the words just outside hang from (the cue: an adjunct or a
  // listener of the cue is left out; the candidate: the stretch was cut short).
  let outside = 0
  for (let t = c.from; t < c.to; t++) {
    const h = syntax[t]!.head
    if ((h < c.from || h >= c.to) && syntax[t]!.upos !== 'PUNCT') outside++
  }
  // The first word beyond each edge, punctuation skipped (", which advocates say": "say").
  const edge = (from: number, step: number): string => {
    let t = from
    while (t >= cue.sentenceStart && t < cue.sentenceEnd && syntax[t]!.upos === 'PUNCT') t += step
    if (t < cue.sentenceStart || t >= cue.sentenceEnd) return 'none'
    const x = syntax[t]!
    const where = inCue(x.head) ? 'cue' : x.head >= c.from && x.head < c.to ? 'cand' : 'other'
    const gap = t === from ? '' : doc.tokens[from]!.text
    return `${x.deprel.split(':')[0]}|${where}|${gap}`
  }
  const inner = (t: number): string => {
    const x = syntax[t]!
    const where = inCue(x.head) ? 'cue' : x.head >= c.from && x.head < c.to ? 'cand' : 'other'
    return `${x.upos}|${x.deprel.split(':')[0]}|${where}`
  }
  const next = edge(c.to, 1)
  const prev = edge(c.from - 1, -1)
  return [
    `${prefix}out=${Math.min(outside, 3)}`,
    `${prefix}nx=${next}`,
    `${prefix}pv=${prev}`,
    `${prefix}pv|nx=${prev}|${next}`,
    `${prefix}last=${inner(c.to - 1)}`,
    `${prefix}first=${inner(c.from)}`,
    `${prefix}last|nx=${inner(c.to - 1)}|${next}`,
    `${prefix}out|hr=${Math.min(outside, 3)}|${s.deprel}`,
    `${prefix}hu=${s.upos}`,
    `${prefix}hr=${s.deprel}`,
    `${prefix}hr|to=${s.deprel}|${toCue}`,
    `${prefix}hang=${cueHangs}`,
    `${prefix}sub=${whole}`,
    `${prefix}sub|hr=${whole}|${s.deprel}`,
    `${prefix}fu=${syntax[c.from]!.upos}`,
    `${prefix}lu=${syntax[c.to - 1]!.upos}`,
  ]
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

/** Features both rankers read off a candidate's place: its side of the cue, length, edge words and shapes, distance, with the cue's main word. */
function geometryFeatures(doc: QuoteDoc, c: SpanCandidate, head: string, g: ReturnType<typeof spanGeometry>): string[] {
  const { side, f, l, pb, na, dist } = g
  const len = bucket(c.to - c.from)
  return [
    'b',
    `side=${side}`,
    `len=${len}`,
    `side|len=${side}|${len}`,
    `f=${f}`,
    `fs=${shape(doc, c.from)}`,
    `pb=${pb}`,
    `pb|f=${pb}|${f}`,
    `l=${l}`,
    `ls=${shape(doc, c.to - 1)}`,
    `na=${na}`,
    `nas=${shape(doc, c.to)}`,
    `dist=${side}|${bucket(dist)}`,
    `h|side=${head}|${side}`,
    `h|side|dist=${head}|${side}|${bucket(dist)}`,
  ]
}

/**
 * Whether the candidate runs over another cue found in the text, and what stands right before the
 * first one (", saying": a participle of the same speaker; "said": a second attribution).
 */
function otherCueFeatures(doc: QuoteDoc, cue: CueSite, c: SpanCandidate, side: string): string[] {
  let n = 0
  let first = -1
  for (const t of cue.otherCues ?? []) {
    if (t < c.from || t >= c.to) continue
    if (first < 0) first = t
    n++
  }
  if (!n) return ['oc=0']
  const count = n > 1 ? '2+' : '1'
  return [`oc=${count}`, `oc|side=${count}|${side}`, `oc|pb=${shape(doc, first - 1)}`, `oc|len=${count}|${bucket(c.to - c.from)}`]
}

/**
 * The relations of the candidate's words that hang off the cue itself ("attacked | Machado in
 * early-morning tweets": obj and obl; the obl is the attack's setting, not what was said).
 */
function cueDependents(syntax: Syntax, cue: CueSite, c: SpanCandidate): string {
  const rels = new Set<string>()
  for (let t = c.from; t < c.to; t++) {
    const x = syntax[t]!
    if (x.upos !== 'PUNCT' && x.head >= cue.from && x.head < cue.to) rels.add(x.deprel.split(':')[0]!)
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

/** Features of one content candidate of a cue whose main word is `head`. */
export function contentFeatures(doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, syntax?: Syntax): string[] {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const g = spanGeometry(doc, cue, c)
  const { side } = g
  const crosses = c.from < lo || c.to > hi
  const endsAtSentence = c.to >= hi - 1 || (c.to < hi && /^[.!?]$/.test(doc.tokens[c.to]!.text))
  const out = [...geometryFeatures(doc, c, head, g), `l|na=${g.l}|${g.na}`, `xs=${crosses}`, `se=${g.side}|${endsAtSentence}`, `h|f=${head}|${g.f}`, `h|se=${head}|${endsAtSentence}`]
  for (const tag of c.tags) out.push(`t=${tag}`, `t|h=${tag}|${head}`, `t|xs=${tag}|${crosses}`)
  const iq = beforeInnerQuote(doc, c)
  out.push(...otherCueFeatures(doc, cue, c, side), `iq=${iq}`, `iq|side=${iq}|${side}`)
  if (syntax && !crosses) {
    const sf = syntaxFeatures(doc, syntax, cue, c, 'c')
    out.push(...sf)
    // The cue's own habits: what "called" takes (an object and its complement) is not what "said" takes.
    for (const f of sf) if (/^c(?:hr\|to|nx|pv|sub\|hr)=/.test(f)) out.push(`h|${f}=${head}`)
    const deps = cueDependents(syntax, cue, c)
    out.push(`cdeps=${deps}`, `h|cdeps=${head}|${deps}`)
  }
  return out
}

/** Features of one source candidate (the empty source included) of a cue whose main word is `head`. */
export function sourceFeatures(doc: QuoteDoc, cue: CueSite, head: string, c: SpanCandidate, syntax?: Syntax): string[] {
  const lo = cue.sentenceStart
  const hi = cue.sentenceEnd
  const atStart = cue.from === lo || (cue.from === lo + 1 && doc.opens.has(lo))
  const before = word(doc, cue.from - 1, lo, hi)
  const after = word(doc, cue.to, lo, hi)
  if (c.from < 0) {
    return ['none', `none|h=${head}`, `none|pb=${before}`, `none|na=${after}`, `none|start=${atStart}`, `none|h|pb=${head}|${shape(doc, cue.from - 1)}`, `none|rule=${c.tags.includes('rule')}`]
  }
  const g = spanGeometry(doc, cue, c)
  const pron = c.to - c.from === 1 && PRONOUN.test(g.f)
  let comma = false
  for (let t = c.from; t < c.to; t++) if (doc.tokens[t]!.text === ',') comma = true
  const out = [...geometryFeatures(doc, c, head, g), `pbs=${shape(doc, c.from - 1)}`, `pron=${pron}`, `comma=${comma}|${g.side}`]
  for (const tag of c.tags) out.push(`t=${tag}`, `t|h=${tag}|${head}`)
  if (syntax && c.from >= lo && c.to <= hi) out.push(...syntaxFeatures(doc, syntax, cue, c, 's'))
  return out
}
