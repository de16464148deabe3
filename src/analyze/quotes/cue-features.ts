/**
 * Features of a token as a possible attribution cue, for the averaged-perceptron cue classifier:
 * the word and its neighbours, how reliable the lexicon says phrases starting here are, and the
 * shape of the surroundings (a pronoun or name before, "that" or a quote after). Shared by
 * `scripts/train-quotes.ts` and the quotes step so training and use cannot drift apart.
 */
import type { CueEntry, CueLexicon } from './cue-lexicon.js'
import type { QuoteDoc } from './document-index.js'
import { AUXILIARIES, PRONOUNS, isAdverb } from './word-classes.js'
import { CUE_LEFT, CUE_LEFT_ADVERBS } from './rules/words.js'
import type { Syntax } from '../syntax/types.js'
import { children } from '../syntax/relations.js'
import { isAgentNoun } from './agent-nouns.js'
import { FeatureScorer, featureNames, type FeatureSink, type FeatureWeights } from '../../model/feature-hash.js'

/**
 * Whether a word right before a cue's scored word joins the cue in front of it, as annotators
 * mark it: an auxiliary ("has said"), "to", a negation, an "-ly" adverb ("publicly
 * criticized") or a few others ("also said", "has long argued"; `upos` from the parse when
 * there is one). The cue classifier is trained to fire
 * after such words, where the quotes step scores, and the step adds them back on the left.
 */
export function cueLeftWord(word: string, upos?: string): boolean {
  const w = word.toLowerCase()
  if (AUXILIARIES.has(w) || CUE_LEFT.has(w)) return true
  if (CUE_LEFT_ADVERBS.has(w)) return upos === undefined || upos === 'ADV'
  return /^\p{Ll}+ly$/u.test(word) && (upos === undefined ? isAdverb(word) : upos === 'ADV')
}

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
  const prefixes = phrasePrefixes(lexicon)
  let best: LexiconHit | null = null
  let key = ''
  const entries: CueEntry[] = []
  // Phrases are only read on while some longer phrase starts with the words so far: most words
  // start none, and a key per length was most of this function's cost.
  for (let n = 1; n <= Math.min(lexicon.maxWords, end - i); n++) {
    key = n === 1 ? doc.keys[i]! : `${key} ${doc.keys[i + n - 1]!}`
    const entry = lexicon.entries.get(key)
    if (entry) entries[n - 1] = entry
    if (!prefixes.has(key)) break
  }
  for (let n = entries.length; n >= 1; n--) {
    const entry = entries[n - 1]
    if (!entry || (best && entry.hits * best.total <= best.hits * entry.total)) continue
    best = { words: n, hits: entry.hits, total: entry.total }
  }
  return best
}

const prefixSets = new WeakMap<CueLexicon, ReadonlySet<string>>()

/** The word sequences some longer phrase of the lexicon starts with ("according" for "according to"). */
function phrasePrefixes(lexicon: CueLexicon): ReadonlySet<string> {
  let set = prefixSets.get(lexicon)
  if (set) return set
  const out = new Set<string>()
  for (const phrase of lexicon.entries.keys()) {
    for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1)) out.add(phrase.slice(0, at))
  }
  set = out
  prefixSets.set(lexicon, set)
  return set
}

const shapeMemos = new WeakMap<QuoteDoc, string[]>()

/** The shapes of a document's tokens found so far (neighbours of one scored token are those of the next). */
function shapeMemo(doc: QuoteDoc): string[] {
  let memo = shapeMemos.get(doc)
  if (!memo) {
    memo = []
    shapeMemos.set(doc, memo)
  }
  return memo
}

/** What token `i` looks like to the classifier: a quotation mark, "that", a pronoun, a capital, a number, punctuation. */
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
const TELLING: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'nsubj', 'nsubj:pass', 'csubj', 'obj', 'iobj', 'obl', 'obl:agent', 'parataxis', 'advcl', 'aux:pass', 'mark', 'expl', 'nmod'])

/**
 * What the parse says of token `i` as a cue: its tag, lemma and relation, the relations of its
 * dependents (a clausal complement, a subject and what kind), a quotation among them, and the
 * clause it hangs from ("“...,” he said" hangs off the quoted clause).
 */
function writeSyntaxCueFeatures(sink: FeatureSink, doc: QuoteDoc, syntax: Syntax, i: number): void {
  const s = syntax[i]!
  const lem = s.lemma.toLowerCase()
  sink.add`u=${s.upos}`
  sink.add`x=${s.xpos}`
  sink.add`lem=${lem}`
  sink.add`rel=${s.deprel}`
  sink.add`lem|rel=${lem}|${s.deprel}`
  sink.add`u|rel=${s.upos}|${s.deprel}`
  // One copy of the dependents for this token's three readings of them.
  const kids = children(syntax, i)
  let subject = '-'
  let quoted = false
  for (const c of kids) {
    const rel = syntax[c]!.deprel
    if (doc.opens.has(c) || doc.quoteOf[c]) quoted = true
    if (!TELLING.has(rel)) continue
    sink.add`ch=${rel}`
    sink.add`lem|ch=${lem}|${rel}`
    sink.add`u|ch=${s.upos}|${rel}`
    if (rel.startsWith('nsubj') || rel === 'obl:agent') {
      const cu = syntax[c]!.upos
      subject = cu === 'PRON' ? `PRON:${doc.lower[c]}` : cu
    }
    if ((rel === 'ccomp' || rel === 'parataxis' || rel === 'xcomp') && (doc.quoteOf[c] || doc.opens.has(c) || doc.closes.has(c))) quoted = true
  }
  sink.add`subj=${subject}`
  sink.add`lem|subj=${lem}|${subject.startsWith('PRON') ? 'PRON' : subject}`
  sink.add`chq=${quoted}`
  sink.add`u|chq=${s.upos}|${quoted}`
  // The frame without the word, so an unseen verb is judged by it: who its subject is (someone
  // who can speak, or not) with what it takes (a clause, a "that" clause, an object, a quotation).
  // Only a frame that reports something (a clause or a quotation) carries an unseen verb: with an
  // object or an infinitive alone ("offers repairs", "strives to win") it is an act or an aim.
  const comp = complementShape(doc, syntax, kids)
  const reports = quoted || comp.startsWith('that') || comp.startsWith('clause')
  sink.add`frame=${s.upos}|${reports ? `${speakerLike(doc, syntax, kids)}|${comp}|${quoted}` : 'none'}`
  sink.add`lem|cs=${lem}|${comp}|${quoted}`
  if (ENDEAVOUR.has(lem)) sink.add`endeavour=${comp}|${quoted}`
  const h = s.head
  if (h >= 0) {
    const hs = syntax[h]!
    const hq = Boolean(doc.quoteOf[h])
    sink.add`hrel=${s.deprel}|${hs.upos}`
    sink.add`hq=${s.deprel}|${hq}`
    sink.add`hlem=${hs.lemma.toLowerCase()}|${s.deprel}`
  } else {
    sink.add`hrel=root`
  }
}

/**
 * Lemmas of willingness, aim and effort ("were not willing to", "aims for", "always strives to"):
 * they report an intention, not words, unless a clause or quotation follows. PolNeAR train marks
 * them rarely (willing 11 of 67, tried/tries/trying 39 of 318), and as cues of several words ("tried to make the
 * case") the step seldom matches; the classifier learns them as no cue start (`endeavourFrame`).
 */
const ENDEAVOUR: ReadonlySet<string> = new Set(['willing', 'unwilling', 'reluctant', 'able', 'unable', 'ready', 'aim', 'strive', 'try', 'attempt', 'endeavor', 'endeavour', 'struggle'])

/** Whether token `i` is a word of willingness, aim or effort that takes no clause or quotation of its own: an intention, never a cue start. */
export function endeavourFrame(doc: QuoteDoc, syntax: Syntax, i: number): boolean {
  if (!ENDEAVOUR.has(syntax[i]!.lemma.toLowerCase())) return false
  for (const c of children(syntax, i)) {
    const rel = syntax[c]!.deprel
    if (doc.opens.has(c) || doc.quoteOf[c] || rel === 'ccomp' || rel === 'parataxis') return false
  }
  return true
}

/**
 * The frame of token `i` when it is a verb that reports nothing of its own: no clause (`ccomp`,
 * `xcomp`, `csubj`, `advcl`, `parataxis`), no quotation among its dependents and none it hangs
 * from ("“...,” he said"). `obj` when it takes an object ("offered a deal", "mentioned the bill"),
 * `bare` when not ("balked", "listed on"); null for any other word or frame. The trainer reads it
 * to learn acts as no cue start (`TrainOptions.actNegatives`).
 */
export function actFrame(doc: QuoteDoc, syntax: Syntax, i: number): 'obj' | 'bare' | null {
  const s = syntax[i]!
  if (s.upos !== 'VERB' || s.deprel === 'parataxis') return null
  if (s.head >= 0 && (doc.quoteOf[s.head] || doc.opens.has(s.head) || doc.closes.has(s.head))) return null
  let object = false
  for (const c of children(syntax, i)) {
    const rel = syntax[c]!.deprel
    if (doc.opens.has(c) || doc.closes.has(c) || doc.quoteOf[c]) return null
    if (rel === 'ccomp' || rel === 'xcomp' || rel === 'csubj' || rel === 'advcl' || rel === 'parataxis') return null
    if (rel === 'obj' || rel === 'iobj') object = true
  }
  return object ? 'obj' : 'bare'
}

const SPEAKING_PRONOUN = /^(?:he|she|they|i|we|you|who)$/

/** What the subject of a possible cue (whose dependents are `kids`) is: a person's pronoun, a name, a noun for people, another noun, or none. */
function speakerLike(doc: QuoteDoc, syntax: Syntax, kids: readonly number[]): string {
  for (const c of kids) {
    const rel = syntax[c]!.deprel
    if (!rel.startsWith('nsubj') && rel !== 'obl:agent') continue
    const x = syntax[c]!
    if (x.upos === 'PRON') return SPEAKING_PRONOUN.test(doc.lower[c]!) ? 'person' : 'pron'
    if (x.upos === 'PROPN') return 'name'
    return isAgentNoun(doc.lower[c]!) ? 'agent' : 'noun'
  }
  return 'none'
}

/** The complements of a possible cue (whose dependents are `kids`), as one shape: "that"-clause, bare clause, infinitive, object. */
function complementShape(doc: QuoteDoc, syntax: Syntax, kids: readonly number[]): string {
  let clause = '-'
  let object = false
  for (const c of kids) {
    const rel = syntax[c]!.deprel
    if (rel === 'ccomp' || rel === 'parataxis') {
      const marked = children(syntax, c).some((m) => syntax[m]!.deprel === 'mark' && doc.lower[m] === 'that')
      clause = marked ? 'that' : clause === 'that' ? clause : 'clause'
    } else if (rel === 'xcomp' && clause === '-') clause = 'xcomp'
    else if (rel === 'obj' || rel === 'iobj') object = true
  }
  return `${clause}|${object ? 'obj' : '-'}`
}

/** Writes the features of token `i` to `sink`; the caller has checked that it is a word outside quotations. */
export function writeCueFeatures(sink: FeatureSink, doc: QuoteDoc, lexicon: CueLexicon, i: number, syntax?: Syntax): void {
  const s = doc.sentences[doc.sentenceOf[i]!]!
  const low = (k: number): string => (k >= s.tokenStart && k < s.tokenEnd ? doc.lower[k]! : k < s.tokenStart ? '<s>' : '</s>')
  const w = low(i)
  const p1 = low(i - 1)
  const n1 = low(i + 1)
  const hit = lexiconHitAt(doc, lexicon, i)
  const prec = hit ? Math.floor((10 * hit.hits) / hit.total) : -1
  const shapes = shapeMemo(doc)
  const shapeAt = (k: number): string => (shapes[k] ??= shape(doc, k))
  const ps = i > s.tokenStart ? shapeAt(i - 1) : '<s>'
  const ns = i + 1 < s.tokenEnd ? shapeAt(i + 1) : '</s>'
  const sides = QUOTE_SIDES[doc.quoteSides[i]! & 3]!
  let thatSoon = false
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 4); k++) if (low(k) === 'that') thatSoon = true
  const st = stem(w)
  sink.add`b`
  sink.add`w=${w}`
  sink.add`p1=${p1}`
  sink.add`n1=${n1}`
  sink.add`n2=${low(i + 2)}`
  sink.add`p1w=${p1}|${w}`
  sink.add`wn1=${w}|${n1}`
  sink.add`suf=${w.slice(-3)}`
  sink.add`lex=${prec}`
  sink.add`lexw=${prec}|${hit?.words ?? 0}`
  sink.add`lexh=${hit ? Math.min(6, Math.floor(Math.log2(hit.hits + 1))) : -1}`
  sink.add`ps=${ps}`
  sink.add`ns=${ns}`
  sink.add`psns=${ps}|${ns}`
  sink.add`wns=${w}|${ns}`
  sink.add`psw=${ps}|${w}`
  sink.add`q=${sides}`
  sink.add`qlex=${sides}|${prec}`
  sink.add`first=${i === s.tokenStart}`
  sink.add`stem=${st}`
  sink.add`stemns=${st}|${ns}`
  sink.add`p1stem=${p1}|${st}`
  sink.add`ps2=${i - 1 > s.tokenStart ? shapeAt(i - 2) : '<s>'}|${ps}`
  sink.add`ns2=${ns}|${i + 2 < s.tokenEnd ? shapeAt(i + 2) : '</s>'}`
  sink.add`that3=${thatSoon}`
  sink.add`toEnd=${Math.min(5, s.tokenEnd - i)}`
  sink.add`cap=${/^\p{Lu}/u.test(doc.tokens[i]!.text)}`
  if (syntax) {
    writeSyntaxCueFeatures(sink, doc, syntax, i)
    // "X said that Y claimed ...", "what he called ...": a word inside the clause another likely
    // cue reports is a cue only where annotators mark the nested attribution too.
    // Walked for every scored word, so only for a classifier that has weights for it (and in
    // training, where the lexicon has no weights yet).
    if (knowsNest(lexicon)) {
      const nest = reportingAncestor(doc, lexicon, syntax, i)
      sink.add`nest=${nest}`
      sink.add`nest|lex=${nest}|${prec}`
      sink.add`nest|u=${nest}|${syntax[i]!.upos}`
    }
  }
}

const nestKnown = new WeakMap<CueLexicon, boolean>()

/**
 * Whether the cue classifier reads the `nest=` features: always while training (no weights yet),
 * and at use only when its weights have them (the shipped `cues.json.gz` predates them, so they
 * would cost every scored word a walk up the parse for nothing).
 */
export function knowsNest(lexicon: CueLexicon): boolean {
  const weights = lexicon.weights
  if (!weights) return true
  let known = nestKnown.get(lexicon)
  if (known === undefined) {
    known = ['nest=none', 'nest|u=none|VERB', 'nest|u=none|NOUN', 'nest=ccomp|0', 'nest|lex=none|-1'].some((name) => weights.has(name))
    nestKnown.set(lexicon, known)
  }
  return known
}

/** Least lexicon hits and precision of a word whose clausal complement holds a nested cue. */
const NEST_HITS = 5
const NEST_PRECISION = 0.5

/**
 * Whether token `i` lies in the clause a reliable lexicon cue reports: walking up at most four
 * heads, an edge `ccomp` or `parataxis` into a word the lexicon marks as a cue at least half the
 * time ("said", "told"); the relation and depth, or 'none'.
 */
function reportingAncestor(doc: QuoteDoc, lexicon: CueLexicon, syntax: Syntax, i: number): string {
  let c = i
  for (let depth = 0; depth < 4; depth++) {
    const h = syntax[c]!.head
    if (h < 0) return 'none'
    const rel = syntax[c]!.deprel
    if (rel === 'ccomp' || rel === 'parataxis') {
      const entry = lexicon.entries.get(doc.keys[h]!)
      if (entry && entry.hits >= NEST_HITS && entry.hits >= entry.total * NEST_PRECISION) return `${rel}|${Math.min(depth, 2)}`
    }
    c = h
  }
  return 'none'
}

// `quoteSides` bits as the `q=` feature writes them: a quotation closed before (B), one opened after (A).
const QUOTE_SIDES = ['', 'B', 'A', 'BA']

/** Feature names of token `i` (what training reads); the caller has checked that it is a word outside quotations. */
export function cueFeatures(doc: QuoteDoc, lexicon: CueLexicon, i: number, syntax?: Syntax): string[] {
  return featureNames((sink) => writeCueFeatures(sink, doc, lexicon, i, syntax))
}

/** Score of a token under perceptron weights (positive: a cue starts here), from its feature names. */
export function cueScore(weights: FeatureWeights, features: readonly string[]): number {
  let score = 0
  for (const f of features) score += weights.get(f) ?? 0
  return score
}

/** Score of token `i` under the lexicon's classifier, its features hashed as written (no name is built); 0 without a classifier. */
export function scoreCue(doc: QuoteDoc, lexicon: CueLexicon, i: number, syntax?: Syntax): number {
  if (!lexicon.weights) return 0
  const scorer = new FeatureScorer(lexicon.weights)
  writeCueFeatures(scorer, doc, lexicon, i, syntax)
  return scorer.total
}
