/**
 * Attribution structure around each cue, found by rules over tokens, sentences and quote marks:
 * who is the source, which words are the cue, and where the reported content begins and ends.
 * Covers the shapes news prose uses: "X said (that) ...", "..., X said.", "“...,” said X.",
 * "According to X, ...", "X told reporters ...", "X, a presidential aide, mentioned ... that ...",
 * participle cues ("..., noting, “...”") that borrow the main clause's subject, and quotes that
 * run over several sentences.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import { cueKey, type CueLexicon } from './cue-lexicon.js'
import type { QuotedSpan } from './quote-marks.js'
import { cueFeatures, cueScore, lexiconHitAt } from './cue-features.js'
import { indexDocument, type QuoteDoc as Doc } from './document-index.js'
import { cueEndCandidates, cueEndFeatureSets } from './cue-end-features.js'
import { bestCandidate } from './span-ranker.js'
import { AUXILIARIES, CLAUSE_BREAKERS, LEADING_FILLERS, LISTENER_CUES, PRONOUNS, isAdverb } from './word-classes.js'
import { firstStartingFrom } from '../entities/mention-index.js'
import type { Syntax } from '../syntax/types.js'

/** A character range. */
export interface CharSpan {
  readonly start: number
  readonly end: number
}

/** One attribution found by the rules. */
export interface Attribution {
  readonly cue: CharSpan
  readonly source: CharSpan | null
  readonly content: CharSpan
  /** The content is a quotation inside quote marks. */
  readonly direct: boolean
  /** How reliably the cue phrase marks an attribution (training precision). */
  readonly confidence: number
}

/** Settings of the rules; defaults were tuned on the PolNeAR dev split. */
export interface RuleOptions {
  /** Least training precision (cue hits / occurrences) for a phrase to count as a cue. */
  readonly minPrecision: number
  /** Least number of training hits for a phrase to count as a cue. */
  readonly minHits: number
  /** Least classifier score for a token to start a cue (when the lexicon carries weights). */
  readonly minScore: number
  /** Extra score a word without its own classifier weight must reach. */
  readonly unknownPenalty: number
  /** Words whose own weight is below this are not scored (speed). */
  readonly skipBelow: number
  /** Words whose own and immediate-context weights sum below this are not scored (speed). */
  readonly quickBelow: number
  /** Whether words the classifier never saw are scored at all. */
  readonly scoreUnknown: boolean
}

/** Defaults of `RuleOptions`. */
export const DEFAULT_RULE_OPTIONS: RuleOptions = Object.freeze({ minPrecision: 0.25, minHits: 2, minScore: -2, unknownPenalty: 8, skipBelow: -3, quickBelow: -6, scoreUnknown: true })

const MAX_SOURCE = 12
const MAX_APPOSITIVE = 30
const INTRODUCTORY = /^(?:During|In|At|On|After|Before|For|With|As|Asked|Speaking|Since|When|While|Like|Unlike|Despite|Under|Without|Given|Referring|Over|Throughout|Until|Once|If|Because|Although|Though)$/
const SETTING_START = /^(?:at|in|on|during|after|before|while|when|speaking|appearing|writing|according|in|via|from)$|ing$/i
// "to admit", "did not say": annotators keep an infinitive marker or a negation with the cue verb.
// Passives that raise the content's subject ("is widely expected", "were not known"); "'s" is
// left out, since "he's predicted" is usually "he has predicted".
const RAISED_SUBJECT = /^(?:is|are|was|were|be|been|being|(?:has|have|had) been)(?:\s+(?:\p{L}+ly|not|n['’]t))?\s+(?:expected|known|projected|reported|scheduled|rumou?red)$/iu
// How often a word after "and" must be marked as a cue (times, and share of its uses) to end a content.
const MIN_PREDICATE_HITS = 5
const MIN_PREDICATE_PRECISION = 0.2
const DISCOURSE_OPENER =
  /^(?:however|in addition|meanwhile|moreover|also|indeed|instead|nevertheless|nonetheless|additionally|further|furthermore|overall|ultimately|separately|similarly|likewise|finally|in fact|of course|for example|for instance|in short|in other words|at the same time|on the other hand|in the meantime|by contrast|in contrast|after all|above all|as it stands|details aside|as for [\p{L}' -]+)$/u
/** Parts of speech a cue's first word may have when the parse is there ("according" is ADP, "told" VERB, "statement" NOUN). */
const CUE_TAGS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'AUX', 'ADP'])
const CUE_LEFT: ReadonlySet<string> = new Set(['to', 'not', "n't", 'never'])
const COMMA = new Set([',', '—', '–', '--', '('])
const PUNCT = /^[^\p{L}\p{N}]+$/u
const FINAL = /^[.!?;]$/
const WH_WORDS = /^(?:how|what|why|whether|if|when|where|who)$/
const ADJUNCT_START = /^(?:in|at|on|via|during|to|with|for|last|this|earlier|after|before|repeatedly|again|publicly|privately|recently|later|previously|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening)$/i
// Cue verbs that follow a postposed subject ("..., said Trump.").
const INVERTING = new Set(['said', 'says', 'added', 'asked', 'wrote', 'writes', 'explained', 'continued', 'noted', 'recalled', 'argued', 'tweeted', 'replied', 'responded', 'told', 'warned', 'insisted', 'declared', 'acknowledged', 'observed', 'stated', 'cautioned', 'concluded', 'countered', 'suggested', 'admitted', 'remarked', 'reported', 'claimed', 'conceded', 'predicted', 'quipped', 'joked', 'notes', 'adds', 'argues', 'explains', 'asks', 'tells'])

/**
 * A cue-end decision the rules reach, reported to `findAttributions`' observer so that
 * `scripts/train-quotes.ts` learns the cue-end model on the states it will meet in use.
 */
export interface BoundarySite {
  readonly doc: Doc
  /** The cue's main word (after its auxiliaries). */
  readonly anchor: number
  /** The cue may not reach this token (the source, the content or the sentence end). */
  readonly limit: number
  /** Length of the rules' cue from the anchor. */
  readonly lexWords: number
  readonly sentenceEnd: number
}

/** A cue phrase: tokens `[from, to)`, its lexicon key and how reliable it is. */
export interface CueMatch {
  readonly from: number
  readonly to: number
  readonly key: string
  readonly precision: number
}

/** What `findAttributions` may read besides the text: the parse, an index already built, and an observer for training. */
export interface AttributionInputs {
  /** The syntax layer's parse of the tokens, when a parser model is loaded. */
  readonly syntax?: Syntax
  /** The document index of these tokens and quotations, when the caller built one. */
  readonly doc?: Doc
  /** Sees each cue-end decision (`scripts/train-quotes.ts` learns from them). */
  readonly observe?: (site: BoundarySite) => void
}

/** Finds attributions: one per cue that has a content, in text order. */
export function findAttributions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quoted: readonly QuotedSpan[],
  lexicon: CueLexicon,
  options: RuleOptions = DEFAULT_RULE_OPTIONS,
  extra: AttributionInputs = {},
): Attribution[] {
  const { observe, syntax } = extra
  const doc = extra.doc ?? indexDocument(text, tokens, sentences, quoted)
  const cues = matchCues(doc, lexicon, options, syntax)
  const out: Attribution[] = []
  const sourceBySentence = new Map<number, CharSpan>()
  for (const [n, cue] of cues.entries()) {
    const s = doc.sentences[doc.sentenceOf[cue.from]!]!
    const next = cues[n + 1]
    const nextInSentence = next && doc.sentenceOf[next.from] === doc.sentenceOf[cue.from] ? next.from : s.tokenEnd
    // "growing criticism of": the cue before ran over this one, which is no second attribution.
    const before = out[out.length - 1]
    if (before && before.cue.end > tokens[cue.from]!.start) continue
    let found = analyzeCue(doc, cue, s, nextInSentence, sourceBySentence.get(doc.sentenceOf[cue.from]!) ?? null)
    if (!found) continue
    if (found.source && found.source.end <= doc.tokens[cue.from]!.start && RAISED_SUBJECT.test(text.slice(doc.tokens[cue.from]!.start, doc.tokens[cue.to - 1]!.end))) {
      // "Congress is expected to vote": the subject belongs to what is expected, and whoever
      // expects it goes unnamed. PolNeAR train has 78 such cues, none with a source; the content
      // runs from the subject through the clause.
      found = { ...found, source: null, content: { start: found.source.start, end: found.content.end } }
    }
    // A source running into an earlier attribution's cue is a misreading (unset below), so a
    // participle later in the sentence keeps the earlier speaker.
    const source = found.source
    if (source && !out.some((b) => b.cue.start < source.end && source.start < b.cue.end)) sourceBySentence.set(doc.sentenceOf[cue.from]!, source)
    const content = found.direct ? continueQuote(doc, found, s) : found.content
    // An indirect content that starts right after the cue may give its first words to a longer
    // cue ("accusing | her of being asleep" -> "accusing her of | being asleep").
    const adjoining = !found.direct && cue.to < tokens.length && content.start >= tokens[cue.to - 1]!.end && content.start <= tokens[cue.to]!.start
    const to = cueEnd(doc, cue, s, adjoining ? [found.source, { start: content.end, end: content.end }] : [found.source, content], lexicon, observe, syntax && hasSyntaxWeights(lexicon) ? syntax : undefined)
    const moved = adjoining && to > cue.to && to < tokens.length && tokens[to]!.start < content.end ? { start: tokens[to]!.start, end: content.end } : content
    const trimmed = found.direct ? moved : beforeNextPredicate(doc, moved, lexicon)
    out.push({ ...found, content: trimmed, cue: { start: tokens[cue.from]!.start, end: tokens[to - 1]!.end }, confidence: cue.precision })
  }
  // A source that takes in another attribution's cue ("said it | would warn", "the institute
  // shared insights on the tank | referenced") misreads that attribution: the cue and content may
  // stand, the speaker is left unknown (PolNeAR dev source F1 +0.010, train +0.006, cue and
  // content unchanged; dropping the whole attribution cost train cue and content).
  const kept = out.map((a) => (a.source && out.some((b) => b !== a && b.cue.start < a.source!.end && a.source!.start < b.cue.end) ? { ...a, source: null } : a))
  kept.push(...speakerLabels(doc), ...dashCredits(doc))
  return kept.sort((a, b) => a.cue.start - b.cue.start)
}

/**
 * Reported content ends where the source's next verb begins: "called Machado “a con” and
 * encouraged Americans to ...", "that the military is “depleted” and says he will expand ...".
 * The verb is one annotators often mark as a cue, and it follows "and" outside any quotation.
 */
function beforeNextPredicate(doc: Doc, content: CharSpan, lexicon: CueLexicon): CharSpan {
  const { tokens } = doc
  const first = firstStartingFrom(tokens, content.start)
  let t = first
  for (; t + 1 < tokens.length && tokens[t + 1]!.end <= content.end; t++) {
    if (t - first < 2 || doc.quoteOf[t] || doc.lower[t] !== 'and') continue
    const entry = lexicon.entries.get(doc.lower[t + 1]!)
    if (!entry || entry.hits < MIN_PREDICATE_HITS || entry.hits < entry.total * MIN_PREDICATE_PRECISION) continue
    let end = t - 1
    while (end > first && PUNCT.test(tokens[end]!.text) && !doc.closes.has(end)) end--
    return { start: content.start, end: tokens[end]!.end }
  }
  return content
}

/**
 * Where the cue ends: "said" or "said Friday" or "said in an interview" — annotators keep a short
 * adjunct or particle with the verb; the learned cue-end ranker decides, never running into the
 * source or the content.
 */
/** Whether the lexicon's models were trained with the parse's features. */
function hasSyntaxWeights(lexicon: CueLexicon): boolean {
  return Boolean(lexicon.weights?.has('u=VERB'))
}

function cueEnd(doc: Doc, cue: CueMatch, s: Sentence, spans: ReadonlyArray<CharSpan | null>, lexicon: CueLexicon, observe?: (site: BoundarySite) => void, syntax?: Syntax): number {
  if (!lexicon.cueEnd && !observe) return cue.to
  let anchor = cue.from
  while (anchor < cue.to - 1 && (AUXILIARIES.has(doc.lower[anchor]!) || CUE_LEFT.has(doc.lower[anchor]!))) anchor++
  let limit = s.tokenEnd
  for (const span of spans) {
    if (!span || span.start < doc.tokens[anchor]!.end) continue
    let t = anchor + 1
    while (t < limit && doc.tokens[t]!.start < span.start) t++
    limit = t
  }
  if (limit <= anchor) return cue.to
  observe?.({ doc, anchor, limit, lexWords: cue.to - anchor, sentenceEnd: s.tokenEnd })
  if (!lexicon.cueEnd) return cue.to
  const candidates = cueEndCandidates(doc, anchor, limit)
  // "said." or "said, “...": nothing to decide, and scoring is the ranker's whole cost.
  if (candidates.length === 1) return candidates[0]!
  const best = bestCandidate(lexicon.cueEnd, cueEndFeatureSets(doc, anchor, candidates, cue.to - anchor, s.tokenEnd, syntax))
  return candidates[best] ?? cue.to
}

const DASHES = new Set(['―', '—', '–', '-', '--'])

/**
 * Quotations credited after a dash, as in reader comments and embedded posts:
 * "“He represents our greatest shame.” ― Sonya Herridge" or "“...” — Paul Ryan (@SpeakerRyan)".
 * The dash is the cue, the name up to the line end (or a date) the source.
 */
function dashCredits(doc: Doc): Attribution[] {
  const out: Attribution[] = []
  const { tokens, text } = doc
  for (const [c, closing] of doc.closes) {
    let d = c + 1
    if (d < tokens.length && /^[.,]$/.test(tokens[d]!.text) && tokens[d]!.start === tokens[c]!.end) d++
    if (d + 1 >= tokens.length || !DASHES.has(tokens[d]!.text) || text.slice(tokens[c]!.end, tokens[d]!.start).includes('\n')) continue
    let e = d + 1
    while (e < tokens.length && e - d <= 5 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[e]!.text) && !text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes('\n')) e++
    if (e === d + 1 || e - d > 5) continue
    // "(@sahilkapur)": a handle in parentheses belongs to the name.
    if (tokens[e]?.text === '(' && /^@/.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === ')') e += 3
    // What follows the name must end the line or the sentence: "― Karen Bobadilla." or a date.
    const after = text.slice(tokens[e - 1]!.end, tokens[e]?.start ?? text.length)
    if (e < tokens.length && !after.includes('\n') && !/^[.)]$/.test(tokens[e]!.text) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tokens[e]!.text)) continue
    out.push({
      cue: { start: tokens[d]!.start, end: tokens[d]!.end },
      source: span(doc, d + 1, e),
      content: quotation(doc, closing),
      direct: true,
      confidence: 0.8,
    })
  }
  return out
}

const LABEL_WORDS = /^(?:update|updated|note|editor|photo|photos|source|sources|watch|read|related|video|image|credit|correction|clarification|disclosure|warning|via|tags?|share|q|a|question|answer|step|part|chapter|live|breaking|exclusive|analysis|opinion|comment|commentary|full text|transcript)$/i

/**
 * Transcripts and headlines name the speaker before a colon at the start of a line:
 * "PENCE: Well, look, ..." or "Pat Caddell: Democrat voters worried ...".
 */
function speakerLabels(doc: Doc): Attribution[] {
  const out: Attribution[] = []
  const { tokens, text } = doc
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue
    let from = i
    if (doc.opens.has(from) || /^["“]$/.test(tokens[from]!.text)) from++
    let colon = from
    while (colon < tokens.length && colon - from < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[colon]!.text)) colon++
    if (colon === from || tokens[colon]?.text !== ':' || colon + 1 >= tokens.length) continue
    const label = tokens.slice(from, colon).map((t) => t.text).join(' ')
    // Names are short ("Pat Caddell", "PENCE"); a longer title-case run is a headline kicker.
    if (LABEL_WORDS.test(label) || colon - from > 2) continue
    let end = colon + 1
    while (end + 1 < tokens.length && !text.slice(tokens[end]!.end, tokens[end + 1]!.start).includes('\n')) end++
    const content = contentSpan(doc, colon + 1, end + 1)
    if (!content) continue
    out.push({
      cue: { start: tokens[colon]!.start, end: tokens[colon]!.end },
      source: span(doc, from, colon),
      content,
      direct: false,
      confidence: 0.5,
    })
  }
  return out
}

/** Cue phrases in text order: the classifier's (or the lexicon's) choice of where an attribution is reported. */
export function matchCues(doc: Doc, lexicon: CueLexicon, options: RuleOptions = DEFAULT_RULE_OPTIONS, syntax?: Syntax): CueMatch[] {
  const { tokens } = doc
  const cues: CueMatch[] = []
  const syntactic = Boolean(syntax && hasSyntaxWeights(lexicon))
  for (let i = 0; i < tokens.length; i++) {
    if (doc.quoteOf[i] || PUNCT.test(tokens[i]!.text)) continue
    const tag = syntactic ? syntax![i]!.upos : ''
    // Names and numbers inside a sentence are never cues; skipping them keeps the step cheap.
    if (syntactic ? !CUE_TAGS.has(tag) && !lexicon.entries.has(doc.keys[i]!) : i > doc.sentences[doc.sentenceOf[i]!]!.tokenStart && /^[\p{Lu}\p{N}]/u.test(tokens[i]!.text) && !doc.opens.has(i - 1)) continue
    let best: CueMatch | undefined
    if (lexicon.weights) {
      // Words the classifier weighs strongly against ("the", "of") or never saw outside the
      // shape of a verb are not scored at all: scoring every token is the step's main cost. A
      // verb the parse found is scored even when unseen: its lemma and frame may carry it.
      const own = lexicon.wordWeights?.get(doc.lower[i]!)
      const verb = tag === 'VERB'
      if (own === undefined ? !verb && !(options.scoreUnknown && /(?:ed|ing)$/.test(doc.lower[i]!)) && !introducesQuote(doc, i) : own < options.skipBelow && !verb) continue
      if (!verb && own !== undefined && own <= options.skipBelow + 3 && !lexicon.entries.has(doc.keys[i]!) && !introducesQuote(doc, i)) continue
      if (!verb && own !== undefined && options.quickBelow > -Infinity) {
        const p1 = i > 0 && doc.sentenceOf[i - 1] === doc.sentenceOf[i] ? doc.lower[i - 1]! : '<s>'
        const n1 = i + 1 < doc.tokens.length && doc.sentenceOf[i + 1] === doc.sentenceOf[i] ? doc.lower[i + 1]! : '</s>'
        const quick = own + (lexicon.weights.get(`p1w=${p1}|${doc.lower[i]!}`) ?? 0) + (lexicon.weights.get(`wn1=${doc.lower[i]!}|${n1}`) ?? 0)
        if (quick < options.quickBelow) continue
      }
      const features = cueFeatures(doc, lexicon, i, syntactic ? syntax : undefined)
      // A word the classifier never saw as a cue needs clearer context than a known one; a word
      // whose lemma it saw is known ("reaffirms" through "reaffirm").
      const known = own !== undefined || (syntactic && lexicon.weights.has(`lem=${syntax![i]!.lemma.toLowerCase()}`))
      const score = cueScore(lexicon.weights, features) - (known ? 0 : options.unknownPenalty)
      if (score > options.minScore || introducesQuote(doc, i) || relativeCue(doc, lexicon, i)) {
        const hit = lexiconHitAt(doc, lexicon, i)
        let n = hit && !PUNCT.test(tokens[i + hit.words - 1]!.text) ? hit.words : 1
        // "generally praised", "has often cited": an adverb takes the verb after it.
        while (n === 1 && isAdverb(tokens[i + n - 1]!.text) && i + n < tokens.length && /^\p{Ll}/u.test(tokens[i + n]!.text)) {
          n++
          if (isAdverb(tokens[i + n - 1]!.text)) n = 1 + (n - 1)
        }
        best = { from: i, to: i + n, key: cueKey(tokens.slice(i, i + n).map((t) => t.text)), precision: 1 / (1 + Math.exp(-score / 10)) }
      }
    } else {
      const sentenceEnd = doc.sentences[doc.sentenceOf[i]!]!.tokenEnd
      for (let n = Math.min(lexicon.maxWords, sentenceEnd - i); n >= 1; n--) {
        const key = cueKey(tokens.slice(i, i + n).map((t) => t.text))
        const entry = lexicon.entries.get(key)
        if (!entry || entry.hits < options.minHits) continue
        const precision = entry.hits / entry.total
        if (precision < options.minPrecision || PUNCT.test(tokens[i + n - 1]!.text)) continue
        best = { from: i, to: i + n, key, precision }
        break
      }
    }
    if (best) {
      // Annotators keep auxiliaries and adverbs with the verb: "has said", "also said", "is
      // demanding", "publicly criticized" (PolNeAR train: a manner adverb right before the verb is
      // in the cue 554 times, out of it 35).
      let from = best.from
      const keptLeft = (t: number): boolean => {
        const w = tokens[t]!.text
        if (AUXILIARIES.has(w.toLowerCase()) || CUE_LEFT.has(w.toLowerCase())) return true
        return /^\p{Ll}+ly$/u.test(w) && (syntactic ? syntax![t]!.upos === 'ADV' : isAdverb(w))
      }
      while (from > 0 && keptLeft(from - 1) && doc.sentenceOf[from - 1] === doc.sentenceOf[i]) from--
      if (from < best.from) best = { ...best, from }
      cues.push(best)
      i = best.to - 1
    }
  }
  return cues
}

type Found = Omit<Attribution, 'cue' | 'confidence'>

/** Least training hits and precision of a word that is a cue whenever a relative pronoun is its subject. */
const RELATIVE_CUE_HITS = 100
const RELATIVE_CUE_PRECISION = 0.75

/**
 * "The report, which said the plant was unsafe, ...": a word that is nearly always a cue ("said",
 * "told") right after "which" or "who" is one, however the parse reads the clause around it (a
 * misread root there leaves the classifier below its threshold).
 */
function relativeCue(doc: Doc, lexicon: CueLexicon, i: number): boolean {
  const prev = doc.lower[i - 1]
  if ((prev !== 'which' && prev !== 'who') || doc.sentenceOf[i - 1] !== doc.sentenceOf[i] || doc.sentences[doc.sentenceOf[i]!]!.tokenStart === i - 1) return false
  const entry = lexicon.entries.get(doc.keys[i]!)
  return Boolean(entry && entry.hits >= RELATIVE_CUE_HITS && entry.hits >= entry.total * RELATIVE_CUE_PRECISION)
}

/** "Ushakov teased, “There will be ...”": any verb between a subject and a quotation is a cue. */
function introducesQuote(doc: Doc, i: number): boolean {
  if (!doc.opens.has(i + 2)) return false
  const w = doc.tokens[i]!.text
  const prev = doc.tokens[i - 1]?.text ?? ''
  return (
    /^\p{Ll}+(?:ed|s)$/u.test(w) &&
    (/^\p{Lu}/u.test(prev) || PRONOUNS.has(prev.toLowerCase())) &&
    doc.sentenceOf[i - 1] === doc.sentenceOf[i] &&
    /^[,:]$/.test(doc.tokens[i + 1]?.text ?? '') &&
    doc.opens.has(i + 2)
  )
}

/**
 * “A,” she continued. “B.” — a quote that goes on right after the attribution sentence, in the
 * same paragraph, is the same content.
 */
function continueQuote(doc: Doc, found: Found, s: Sentence): CharSpan {
  const next = doc.sentences[doc.sentenceOf[s.tokenStart]! + 1]
  if (!next) return found.content
  const q = doc.opens.get(next.tokenStart)
  if (!q || doc.text.slice(s.end, next.start).includes('\n')) return found.content
  return { start: found.content.start, end: Math.max(found.content.end, q.end) }
}

function analyzeCue(
  doc: Doc,
  cue: CueMatch,
  s: Sentence,
  nextCue: number,
  sentenceSource: CharSpan | null,
): Found | null {
  if (cue.key === 'according to') return accordingTo(doc, cue, s)
  const post = postposed(doc, cue, s)
  if (post) return post
  return preposed(doc, cue, s, nextCue, sentenceSource)
}

/** The content of the quotation a quoted span belongs to, over every paragraph it runs through. */
const quotation = (doc: Doc, q: QuotedSpan): CharSpan => doc.quotationOf.get(q) ?? { start: q.start, end: q.end }
const word = (doc: Doc, i: number): string => doc.tokens[i]?.text ?? ''
const lower = (doc: Doc, i: number): string => word(doc, i).toLowerCase()
const span = (doc: Doc, from: number, to: number): CharSpan | null =>
  to > from ? { start: doc.tokens[from]!.start, end: doc.tokens[to - 1]!.end } : null

/** Tokens `[from, to)` of a sentence without its final punctuation. */
function contentSpan(doc: Doc, from: number, to: number, sentenceStart = false): CharSpan | null {
  while (to > from && PUNCT.test(word(doc, to - 1)) && !doc.closes.has(to - 1)) to--
  while (from < to && (word(doc, from) === ',' || word(doc, from) === ':')) from++
  // "But the goal is ...": a sentence-opening conjunction is not part of what was said.
  if (sentenceStart) {
    // A dateline is the writer's: "WASHINGTON ― Donald Trump's ...", "SEOUL (AP) — ...".
    let t = from
    while (t < to && t - from < 6 && (/^\p{Lu}[\p{Lu}.'’-]+$/u.test(word(doc, t)) || /^[(),]$|^AP$/.test(word(doc, t)))) t++
    if (t > from && t < to - 1 && /^(?:―|—|–|-|--)$/.test(word(doc, t))) from = t + 1
    while (from < to - 1 && /^(?:and|but|so|yet|or)$/i.test(word(doc, from))) from++
    // "However, ...", "Details aside, ...", "As for complexity, ...": the writer's link, not the speaker's.
    for (let c = from + 1; c < to - 1 && c - from <= 4; c++) {
      if (word(doc, c) !== ',') continue
      if (DISCOURSE_OPENER.test(doc.lower.slice(from, c).join(' '))) from = c + 1
      break
    }
  }
  return span(doc, from, to)
}

/**
 * Where reported content ends inside its sentence: before "; ...", a dash aside, or a comma that
 * starts a new clause of the writer's own (", but ...", ", which ...", ", using ...").
 */
function clauseEnd(doc: Doc, from: number, end: number): number {
  for (let t = from + 2; t < end - 1; t++) {
    // `is “true,” but in the course of ...`: the comma sits inside the quotation.
    if (doc.closes.has(t) && word(doc, t - 1) === ',' && /^(?:but|which|while)$/i.test(word(doc, t + 1))) return t + 1
    if (doc.quoteOf[t] || doc.opens.has(t) || doc.closes.has(t)) continue
    const w = word(doc, t)
    if (w === ';' || w === '--' || w === '—' || w === '―') return t
    if (w === ',' && /^(?:but|which|who|using|amounting|whereas|although|though|prompting|leaving|making|forcing|meaning)$/i.test(word(doc, t + 1))) return t
  }
  return end
}

/** "According to X, ..." and "..., according to X." */
function accordingTo(doc: Doc, cue: CueMatch, s: Sentence): Found | null {
  let j = cue.to
  while (j < s.tokenEnd && j - cue.to < MAX_SOURCE && !PUNCT.test(word(doc, j))) j++
  const source = span(doc, cue.to, j)
  let start = s.tokenStart
  while (start < cue.from && (LEADING_FILLERS.has(lower(doc, start)) || PUNCT.test(word(doc, start)))) start++
  const content = start === cue.from ? contentSpan(doc, j, clauseEnd(doc, j, s.tokenEnd)) : contentSpan(doc, s.tokenStart, cue.from, true)
  return content ? { source, content, direct: false } : null
}

const LISTENERS = /^(?:me|him|her|us|them|you|reporters|journalists|lawmakers|legislators|senators|supporters|voters|members|delegates|students|investors|analysts|viewers|listeners|readers|parliament|congress)$/i

/** The token after the listener a "told" names ("reporters", "Reuters", "The New York Times"), or `j` when none is there. */
function afterListener(doc: Doc, j: number, end: number): number {
  if (j < end && LISTENERS.test(word(doc, j))) return j + 1
  let t = j
  if (t < end && /^(?:the|a|an)$/i.test(word(doc, t)) && /^\p{Lu}/u.test(word(doc, t + 1))) t++
  while (t < end && t - j < 6 && /^\p{Lu}/u.test(word(doc, t))) t++
  return t
}

/** Skips adverbs and auxiliaries left of index `i`; returns the first index that is not one. */
function skipAdverbsLeft(doc: Doc, i: number, floor: number): number {
  while (i >= floor && isAdverb(word(doc, i))) i--
  return i
}

/** "..., X said." / "“...,” said X." : content before, source between or after. */
function postposed(doc: Doc, cue: CueMatch, s: Sentence): Found | null {
  const k = skipAdverbsLeft(doc, cue.from - 1, s.tokenStart)
  let L = k
  while (L >= s.tokenStart && !COMMA.has(word(doc, L)) && !doc.closes.has(L) && k - L < 10) {
    if (CLAUSE_BREAKERS.has(word(doc, L)) && word(doc, L) !== 'and') return null
    if (PUNCT.test(word(doc, L)) && word(doc, L) !== '’s' && word(doc, L) !== "'s") return null
    L--
  }
  // “How many times?” Clinton said. — the splitter ended the sentence at the question mark.
  if (L === s.tokenStart - 1 && doc.closes.has(L) && k >= s.tokenStart) {
    const closing = doc.closes.get(L)!
    let tail = cue.to
    while (tail < s.tokenEnd && !PUNCT.test(word(doc, tail)) && tail - cue.to <= 6) tail++
    if (tail === s.tokenEnd || FINAL.test(word(doc, tail))) {
      return { source: span(doc, s.tokenStart, k + 1), content: quotation(doc, closing), direct: true }
    }
  }
  if (L < s.tokenStart || !(COMMA.has(word(doc, L)) || doc.closes.has(L))) {
    // No comma: only a quote opened in an earlier sentence can be the content ("“...” he said").
    return null
  }
  if (!doc.closes.has(L)) {
    // “...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: a
    // long source between a closing quote and the cue.
    for (let b = L - 1; b >= s.tokenStart && L - b < 25; b--) {
      if (doc.closes.has(b)) {
        // Only a name or a noun phrase follows the quotation: “...” Scott Pruitt, the attorney ...
        if (/^(?:\p{Lu}|the$|a$|an$)/u.test(word(doc, b + 1))) L = b
        break
      }
      if (FINAL.test(word(doc, b)) || doc.opens.has(b) || word(doc, b) === 'that') break
    }
  }
  // ", which he said were ..." is a relative clause, not a postposed attribution.
  if (/^(?:which|who|whom|that|what)$/i.test(word(doc, L + 1))) return null
  let sourceFrom = L + 1
  while (sourceFrom <= k && LEADING_FILLERS.has(lower(doc, sourceFrom))) sourceFrom++
  let source = span(doc, sourceFrom, k + 1)
  let j = cue.to
  if (!source) {
    // ", said X." — only verbs that invert with their subject.
    if (!INVERTING.has(cue.key.split(' ').at(-1) ?? '')) return null
    while (j < s.tokenEnd && j - cue.to < 10 && !PUNCT.test(word(doc, j)) && !doc.opens.has(j)) {
      if (lower(doc, j) === 'that' || CLAUSE_BREAKERS.has(lower(doc, j))) return null
      j++
    }
    source = span(doc, cue.to, j)
    if (!source) return null
    // "-- told me, “...”": a listener and a quotation follow; the subject came before.
    if (/^(?:me|him|her|us|them|reporters|you)$/i.test(word(doc, cue.to)) || (word(doc, j) === ',' && doc.opens.has(j + 1))) return null
    // ", said Donna Brazile, the interim chairwoman of the committee." keeps the appositive.
    if (word(doc, j) === ',') {
      let a = j + 1
      while (a < s.tokenEnd && !doc.opens.has(a) && !FINAL.test(word(doc, a)) && a - j <= MAX_APPOSITIVE) {
        // "..., the top Democrat on the committee, in a statement." ends before the setting.
        if (word(doc, a) === ',' && SETTING_START.test(word(doc, a + 1))) break
        a++
      }
      if (a > j + 1 && (a === s.tokenEnd || FINAL.test(word(doc, a)) || doc.opens.has(a) || word(doc, a) === ',')) {
        source = span(doc, cue.to, a)
        j = a
      }
    }
  }
  let end = L
  if (word(doc, L) === ',' && doc.closes.has(L - 1)) end = L - 1
  const closing = doc.closes.get(end)
  // What follows must end the clause: punctuation soon, never a "that" clause. After a closing
  // quote mark the shape is certain, so a long tail ("said on Saturday at the gala in ...") is fine.
  let tail = j
  while (tail < s.tokenEnd && !PUNCT.test(word(doc, tail))) {
    const w = lower(doc, tail)
    if (w === 'that' || (tail - j > 6 && !closing) || doc.opens.has(tail)) return null
    tail++
  }
  if (tail < s.tokenEnd && word(doc, tail) === ':') return null
  // “That,” he added, “promises ...”: the interrupted quote goes on after the attribution.
  let resume = tail
  while (resume < s.tokenEnd && resume - tail < 3 && !doc.opens.has(resume) && !FINAL.test(word(doc, resume))) resume++
  const resumed = doc.opens.get(resume)
  if (tail < s.tokenEnd && doc.opens.has(tail) && !closing) return null
  if (!closing) {
    // "As a phone rang, the announcer said, “...”": the quotation after the cue is the content.
    if (/^[,:]$/.test(word(doc, tail)) && doc.opens.has(tail + 1)) return null
    // "In a speech Friday, Clinton laid out her proposals": an object after the cue, not an
    // adjunct. The listener of "told" is no such object ("..., Vergara told reporters after ...").
    const obj = /^(?:told|tells|tell|telling)$/i.test(cue.key.split(' ').at(-1) ?? '') ? afterListener(doc, j, tail) : j
    if (tail > obj && !ADJUNCT_START.test(word(doc, obj)) && !DAYS.test(word(doc, obj))) return null
  }
  if (closing) {
    let opener = end
    while (opener >= 0 && doc.tokens[opener]!.start > closing.open) opener--
    // A quote that starts mid-sentence is part of a longer content: "... a top priority ''is ...,'' Mr. Kamin said."
    let start = quotation(doc, closing).start
    if (opener > s.tokenStart && doc.sentenceOf[opener] === doc.sentenceOf[cue.from]) {
      start = contentSpan(doc, s.tokenStart, opener + 1)?.start ?? start
    }
    const endChar = resumed ? Math.max(closing.end, resumed.end) : closing.end
    return { source, content: { start, end: endChar }, direct: start === quotation(doc, closing).start }
  }
  if (end <= s.tokenStart) return null
  const first = doc.tokens[s.tokenStart]!
  const inside = doc.quoteOf[s.tokenStart]
  const start = inside ? inside.start : first.start
  const content = contentSpan(doc, s.tokenStart, end, true)
  if (!content) return null
  let contentEnd = content.end
  // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": a parenthetical cue; the
  // content goes on to the end of the sentence.
  if (word(doc, tail) === ',' && tail + 1 < s.tokenEnd && !/(?:ing)$|^(?:according|who|which|in|on|at|as|after|before|during|while|when)$/i.test(word(doc, tail + 1))) {
    const rest = contentSpan(doc, tail + 1, clauseEnd(doc, tail + 1, s.tokenEnd))
    // "During his years in office, Mr. Obama said, a majority ...": an introductory phrase is the
    // writer's; what was said starts after the attribution.
    if (rest && end - s.tokenStart <= 15 && INTRODUCTORY.test(word(doc, s.tokenStart)) && !resumed) {
      return { source, content: rest, direct: false }
    }
    if (rest && rest.end > contentEnd) contentEnd = rest.end
    if (resumed && resumed.end > contentEnd) contentEnd = resumed.end
    // "..., but the pollution was so bad, Mr. Obama noted, that ...": the parenthetical belongs
    // to the last clause before it.
    for (let b = end - 2; b > s.tokenStart; b--) {
      if (doc.quoteOf[b]) continue
      if ((word(doc, b) === ',' && /^(?:but|and|who|which|while|because|so|whereas)$/i.test(word(doc, b + 1))) || word(doc, b) === ';') {
        const clause = contentSpan(doc, b + 1, end, true)
        if (clause) return { source, content: { start: clause.start, end: contentEnd }, direct: false }
        break
      }
    }
  }
  return { source, content: { start: inside ? Math.min(start, content.start) : content.start, end: contentEnd }, direct: false }
}

/** The subject phrase that ends at token `e` (inclusive), walking left to a clause boundary. */
function subjectEndingAt(doc: Doc, last: number, floor: number): CharSpan | null {
  let e = last
  if (e < floor) return null
  if (word(doc, e) === ',') {
    // An appositive: "Yury Ushakov, a presidential aide in Russia, mentioned".
    let p = e - 1
    while (p >= floor && word(doc, p) !== ',' && e - p <= MAX_APPOSITIVE) p--
    if (p < floor || word(doc, p) !== ',') return null
    const head = subjectEndingAt(doc, p - 1, floor)
    // "Hillary Clinton, at a later press gaggle, said": a setting, not an appositive.
    if (head && SETTING_START.test(word(doc, p + 1))) return head
    return head ? { start: head.start, end: doc.tokens[e - 1]!.end } : null
  }
  let i = e
  while (i >= floor && e - i < MAX_SOURCE) {
    const w = word(doc, i)
    if (w === ')') {
      // "Rep. Trey Gowdy (R-S.C.) said": a parenthesis inside the subject.
      let p = i - 1
      while (p > floor && word(doc, p) !== '(' && i - p < 8) p--
      if (word(doc, p) === '(') {
        i = p - 1
        continue
      }
    }
    if (doc.closes.has(i) || doc.opens.has(i)) break
    if (PUNCT.test(w) && w !== '’s' && w !== "'s" && w !== '-') break
    // "Both Mr. King and Mr. Schultz say": a conjunction between names stays in the subject.
    if (CLAUSE_BREAKERS.has(w) && !(w === 'and' && /^\p{Lu}/u.test(word(doc, i + 1)) && /^\p{Lu}/u.test(word(doc, i - 1)))) break
    i--
  }
  let from = i + 1
  // "how experts say", "with experts offering", "what the senators said": the subject follows.
  for (let t = e - 1; t >= from; t--) {
    if (/^(?:how|what|whom|whose|why|where|with|despite|amounting)$/i.test(word(doc, t)) && t < e) {
      from = t + 1
      break
    }
  }
  if (e > from && /^(?:which|who|whom|that)$/i.test(word(doc, from))) from++
  // "... radio program who said": the relative pronoun is the source.
  if (e > from && /^(?:who|which)$/i.test(word(doc, e))) from = e
  // "David Axelrod on Wednesday called": the time is not part of the source.
  for (let t = from + 1; t <= e; t++) {
    if (/^(?:on|last|this|early|late|earlier)$/i.test(word(doc, t)) && DAYS.test(word(doc, t + 1))) {
      e = t - 1
      break
    }
    if (t > from && DAYS.test(word(doc, t)) && t === e) {
      // "a state media report this past week": the words dating the time go with it.
      e = t - 1
      while (e > from && /^(?:last|this|past|next|early|late|earlier)$/i.test(word(doc, e))) e--
    }
  }
  while (from <= e && (LEADING_FILLERS.has(lower(doc, from)) || PUNCT.test(word(doc, from)))) from++
  return span(doc, from, e + 1)
}

/** The sentence's grammatical subject, for participle cues ("..., noting ..."). */
function sentenceSubject(doc: Doc, s: Sentence, before: number): CharSpan | null {
  let from = s.tokenStart
  while (from < before && (LEADING_FILLERS.has(lower(doc, from)) || PUNCT.test(word(doc, from)))) from++
  const first = word(doc, from)
  if (!/^\p{Lu}/u.test(first) && !PRONOUNS.has(first.toLowerCase())) return null
  let i = from
  while (i < before && i - from < MAX_SOURCE) {
    const w = word(doc, i)
    if (PUNCT.test(w) && w !== '’s' && w !== "'s") break
    if (i > from && /^\p{Ll}+(?:ed|s)$/u.test(w) && !/(?:ss|us|is|as)$/.test(w)) break
    i++
  }
  while (i > from + 1 && isAdverb(word(doc, i - 1))) i--
  return i < before ? span(doc, from, i) : null
}

/** "X said (that) ...", "X told reporters ...", "X remarked, “...”". */
function preposed(
  doc: Doc,
  cue: CueMatch,
  s: Sentence,
  nextCue: number,
  sentenceSource: CharSpan | null,
): Found | null {
  const k = skipAdverbsLeft(doc, cue.from - 1, s.tokenStart)
  const participle = /ing$/.test(cue.key) && (word(doc, k) === ',' || k < s.tokenStart)
  let source: CharSpan | null
  // "Trump tweeted ... and encouraged Americans to ...": a second verb of the same subject.
  const coordinated = k > s.tokenStart && /^(?:and|but)$/i.test(word(doc, k))
  if (participle || coordinated) source = sentenceSource ?? sentenceSubject(doc, s, cue.from)
  else source = subjectEndingAt(doc, k, s.tokenStart)
  let j = cue.to
  const last = cue.key.split(' ').at(-1) ?? ''
  if (/^(?:was|were|is|are|been|be|has been|had been)\b/.test(lower(doc, cue.from)) && lower(doc, j) === 'by') {
    // "it was confirmed by the Kremlin that ...": the agent is the source.
    let t = j + 1
    while (t < s.tokenEnd && t - j <= MAX_SOURCE && !PUNCT.test(word(doc, t)) && word(doc, t) !== 'that') t++
    const agent = span(doc, j + 1, t)
    if (agent && (word(doc, t) === 'that' || PUNCT.test(word(doc, t)))) {
      source = agent
      j = t
    }
  }
  const limit = Math.min(s.tokenEnd, j + 9)
  // "mentioned in a recent briefing that ...": the content starts at "that".
  // Only adjuncts ("in a recent briefing", "on Tuesday") or a listener may come before "that";
  // "illustrates significant alignment that ..." is a relative clause.
  if (j < limit && (ADJUNCT_START.test(word(doc, j)) || LISTENER_CUES.has(last) || word(doc, j) === 'that')) {
    // "says at a campaign stop in Toledo, Ohio, that ...": an adjunct may hold commas.
    const far = Math.min(s.tokenEnd, j + (ADJUNCT_START.test(word(doc, j)) ? 14 : 9))
    for (let t = j; t < far; t++) {
      const w = word(doc, t)
      if (w === 'that' || (LISTENER_CUES.has(last) && WH_WORDS.test(w) && t > j)) {
        j = t
        break
      }
      if (PUNCT.test(w) && !(w === ',' && ADJUNCT_START.test(word(doc, j)))) break
    }
  }
  if (j === cue.to && LISTENER_CUES.has(last)) {
    // "told reporters on Tuesday ...": skip the listener.
    let t = j
    while (t < limit && !PUNCT.test(word(doc, t)) && word(doc, t) !== 'that' && !doc.opens.has(t)) t++
    if (t < s.tokenEnd && t - j <= 4 && (PUNCT.test(word(doc, t)) || doc.opens.has(t))) j = t
    else if (j + 1 < s.tokenEnd && /^(?:him|her|them|me|us|you|reporters)$/i.test(word(doc, j))) j++
  }
  if (word(doc, j) === ':' && j + 1 === s.tokenEnd) {
    // "The governor added:" and the quoted words as the next paragraph.
    let t = j + 1
    if (doc.opens.has(t)) t++
    let e = t
    while (e + 1 < doc.tokens.length && !/\n[^\S\n]*\n/.test(doc.text.slice(doc.tokens[e]!.end, doc.tokens[e + 1]!.start))) e++
    const content = t < doc.tokens.length ? contentSpan(doc, t, e + 1) : null
    if (content) return { source, content, direct: doc.opens.has(j + 1) }
  }
  while (j < s.tokenEnd && (word(doc, j) === ',' || word(doc, j) === ':')) j++
  const opening = doc.opens.get(j)
  if (opening) return { source, content: quotation(doc, opening), direct: true }
  // Stop before a following attribution in the same sentence ("..., adding ...", "..., he said").
  let end = s.tokenEnd
  if (nextCue < s.tokenEnd) {
    let c = nextCue - 1
    while (c > j && word(doc, c) !== ',' && nextCue - c < 4) c--
    if (word(doc, c) === ',') end = c
  }
  // "promised to continue supporting Clinton and said she would ...": a second verb of the same
  // subject ends a content that is not a clause of its own.
  if (!/^(?:that|if|whether|how|why|what)$/i.test(word(doc, j))) {
    // After "said" the content is a clause whose own verbs may be coordinated ("he rated ... and
    // talked about ..."); only a comma before "and" then marks the speaker's second verb.
    const clausal = /^(?:said|says|say|saying|told|tells|added|adding|wrote|writes|believe|believes|think|thinks|argued|noted|explained)$/.test(last)
    for (let t = j + 1; t < end - 1; t++) {
      if (doc.opens.has(t)) break
      if (clausal && word(doc, t - 1) !== ',') continue
      if (/^(?:and|but)$/.test(word(doc, t)) && /^(?:has|have|had|is|was|will|would|also|then|said|says|told|tells|\p{Ll}+ed)$/u.test(word(doc, t + 1))) {
        end = t
        break
      }
    }
  }
  const content = contentSpan(doc, j, clauseEnd(doc, j, end))
  if (!content) return null
  // A quote opened inside the content that runs on past the sentence belongs to it.
  let contentEnd = content.end
  for (let t = j; t < end; t++) {
    const q = doc.opens.get(t)
    if (q && q.end > contentEnd) contentEnd = q.end
  }
  return { source, content: { start: content.start, end: contentEnd }, direct: false }
}
