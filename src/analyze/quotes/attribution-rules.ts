/**
 * Attribution structure around each cue, found by rules over tokens, sentences and quote marks:
 * who is the source, which words are the cue, and where the reported content begins and ends.
 * Covers the shapes news prose uses: "X said (that) ...", "..., X said.", "“...,” said X.",
 * "According to X, ...", "X told reporters ...", "X, a presidential aide, mentioned ... that ...",
 * participle cues ("..., noting, “...”") that borrow the main clause's subject, and quotes that
 * run over several sentences.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { CueLexicon } from './cue-lexicon.js'
import type { QuotedSpan } from './quote-marks.js'
import { indexDocument, type QuoteDoc as Doc } from './document-index.js'
import { firstStartingFrom } from '../../model/mention-index.js'
import type { Syntax } from '../syntax/types.js'
import { accordingTo } from './rules/according-to.js'
import { cueEnd } from './rules/cue-end.js'
import { hasSyntaxWeights, matchCues } from './rules/cue-matching.js'
import { dashCredits } from './rules/dash-credits.js'
import { onErrorLine } from './rules/error-lines.js'
import { postposed } from './rules/postposed.js'
import { preposed } from './rules/preposed.js'
import { speakerLabels } from './rules/speaker-labels.js'
import { DEFAULT_RULE_OPTIONS, type Attribution, type BoundarySite, type CharSpan, type CueMatch, type Found, type RuleOptions } from './rules/types.js'
import { PUNCT, RAISED_SUBJECT, RAISING_VERB } from './rules/words.js'

const PREPOSITION_CUE = /^(?:in|of|on|at|for|with|by|from|to|under|per|among)$/i

// How often a word after "and" must be marked as a cue (times, and share of its uses) to end a content.
const MIN_PREDICATE_HITS = 5
const MIN_PREDICATE_PRECISION = 0.2

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
    let found = analyzeCue(doc, cue, s, nextInSentence, sourceBySentence.get(doc.sentenceOf[cue.from]!) ?? null, syntax)
    if (!found) continue
    // "In a recent poll, ...", "a lead in the polls": a preposition cue's source is the phrase after
    // it. A source read before it, with another cue in the content ("All 120 economists | in | a
    // recent poll had expected"), is a subject whose own verb is the cue.
    if (
      cue.to - cue.from === 1 &&
      PREPOSITION_CUE.test(tokens[cue.from]!.text) &&
      found.source &&
      found.source.end <= tokens[cue.from]!.start &&
      nextInSentence < s.tokenEnd &&
      tokens[nextInSentence]!.start < found.content.end
    )
      continue
    const cueWords = text.slice(doc.tokens[cue.from]!.start, doc.tokens[cue.to - 1]!.end)
    if (found.source && found.source.end <= doc.tokens[cue.from]!.start && (RAISED_SUBJECT.test(cueWords) || (RAISING_VERB.test(cueWords) && raises(doc, cue, lexicon)))) {
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
    const to = cueEnd(
      doc,
      cue,
      s,
      adjoining ? [found.source, { start: content.end, end: content.end }] : [found.source, content],
      lexicon,
      observe,
      syntax && hasSyntaxWeights(lexicon) ? syntax : undefined,
    )
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
  // "Notice: Undefined index: user said in /var/www/page.php on line 5": a server's error line.
  return kept.filter((a) => !onErrorLine(text, a.cue)).sort((a, b) => a.cue.start - b.cue.start)
}

/**
 * Whether "seems"/"appeared" raises its subject here: not when a cue verb follows ("appeared to
 * suggest": the subject suggests) nor when it is a second verb of its subject ("agreed and seemed").
 */
function raises(doc: Doc, cue: CueMatch, lexicon: CueLexicon): boolean {
  if (doc.lower[cue.to] === 'to') {
    const entry = lexicon.entries.get(doc.keys[cue.to + 1] ?? '')
    if (entry && entry.hits >= MIN_PREDICATE_HITS && entry.hits >= entry.total * MIN_PREDICATE_PRECISION) return false
  }
  const before = doc.lower[cue.from - 1]
  return before !== 'and' && before !== 'but'
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

/** The attribution a cue makes, by the first rule family whose shape fits: "according to", then postposed, then preposed. */
function analyzeCue(doc: Doc, cue: CueMatch, s: Sentence, nextCue: number, sentenceSource: CharSpan | null, syntax?: Syntax): Found | null {
  if (cue.key === 'according to') return accordingTo(doc, cue, s)
  const post = postposed(doc, cue, s, syntax)
  if (post) return post
  return preposed(doc, cue, s, nextCue, sentenceSource)
}
