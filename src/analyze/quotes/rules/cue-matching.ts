/** Where attributions are reported: the cue phrases, chosen by the classifier or the lexicon. */
import { cueKey, type CueLexicon } from '../cue-lexicon.js'
import { cueLeftWord, lexiconHitAt, scoreCue } from '../cue-features.js'
import type { QuoteDoc as Doc } from '../document-index.js'
import { AUXILIARIES, PRONOUNS, isAdverb } from '../word-classes.js'
import { absoluteSubject } from '../absolute-participle.js'
import { isReceptionCue } from '../reception-cue.js'
import { lemmaClass } from '../attribution-class.js'
import type { Syntax } from '../../syntax/types.js'
import { DEFAULT_RULE_OPTIONS, type CueMatch, type RuleOptions } from './types.js'
import { CUE_TAGS, PUNCT } from './words.js'

/** Whether the lexicon's models were trained with the parse's features. */
export function hasSyntaxWeights(lexicon: CueLexicon): boolean {
  return Boolean(lexicon.weights?.has('u=VERB'))
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
    if (syntactic ? !CUE_TAGS.has(tag) && !lexicon.entries.has(doc.keys[i]!) : i > doc.sentences[doc.sentenceOf[i]!]!.tokenStart && /^[\p{Lu}\p{N}]/u.test(tokens[i]!.text) && !doc.opens.has(i - 1))
      continue
    let best: CueMatch | undefined
    const absolute = absoluteCue(doc, lexicon, i, syntactic ? syntax : undefined)
    if (lexicon.weights) {
      // Words the classifier weighs strongly against ("the", "of") or never saw outside the
      // shape of a verb are not scored at all: scoring every token is the step's main cost. A
      // verb the parse found is scored even when unseen: its lemma and frame may carry it.
      const own = lexicon.wordWeights?.get(doc.lower[i]!)
      const verb = tag === 'VERB'
      if (!absolute && (own === undefined ? !verb && !(options.scoreUnknown && /(?:ed|ing)$/.test(doc.lower[i]!)) && !introducesQuote(doc, i) : own < options.skipBelow && !verb)) continue
      if (!absolute && !verb && own !== undefined && own <= options.skipBelow + 3 && !lexicon.entries.has(doc.keys[i]!) && !introducesQuote(doc, i)) continue
      if (!absolute && !verb && own !== undefined && options.quickBelow > -Infinity) {
        const p1 = i > 0 && doc.sentenceOf[i - 1] === doc.sentenceOf[i] ? doc.lower[i - 1]! : '<s>'
        const n1 = i + 1 < doc.tokens.length && doc.sentenceOf[i + 1] === doc.sentenceOf[i] ? doc.lower[i + 1]! : '</s>'
        const quick = own + (lexicon.weights.get(`p1w=${p1}|${doc.lower[i]!}`) ?? 0) + (lexicon.weights.get(`wn1=${doc.lower[i]!}|${n1}`) ?? 0)
        if (quick < options.quickBelow) continue
      }
      // A word the classifier never saw as a cue needs clearer context than a known one; a word
      // whose lemma it saw is known ("reaffirms" through "reaffirm").
      const known = own !== undefined || (syntactic && lexicon.weights.has(`lem=${syntax![i]!.lemma.toLowerCase()}`))
      let score = scoreCue(doc, lexicon, i, syntactic ? syntax : undefined) - (known ? 0 : options.unknownPenalty)
      const minScore = syntactic && options.classMinScore ? classThreshold(doc, syntax!, i, options) : options.minScore
      // "Clinton now says", "Cruz has long said": the classifier learned the adverb as where such
      // a cue starts, and the verb after it as no start; the pruning above skips the adverb.
      let anchor = i
      const adverb = score <= minScore && (!syntactic || syntax![i]!.upos === 'VERB') ? adverbBefore(doc, lexicon, i, syntactic ? syntax : undefined) : -1
      if (adverb >= 0) {
        const before = scoreCue(doc, lexicon, adverb, syntactic ? syntax : undefined)
        if (before > minScore) {
          score = before
          anchor = adverb
        }
      }
      if (score > minScore || absolute || introducesQuote(doc, i) || relativeCue(doc, lexicon, i) || legalCue(doc, i, syntactic ? syntax : undefined)) {
        const hit = lexiconHitAt(doc, lexicon, i)
        let n = hit && !PUNCT.test(tokens[i + hit.words - 1]!.text) ? hit.words : 1
        // "generally praised", "has often cited": an adverb takes the verb after it.
        while (n === 1 && isAdverb(tokens[i + n - 1]!.text) && i + n < tokens.length && /^\p{Ll}/u.test(tokens[i + n]!.text)) {
          n++
          if (isAdverb(tokens[i + n - 1]!.text)) n = 1 + (n - 1)
        }
        best = { from: anchor, to: i + n, key: cueKey(tokens.slice(i, i + n).map((t) => t.text)), precision: 1 / (1 + Math.exp(-score / 10)) }
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
      // The same words the cue trainer anchors after (`cueLeftWord`), so the two cannot drift.
      const keptLeft = (t: number): boolean => cueLeftWord(tokens[t]!.text, syntactic ? syntax![t]!.upos : undefined)
      while (from > 0 && keptLeft(from - 1) && doc.sentenceOf[from - 1] === doc.sentenceOf[i]) from--
      if (from < best.from) best = { ...best, from }
      cues.push(best)
      i = best.to - 1
    }
  }
  return cues
}

/**
 * The least score for parsed word `i` by the hand class of its lemma (`classMinScore`). A class
 * threshold below `minScore` lets more verbs of saying and thinking in, but no noun or name and
 * never an act the class's lemma names without reporting anything: blame traded between people
 * ("lawmakers are blaming each other": a reciprocal or reflexive object) or criticism received
 * ("drew criticism from", "faced fire over": its target is no speaker). Those keep `minScore`.
 */
function classThreshold(doc: Doc, syntax: Syntax, i: number, options: RuleOptions): number {
  const byClass = options.classMinScore![lemmaClass(syntax[i]!.lemma.toLowerCase())] ?? options.classMinScore!['other'] ?? options.minScore
  if (byClass >= options.minScore) return byClass
  // Nouns and names share their spelling with verbs of saying ("the show", "Support for", "Hope
  // Hicks", "chants of"): only a verb the parse reads as one, in lower case, gets the lower bar.
  if (syntax[i]!.upos !== 'VERB' || !/^\p{Ll}/u.test(doc.tokens[i]!.text)) return options.minScore
  return mutualAct(doc, syntax, i) || receivedCriticism(doc, i) ? options.minScore : byClass
}

/** Whether word `i` is the verb of a phrase of received criticism ("drew sharp criticism from"). */
function receivedCriticism(doc: Doc, i: number): boolean {
  if (!RECEPTION_VERB.test(doc.lower[i]!)) return false
  const end = Math.min(doc.tokens.length, i + 6, doc.sentences[doc.sentenceOf[i]!]!.tokenEnd)
  return isReceptionCue(doc.text.slice(doc.tokens[i]!.start, doc.tokens[end - 1]!.end))
}
const RECEPTION_VERB = /^(?:fac|dr[ae]w|receiv|c[oa]m|attract|cop|spark|prompt)/

/** Objects that name the subject itself: blame traded among its members reports no words of theirs. */
const MUTUAL_OBJECT = /^(?:each other|one another|themselves|himself|herself|itself|ourselves)$/

/** Whether verb `i`'s object is the subject itself ("are blaming each other", "congratulated themselves"). */
function mutualAct(doc: Doc, syntax: Syntax, i: number): boolean {
  for (let k = i + 1; k < Math.min(syntax.length, i + 4) && doc.sentenceOf[k] === doc.sentenceOf[i]; k++) {
    if (syntax[k]!.head !== i || syntax[k]!.deprel !== 'obj') continue
    // "each other": the parse makes "each" the object, "other" fixed to it (or "other" the object).
    return MUTUAL_OBJECT.test(doc.lower[k]!) || MUTUAL_OBJECT.test(`${doc.lower[k]} ${doc.lower[k + 1] ?? ''}`) || MUTUAL_OBJECT.test(`${doc.lower[k - 1]} ${doc.lower[k]}`)
  }
  // The parse may hang "other" off "each" or read "each other" as an adverb: read the words too.
  return MUTUAL_OBJECT.test(`${doc.lower[i + 1] ?? ''} ${doc.lower[i + 2] ?? ''}`) || MUTUAL_OBJECT.test(doc.lower[i + 1] ?? '')
}

/** Whether a particle within a few words after verb `i` makes it a phrasal verb ("wrote it off"). */
function particleOf(syntax: Syntax, i: number): boolean {
  for (let k = i + 1; k < Math.min(syntax.length, i + 4); k++) if (syntax[k]!.head === i && syntax[k]!.deprel === 'compound:prt') return true
  return false
}

/** Least training precision of a verb whose cue may start at the adverb before it. */
const ADVERB_CUE_PRECISION = 0.3

/**
 * The adverb right before a verb that an annotated cue would start with ("now says", "has long
 * said", "have not said"): an adverb or negation of the same sentence that is no auxiliary, or -1.
 */
function adverbBefore(doc: Doc, lexicon: CueLexicon, i: number, syntax?: Syntax): number {
  const j = i - 1
  if (j < 0 || doc.sentenceOf[j] !== doc.sentenceOf[i] || doc.quoteOf[j] || AUXILIARIES.has(doc.lower[j]!)) return -1
  // Only a verb the lexicon knows as a cue often enough: "already identified", "not known" are acts and states.
  const entry = lexicon.entries.get(doc.keys[i]!)
  if (!entry || entry.hits < ABSOLUTE_CUE_HITS || entry.hits < entry.total * ADVERB_CUE_PRECISION) return -1
  // "a statement first reported by", "initially wrote it off": a participle modifying a noun, or a phrasal verb, reports nothing.
  // "a statement first reported by", "initially wrote it off": a participle with no auxiliary
  // (it modifies a noun, whatever the parse says) or a phrasal verb reports nothing.
  if (syntax && ((syntax[i]!.xpos === 'VBN' && !AUXILIARIES.has(doc.lower[j - 1] ?? '')) || particleOf(syntax, i))) return -1
  if (doc.lower[j] === 'not' || doc.lower[j] === "n't" || doc.lower[j] === 'never') return j
  return (syntax ? syntax[j]!.upos === 'ADV' : isAdverb(doc.tokens[j]!.text)) ? j : -1
}

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

/** Least training hits and precision of a participle that is a cue after "with" and its subject. */
const ABSOLUTE_CUE_HITS = 5
const ABSOLUTE_CUE_PRECISION = 0.2

/**
 * "The strike went on, with union officials saying they would not return": a speech participle
 * whose subject is the noun phrase after "with" reports what that phrase said, though the
 * classifier, which mostly saw the participle after a comma ("..., saying"), scores it low there
 * (PolNeAR train: 27 of 35 such speech participles are annotated cues). The participle must be
 * one the lexicon knows as a cue often enough, and, with a parse, follow a noun and modify no
 * word after it: "with the right calling card" names a card.
 */
const GERUND_AFTER: ReadonlySet<string> = new Set(['by', 'after', 'before'])

function absoluteCue(doc: Doc, lexicon: CueLexicon, i: number, syntax?: Syntax): boolean {
  if (!doc.lower[i]!.endsWith('ing') || doc.quoteOf[i]) return false
  const entry = lexicon.entries.get(doc.keys[i]!)
  if (!entry || entry.hits < ABSOLUTE_CUE_HITS || entry.hits < entry.total * ABSOLUTE_CUE_PRECISION) return false
  // The tagger reads some of these as nouns ("Nasser warning of"); a noun-like participle counts
  // unless a noun or adjective follows that it may modify ("calling card").
  const modifies = /^(?:NOUN|PROPN|ADJ|NUM)$/.test(syntax?.[i + 1]?.upos ?? '') || /^(?:amod|compound)$/.test(syntax?.[i]?.deprel ?? '')
  if (syntax && syntax[i]!.upos !== 'VERB' && modifies) return false
  // "responded by saying", "before adding": the gerund's subject is the clause's (PolNeAR train
  // and dev: 67 of 86 speech gerunds after "by", "after" or "before" are annotated cues).
  if (GERUND_AFTER.has(doc.lower[i - 1] ?? '') && doc.sentenceOf[i - 1] === doc.sentenceOf[i]) return true
  if (syntax && !/^(?:NOUN|PROPN|PRON|NUM)$/.test(syntax[i - 1]?.upos ?? '')) return false
  const sentence = doc.sentences[doc.sentenceOf[i]!]!
  return absoluteSubject(doc.text, sentence.start, { start: doc.tokens[i]!.start, end: doc.tokens[i]!.end }) !== null
}

/** Verbs of a legal charge, by lemma, and the preposition that names the charge ("charged with", "accused of"). */
const LEGAL_FRAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['charge', new Set(['with'])],
  ['accuse', new Set(['of'])],
  ['indict', new Set(['on', 'for'])],
  ['convict', new Set(['of', 'on'])],
])
const PASSIVE_BEFORE = /^(?:was|were|is|are|be|been|being|got|get|gets)$/

/**
 * "Williams was charged with “first-degree murder”": a passive charge verb before the
 * preposition and a quoted charge reports the charging side's words, however the classifier
 * scores it (it sits near its threshold there). The class step reads it as legal and credits
 * nobody with the charge; the defendant is never the speaker. An unquoted charge ("was charged
 * with any crime") is left to the classifier: PolNeAR annotates well under half of those.
 */
function legalCue(doc: Doc, i: number, syntax?: Syntax): boolean {
  const w = doc.lower[i]!
  if (!/(?:ed|d)$/.test(w)) return false
  const lemma = syntax ? syntax[i]!.lemma.toLowerCase() : w.replace(/e?d$/, '').replace(/(?<=charg|accus)$/, 'e')
  const preps = LEGAL_FRAMES.get(lemma)
  if (!preps || !preps.has(doc.lower[i + 1] ?? '') || !doc.opens.has(i + 2) || doc.sentenceOf[i + 2] !== doc.sentenceOf[i]) return false
  let b = i - 1
  while (b >= 0 && /^(?:\p{Ll}+ly|also|not|n't|later|since|then)$/u.test(doc.lower[b]!)) b--
  return b >= 0 && PASSIVE_BEFORE.test(doc.lower[b]!) && doc.sentenceOf[b] === doc.sentenceOf[i]
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
