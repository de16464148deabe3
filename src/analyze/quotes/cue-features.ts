/**
 * Features of a token as a possible attribution cue, for the averaged-perceptron cue classifier:
 * the word and its neighbours, how reliable the lexicon says phrases starting here are, and the
 * shape of the surroundings (a pronoun or name before, "that" or a quote after). Shared by
 * `scripts/train-quotes.ts` and the quotes step so training and use cannot drift apart.
 */
import type { CueLexicon } from './cue-lexicon.js'
import type { QuoteDoc } from './document-index.js'
import { PRONOUNS } from './word-classes.js'
import type { Syntax } from '../syntax/types.js'
import { children } from '../syntax/relations.js'
import { isAgentNoun } from './agent-nouns.js'

/** The best lexicon phrase starting at token `i`: its length in words and training counts. */
export interface LexiconHit {
  readonly words: number
  readonly hits: number
  readonly total: number
}

/**
 * The most reliable lexicon phrase starting at token `i` within its sentence ("according to"
 * over "according", but "said" over "said of"), or null.
 */
export function lexiconHitAt(doc: QuoteDoc, lexicon: CueLexicon, i: number): LexiconHit | null {
  const end = doc.sentences[doc.sentenceOf[i]!]!.tokenEnd
  let best: LexiconHit | null = null
  let key = ''
  const keys: string[] = []
  for (let n = 1; n <= Math.min(lexicon.maxWords, end - i); n++) {
    key = n === 1 ? doc.keys[i]! : `${key} ${doc.keys[i + n - 1]!}`
    keys.push(key)
  }
  for (let n = keys.length; n >= 1; n--) {
    const entry = lexicon.entries.get(keys[n - 1]!)
    if (!entry || (best && entry.hits * best.total <= best.hits * entry.total)) continue
    best = { words: n, hits: entry.hits, total: entry.total }
  }
  return best
}

function shape(doc: QuoteDoc, i: number): string {
  const t = doc.tokens[i]
  if (!t || doc.sentenceOf[i] === undefined) return 'none'
  if (doc.opens.has(i)) return 'open'
  if (doc.closes.has(i)) return 'close'
  const w = t.text
  const l = doc.lower[i]!
  if (l === 'that') return 'that'
  if (PRONOUNS.has(l)) return 'pron'
  if (/^\p{Lu}/u.test(w)) return 'cap'
  if (/^\p{Ll}/u.test(w)) return 'low'
  if (/^\p{N}/u.test(w)) return 'num'
  return w.length === 1 ? w : 'punct'
}

/** A crude stem so inflections share weights: "warned", "warning", "warns" -> "warn". */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s|d)$/, '') : word
}

/** Relations of a cue's dependents that tell a reporting verb from others: what it says, who says it. */
const TELLING = /^(?:ccomp|xcomp|nsubj|nsubj:pass|csubj|obj|iobj|obl|obl:agent|parataxis|advcl|aux:pass|mark|expl|nmod)$/

/**
 * What the parse says of token `i` as a cue: its tag, lemma and relation, the relations of its
 * dependents (a clausal complement, a subject and what kind), a quotation among them, and the
 * clause it hangs from ("“...,” he said" hangs off the quoted clause).
 */
function syntaxCueFeatures(doc: QuoteDoc, syntax: Syntax, i: number): string[] {
  const s = syntax[i]!
  const lem = s.lemma.toLowerCase()
  const out = [`u=${s.upos}`, `x=${s.xpos}`, `lem=${lem}`, `rel=${s.deprel}`, `lem|rel=${lem}|${s.deprel}`, `u|rel=${s.upos}|${s.deprel}`]
  let subject = '-'
  let quoted = false
  for (const c of children(syntax, i)) {
    const rel = syntax[c]!.deprel
    if (doc.opens.has(c) || doc.quoteOf[c]) quoted = true
    if (!TELLING.test(rel)) continue
    out.push(`ch=${rel}`, `lem|ch=${lem}|${rel}`, `u|ch=${s.upos}|${rel}`)
    if (rel.startsWith('nsubj') || rel === 'obl:agent') {
      const cu = syntax[c]!.upos
      subject = cu === 'PRON' ? `PRON:${doc.lower[c]}` : cu
    }
    if ((rel === 'ccomp' || rel === 'parataxis' || rel === 'xcomp') && (doc.quoteOf[c] || doc.opens.has(c) || doc.closes.has(c))) quoted = true
  }
  out.push(`subj=${subject}`, `lem|subj=${lem}|${subject.startsWith('PRON') ? 'PRON' : subject}`, `chq=${quoted}`, `u|chq=${s.upos}|${quoted}`)
  // The frame without the word, so an unseen verb is judged by it: who its subject is (someone
  // who can speak, or not) with what it takes (a clause, a "that" clause, an object, a quotation).
  out.push(`frame=${s.upos}|${speakerLike(doc, syntax, i)}|${complementShape(doc, syntax, i)}|${quoted}`)
  const h = s.head
  if (h >= 0) {
    const hs = syntax[h]!
    const hq = Boolean(doc.quoteOf[h])
    out.push(`hrel=${s.deprel}|${hs.upos}`, `hq=${s.deprel}|${hq}`, `hlem=${hs.lemma.toLowerCase()}|${s.deprel}`)
  } else {
    out.push('hrel=root')
  }
  return out
}

const SPEAKING_PRONOUN = /^(?:he|she|they|i|we|you|who)$/

/** What the subject of a possible cue is: a person's pronoun, a name, a noun for people, another noun, or none. */
function speakerLike(doc: QuoteDoc, syntax: Syntax, i: number): string {
  for (const c of children(syntax, i)) {
    const rel = syntax[c]!.deprel
    if (!rel.startsWith('nsubj') && rel !== 'obl:agent') continue
    const x = syntax[c]!
    if (x.upos === 'PRON') return SPEAKING_PRONOUN.test(doc.lower[c]!) ? 'person' : 'pron'
    if (x.upos === 'PROPN') return 'name'
    return isAgentNoun(doc.lower[c]!) ? 'agent' : 'noun'
  }
  return 'none'
}

/** The complements of a possible cue, as one shape: "that"-clause, bare clause, infinitive, object. */
function complementShape(doc: QuoteDoc, syntax: Syntax, i: number): string {
  let clause = '-'
  let object = false
  for (const c of children(syntax, i)) {
    const rel = syntax[c]!.deprel
    if (rel === 'ccomp' || rel === 'parataxis') {
      const marked = children(syntax, c).some((m) => syntax[m]!.deprel === 'mark' && doc.lower[m] === 'that')
      clause = marked ? 'that' : clause === 'that' ? clause : 'clause'
    } else if (rel === 'xcomp' && clause === '-') clause = 'xcomp'
    else if (rel === 'obj' || rel === 'iobj') object = true
  }
  return `${clause}|${object ? 'obj' : '-'}`
}

/** Feature names of token `i`; the caller has checked that it is a word outside quotations. */
export function cueFeatures(doc: QuoteDoc, lexicon: CueLexicon, i: number, syntax?: Syntax): string[] {
  const s = doc.sentences[doc.sentenceOf[i]!]!
  const low = (k: number): string => (k >= s.tokenStart && k < s.tokenEnd ? doc.lower[k]! : k < s.tokenStart ? '<s>' : '</s>')
  const w = low(i)
  const p1 = low(i - 1)
  const n1 = low(i + 1)
  const hit = lexiconHitAt(doc, lexicon, i)
  const prec = hit ? Math.floor((10 * hit.hits) / hit.total) : -1
  const ps = i > s.tokenStart ? shape(doc, i - 1) : '<s>'
  const ns = i + 1 < s.tokenEnd ? shape(doc, i + 1) : '</s>'
  const quoteBefore = (doc.quoteSides[i]! & 1) !== 0
  const quoteAfter = (doc.quoteSides[i]! & 2) !== 0
  let thatSoon = false
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 4); k++) if (low(k) === 'that') thatSoon = true
  return [
    'b',
    `w=${w}`,
    `p1=${p1}`,
    `n1=${n1}`,
    `n2=${low(i + 2)}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `suf=${w.slice(-3)}`,
    `lex=${prec}`,
    `lexw=${prec}|${hit?.words ?? 0}`,
    `lexh=${hit ? Math.min(6, Math.floor(Math.log2(hit.hits + 1))) : -1}`,
    `ps=${ps}`,
    `ns=${ns}`,
    `psns=${ps}|${ns}`,
    `wns=${w}|${ns}`,
    `psw=${ps}|${w}`,
    `q=${quoteBefore ? 'B' : ''}${quoteAfter ? 'A' : ''}`,
    `qlex=${quoteBefore ? 'B' : ''}${quoteAfter ? 'A' : ''}|${prec}`,
    `first=${i === s.tokenStart}`,
    `stem=${stem(w)}`,
    `stemns=${stem(w)}|${ns}`,
    `p1stem=${p1}|${stem(w)}`,
    `ps2=${i - 1 > s.tokenStart ? shape(doc, i - 2) : '<s>'}|${ps}`,
    `ns2=${ns}|${i + 2 < s.tokenEnd ? shape(doc, i + 2) : '</s>'}`,
    `that3=${thatSoon}`,
    `toEnd=${Math.min(5, s.tokenEnd - i)}`,
    `cap=${/^\p{Lu}/u.test(doc.tokens[i]!.text)}`,
    ...(syntax ? syntaxCueFeatures(doc, syntax, i) : []),
  ]
}

/** Score of a token under perceptron weights (positive: a cue starts here). */
export function cueScore(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let score = 0
  for (const f of features) score += weights.get(f) ?? 0
  return score
}
